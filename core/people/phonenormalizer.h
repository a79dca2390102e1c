#pragma once

#include "core/common/result.h"

#include <QString>

namespace core::people {

// Phones to E.164 with the chain's default region. The common forms (mainland mobiles,
// North American numbers, numbers already in E.164) take a fast path of a few string checks;
// everything else goes through libphonenumber (about 10 µs a number), which also decides
// validity for them. Thread-safe.
class PhoneNormalizer
{
public:
    explicit PhoneNormalizer(const QString &region = QStringLiteral("CN"));

    static bool isKnownRegion(const QString &region);

    // `field` names the input in the error ("phone", a CSV column).
    Result<QString> normalize(const QString &input, const QString &field = {}) const;

    // The same answer without the fast path: every input through libphonenumber. For checks
    // of the fast path, and for callers that want the library's word on an odd number.
    Result<QString> normalizeWithoutFastPath(const QString &input, const QString &field = {}) const;

    // The last four digits: how restaurants look people up.
    static QString lastFour(const QString &e164);

private:
    QString fastPath(const QString &compact) const;
    Result<QString> viaLibrary(const QString &trimmed, const QString &field) const;

    QString m_region;
};

} // namespace core::people
