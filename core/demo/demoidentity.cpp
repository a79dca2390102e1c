#include "core/demo/demoidentity.h"

#include "core/demo/democatalog.h"

#include <cstring>
#include <iterator>

namespace core::demo {

namespace {

// Mainland mobile prefixes; 32 of them, so the phone space is 2^5 x 10^8 = 2^13 x 5^8.
const char *const prefixes[] = { "130", "131", "132", "133", "134", "135", "136", "137",
                                 "138", "139", "150", "151", "152", "153", "155", "156",
                                 "157", "158", "159", "176", "177", "180", "181", "182",
                                 "183", "184", "185", "186", "187", "188", "189", "199" };
constexpr quint64 phoneSpace = quint64(std::size(prefixes)) * 100000000u;

const char claimAlphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
constexpr quint64 claimBase = 31;
constexpr quint64 claimSpace = Q_UINT64_C(819628286980801); // 31^10

constexpr quint64 TagPhone = 201;
constexpr quint64 TagClaim = 202;

void writeDigits(quint64 value, int width, char *out)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
}

} // namespace

DemoIdentity::DemoIdentity(quint64 seed)
{
    // Factors coprime to the space size make the maps bijective; below 2^31 keeps a x id
    // within 64 bits for every id below 2^32.
    quint64 a = (keyOf(seed, TagPhone) % (phoneSpace - 1)) | 1;
    if (a % 5 == 0)
        a += 2;
    m_phoneFactor = a;
    m_phoneOffset = keyOf(seed, TagPhone, 1) % phoneSpace;
    quint64 c = (keyOf(seed, TagClaim) & 0x3FFFFFFFu) | 0x40000000u;
    if (c % claimBase == 0)
        c += 1;
    m_claimFactor = c;
    m_claimOffset = keyOf(seed, TagClaim, 1) % claimSpace;
}

void DemoIdentity::phone(quint64 personId, char *out) const
{
    const quint64 v = (m_phoneFactor * (personId - 1) % phoneSpace + m_phoneOffset) % phoneSpace;
    std::memcpy(out, "+86", 3);
    std::memcpy(out + 3, prefixes[v / 100000000u], 3);
    writeDigits(v % 100000000u, 8, out + 6);
}

void DemoIdentity::claimCode(quint64 claimId, char *out) const
{
    quint64 v = (m_claimFactor * claimId % claimSpace + m_claimOffset) % claimSpace;
    for (int i = 9; i >= 0; --i) {
        out[i] = claimAlphabet[v % claimBase];
        v /= claimBase;
    }
}

int DemoIdentity::name(Random &random, bool female, char *out)
{
    static const int surnameTotal = [] {
        int total = 0;
        for (int i = 0; i < catalog::surnameCount(); ++i)
            total += catalog::surnameWeights()[i];
        return total;
    }();
    int n = 0;
    const auto append = [&](const char *text) {
        const size_t size = std::strlen(text);
        std::memcpy(out + n, text, size);
        n += int(size);
    };
    append(catalog::surnames()[random.pick(catalog::surnameWeights(), catalog::surnameCount(),
                                           quint32(surnameTotal))]);
    const char *const *given = female ? catalog::givenFemale() : catalog::givenMale();
    const quint32 count = quint32(female ? catalog::givenFemaleCount() : catalog::givenMaleCount());
    append(given[random.below(count)]);
    if (random.chance(600))
        append(given[random.below(count)]);
    return n;
}

} // namespace core::demo
