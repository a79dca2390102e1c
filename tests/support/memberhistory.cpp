#include "tests/support/memberhistory.h"

#include "core/coupons/claimservice.h"
#include "core/coupons/couponservice.h"
#include "core/people/personservice.h"
#include "core/reviews/reviewservice.h"
#include "core/visits/visitservice.h"
#include "core/wallet/walletservice.h"

namespace testsupport {

namespace {

#define CC_TRY(expression)                                                                       \
    do {                                                                                         \
        if (auto cc_s = (expression); !cc_s)                                                     \
            return cc_s.error();                                                                 \
    } while (false)

const QString memberPhone = QStringLiteral("+8613800001111");

} // namespace

core::Result<MemberHistory> addMemberHistory(TestChain &chain)
{
    using H = MemberHistory;
    MemberHistory h;
    const auto owner = chain.owner();
    core::people::PersonService people(chain.db(), core::people::PhoneNormalizer(QStringLiteral("CN")));
    core::people::Person member;
    member.phone = memberPhone;
    member.name = QStringLiteral("Li Na");
    member.gender = QStringLiteral("female");
    member.birthday = QDate(1990, 5, 17);
    member.email = QStringLiteral("li.na@example.com");
    member.tags = QStringLiteral("vip; lunch");
    member.homeBranchId = chain.branch1;
    member.joinedAt = H::now - 30 * H::day;
    auto registered = people.registerPerson(owner, member);
    CC_TRY(registered);
    h.memberId = registered->id;
    core::people::Person guest;
    guest.phone = QStringLiteral("13900002222");
    guest.name = QStringLiteral("Zhang Wei");
    guest.homeBranchId = chain.branch2;
    auto other = people.registerPerson(owner, guest);
    CC_TRY(other);
    h.guestId = other->id;
    CC_TRY(people.setConsent(owner, h.memberId, core::people::Channel::Sms, true,
                             QStringLiteral("counter")));

    core::wallet::WalletService wallet(chain.db());
    core::wallet::Request topUp;
    topUp.personId = h.memberId;
    topUp.branchId = chain.branch1;
    topUp.amount = 50000;
    topUp.bonus = 5000;
    topUp.occurredAt = H::now - 10 * H::day;
    CC_TRY(wallet.topUp(owner, topUp));

    core::visits::VisitService visits(chain.db());
    const struct
    {
        qint64 branch;
        const char *receipt;
        qint64 amount;
        qint64 daysAgo;
    } bills[] = { { chain.branch1, "R1", 12800, 10 },
                  { chain.branch2, "R2", 8000, 5 },
                  { chain.branch1, "R3", 15600, 1 } };
    for (const auto &b : bills) {
        core::visits::NewVisit v;
        v.branchId = b.branch;
        v.personId = h.memberId;
        v.amount = b.amount;
        v.receiptNo = QString::fromLatin1(b.receipt);
        v.occurredAt = H::now - b.daysAgo * H::day;
        CC_TRY(visits.record(owner, v));
    }
    core::wallet::Request spend;
    spend.personId = h.memberId;
    spend.branchId = chain.branch2;
    spend.amount = 8000;
    spend.occurredAt = H::now - 5 * H::day;
    CC_TRY(wallet.spend(owner, spend));

    core::coupons::CouponService coupons(chain.db());
    core::coupons::Coupon welcome;
    welcome.code = QStringLiteral("WELCOME");
    welcome.name = QStringLiteral("Welcome gift");
    welcome.value = 2000;
    CC_TRY(coupons.create(owner, welcome));
    core::coupons::Coupon tea = welcome;
    tea.code = QStringLiteral("TEA");
    tea.name = QStringLiteral("Free tea");
    tea.kind = core::coupons::CouponKind::Item;
    tea.value = 800;
    tea.validDays = 3;
    auto teaCoupon = coupons.create(owner, tea);
    CC_TRY(teaCoupon);
    h.tea = teaCoupon->id;
    core::coupons::ClaimService claims(chain.db());
    core::coupons::ClaimRequest claim;
    claim.couponCode = welcome.code;
    claim.personId = h.memberId;
    claim.branchId = chain.branch1;
    claim.claimedAt = H::now - 9 * H::day;
    auto welcomeClaim = claims.claim(owner, claim);
    CC_TRY(welcomeClaim);
    h.redeemedClaim = welcomeClaim->id;
    claim.couponCode = tea.code;
    claim.branchId = chain.branch2;
    claim.claimedAt = H::now - 8 * H::day;
    auto teaClaim = claims.claim(owner, claim);
    CC_TRY(teaClaim);
    h.expiredClaim = teaClaim->id;
    core::coupons::RedeemRequest redeem;
    redeem.claimCode = welcomeClaim->claimCode;
    redeem.branchId = chain.branch1;
    redeem.receiptNo = QStringLiteral("R3");
    redeem.redeemedAt = H::now - 1 * H::day;
    CC_TRY(claims.redeem(owner, redeem));

    core::reviews::ReviewService reviews(chain.db());
    core::reviews::ReviewRequest review;
    review.branchId = chain.branch2;
    review.receiptNo = QStringLiteral("R2");
    review.phone = memberPhone;
    review.rating = 3;
    review.text = QStringLiteral("Noodles a little soft");
    review.createdAt = H::now - 4 * H::day;
    CC_TRY(reviews.add(owner, review));
    review.branchId = chain.branch1;
    review.receiptNo = QStringLiteral("R3");
    review.rating = 5;
    review.text = QStringLiteral("Best beef noodles in town");
    review.createdAt = H::now - 1 * H::day + 3600;
    CC_TRY(reviews.add(owner, review));
    return h;
}

} // namespace testsupport
