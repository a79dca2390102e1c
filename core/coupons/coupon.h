#pragma once

#include <QString>
#include <QVector>

#include <optional>

namespace core::coupons {

// Amount off the bill, percent off the bill, or a free item.
enum class CouponKind { Amount, Percent, Item };

QString kindName(CouponKind kind);
std::optional<CouponKind> kindFromName(const QString &name);

// A coupon template (a row of `coupons` plus its `coupon_branches`).
//
// Times are UTC epoch seconds: validFrom is the first second the coupon may be claimed and
// used, validTo the first second it no longer may (exclusive); 0 means no bound. A claim
// expires at the earlier of validTo and claimed_at + validDays days.
struct Coupon
{
    qint64 id = 0;
    QString code; // unique (case-insensitively): letters, digits, '-' and '_'
    QString name;
    CouponKind kind = CouponKind::Amount;
    // Amount: minor units off (capped at the bill). Percent: 1..100 percent off. Item: the
    // item's value in minor units, which is the discount.
    qint64 value = 0;
    qint64 minSpend = 0; // minor units; the bill must be at least this
    qint64 validFrom = 0;
    qint64 validTo = 0;
    int validDays = 0; // 0: a claim does not expire by age
    int perPersonLimit = 1; // claims per person; 0: no limit
    std::optional<qint64> totalLimit; // claims in all; nullopt: no limit
    QVector<qint64> branchIds; // where it may be claimed and redeemed; empty: every branch
    bool active = true; // false: retired
    qint64 createdAt = 0;

    bool isChainWide() const { return branchIds.isEmpty(); }
    bool appliesAt(qint64 branchId) const;

    // The discount on a bill of `bill` minor units (>= 0): amount off capped at the bill,
    // percent rounded half up in integer arithmetic, an item's value as it stands. Does not
    // check the minimum spend.
    qint64 discountOn(qint64 bill) const;
    // The smallest bill that leaves `paid` after discountOn(): the inverse, for bills recorded
    // after the discount. A percent coupon of 100 leaves nothing to work back from: `paid`.
    qint64 billBefore(qint64 paid) const;
};

} // namespace core::coupons
