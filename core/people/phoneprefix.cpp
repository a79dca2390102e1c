#include "core/people/phoneprefix.h"

#include <phonenumbers/phonenumberutil.h>

#include <string>

namespace core::people {

using i18n::phonenumbers::PhoneNumberUtil;

PhonePrefix::PhonePrefix(const QString &region)
{
    const std::string code = region.toUpper().toStdString();
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    const int country = util->GetCountryCodeForRegion(code);
    if (country > 0)
        m_countryCode = QString::number(country);
    std::string ndd;
    util->GetNddPrefixForRegion(code, true, &ndd);
    // In the NANP the trunk prefix "1" is also the country code; people type ten digits.
    if (country != 1)
        m_nationalPrefix = QString::fromStdString(ndd);
}

QString PhonePrefix::compact(const QString &typed)
{
    QString out;
    out.reserve(typed.size());
    for (int i = 0; i < typed.size(); ++i) {
        const QChar c = typed.at(i);
        if (c.isDigit() && c.unicode() < 128)
            out.append(c);
        else if (c == QLatin1Char('+') && out.isEmpty())
            out.append(c);
        else if (c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('.')
                 || c == QLatin1Char('(') || c == QLatin1Char(')'))
            continue;
        else
            return {};
    }
    return out;
}

QString PhonePrefix::e164Prefix(const QString &typed) const
{
    QString digits = compact(typed);
    if (digits.startsWith(QLatin1Char('+')))
        return digits;
    if (digits.isEmpty() || m_countryCode.isEmpty())
        return {};
    // "00" is the international call prefix in most of the world: 0044… is +44….
    if (digits.startsWith(QLatin1String("00")) && m_nationalPrefix != QLatin1String("00")) {
        return QLatin1Char('+') + digits.mid(2); // "00" alone: any international number
    }
    // The trunk prefix alone ("0") still means "a number of this country".
    if (!m_nationalPrefix.isEmpty() && digits.startsWith(m_nationalPrefix))
        digits = digits.mid(m_nationalPrefix.size());
    return QLatin1Char('+') + m_countryCode + digits;
}

} // namespace core::people
