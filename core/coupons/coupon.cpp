#include "core/coupons/coupon.h"

#include <algorithm>

namespace core::coupons {

QString kindName(CouponKind kind)
{
    switch (kind) {
    case CouponKind::Amount:
        return QStringLiteral("amount");
    case CouponKind::Percent:
        return QStringLiteral("percent");
    case CouponKind::Item:
        return QStringLiteral("item");
    }
    return {};
}

std::optional<CouponKind> kindFromName(const QString &name)
{
    for (CouponKind k : { CouponKind::Amount, CouponKind::Percent, CouponKind::Item }) {
        if (kindName(k) == name)
            return k;
    }
    return std::nullopt;
}

bool Coupon::appliesAt(qint64 branchId) const
{
    return branchIds.isEmpty() || branchIds.contains(branchId);
}

qint64 Coupon::billBefore(qint64 paid) const
{
    if (paid < 0)
        return paid;
    switch (kind) {
    case CouponKind::Amount:
    case CouponKind::Item: return paid + value;
    case CouponKind::Percent: {
        if (value >= 100)
            return paid;
        // What is left, bill - round(bill * value / 100), grows by 0 or 1 with each unit of
        // the bill and cannot reach `paid` below (100 * paid - 50) / (100 - value): start
        // there and step up to the first bill that leaves `paid`.
        qint64 bill = std::max<qint64>(0, (paid * 100 - 50) / (100 - value) - 1);
        while (bill - discountOn(bill) < paid)
            ++bill;
        return bill;
    }
    }
    return paid;
}

qint64 Coupon::discountOn(qint64 bill) const
{
    if (bill < 0)
        return 0;
    switch (kind) {
    case CouponKind::Amount:
        return std::min(value, bill);
    // Bills are capped far below INT64_MAX / 100, so the product cannot overflow.
    case CouponKind::Percent:
        return (bill * value + 50) / 100;
    case CouponKind::Item:
        return value;
    }
    return 0;
}

} // namespace core::coupons
