#pragma once

#include "core/csv/recordkind.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace core::csv {

// What a row of a sales file stands for, as far as the importer is concerned.
enum class RowKind {
    Sale,   // a completed bill
    Refund, // money given back (a refund receipt, a Square "Refund" event)
    Void,   // not a completed sale: voided, cancelled or still open; skip it
};

// How several columns make one field.
enum class Combine {
    PersonName,    // [given, family] through joinPersonName()
    DateAndTime,   // [date, time] through DateTimeParser::parse(date, time)
    FirstNonEmpty, // the first of the columns that has a value
    PhoneInText,   // [contacts]: the phone number among a customer's contacts
};

struct CombinedField
{
    QString field;
    Combine how = Combine::FirstNonEmpty;
    QList<int> columns;
};

// Which column of a file holds which field of a kind of record: HeaderMatcher's answer.
// Importers should resolve column() / combination() once per file rather than call text() with
// field names for every row of a large file.
struct ColumnMap
{
    Kind kind = Kind::Members;
    // "canonical" (only canonical names), "synonyms" (also other names), or the id of a
    // foreign export ("square-customers", "loyverse-receipts"...; see foreignlayouts.h).
    QString layout;
    QStringList header;
    QHash<QString, int> fields;   // field → the column holding it alone
    QList<CombinedField> combined; // fields made of several columns
    QList<int> unknown;            // columns no field uses: ignored, and reported
    QStringList missing;           // required fields without a column (HeaderMatcher::inspect)

    // The column of a field held in one column; -1 when absent or combined.
    int column(const QString &field) const;
    const CombinedField *combination(const QString &field) const;
    bool has(const QString &field) const { return column(field) >= 0 || combination(field); }

    // A field's text in one row: the cell, or the cells combined (names joined, date and time
    // with a space between, the first non-empty one, the phone among contacts). "" when the
    // field is absent or the row too short.
    QString text(const QStringList &row, const QString &field) const;

    // Sale, refund or void, from the row_type, row_status and voided fields where the file has
    // them ("Refund", "Cancelled", "Voided", true, 退款, 作废...); a sale otherwise.
    RowKind classify(const QStringList &row) const;
    static RowKind classify(QStringView rowType, QStringView rowStatus, QStringView voided);

    QStringList unknownHeaders() const;
    // "phone ← 手机号; name ← First Name + Last Name; ...", for reports and the wizard.
    QString describe() const;
};

} // namespace core::csv
