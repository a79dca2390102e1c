#pragma once

#include "core/auth/actor.h"
#include "core/common/result.h"
#include "core/csv/csvreader.h"
#include "core/csv/recordkind.h"
#include "core/csvio/importreport.h"

#include <QList>
#include <QPair>
#include <QString>

#include <functional>

class QIODevice;

namespace core::storage {
class Database;
}

namespace core::csvio {

struct ImportOptions
{
    csv::Kind kind = csv::Kind::Members;
    csv::CsvOptions csv;                     // encoding and delimiter: detected unless chosen
    QList<QPair<QString, QString>> overrides; // --map FIELD=HEADER
    QString dateFormat;                       // --date-format; empty: detected per column
    bool dryRun = false;                      // validate and count, write nothing
    bool skipBad = false;                     // write the good rows even when some are bad
    QIODevice *errorReport = nullptr;         // every rejected row as CSV: row,column,reason
    // Called now and then with the bytes read so far; returning false cancels the import,
    // which then writes nothing.
    std::function<bool(qint64 bytesRead)> progress;
};

// Reads a CSV file of one kind of record into the chain (DESIGN.md, CSV). The whole import is
// one transaction: with any bad row nothing is written unless skipBad, and a process killed
// half-way leaves the chain as it was. The file is read twice when a time column's day/month
// order has to be settled from its values (a seekable device), otherwise streamed once.
class Importer
{
public:
    explicit Importer(storage::Database &db);

    Result<ImportReport> run(const auth::Actor &actor, QIODevice *file, const ImportOptions &options);

private:
    storage::Database &m_db;
};

} // namespace core::csvio
