#pragma once

#include "core/demo/demorandom.h"

#include <QtGlobal>

namespace core::demo {

// Unique, well-formed identifiers for demo people and claims, written into caller buffers (the
// people table is written a million rows at a time, so no allocation per row). Uniqueness
// comes from bijections, not from remembering what was handed out.
class DemoIdentity
{
public:
    explicit DemoIdentity(quint64 seed);

    // "+861xxxxxxxxxx": a real mainland mobile prefix and 8 digits, distinct for every person
    // id (an affine permutation of prefix x 10^8 numbers). Writes 14 bytes.
    void phone(quint64 personId, char *out) const;
    // A claim code over ClaimCode's alphabet, distinct for every claim id. Writes 10 bytes.
    void claimCode(quint64 claimId, char *out) const;
    // A Chinese name (surname and one or two characters), UTF-8; returns the length (< 24).
    static int name(Random &random, bool female, char *out);

private:
    quint64 m_phoneFactor;
    quint64 m_phoneOffset;
    quint64 m_claimFactor;
    quint64 m_claimOffset;
};

} // namespace core::demo
