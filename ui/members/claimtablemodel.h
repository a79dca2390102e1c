#pragma once

#include "core/coupons/claim.h"
#include "ui/members/recordtablemodel.h"

namespace ui::members {

// A member's coupon claims, newest first, with where each stands at `now`
// (core::coupons::ClaimService::claimsOf).
class ClaimTableModel final : public RecordTableModel<core::coupons::Claim>
{
    Q_OBJECT
public:
    enum Column { Coupon, Claimed, Where, ClaimCode, Expires, State, Redeemed, ColumnCount };

    explicit ClaimTableModel(ChainFormat format, QObject *parent = nullptr);
    void setNow(qint64 utcSeconds) { m_now = utcSeconds; }

private:
    QString header(int column) const override;
    QString text(const core::coupons::Claim &claim, int column) const override;
    QVariant raw(const core::coupons::Claim &claim, int column) const override;

    qint64 m_now = 0;
};

} // namespace ui::members
