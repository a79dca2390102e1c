#pragma once

#include "core/csv/columnmap.h"
#include "core/csv/csvwriter.h"

#include <QStringList>

namespace core::csvio {

// One data row of an import as the sinks see it: its cells, the file's column map and where
// the row is in the file.
struct ImportRow
{
    const QStringList &cells;
    const csv::ColumnMap &map;
    qint64 line = 0;
    csv::RowKind kind = csv::RowKind::Sale;

    // The cell, trimmed; a ' that an export put before text a spreadsheet would take for a
    // formula is taken off again, so an export imports back unchanged.
    QString text(const QString &field) const
    {
        QString value = map.text(cells, field).trimmed();
        if (value.startsWith(QLatin1Char('\'')) && csv::CsvWriter::looksLikeFormula(QStringView(value).mid(1)))
            value.remove(0, 1);
        return value;
    }
    bool has(const QString &field) const { return map.has(field); }
};

} // namespace core::csvio
