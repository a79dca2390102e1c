#pragma once

#include <QString>

namespace core::people {

// Turns the digits someone types at a search box into the start of an E.164 number, with the
// chain's phone region: "138001" in CN is "+86138001", "020 7946" in GB is "+44207946" (the
// national trunk prefix dropped). Typed "+44 20…" is taken as international already.
class PhonePrefix
{
public:
    explicit PhonePrefix(const QString &region = QStringLiteral("CN"));

    // The E.164 prefix for `typed` (digits, optionally a leading '+', spaces, dashes, dots and
    // brackets ignored); empty when `typed` holds anything else or no digit.
    QString e164Prefix(const QString &typed) const;

    // `typed` without the separators people put in phone numbers; empty if anything else is
    // left than digits and a leading '+'.
    static QString compact(const QString &typed);

    const QString &countryCode() const { return m_countryCode; }

private:
    QString m_countryCode;    // "86"; empty for an unknown region
    QString m_nationalPrefix; // "0" in CN and GB, empty in the US (where it is "1", kept)
};

} // namespace core::people
