#include "core/maintenance/finding.h"

#include <QCoreApplication>

namespace core::maintenance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Checker)
};
} // namespace

void Finding::fail(qint64 offending)
{
    ok = false;
    count = offending;
    description = Tr::tr("%1 Failed: %2 offending.").arg(description).arg(offending);
}

void Finding::couldNotRun(const Error &error)
{
    ok = false;
    description = Tr::tr("%1 The check could not run: %2").arg(description, error.message());
}

} // namespace core::maintenance
