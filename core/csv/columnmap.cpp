#include "core/csv/columnmap.h"

#include "core/csv/fieldparsers.h"

namespace core::csv {

namespace {

QString cell(const QStringList &row, int column)
{
    return column >= 0 && column < row.size() ? row[column] : QString();
}

QStringView cellView(const QStringList &row, int column)
{
    return column >= 0 && column < row.size() ? QStringView(row[column]) : QStringView();
}

// What the values of a status-like column mean. Anything not listed is a sale ("Sale",
// "Payment", "Closed", "Complete", "Paid").
struct Meaning
{
    const char16_t *value;
    RowKind kind;
};

const Meaning typeMeanings[] = {
    { u"refund", RowKind::Refund },  { u"refunded", RowKind::Refund }, { u"return", RowKind::Refund },
    { u"退款", RowKind::Refund },    { u"退货", RowKind::Refund },     { u"退单", RowKind::Refund },
    { u"void", RowKind::Void },      { u"voided", RowKind::Void },     { u"作废", RowKind::Void },
};

const Meaning statusMeanings[] = {
    { u"cancelled", RowKind::Void }, { u"canceled", RowKind::Void },  { u"void", RowKind::Void },
    { u"voided", RowKind::Void },    { u"deleted", RowKind::Void },   { u"failed", RowKind::Void },
    { u"open", RowKind::Void },      { u"作废", RowKind::Void },       { u"已作废", RowKind::Void },
    { u"取消", RowKind::Void },       { u"已取消", RowKind::Void },     { u"撤销", RowKind::Void },
    { u"已撤销", RowKind::Void },     { u"未结账", RowKind::Void },     { u"refunded", RowKind::Refund },
    { u"退款", RowKind::Refund },     { u"已退款", RowKind::Refund },
};

template<size_t N>
std::optional<RowKind> meaning(QStringView value, const Meaning (&table)[N])
{
    const QStringView v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    for (const Meaning &m : table) {
        if (v.compare(QStringView(m.value), Qt::CaseInsensitive) == 0)
            return m.kind;
    }
    return std::nullopt;
}

} // namespace

int ColumnMap::column(const QString &field) const
{
    return fields.value(field, -1);
}

const CombinedField *ColumnMap::combination(const QString &field) const
{
    for (const CombinedField &c : combined) {
        if (c.field == field)
            return &c;
    }
    return nullptr;
}

QString ColumnMap::text(const QStringList &row, const QString &field) const
{
    const int single = column(field);
    if (single >= 0)
        return cell(row, single);
    const CombinedField *c = combination(field);
    if (!c || c->columns.isEmpty())
        return QString();
    switch (c->how) {
    case Combine::PersonName:
        return joinPersonName(cellView(row, c->columns.value(0, -1)), cellView(row, c->columns.value(1, -1)));
    case Combine::DateAndTime: {
        const QString date = cell(row, c->columns.value(0, -1)).trimmed();
        const QString time = cell(row, c->columns.value(1, -1)).trimmed();
        return time.isEmpty() ? date : date + QLatin1Char(' ') + time;
    }
    case Combine::FirstNonEmpty:
        for (const int column : c->columns) {
            const QString value = cell(row, column);
            if (!value.trimmed().isEmpty())
                return value;
        }
        return QString();
    case Combine::PhoneInText:
        return phoneFromContacts(cellView(row, c->columns.value(0, -1)));
    }
    return QString();
}

RowKind ColumnMap::classify(QStringView rowType, QStringView rowStatus, QStringView voided)
{
    const Result<std::optional<bool>> isVoid = parseBool(voided);
    if (isVoid.ok() && isVoid->value_or(false))
        return RowKind::Void;
    if (const std::optional<RowKind> status = meaning(rowStatus, statusMeanings))
        return *status;
    if (const std::optional<RowKind> type = meaning(rowType, typeMeanings))
        return *type;
    return RowKind::Sale;
}

RowKind ColumnMap::classify(const QStringList &row) const
{
    return classify(text(row, QStringLiteral("row_type")), text(row, QStringLiteral("row_status")),
                    text(row, QStringLiteral("voided")));
}

QStringList ColumnMap::unknownHeaders() const
{
    QStringList names;
    for (const int column : unknown)
        names.append(header.value(column));
    return names;
}

QString ColumnMap::describe() const
{
    QStringList parts;
    const auto headerAt = [this](int column) {
        const QString name = header.value(column).trimmed();
        return name.isEmpty() ? QStringLiteral("#%1").arg(column + 1) : name;
    };
    for (const QString &field : canonicalColumns(kind) + extraFields(kind)) {
        const int single = column(field);
        if (single >= 0) {
            parts.append(field + QStringLiteral(" ← ") + headerAt(single));
        } else if (const CombinedField *c = combination(field)) {
            QStringList names;
            for (const int column : c->columns)
                names.append(headerAt(column));
            const QString joiner = c->how == Combine::FirstNonEmpty ? QStringLiteral(" / ")
                                                                    : QStringLiteral(" + ");
            parts.append(field + QStringLiteral(" ← ") + names.join(joiner));
        }
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace core::csv
