#include "core/retention/progressrange.h"

#include <QCoreApplication>

#include <algorithm>

namespace core::retention {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Retention)
};
const QString cancelledField = QStringLiteral("cancelled");
} // namespace

ProgressRange::ProgressRange(const Progress &progress, int from, int to)
    : m_progress(&progress)
    , m_from(from)
    , m_to(to)
{
}

bool ProgressRange::report(qint64 done, qint64 total) const
{
    if (!*m_progress)
        return true;
    const qint64 clamped = total <= 0 ? 0 : std::clamp<qint64>(done, 0, total);
    const qint64 share = total <= 0 ? 0 : clamped * (m_to - m_from) / total;
    return (*m_progress)(int(m_from + share));
}

ProgressRange ProgressRange::slice(int from, int to) const
{
    const int span = m_to - m_from;
    return ProgressRange(*m_progress, m_from + span * from / 1000, m_from + span * to / 1000);
}

Error cancelledError()
{
    return Error(
        Error::Code::Conflict, Tr::tr("The retention report was cancelled."), cancelledField);
}

bool isCancelled(const Error &error)
{
    return error.code() == Error::Code::Conflict && error.field() == cancelledField;
}

} // namespace core::retention
