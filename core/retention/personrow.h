#pragma once

#include "core/retention/retentionresult.h"

#include <QtGlobal>

namespace core::retention {

class ZoneCalendar;

// The highest k a rollup row records: bit k of a 64-bit mask, the sign bit left clear.
constexpr int MaskMonths = 63;

// What decides a person's groups: their first top-up that was not reversed (the membership
// start) and their first coupon claim. Earliest by time, then by id.
struct PersonStarts
{
    bool hasTopUp = false;
    qint64 topUpAt = 0;
    qint64 topUpId = 0;
    qint64 topUpBranch = 0;
    bool hasClaim = false;
    qint64 claimAt = 0;
    qint64 claimId = 0;
    qint64 claimBranch = 0; // 0: claimed through a channel

    void offerTopUp(qint64 at, qint64 id, qint64 branch);
    void offerClaim(qint64 at, qint64 id, qint64 branch);
    bool inCouponGroup() const { return hasClaim && (!hasTopUp || topUpAt > claimAt); }
};

// What visits make of one start: folded in with addVisit() in any order. 32 bytes, so a
// person's two groups share one cache line while a rebuild folds millions of visits.
struct VisitFold
{
    qint64 startAt = 0;
    quint64 monthsMask = 0; // bit k: a visit in month cohort + k (k = 0: at or after the start)
    qint32 startDay = 0; // local day number of the start
    qint32 cohortMonth = 0;
    qint32 returnDays = -1; // days from the start to the first later-day visit; -1: none
    bool active = false; // whether there is a start at all

    void addVisit(qint64 at, qint64 day, int month);
    // Adds what `other`, the same start folded over other visits, saw.
    void merge(const VisitFold &other);
};

// One person's standing in one group, as the rollup stores it.
struct PersonRow : VisitFold
{
    qint64 personId = 0;
    Group group = Group::Member;
    qint64 branchId = 0;
    bool converted = false; // coupon group: a membership start after the claim
    qint64 convertedAt = 0;
};

// The rows a person has (none, one or both groups): a member from their membership start; a
// coupon claimer from their first claim unless they had topped up at or before it. Returns the
// number written to `out`.
int rowsFor(
    qint64 personId, const PersonStarts &starts, const ZoneCalendar &calendar, PersonRow out[2]);

} // namespace core::retention
