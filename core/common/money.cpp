#include "core/common/money.h"

#include <QCoreApplication>

#include <limits>

namespace core::money {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Money)
};

qint64 pow10(int n)
{
    qint64 p = 1;
    while (n-- > 0)
        p *= 10;
    return p;
}

bool isCurrencyMark(QChar c)
{
    static const QString marks = QStringLiteral("¥￥$€£₩₹");
    return marks.contains(c);
}

} // namespace

int decimalsFor(const QString &currency)
{
    const QString c = currency.toUpper();
    if (c == QLatin1String("JPY") || c == QLatin1String("KRW") || c == QLatin1String("VND")
        || c == QLatin1String("CLP") || c == QLatin1String("ISK"))
        return 0;
    if (c == QLatin1String("KWD") || c == QLatin1String("BHD") || c == QLatin1String("OMR")
        || c == QLatin1String("JOD") || c == QLatin1String("TND"))
        return 3;
    return 2;
}

Result<qint64> parse(const QString &text, int decimals, const QString &field)
{
    const auto bad = [&](const QString &why) {
        return Error(Error::Code::InvalidInput,
                     field.isEmpty()
                         ? Tr::tr("\"%1\" is not an amount: %2").arg(text, why)
                         : Tr::tr("%1: \"%2\" is not an amount: %3").arg(field, text, why),
                     field);
    };

    // One optional sign, before or after one optional currency mark: "-¥5" and "¥-5", but
    // not "+-5" or "-¥-5".
    QString s = text.trimmed();
    bool negative = false;
    bool sawSign = false;
    const auto takeSign = [&]() {
        if (sawSign || s.isEmpty()
            || (s.front() != QLatin1Char('-') && s.front() != QLatin1Char('+')))
            return;
        negative = s.front() == QLatin1Char('-');
        sawSign = true;
        s = s.mid(1).trimmed();
    };
    takeSign();
    if (!s.isEmpty() && isCurrencyMark(s.front()))
        s = s.mid(1).trimmed();
    takeSign();
    if (s.isEmpty())
        return bad(Tr::tr("no digits"));

    const qint64 scale = pow10(decimals);
    const qint64 maxUnits = std::numeric_limits<qint64>::max() / scale;
    qint64 units = 0;
    qint64 fraction = 0;
    int fractionDigits = 0;
    int unitDigits = 0;
    bool inFraction = false;
    bool sawDigit = false;
    int digitsSinceComma = -1; // -1: no grouping comma seen yet
    for (const QChar c : std::as_const(s)) {
        if (c.isDigit() && c.unicode() < 128) {
            const int d = c.unicode() - '0';
            sawDigit = true;
            if (inFraction) {
                if (++fractionDigits > decimals)
                    return bad(Tr::tr("more than %n decimal place(s)", nullptr, decimals));
                fraction = fraction * 10 + d;
            } else {
                if (units > (maxUnits - d) / 10)
                    return bad(Tr::tr("too large"));
                units = units * 10 + d;
                ++unitDigits;
                if (digitsSinceComma >= 0)
                    ++digitsSinceComma;
            }
        } else if (c == QLatin1Char(',') && !inFraction) {
            // The first group has one to three digits and no leading zero ("1,234", not
            // "1234,567" or "01,234"); every later group exactly three.
            const bool firstGroup = digitsSinceComma < 0;
            if (!sawDigit || (!firstGroup && digitsSinceComma != 3)
                || (firstGroup && (unitDigits > 3 || s.front() == QLatin1Char('0'))))
                return bad(Tr::tr("misplaced thousands separator"));
            digitsSinceComma = 0;
        } else if (c == QLatin1Char('.') && !inFraction) {
            if (digitsSinceComma >= 0 && digitsSinceComma != 3)
                return bad(Tr::tr("misplaced thousands separator"));
            inFraction = true;
            if (decimals == 0)
                return bad(Tr::tr("this currency has no decimal places"));
        } else {
            return bad(Tr::tr("unexpected character '%1'").arg(c));
        }
    }
    if (!sawDigit)
        return bad(Tr::tr("no digits"));
    if (!inFraction && digitsSinceComma >= 0 && digitsSinceComma != 3)
        return bad(Tr::tr("misplaced thousands separator"));
    for (int i = fractionDigits; i < decimals; ++i)
        fraction *= 10;
    // units <= max / scale, but the fraction may still push the sum past the maximum.
    if (units == maxUnits && fraction > std::numeric_limits<qint64>::max() % scale)
        return bad(Tr::tr("too large"));
    const qint64 minor = units * scale + fraction;
    return negative ? -minor : minor;
}

QString toPlain(qint64 minor, int decimals)
{
    const bool negative = minor < 0;
    // Work on the unsigned magnitude so INT64_MIN does not overflow.
    const quint64 magnitude = negative ? quint64(0) - quint64(minor) : quint64(minor);
    const quint64 scale = quint64(pow10(decimals));
    QString out = QString::number(magnitude / scale);
    if (decimals > 0)
        out += QLatin1Char('.')
            + QString::number(magnitude % scale).rightJustified(decimals, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + out : out;
}

QString toDisplay(qint64 minor, const QLocale &locale, int decimals, const QString &currencySymbol)
{
    const bool negative = minor < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(minor) : quint64(minor);
    const quint64 scale = quint64(pow10(decimals));
    QString out = locale.toString(magnitude / scale);
    if (decimals > 0)
        out += locale.decimalPoint()
            + QString::number(magnitude % scale).rightJustified(decimals, QLatin1Char('0'));
    out.prepend(currencySymbol);
    return negative ? locale.negativeSign() + out : out;
}

} // namespace core::money
