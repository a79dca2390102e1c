#include "core/people/membersearch.h"

#include "core/people/personservice.h"
#include "core/people/phoneprefix.h"

namespace core::people {

namespace {

bool allDigits(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

} // namespace

bool MemberSearch::isMemberCode(const QString &digits)
{
    if (digits.size() != 10 || !allDigits(digits))
        return false;
    const qint64 base = digits.left(9).toLongLong();
    if (base < 100000000)
        return false;
    return PersonService::memberCodeFor(base - 100000000) == digits;
}

QString MemberSearch::asciiLower(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            c = QChar(c.unicode() + ('a' - 'A'));
    }
    return out;
}

QString MemberSearch::upperBound(const QString &prefix)
{
    QList<uint> points = prefix.toUcs4();
    while (!points.isEmpty()) {
        uint &last = points.last();
        if (last < 0x10FFFF) {
            ++last;
            if (last >= 0xD800 && last <= 0xDFFF) // no code point in UTF-8 there
                last = 0xE000;
            return QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData()),
                                     points.size());
        }
        points.removeLast(); // U+10FFFF: the bound is one character up
    }
    return {};
}

MemberSearch MemberSearch::parse(const QString &text, const PhonePrefix &phones)
{
    MemberSearch s;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return s;
    const QString compact = PhonePrefix::compact(trimmed);
    const bool international = compact.startsWith(QLatin1Char('+'));
    const QString digits = international ? compact.mid(1) : compact;
    if (!compact.isEmpty() && (allDigits(digits) || international)) {
        if (!international && digits.size() == 4) {
            s.kind = Kind::LastFour;
            s.lastFour = digits;
            return s;
        }
        s.phonePrefix = phones.e164Prefix(compact);
        s.kind = Kind::PhonePrefix;
        if (!international && isMemberCode(digits)) {
            s.kind = Kind::MemberCode;
            s.memberCode = digits;
        }
        return s;
    }
    s.kind = Kind::Name;
    s.namePrefix = asciiLower(trimmed);
    return s;
}

} // namespace core::people
