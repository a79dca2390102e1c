#pragma once

#include "core/auth/actor.h"
#include "core/common/result.h"
#include "core/csv/recordkind.h"
#include "core/people/memberfilter.h"

#include <QList>

class QIODevice;
class QSqlQuery;

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
    // The people the member list shows for `filter` (its search, branches and other filters,
    // within the actor's scope, in the list's order), in the members' canonical columns.
    // `options.kind` and `options.branchIds` are not used: the filter says which.
    Result<qint64> runMembers(const auth::Actor &actor, QIODevice *file,
                              const people::MemberFilter &filter, const ExportOptions &options);

private:
    struct Started;
    Result<Started> start(const auth::Actor &actor, QIODevice *file, const ExportOptions &options);
    Result<qint64> writeRows(Started &started, QSqlQuery &query, csv::Kind kind);

    storage::Database &m_db;
};

} // namespace core::csvio
