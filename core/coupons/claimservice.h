#pragma once

#include "core/auth/actor.h"
#include "core/common/result.h"
#include "core/coupons/claim.h"
#include "core/coupons/coupon.h"
#include "core/people/memberfilter.h"

#include <QTimeZone>
#include <QVariant>
#include <QVector>

#include <functional>
#include <initializer_list>

namespace core::storage {
class Database;
}

namespace core::coupons {

// Handing a coupon to a segment: everyone the member-list filter `people` matches, in the
// actor's scope (a manager: the people at home in their branch).
struct IssueRequest
{
    qint64 couponId = 0;
    people::MemberFilter people;
    QString channel; // empty: "issue"
};

struct IssueResult
{
    qint64 matched = 0;       // people the filter matched
    qint64 issued = 0;        // claims written
    qint64 atPersonLimit = 0; // already held as many as the per-person limit allows
    qint64 overTotal = 0;     // left without one because the total limit ran out
};

// Claims and redemptions of coupons (DESIGN.md, "Coupon"). Both run in one BEGIN IMMEDIATE
// transaction with their audit-log entry, so two counters cannot both take the last coupon of
// a limited template or redeem the same claim twice.
//
// claim() refuses, with Conflict: a retired coupon, one not yet valid or past its validity, a
// branch outside the coupon's branches, a person at their per-person limit, a coupon at its
// total limit. Staff claim at their own branch (PermissionDenied elsewhere). A claim gets a
// random ClaimCode and expires at the earlier of the coupon's validTo and claimed_at +
// validDays.
//
// redeem() refuses: an unknown claim code (NotFound); with Conflict a claim already redeemed,
// expired, of a retired coupon, at a branch outside the coupon's branches, on a bill below the
// minimum spend, or on a bill that already had a coupon, a voided bill or a refund. Staff
// redeem at their own branch. The discount is Coupon::discountOn(bill).
class ClaimService
{
public:
    explicit ClaimService(storage::Database &db);

    Result<Claim> claim(const auth::Actor &actor, const ClaimRequest &request);
    Result<Redemption> redeem(const auth::Actor &actor, const RedeemRequest &request);

    // Reports how many people are done so far; returning false stops the work, and the call
    // fails with Conflict, field "cancelled", having written nothing.
    using Progress = std::function<bool(qint64 done)>;

    // Managers and the owner. One claim per matching person, in one BEGIN IMMEDIATE
    // transaction with one audit entry ("coupon.issue"): the coupon must be claimable now and,
    // for a manager, valid at their branch. People at their per-person limit are skipped and
    // counted; once the total limit is reached the rest are counted as left without one. A
    // claim is made at the person's home branch when the coupon is valid there, else through
    // the channel alone.
    Result<IssueResult> issue(
        const auth::Actor &actor, const IssueRequest &request, const Progress &progress = {});

    // Managers and the owner: the claims of one coupon, newest first, at most `limit`; a
    // manager sees those made at their branch (as CouponService::stats counts them).
    Result<QVector<Claim>> claimsOfCoupon(
        const auth::Actor &actor, qint64 couponId, int limit = 1000);

    // Anyone at a counter may look a claim up by its code.
    Result<Claim> findClaim(const auth::Actor &actor, const QString &claimCode);
    // A person's claims, newest first: all for the owner; those made at their branch for staff.
    Result<QVector<Claim>> claimsOf(const auth::Actor &actor, qint64 personId);
    // What the person can use at `branchId` now: unredeemed, unexpired claims of active
    // coupons valid at that branch.
    Result<QVector<Claim>> usableAt(const auth::Actor &actor, qint64 personId, qint64 branchId);

private:
    Status loadSettings();
    Result<QVector<Claim>> claimsWhere(
        const QString &where, std::initializer_list<QVariant> values);
    Result<QString> branchCode(qint64 branchId);
    // Conflict when `coupon` cannot be claimed at `at`: retired, not yet valid, or past it.
    Status claimableAt(const Coupon &coupon, qint64 at) const;
    // Claims of a coupon, or of a coupon by one person (personId != 0).
    Result<qint64> claimCount(qint64 couponId, qint64 personId = 0);
    // Writes the claim (its expiry worked out from the coupon) and returns it.
    Result<Claim> insertClaim(const Coupon &coupon, qint64 personId, qint64 branchId,
        const QString &channel, qint64 at, const QString &claimCode);
    Result<QString> newClaimCode();
    // `code` when no claim has it yet, else Conflict.
    Result<QString> freeClaimCode(const QString &code);
    QString when(qint64 at) const;
    QString display(qint64 minor) const;

    storage::Database &m_db;
    QString m_region;
    QTimeZone m_zone;
    int m_decimals = 2;
    bool m_loaded = false;
};

} // namespace core::coupons
