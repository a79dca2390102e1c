#pragma once

#include <QString>
#include <QVector>

namespace core::coupons {

struct BranchRedemptions
{
    qint64 branchId = 0;
    QString branchCode;
    qint64 redemptions = 0;
    qint64 discount = 0; // minor units given away
};

// How one template did. For the owner, chain-wide; for a manager, the claims and redemptions
// made at their own branch.
struct CouponStats
{
    qint64 couponId = 0;
    QString code;
    QString name;
    bool active = true;
    qint64 claimed = 0;
    qint64 redeemed = 0;
    qint64 expiredUnredeemed = 0; // past their expiry, never redeemed
    qint64 discount = 0;
    QVector<BranchRedemptions> perBranch; // branches with at least one redemption, by code
};

} // namespace core::coupons
