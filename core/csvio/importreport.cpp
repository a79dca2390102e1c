#include "core/csvio/importreport.h"

#include <QJsonArray>

namespace core::csvio {

QJsonObject ImportReport::toJson() const
{
    QJsonArray errorList;
    for (const RowError &e : errors)
        errorList.append(QJsonObject{ { QStringLiteral("row"), e.row },
                                      { QStringLiteral("column"), e.column },
                                      { QStringLiteral("reason"), e.reason } });
    return { { QStringLiteral("kind"), kind },
             { QStringLiteral("rows"), rows },
             { QStringLiteral("inserted"), inserted },
             { QStringLiteral("updated"), updated },
             { QStringLiteral("unchanged"), unchanged },
             { QStringLiteral("rejected"), rejected },
             { QStringLiteral("errors"), errorList },
             { QStringLiteral("merged"), merged },
             { QStringLiteral("skipped"), skipped },
             { QStringLiteral("layout"), layout },
             { QStringLiteral("encoding"), encoding },
             { QStringLiteral("delimiter"), delimiter },
             { QStringLiteral("unknown_columns"), QJsonArray::fromStringList(unknownColumns) },
             { QStringLiteral("dry_run"), dryRun },
             { QStringLiteral("written"), written } };
}

} // namespace core::csvio
