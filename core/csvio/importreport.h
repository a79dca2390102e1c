#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace core::csvio {

// One rejected row: its line in the file (a spreadsheet's row number when no cell spans lines),
// the column as the file names it, and why.
struct RowError
{
    qint64 row = 0;
    QString column;
    QString reason;
};

// What an import did, or would do on a dry run.
struct ImportReport
{
    static constexpr int keptErrors = 20; // the rest go to the error report file only

    QString kind;
    QString layout;    // "canonical", "synonyms" or the foreign export recognised
    QString encoding;  // as detected or chosen
    QString delimiter; // ",", ";" or "tab"
    QString mapping;   // field ← column, for people reading the report
    QStringList unknownColumns;
    qint64 rows = 0; // data rows read
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 rejected = 0;
    qint64 merged = 0;  // rows folded into a person met earlier in the same file
    qint64 skipped = 0; // voided or cancelled receipts, not bills
    QVector<RowError> errors; // the first `keptErrors`
    bool dryRun = false;
    bool written = false; // false after a dry run, a refusal or any bad row without --skip-bad

    // {"kind","rows","inserted","updated","unchanged","rejected","errors":[{"row","column","reason"}…]}
    // and the details after them.
    QJsonObject toJson() const;
};

} // namespace core::csvio
