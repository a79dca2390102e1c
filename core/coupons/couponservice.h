#pragma once

#include "core/auth/actor.h"
#include "core/common/result.h"
#include "core/coupons/coupon.h"
#include "core/coupons/couponstats.h"

#include <QVector>

namespace core::storage {
class Database;
}

namespace core::coupons {

// Coupon templates and their figures. Claims and redemptions are ClaimService's.
//
// Rules:
// - the owner creates chain-wide coupons or coupons scoped to any branches; a manager only
//   coupons scoped to their own branch alone; cashiers none;
// - editing and retiring: the owner any coupon, a manager those scoped to their branch alone. A retired
//   coupon can no longer be claimed or redeemed; its claims and figures stay;
// - reading: anyone may look a template up (the counter must explain why a coupon does not
//   apply); lists and figures are limited to the coupons a manager's branch can use and to
//   what happened at that branch.
class CouponService
{
public:
    explicit CouponService(storage::Database &db);

    Result<Coupon> create(const auth::Actor &actor, const Coupon &coupon);
    // Changes a template, named by coupon.id, in one transaction with its audit entry. The
    // code never changes. Once the coupon has been claimed, its kind, value, minimum spend and
    // start are fixed (claims keep the terms they were handed out on) and its total limit cannot
    // drop below the claims made; the name, end, days a claim stays valid, limits and branches
    // may still change (claims keep the expiry they were given). A retired coupon is final.
    // Managers edit coupons of their own branch alone and keep them there.
    Result<Coupon> update(const auth::Actor &actor, const Coupon &coupon);
    Result<Coupon> retire(const auth::Actor &actor, qint64 couponId);

    Result<Coupon> find(qint64 couponId);
    Result<Coupon> findByCode(const QString &code);
    // Oldest first: every coupon for the owner; chain-wide ones and those of their branch for
    // staff.
    Result<QVector<Coupon>> list(const auth::Actor &actor, bool includeRetired = true);

    // Managers and the owner; `now` decides what counts as expired (0: clock::now()).
    Result<CouponStats> stats(const auth::Actor &actor, qint64 couponId, qint64 now = 0);
    Result<QVector<CouponStats>> allStats(const auth::Actor &actor, qint64 now = 0);

    // The first invalid field of a template, with a translated reason; does not look at the
    // database (code uniqueness and branch existence are create()'s).
    static Status validate(const Coupon &coupon);

    // PermissionDenied unless the actor may see `coupon`: the owner any, staff those valid at
    // their branch.
    static Status requireVisible(const auth::Actor &actor, const Coupon &coupon);

    static constexpr int MaxCodeLength = 32;
    static constexpr int MaxNameLength = 100;

private:
    Result<Coupon> loadWhere(const QString &where, const QVariant &value);
    Status loadBranches(Coupon &coupon);
    // Every branch of `coupon` exists (NotFound otherwise).
    Status checkBranches(const Coupon &coupon);
    // Replaces the coupon_branches rows of `coupon`.
    Status writeBranches(const Coupon &coupon);

    storage::Database &m_db;
};

} // namespace core::coupons
