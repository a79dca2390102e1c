#include "core/people/phonenormalizer.h"

#include <QCoreApplication>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <set>
#include <string>

namespace core::people {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Phone)
};

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

bool allDigits(const QString &s, int from = 0)
{
    for (int i = from; i < s.size(); ++i) {
        if (s.at(i) < QLatin1Char('0') || s.at(i) > QLatin1Char('9'))
            return false;
    }
    return from < s.size();
}

bool isMainlandMobile(const QString &digits)
{
    return digits.size() == 11 && allDigits(digits) && digits.at(0) == QLatin1Char('1')
        && digits.at(1) >= QLatin1Char('3');
}

bool isNanp(const QString &digits)
{
    return digits.size() == 10 && allDigits(digits) && digits.at(0) >= QLatin1Char('2')
        && digits.at(3) >= QLatin1Char('2');
}

} // namespace

PhoneNormalizer::PhoneNormalizer(const QString &region)
    : m_region(region.toUpper())
{
}

bool PhoneNormalizer::isKnownRegion(const QString &region)
{
    std::set<std::string> regions;
    PhoneNumberUtil::GetInstance()->GetSupportedRegions(&regions);
    return regions.count(region.toUpper().toStdString()) > 0;
}

QString PhoneNormalizer::fastPath(const QString &compact) const
{
    const bool cn = m_region == QLatin1String("CN");
    const bool nanp = m_region == QLatin1String("US") || m_region == QLatin1String("CA");
    if (compact.startsWith(QLatin1String("+86")) && isMainlandMobile(compact.mid(3)))
        return compact;
    if (compact.startsWith(QLatin1String("+1")) && isNanp(compact.mid(2)))
        return compact;
    if (cn) {
        if (isMainlandMobile(compact))
            return QLatin1String("+86") + compact;
        if (compact.startsWith(QLatin1String("0086")) && isMainlandMobile(compact.mid(4)))
            return QLatin1String("+86") + compact.mid(4);
    }
    if (nanp) {
        if (isNanp(compact))
            return QLatin1String("+1") + compact;
        if (compact.size() == 11 && compact.at(0) == QLatin1Char('1') && isNanp(compact.mid(1)))
            return QLatin1Char('+') + compact;
    }
    return {};
}

Result<QString> PhoneNormalizer::normalize(const QString &input, const QString &field) const
{
    const QString trimmed = input.trimmed();
    const auto bad = [&](const QString &why) {
        return Error(Error::Code::InvalidInput,
                     field.isEmpty() ? Tr::tr("\"%1\" is not a phone number: %2").arg(trimmed, why)
                                     : Tr::tr("%1: \"%2\" is not a phone number: %3")
                                           .arg(field, trimmed, why),
                     field);
    };
    if (trimmed.isEmpty())
        return bad(Tr::tr("it is empty"));

    // Fast path: only digits, a leading '+' and the usual separators.
    QString compact;
    compact.reserve(trimmed.size());
    bool plain = true;
    for (const QChar c : trimmed) {
        if (c.isDigit() || c == QLatin1Char('+'))
            compact += c;
        else if (c != QLatin1Char(' ') && c != QLatin1Char('-') && c != QLatin1Char('(')
                 && c != QLatin1Char(')') && c != QLatin1Char('.') && c != QChar(0x00A0))
            plain = false;
    }
    if (plain) {
        if (QString fast = fastPath(compact); !fast.isEmpty())
            return fast;
    }

    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const auto status = util->Parse(trimmed.toStdString(), m_region.toStdString(), &number);
    if (status != PhoneNumberUtil::NO_PARSING_ERROR)
        return bad(Tr::tr("it cannot be read as a phone number"));
    if (!util->IsValidNumber(number))
        return bad(Tr::tr("no such number exists in the numbering plan"));
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    return QString::fromStdString(e164);
}

QString PhoneNormalizer::lastFour(const QString &e164)
{
    return e164.right(4);
}

} // namespace core::people
