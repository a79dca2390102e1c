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
