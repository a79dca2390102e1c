#pragma once

#include "core/common/result.h"

#include <QLocale>
#include <QString>
#include <QtGlobal>

namespace core {

// Amounts are integer minor units (fen, cents) in 64 bits; no floating point anywhere.
namespace money {

// Minor-unit digits of an ISO 4217 currency: 2 for CNY/USD/EUR, 0 for JPY/KRW, 3 for KWD...
int decimalsFor(const QString &currency);

// Accepts "12.34", "1,234.50", "¥12.34", "-80.00", "$ 5", "12.3" and "  7 ". Rejects anything
// with more fraction digits than the currency has, two signs, stray letters or an overflow.
// `field` names the input in the error message.
Result<qint64> parse(const QString &text, int decimals = 2, const QString &field = {});

// "1234.50" with a dot and no grouping: the form CSV and JSON use, and parse() reads back.
QString toPlain(qint64 minor, int decimals = 2);

// Grouped and with the locale's separators, e.g. "1,234.50" or "1 234,50"; with `currency`
// the locale's symbol is put in front ("¥1,234.50").
QString toDisplay(qint64 minor, const QLocale &locale, int decimals = 2,
                  const QString &currencySymbol = {});

} // namespace money
} // namespace core
