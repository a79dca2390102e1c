#pragma once

#include "core/auth/actor.h"
#include "core/common/result.h"
#include "core/coupons/claim.h"
#include "core/coupons/coupon.h"

#include <QTimeZone>
#include <QVariant>
#include <QVector>

#include <initializer_list>

namespace core::storage {
class Database;
}

namespace core::coupons {

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
