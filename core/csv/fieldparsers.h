#pragma once

#include "core/common/result.h"
#include "core/csv/datetimeparser.h"

#include <QString>
#include <QStringView>

#include <optional>

// The readers of single CSV cells. Each returns the value or an InvalidInput error whose
// translated message quotes the cell and says what is wrong with it; the caller adds the row
// and the column. Dates and times: datetimeparser.h.
namespace core::csv {

// Full-width ASCII forms (U+FF01-U+FF5E: "１３８", "ＡＢＣ", "＠") and the ideographic space to
// ASCII, as Chinese input methods often leave them in phone numbers, codes and amounts.
QString toHalfWidth(QStringView text);
// Trimmed, and every run of white space inside (also U+3000, no-break spaces, line breaks)
// made one space: names, codes, branch names.
QString simplifiedText(QStringView text);
// Trimmed only: notes and review texts keep their lines.
QString trimmedText(QStringView text);
// The same for a string: the string itself, shared and not copied, when nothing changes (the
// common case of a large import).
QString toHalfWidth(const QString &text);
QString simplifiedText(const QString &text);
QString trimmedText(const QString &text);

// An amount in major units to minor units through money::parse, also accepting what exports
// add around it: "CN¥12.34", "US$5", "RMB 12", "12.34元", "12.34 €", accounting negatives
// "(12.34)", a trailing minus "12.34-", full-width digits.
Result<qint64> parseAmount(QStringView text, int decimals);

// yes/no, y/n, 1/0, true/false, on/off, 是/否, 同意/不同意, subscribed/unsubscribed...;
// empty, "unknown", "n/a" and 未知 are "not given" (std::nullopt).
Result<std::optional<bool>> parseBool(QStringView text);

// A whole number in [min, max]; "4.0" (as spreadsheets write it) counts as 4.
Result<qint64> parseInteger(QStringView text, qint64 min, qint64 max);

// To the people table's values: "female", "male", "other", or "" (not given): F/M/女/男/
// female/male/woman/man/女士/先生/other/X/其他..., "unknown" and 保密 are "".
Result<QString> parseGender(QStringView text);

// A light check of an e-mail address (one @, a dotted domain, no spaces); the domain is
// lower-cased; empty gives "".
Result<QString> parseEmail(QStringView text);

// A person's name from its parts: "Ada" + "Lovelace" → "Ada Lovelace"; both parts in Chinese
// characters → family name first, no space: "伟" + "张" → "张伟". Either part may be empty.
QString joinPersonName(QStringView given, QStringView family);

// The phone number, or the e-mail address, in a cell that lists a customer's contacts
// (Loyverse "Customer contacts": "ana@example.com, +66 81 234 5678"); "" when there is none.
QString phoneFromContacts(QStringView text);
QString emailFromContacts(QStringView text);

} // namespace core::csv
