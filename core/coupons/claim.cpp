#include "core/coupons/claim.h"

#include <QCoreApplication>

namespace core::coupons {

ClaimState Claim::stateAt(qint64 now) const
{
    if (isRedeemed())
        return ClaimState::Redeemed;
    if (!couponActive)
        return ClaimState::Retired;
    return isExpiredAt(now) ? ClaimState::Expired : ClaimState::Usable;
}

QString claimStateDisplayName(ClaimState state)
{
    switch (state) {
    case ClaimState::Redeemed: return QCoreApplication::translate("Coupons", "Redeemed");
    case ClaimState::Retired: return QCoreApplication::translate("Coupons", "Coupon retired");
    case ClaimState::Expired: return QCoreApplication::translate("Coupons", "Expired");
    case ClaimState::Usable: return QCoreApplication::translate("Coupons", "Usable");
    }
    return {};
}

} // namespace core::coupons
