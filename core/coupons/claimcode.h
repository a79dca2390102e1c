#pragma once

#include <QString>

namespace core::coupons {

// The code a person shows to redeem a claim: random from the system CSPRNG, over an alphabet
// without the characters people confuse when reading them off a screen or a receipt (0 and O,
// 1, I and L are left out), so a code typed at the counter is either right or unknown.
// 10 characters of 31 give 8.2e14 codes: guessing a live one is hopeless.
class ClaimCode
{
public:
    static constexpr int Length = 10;

    static QString alphabet();
    static QString generate();
    // What a cashier typed, as stored: trimmed, upper case, spaces and dashes dropped.
    static QString normalize(const QString &typed);
    static bool isWellFormed(const QString &code);
};

} // namespace core::coupons
