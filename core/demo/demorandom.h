#pragma once

#include <QtGlobal>

namespace core::demo {

// The demo's own randomness. std::*_distribution differ between standard libraries and
// QRandomGenerator's seeded sequences are not promised either, so the same seed must give the
// same chain on Linux, Windows and macOS through integer arithmetic only: splitmix64 for the
// stream and for stateless hashing, Lemire's multiply-shift for bounded draws.
//
// The small functions are defined here, not in a .cpp: they run tens of millions of times and
// must inline.

// The splitmix64 finaliser: a bijective mix of 64 bits.
inline quint64 mix64(quint64 x)
{
    x = (x ^ (x >> 30)) * Q_UINT64_C(0xBF58476D1CE4E5B9);
    x = (x ^ (x >> 27)) * Q_UINT64_C(0x94D049BB133111EB);
    return x ^ (x >> 31);
}

// A stateless key for one decision: the seed, what is decided (a tag) and for whom.
inline quint64 keyOf(quint64 seed, quint64 tag, quint64 a = 0, quint64 b = 0)
{
    quint64 h = mix64(seed ^ (tag * Q_UINT64_C(0x9E3779B97F4A7C15)));
    h = mix64(h ^ (a + Q_UINT64_C(0x632BE59BD9B4E019)));
    return mix64(h ^ (b * Q_UINT64_C(0xD6E8FEB86659FD93) + 1));
}

// A splitmix64 stream.
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) { }

    quint64 next()
    {
        m_state += Q_UINT64_C(0x9E3779B97F4A7C15);
        return mix64(m_state);
    }
    // Uniform in [0, n), n < 2^32.
    quint32 below(quint32 n) { return quint32(((next() >> 32) * n) >> 32); }
    // Uniform in [lo, hi].
    qint64 between(qint64 lo, qint64 hi) { return lo + qint64(below(quint32(hi - lo + 1))); }
    // True with probability permille / 1000.
    bool chance(int permille) { return below(1000) < quint32(permille); }
    // An index into `weights` (count entries, all >= 0, sum > 0) with probability by weight.
    template<typename W>
    int pick(const W *weights, int count, quint32 total)
    {
        quint32 r = below(total);
        for (int i = 0; i < count; ++i) {
            if (r < quint32(weights[i]))
                return i;
            r -= quint32(weights[i]);
        }
        return count - 1;
    }

private:
    quint64 m_state;
};

// Splits `total` into parts proportional to integer weights, exactly: the parts add up to
// `total` (Bresenham-style error carrying, no floating point). Weights are fed in order.
class ExactSplitter
{
public:
    // total < 2^40, weightSum < 2^40 and each weight < 2^22 keep every product below 2^63.
    ExactSplitter(quint64 total, quint64 weightSum)
        : m_quotient(weightSum ? total / weightSum : 0)
        , m_remainder(weightSum ? total % weightSum : 0)
        , m_sum(weightSum)
    {
    }
    quint64 take(quint64 weight)
    {
        if (m_sum == 0)
            return 0;
        const quint64 carried = m_carry + weight * m_remainder;
        m_carry = carried % m_sum;
        return weight * m_quotient + carried / m_sum;
    }

private:
    quint64 m_quotient;
    quint64 m_remainder;
    quint64 m_sum;
    quint64 m_carry = 0;
};

} // namespace core::demo
