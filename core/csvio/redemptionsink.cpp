#include "core/csvio/redemptionsink.h"

#include "core/coupons/claimservice.h"
#include "core/storage/sql.h"

#include <QCoreApplication>

namespace core::csvio {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

} // namespace

Result<Outcome> RedemptionSink::apply(const ImportRow &row)
{
    auto code = m_ctx.required(row, QStringLiteral("claim_code"));
    if (!code)
        return code.error();
    auto branch = m_ctx.branch(row, QStringLiteral("branch"), true);
    if (!branch)
        return branch.error();
    auto at = m_ctx.time(row, QStringLiteral("redeemed_at"), false);
    if (!at)
        return at.error();
    const QString receipt = row.text(QStringLiteral("receipt_no"));

    // Already redeemed here, at this receipt: nothing to do.
    auto earlier = storage::scalar(m_ctx.db(),
        QStringLiteral("SELECT r.branch_id || ' ' || coalesce(v.receipt_no, '') FROM redemptions r"
                       " JOIN coupon_claims c ON c.id = r.claim_id LEFT JOIN visits v ON v.id = r.visit_id"
                       " WHERE c.claim_code = ?"),
        { *code });
    if (!earlier)
        return earlier.error();
    if (!earlier->isNull()
        && earlier->toString() == QString::number((*branch)->id) + QLatin1Char(' ') + receipt)
        return Outcome::Unchanged;

    coupons::RedeemRequest request;
    request.claimCode = *code;
    request.branchId = (*branch)->id;
    request.receiptNo = receipt;
    request.redeemedAt = at->value_or(m_ctx.now());
    request.paidAfterDiscount = true;
    auto redeemed = coupons::ClaimService(m_ctx.db()).redeem(m_ctx.actor(), request);
    if (!redeemed)
        return redeemed.error();
    return Outcome::Inserted;
}

} // namespace core::csvio
