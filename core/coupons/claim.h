#pragma once

#include <QString>

#include <optional>

namespace core::coupons {

// Someone taking a coupon. The coupon is named by id or code; the person by id, or by phone
// (a phone the chain does not know registers a guest at the branch). A claim happens at a
// branch, through a channel ("counter", "wechat", a campaign name...), or both.
struct ClaimRequest
{
    qint64 couponId = 0;
    QString couponCode;
    qint64 personId = 0;
    QString phone;
    qint64 branchId = 0; // 0: the actor's branch for staff; none for the owner
    QString channel;
    qint64 claimedAt = 0; // UTC seconds; 0: clock::now(). Validity is judged at this time.
    QString claimCode;    // empty: a new one is made; an import brings the original
};

// Where a claim stands at a given time, the first that applies in this order.
enum class ClaimState {
    Redeemed, // used on a bill
    Retired,  // its coupon was withdrawn before it was used
    Expired,  // past its expiry unused
    Usable,
};

QString claimStateDisplayName(ClaimState state); // translated

// A row of `coupon_claims`, with its coupon's name and standing and its redemption if there
// is one.
struct Claim
{
    qint64 id = 0;
    qint64 couponId = 0;
    QString couponCode;
    QString couponName;
    bool couponActive = true;
    qint64 personId = 0;
    QString personName;  // as read with the claim; empty when not read
    QString personPhone; // E.164
    qint64 claimedAt = 0;
    qint64 branchId = 0; // 0: claimed through a channel, not at a branch
    QString channel;
    QString claimCode;
    qint64 expiresAt = 0; // 0: never; otherwise the first second it is no longer valid
    qint64 redemptionId = 0;
    qint64 redeemedAt = 0;       // 0: not redeemed
    qint64 redeemedBranchId = 0; // 0: not redeemed

    bool isRedeemed() const { return redemptionId != 0; }
    bool isExpiredAt(qint64 now) const { return expiresAt != 0 && now >= expiresAt; }
    ClaimState stateAt(qint64 now) const;
};

// Using a claim on a bill at a branch. The bill is named by the visit's id or by its receipt
// number at that branch; the redemption is linked to the visit when one is recorded. The bill
// amount defaults to the recorded visit's.
struct RedeemRequest
{
    QString claimCode;
    qint64 branchId = 0;
    QString receiptNo;
    qint64 visitId = 0;
    std::optional<qint64> billAmount; // minor units
    qint64 redeemedAt = 0; // UTC seconds; 0: clock::now(). Validity is judged at this time.
    // The recorded bill's amount is what was paid after this coupon's discount (history from
    // a POS that records net sales), so the bill before it is worked back for the minimum
    // spend and the discount.
    bool paidAfterDiscount = false;
    // The counter's rule (core::counter::CounterService, `coupon redeem`): a claim never goes on
    // a bill recorded for another person. Off for imported history, where a POS may record a
    // coupon handed to a friend.
    bool requireClaimOwner = false;
};

// A row of `redemptions`, with what the request said about the bill.
struct Redemption
{
    qint64 id = 0;
    qint64 claimId = 0;
    QString claimCode;
    qint64 couponId = 0;
    QString couponCode;
    qint64 visitId = 0; // 0: no bill with that receipt is recorded (yet)
    qint64 branchId = 0;
    qint64 redeemedAt = 0;
    qint64 billAmount = 0;
    qint64 discount = 0;
};

} // namespace core::coupons
