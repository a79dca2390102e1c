#pragma once

#include "core/auth/actor.h"
#include "core/common/result.h"
#include "core/csv/recordkind.h"

#include <QList>

class QIODevice;

namespace core::storage {
class Database;
}

namespace core::csvio {

struct ExportOptions
{
    csv::Kind kind = csv::Kind::Members;
    QList<qint64> branchIds; // empty: every branch in the actor's scope
    bool excel = false;      // UTF-8 with a BOM and CRLF line ends
};

// Writes one kind of record in its canonical columns (DESIGN.md, CSV), in a form the importer
// reads back unchanged: times in the chain's time zone, amounts in major units, every ledger
// entry with a reference. Free text a spreadsheet would run as a formula is neutralised;
// phones, amounts and times are written as they are. A manager exports their branch only.
class Exporter
{
public:
    explicit Exporter(storage::Database &db);

    // The number of records written.
    Result<qint64> run(const auth::Actor &actor, QIODevice *file, const ExportOptions &options);

private:
    storage::Database &m_db;
};

} // namespace core::csvio
