#include "ui/members/claimtablemodel.h"

namespace ui::members {

ClaimTableModel::ClaimTableModel(ChainFormat format, QObject *parent)
    : RecordTableModel(std::move(format), ColumnCount, parent)
{
}

QString ClaimTableModel::header(int column) const
{
    switch (Column(column)) {
    case Coupon: return tr("Coupon");
    case Claimed: return tr("Claimed");
    case Where: return tr("Where");
    case ClaimCode: return tr("Claim code");
    case Expires: return tr("Expires");
    case State: return tr("State");
    case Redeemed: return tr("Redeemed");
    case ColumnCount: break;
    }
    return {};
}

QString ClaimTableModel::text(const core::coupons::Claim &c, int column) const
{
    switch (Column(column)) {
    case Coupon: return tr("%1 (%2)").arg(c.couponName, c.couponCode);
    case Claimed: return m_format.dateTime(c.claimedAt);
    case Where: {
        const QString branch = m_format.branch(c.branchId);
        return branch.isEmpty() || c.channel.isEmpty() ? branch + c.channel
                                                       : tr("%1 · %2").arg(branch, c.channel);
    }
    case ClaimCode: return c.claimCode;
    case Expires: return c.expiresAt == 0 ? tr("never") : m_format.dateTime(c.expiresAt);
    case State: return core::coupons::claimStateDisplayName(c.stateAt(m_now));
    case Redeemed:
        return c.isRedeemed() ? tr("%1 at %2").arg(m_format.dateTime(c.redeemedAt),
                                                   m_format.branch(c.redeemedBranchId))
                              : QString();
    case ColumnCount: break;
    }
    return {};
}

QVariant ClaimTableModel::raw(const core::coupons::Claim &c, int column) const
{
    switch (Column(column)) {
    case Coupon: return c.couponCode;
    case Claimed: return c.claimedAt;
    case Where: return c.branchId;
    case ClaimCode: return c.claimCode;
    case Expires: return c.expiresAt;
    case State: return int(c.stateAt(m_now));
    case Redeemed: return c.redeemedAt;
    case ColumnCount: break;
    }
    return {};
}

} // namespace ui::members
