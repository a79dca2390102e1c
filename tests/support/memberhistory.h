#pragma once

#include "core/common/result.h"
#include "tests/support/testchain.h"

namespace testsupport {

// One member of B01 with a little of everything, for the member's page: a top-up with a bonus
// at B01 and a spend at B02; sales at both branches; a coupon claimed at B01 and redeemed, one
// claimed at B02 that has expired; a review at each branch; an SMS consent. And a guest of B02
// with nothing. Times lie before `now`, which the caller pins with core::clock.
struct MemberHistory
{
    static constexpr qint64 now = 1767268800; // 2026-01-01 12:00 UTC
    static constexpr qint64 day = 86400;

    qint64 memberId = 0;
    qint64 guestId = 0;      // home branch B02
    qint64 redeemedClaim = 0; // WELCOME, at B01
    qint64 expiredClaim = 0;  // TEA, at B02
    qint64 tea = 0;           // the TEA coupon
};

// Writes the history into a chain with branches (TestChain::Setup::WithBranches).
core::Result<MemberHistory> addMemberHistory(TestChain &chain);

} // namespace testsupport
