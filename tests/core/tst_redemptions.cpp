#include "core/audit/auditlog.h"
#include "core/common/clock.h"
#include "core/coupons/claimcode.h"
#include "core/coupons/claimservice.h"
#include "core/coupons/couponservice.h"
#include "core/people/personservice.h"
#include "core/storage/sql.h"
#include "core/visits/visitservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include "tests/support/clirun.h"
#include "tests/support/testchain.h"

using namespace testsupport;
using core::Error;
using core::coupons::Claim;
using core::coupons::ClaimCode;
using core::coupons::ClaimRequest;
using core::coupons::ClaimService;
using core::coupons::Coupon;
using core::coupons::CouponKind;
using core::coupons::CouponService;
using core::coupons::RedeemRequest;

namespace {

constexpr qint64 t0 = 1767225600; // 2026-01-01 00:00 UTC
constexpr qint64 day = 86400;
const QString phoneA = QStringLiteral("13812345678");
const QString phoneB = QStringLiteral("13900001111");
const QString phoneC = QStringLiteral("13700002222");


// Everything a refusal must leave as it was.
QString fingerprint(core::storage::Database &db)
{
    auto v = core::storage::scalar(db,
        QStringLiteral("SELECT (SELECT count(*) FROM coupons) || '/' ||"
                       " (SELECT count(*) FROM coupons WHERE active = 1) || '/' ||"
                       " (SELECT count(*) FROM coupon_branches) || '/' ||"
                       " (SELECT count(*) FROM coupon_claims) || '/' ||"
                       " (SELECT count(*) FROM redemptions) || '/' ||"
                       " (SELECT count(*) FROM visits) || '/' ||"
                       " (SELECT count(*) FROM people) || '/' ||"
                       " (SELECT count(*) FROM audit_log)"));
    return v ? v->toString() : QString();
}

Coupon tmpl(const QString &code, CouponKind kind = CouponKind::Amount, qint64 value = 1000)
{
    Coupon c;
    c.code = code;
    c.name = QStringLiteral("Coupon ") + code;
    c.kind = kind;
    c.value = value;
    return c;
}

ClaimRequest claimOf(const QString &coupon, const QString &phone, qint64 branch)
{
    ClaimRequest r;
    r.couponCode = coupon;
    r.phone = phone;
    r.branchId = branch;
    return r;
}

RedeemRequest redeemOf(const QString &claimCode, qint64 branch, const QString &receipt,
    std::optional<qint64> bill = std::nullopt)
{
    RedeemRequest r;
    r.claimCode = claimCode;
    r.branchId = branch;
    r.receiptNo = receipt;
    r.billAmount = bill;
    return r;
}

core::visits::NewVisit bill(qint64 branch, qint64 amount, const QString &receipt)
{
    core::visits::NewVisit v;
    v.branchId = branch;
    v.amount = amount;
    v.receiptNo = receipt;
    v.phone = phoneA;
    return v;
}

} // namespace

class TestRedemptions : public QObject
{
    Q_OBJECT
private slots:
    void init() { core::clock::setNowForTesting(t0); }
    void cleanup() { core::clock::setNowForTesting(0); }

    void discountArithmetic_data();
    void discountArithmetic();
    void billBeforeInvertsTheDiscount();
    void redeemAfterDiscountAndInThePast();
    void redeemComputesDiscount_data();
    void redeemComputesDiscount();
    void redeemLinksTheVisit();
    void redeemRefusals_data();
    void redeemRefusals();
    void usableAtTheCounter();
    void statsPerTemplate();
    void everyWriteIsAudited();
    void commandLine();
};

void TestRedemptions::discountArithmetic_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<qint64>("bill");
    QTest::addColumn<qint64>("discount");
    QTest::newRow("amount below bill") << "amount" << qint64(1000) << qint64(8800) << qint64(1000);
    QTest::newRow("amount equals bill") << "amount" << qint64(8800) << qint64(8800) << qint64(8800);
    QTest::newRow("amount capped at bill")
        << "amount" << qint64(10000) << qint64(5000) << qint64(5000);
    QTest::newRow("amount on zero bill") << "amount" << qint64(500) << qint64(0) << qint64(0);
    QTest::newRow("percent exact") << "percent" << qint64(10) << qint64(8800) << qint64(880);
    QTest::newRow("percent half rounds up") << "percent" << qint64(10) << qint64(5) << qint64(1);
    QTest::newRow("percent below half rounds down")
        << "percent" << qint64(10) << qint64(4) << qint64(0);
    QTest::newRow("percent 15 of 0.10") << "percent" << qint64(15) << qint64(10) << qint64(2);
    QTest::newRow("percent 15 of 33.33") << "percent" << qint64(15) << qint64(3333) << qint64(500);
    QTest::newRow("percent 33 of 0.99") << "percent" << qint64(33) << qint64(99) << qint64(33);
    QTest::newRow("percent 100") << "percent" << qint64(100) << qint64(12345) << qint64(12345);
    QTest::newRow("percent of a huge bill")
        << "percent" << qint64(99) << Q_INT64_C(100000000000000) << Q_INT64_C(99000000000000);
    QTest::newRow("item") << "item" << qint64(1800) << qint64(8800) << qint64(1800);
    QTest::newRow("item above bill") << "item" << qint64(1800) << qint64(1000) << qint64(1800);
}

void TestRedemptions::discountArithmetic()
{
    QFETCH(QString, kind);
    QFETCH(qint64, value);
    QFETCH(qint64, bill);
    QFETCH(qint64, discount);
    Coupon c = tmpl(QStringLiteral("X"), *core::coupons::kindFromName(kind), value);
    QCOMPARE(c.discountOn(bill), discount);
}

void TestRedemptions::billBeforeInvertsTheDiscount()
{
    for (const qint64 value : { 1, 5, 10, 15, 33, 50, 99 }) {
        const Coupon c = tmpl(QStringLiteral("P"), CouponKind::Percent, value);
        for (qint64 bill = 0; bill <= 3000; ++bill) {
            const qint64 paid = bill - c.discountOn(bill);
            const qint64 back = c.billBefore(paid);
            QCOMPARE(back - c.discountOn(back), paid);
            QVERIFY2(back <= bill, qPrintable(QStringLiteral("%1%% of %2").arg(value).arg(bill)));
        }
    }
    const Coupon amount = tmpl(QStringLiteral("A"), CouponKind::Amount, 1000);
    QCOMPARE(amount.billBefore(7800), qint64(8800));
    QCOMPARE(amount.billBefore(0), qint64(1000)); // the whole coupon was used
    QCOMPARE(tmpl(QStringLiteral("F"), CouponKind::Percent, 100).billBefore(0), qint64(0));
    QCOMPARE(amount.billBefore(-500), qint64(-500)); // a refund is left alone
}

void TestRedemptions::redeemAfterDiscountAndInThePast()
{
    TestChain chain;
    Coupon c = tmpl(QStringLiteral("TEN"), CouponKind::Amount, 1000);
    c.minSpend = 8000;
    c.validTo = t0 + 5 * day;
    CC_VERIFY_OK(CouponService(chain.db()).create(chain.owner(), c));
    // The POS recorded 70.00 paid after the 10.00 coupon: the bill was 80.00, enough.
    auto visit = core::visits::VisitService(chain.db())
                     .record(chain.cashier1(), bill(chain.branch1, 7000, QStringLiteral("R1")));
    CC_VERIFY_OK(visit);
    ClaimService claims(chain.db());
    auto claimed = claims.claim(chain.owner(), claimOf(QStringLiteral("TEN"), phoneA, chain.branch1));
    CC_VERIFY_OK(claimed);
    core::clock::setNowForTesting(t0 + 9 * day); // the coupon has ended by now
    RedeemRequest late = redeemOf(claimed->claimCode, chain.branch1, QStringLiteral("R1"));
    late.paidAfterDiscount = true;
    CC_VERIFY_ERROR(claims.redeem(chain.cashier1(), late), Error::Code::Conflict);
    RedeemRequest then = late;
    then.redeemedAt = t0 + 3600; // but it was redeemed while it was valid
    auto redeemed = claims.redeem(chain.cashier1(), then);
    CC_VERIFY_OK(redeemed);
    QCOMPARE(redeemed->redeemedAt, t0 + 3600);
    QCOMPARE(redeemed->billAmount, qint64(8000));
    QCOMPARE(redeemed->discount, qint64(1000));
}

void TestRedemptions::redeemComputesDiscount_data()
{
    discountArithmetic_data();
}

void TestRedemptions::redeemComputesDiscount()
{
    QFETCH(QString, kind);
    QFETCH(qint64, value);
    QFETCH(qint64, bill);
    QFETCH(qint64, discount);
    TestChain chain;
    CC_VERIFY_OK(CouponService(chain.db())
                     .create(chain.owner(),
                         tmpl(QStringLiteral("D"), *core::coupons::kindFromName(kind), value)));
    ClaimService claims(chain.db());
    auto claimed = claims.claim(chain.owner(), claimOf(QStringLiteral("D"), phoneA, chain.branch1));
    CC_VERIFY_OK(claimed);
    auto redeemed = claims.redeem(
        chain.cashier1(), redeemOf(claimed->claimCode, chain.branch1, QStringLiteral("R1"), bill));
    CC_VERIFY_OK(redeemed);
    QCOMPARE(redeemed->discount, discount);
    QCOMPARE(redeemed->billAmount, bill);
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT discount FROM redemptions")), discount);
}

void TestRedemptions::redeemLinksTheVisit()
{
    TestChain chain;
    Coupon c = tmpl(QStringLiteral("TEN"), CouponKind::Amount, 1000);
    c.minSpend = 5000;
    c.perPersonLimit = 0;
    c.branchIds = { chain.branch1 };
    CC_VERIFY_OK(CouponService(chain.db()).create(chain.owner(), c));
    core::visits::VisitService visits(chain.db());
    auto visit = visits.record(chain.cashier1(), bill(chain.branch1, 8800, QStringLiteral("R1")));
    CC_VERIFY_OK(visit);
    ClaimService claims(chain.db());
    auto first
        = claims.claim(chain.cashier1(), claimOf(QStringLiteral("TEN"), phoneA, chain.branch1));
    CC_VERIFY_OK(first);
    // No amount given: the recorded bill's; the claim code may be typed loosely.
    QString typed = first->claimCode.toLower();
    typed.insert(5, QLatin1Char('-'));
    auto redeemed
        = claims.redeem(chain.cashier1(), redeemOf(typed, chain.branch1, QStringLiteral("R1")));
    CC_VERIFY_OK(redeemed);
    QCOMPARE(redeemed->visitId, visit->id);
    QCOMPARE(redeemed->billAmount, qint64(8800));
    QCOMPARE(redeemed->discount, qint64(1000));
    QCOMPARE(redeemed->redeemedAt, t0);
    QCOMPARE(redeemed->branchId, chain.branch1);
    QCOMPARE(claims.findClaim(chain.owner(), first->claimCode)->redemptionId, redeemed->id);

    // A bill not recorded (yet): the amount is required, and nothing is linked.
    auto second
        = claims.claim(chain.cashier1(), claimOf(QStringLiteral("TEN"), phoneA, chain.branch1));
    CC_VERIFY_OK(second);
    const QString before = fingerprint(chain.db());
    CC_VERIFY_ERROR(claims.redeem(chain.cashier1(),
                        redeemOf(second->claimCode, chain.branch1, QStringLiteral("R2"))),
        Error::Code::InvalidInput);
    QCOMPARE(fingerprint(chain.db()), before);
    auto unlinked = claims.redeem(
        chain.cashier1(), redeemOf(second->claimCode, chain.branch1, QStringLiteral("R2"), 6000));
    CC_VERIFY_OK(unlinked);
    QCOMPARE(unlinked->visitId, qint64(0));

    // Named by visit id.
    auto third
        = claims.claim(chain.cashier1(), claimOf(QStringLiteral("TEN"), phoneA, chain.branch1));
    CC_VERIFY_OK(third);
    auto visit3 = visits.record(chain.cashier1(), bill(chain.branch1, 5000, QStringLiteral("R3")));
    CC_VERIFY_OK(visit3);
    RedeemRequest byId = redeemOf(third->claimCode, chain.branch1, QString());
    byId.visitId = visit3->id;
    auto linked = claims.redeem(chain.cashier1(), byId);
    CC_VERIFY_OK(linked);
    QCOMPARE(linked->visitId, visit3->id);
    QCOMPARE(linked->billAmount, qint64(5000)); // exactly the minimum spend is enough
}

void TestRedemptions::redeemRefusals_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("code");
    const int conflict = int(Error::Code::Conflict);
    const int invalid = int(Error::Code::InvalidInput);
    const int denied = int(Error::Code::PermissionDenied);
    for (const auto &[tag, code] : std::initializer_list<std::pair<const char *, int>> {
             { "unknown claim", int(Error::Code::NotFound) }, { "second redemption", conflict },
             { "expired by valid days", conflict }, { "expired by valid to", conflict },
             { "branch out of the coupon's scope", conflict }, { "bill below min spend", conflict },
             { "recorded bill below min spend", conflict }, { "retired coupon", conflict },
             { "voided bill", conflict }, { "refund receipt", conflict },
             { "bill already had a coupon", conflict }, { "manager of another branch", denied },
             { "cashier at another branch", denied },
             { "no bill amount and no recorded bill", invalid }, { "no receipt", invalid },
             { "negative bill", invalid }, { "visit of another branch", invalid },
             { "no claim code", invalid } })
        QTest::newRow(tag) << QString::fromLatin1(tag) << code;
}

void TestRedemptions::redeemRefusals()
{
    QFETCH(QString, scenario);
    QFETCH(int, code);
    TestChain chain;
    CouponService coupons(chain.db());
    ClaimService claims(chain.db());
    core::visits::VisitService visits(chain.db());
    Coupon c = tmpl(QStringLiteral("MAIN"));
    c.minSpend = 5000;
    c.validDays = 7;
    c.perPersonLimit = 0;
    c.branchIds = { chain.branch1 };
    auto main = coupons.create(chain.owner(), c);
    CC_VERIFY_OK(main);
    Coupon shortLived = tmpl(QStringLiteral("SHORT"));
    shortLived.validTo = t0 + day;
    CC_VERIFY_OK(coupons.create(chain.owner(), shortLived));
    auto claim
        = claims.claim(chain.owner(), claimOf(QStringLiteral("MAIN"), phoneA, chain.branch1));
    CC_VERIFY_OK(claim);
    auto sale = visits.record(chain.owner(), bill(chain.branch1, 8800, QStringLiteral("R1")));
    CC_VERIFY_OK(sale);
    auto small = visits.record(chain.owner(), bill(chain.branch1, 4999, QStringLiteral("SMALL")));
    CC_VERIFY_OK(small);
    auto elsewhere = visits.record(chain.owner(), bill(chain.branch2, 8800, QStringLiteral("R1")));
    CC_VERIFY_OK(elsewhere);

    core::auth::Actor actor = chain.owner();
    RedeemRequest r = redeemOf(claim->claimCode, chain.branch1, QStringLiteral("R1"));
    if (scenario == QLatin1String("unknown claim")) {
        r.claimCode = QStringLiteral("ZZZZZZZZZZ");
    } else if (scenario == QLatin1String("second redemption")) {
        CC_VERIFY_OK(claims.redeem(chain.owner(), r));
        r.receiptNo = QStringLiteral("OTHER");
        r.billAmount = 9000;
    } else if (scenario == QLatin1String("expired by valid days")) {
        core::clock::setNowForTesting(t0 + 7 * day);
    } else if (scenario == QLatin1String("expired by valid to")) {
        auto s
            = claims.claim(chain.owner(), claimOf(QStringLiteral("SHORT"), phoneA, chain.branch1));
        CC_VERIFY_OK(s);
        r.claimCode = s->claimCode;
        core::clock::setNowForTesting(t0 + day + 1);
    } else if (scenario == QLatin1String("branch out of the coupon's scope")) {
        r.branchId = chain.branch2;
    } else if (scenario == QLatin1String("bill below min spend")) {
        r.billAmount = 4999;
    } else if (scenario == QLatin1String("recorded bill below min spend")) {
        r.receiptNo = QStringLiteral("SMALL");
    } else if (scenario == QLatin1String("retired coupon")) {
        CC_VERIFY_OK(coupons.retire(chain.owner(), main->id));
    } else if (scenario == QLatin1String("voided bill")) {
        CC_VERIFY_OK(visits.voidVisit(chain.owner(), sale->id, QStringLiteral("typo")));
    } else if (scenario == QLatin1String("refund receipt")) {
        core::visits::RefundRequest refund;
        refund.visitId = sale->id;
        refund.amount = 100;
        refund.reason = QStringLiteral("cold");
        refund.receiptNo = QStringLiteral("RF1");
        CC_VERIFY_OK(visits.refund(chain.owner(), refund));
        r.receiptNo = QStringLiteral("RF1");
        r.billAmount = 8800;
    } else if (scenario == QLatin1String("bill already had a coupon")) {
        auto other
            = claims.claim(chain.owner(), claimOf(QStringLiteral("MAIN"), phoneB, chain.branch1));
        CC_VERIFY_OK(other);
        CC_VERIFY_OK(claims.redeem(
            chain.owner(), redeemOf(other->claimCode, chain.branch1, QStringLiteral("R1"))));
    } else if (scenario == QLatin1String("manager of another branch")) {
        actor = chain.manager2();
    } else if (scenario == QLatin1String("cashier at another branch")) {
        actor = chain.cashier1();
        r.branchId = chain.branch2;
    } else if (scenario == QLatin1String("no bill amount and no recorded bill")) {
        r.receiptNo = QStringLiteral("NOT-YET");
    } else if (scenario == QLatin1String("no receipt")) {
        r.receiptNo = QStringLiteral(" ");
    } else if (scenario == QLatin1String("negative bill")) {
        r.billAmount = -1;
    } else if (scenario == QLatin1String("visit of another branch")) {
        r.receiptNo.clear();
        r.visitId = elsewhere->id;
    } else if (scenario == QLatin1String("no claim code")) {
        r.claimCode = QStringLiteral("  ");
    } else {
        QFAIL("unknown scenario");
    }
    const QString before = fingerprint(chain.db());
    auto result = claims.redeem(actor, r);
    CC_VERIFY_ERROR(result, Error::Code(code));
    QCOMPARE(fingerprint(chain.db()), before);
}

void TestRedemptions::usableAtTheCounter()
{
    TestChain chain;
    CouponService coupons(chain.db());
    ClaimService claims(chain.db());
    Coupon b1 = tmpl(QStringLiteral("B1"));
    b1.branchIds = { chain.branch1 };
    Coupon b2 = tmpl(QStringLiteral("B2"));
    b2.branchIds = { chain.branch2 };
    Coupon week = tmpl(QStringLiteral("WEEK"));
    week.validDays = 7;
    Coupon used = tmpl(QStringLiteral("USED"));
    for (const Coupon &c : { b1, b2, week, used })
        CC_VERIFY_OK(coupons.create(chain.owner(), c));
    auto cb1 = claims.claim(chain.owner(), claimOf(QStringLiteral("B1"), phoneA, chain.branch1));
    CC_VERIFY_OK(cb1);
    CC_VERIFY_OK(claims.claim(chain.owner(), claimOf(QStringLiteral("B2"), phoneA, chain.branch2)));
    auto cweek
        = claims.claim(chain.owner(), claimOf(QStringLiteral("WEEK"), phoneA, chain.branch1));
    CC_VERIFY_OK(cweek);
    auto cused
        = claims.claim(chain.owner(), claimOf(QStringLiteral("USED"), phoneA, chain.branch1));
    CC_VERIFY_OK(cused);
    CC_VERIFY_OK(claims.redeem(
        chain.owner(), redeemOf(cused->claimCode, chain.branch1, QStringLiteral("R"), 100)));
    auto usable = claims.usableAt(chain.cashier1(), cb1->personId, chain.branch1);
    CC_VERIFY_OK(usable);
    QCOMPARE(usable->size(), 2);
    QCOMPARE(usable->at(0).couponCode, QStringLiteral("WEEK")); // expiring first
    QCOMPARE(usable->at(1).couponCode, QStringLiteral("B1"));
    core::clock::setNowForTesting(t0 + 8 * day);
    QCOMPARE(claims.usableAt(chain.cashier1(), cb1->personId, chain.branch1)->size(), 1);
    CC_VERIFY_ERROR(claims.usableAt(chain.cashier1(), cb1->personId, chain.branch2),
        Error::Code::PermissionDenied);
    auto history = claims.claimsOf(chain.manager2(), cb1->personId);
    CC_VERIFY_OK(history);
    QCOMPARE(history->size(), 1); // the claim made at B02 only
    QCOMPARE(claims.claimsOf(chain.owner(), cb1->personId)->size(), 4);
}

void TestRedemptions::statsPerTemplate()
{
    TestChain chain;
    CouponService coupons(chain.db());
    ClaimService claims(chain.db());
    Coupon c = tmpl(QStringLiteral("STATS"), CouponKind::Amount, 1000);
    c.validDays = 1;
    c.perPersonLimit = 0;
    auto created = coupons.create(chain.owner(), c);
    CC_VERIFY_OK(created);
    QStringList codes;
    for (qint64 branch :
        { chain.branch1, chain.branch1, chain.branch2, chain.branch2, chain.branch2 }) {
        auto claimed
            = claims.claim(chain.owner(), claimOf(QStringLiteral("STATS"), phoneA, branch));
        CC_VERIFY_OK(claimed);
        codes << claimed->claimCode;
    }
    // Redeemed: the first (at B01), the third (at B01, claimed at B02) and the fourth (at B02).
    CC_VERIFY_OK(
        claims.redeem(chain.owner(), redeemOf(codes[0], chain.branch1, QStringLiteral("A"), 8800)));
    CC_VERIFY_OK(
        claims.redeem(chain.owner(), redeemOf(codes[2], chain.branch1, QStringLiteral("B"), 500)));
    CC_VERIFY_OK(
        claims.redeem(chain.owner(), redeemOf(codes[3], chain.branch2, QStringLiteral("C"), 8800)));
    core::clock::setNowForTesting(t0 + 2 * day);
    auto all = coupons.stats(chain.owner(), created->id);
    CC_VERIFY_OK(all);
    QCOMPARE(all->claimed, qint64(5));
    QCOMPARE(all->redeemed, qint64(3));
    QCOMPARE(all->expiredUnredeemed, qint64(2));
    QCOMPARE(all->discount, qint64(1000 + 500 + 1000));
    QCOMPARE(all->perBranch.size(), 2);
    QCOMPARE(all->perBranch[0].branchCode, QStringLiteral("B01"));
    QCOMPARE(all->perBranch[0].redemptions, qint64(2));
    QCOMPARE(all->perBranch[0].discount, qint64(1500));
    QCOMPARE(all->perBranch[1].branchCode, QStringLiteral("B02"));
    QCOMPARE(all->perBranch[1].redemptions, qint64(1));
    // Before the claims expire, none counts as expired.
    QCOMPARE(coupons.stats(chain.owner(), created->id, t0 + 60)->expiredUnredeemed, qint64(0));

    // A manager sees what happened at their branch only.
    auto mine = coupons.stats(chain.manager1(), created->id);
    CC_VERIFY_OK(mine);
    QCOMPARE(mine->claimed, qint64(2));
    QCOMPARE(mine->redeemed, qint64(2));
    QCOMPARE(mine->expiredUnredeemed, qint64(1));
    QCOMPARE(mine->perBranch.size(), 1);
    CC_VERIFY_ERROR(coupons.stats(chain.cashier1(), created->id), Error::Code::PermissionDenied);
    Coupon other = tmpl(QStringLiteral("B02-ONLY"));
    other.branchIds = { chain.branch2 };
    auto theirs = coupons.create(chain.manager2(), other);
    CC_VERIFY_OK(theirs);
    CC_VERIFY_ERROR(coupons.stats(chain.manager1(), theirs->id), Error::Code::PermissionDenied);
    auto listed = coupons.allStats(chain.manager1());
    CC_VERIFY_OK(listed);
    QCOMPARE(listed->size(), 1); // B02-ONLY is not theirs to see
    QCOMPARE(coupons.allStats(chain.owner())->size(), 2);
}

void TestRedemptions::everyWriteIsAudited()
{
    TestChain chain;
    CouponService coupons(chain.db());
    ClaimService claims(chain.db());
    auto created = coupons.create(chain.owner(), tmpl(QStringLiteral("AUD")));
    CC_VERIFY_OK(created);
    auto claimed
        = claims.claim(chain.cashier1(), claimOf(QStringLiteral("AUD"), phoneA, chain.branch1));
    CC_VERIFY_OK(claimed);
    CC_VERIFY_OK(claims.redeem(
        chain.cashier1(), redeemOf(claimed->claimCode, chain.branch1, QStringLiteral("R9"), 3000)));
    CC_VERIFY_OK(coupons.retire(chain.owner(), created->id));
    auto log = core::audit::AuditLog::recent(chain.db(), chain.owner());
    CC_VERIFY_OK(log);
    QStringList actions;
    for (const auto &e : *log) {
        if (e.action.startsWith(QLatin1String("coupon.")))
            actions.prepend(e.action);
    }
    QCOMPARE(actions,
        (QStringList { QStringLiteral("coupon.create"), QStringLiteral("coupon.claim"),
            QStringLiteral("coupon.redeem"), QStringLiteral("coupon.retire") }));
    const auto &redeem = log->at(1);
    QCOMPARE(redeem.actor, QStringLiteral("cashier1"));
    QVERIFY(redeem.after.contains(QStringLiteral("R9")));
    QVERIFY(redeem.after.contains(claimed->claimCode));
}

namespace {

QStringList words(const QString &line)
{
    return line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

void TestRedemptions::commandLine()
{
    if (qEnvironmentVariableIsEmpty("CHAINCARD_CLI"))
        QSKIP("CHAINCARD_CLI is not set (run through ctest)");
    core::clock::setNowForTesting(0);
    TestChain chain;
    const QString db = chain.path();
    auto created = runCli(db,
        words(QStringLiteral("coupon create --code WELCOME --name Welcome --kind amount"
                             " --value 10 --min-spend 50.00 --valid-days 7"
                             " --branches B01,B02 --per-person 1 --total 100")));
    QCOMPARE(created.exitCode, 0);
    QCOMPARE(created.json.value(QStringLiteral("value")).toString(), QStringLiteral("10.00"));
    QCOMPARE(created.json.value(QStringLiteral("min_spend")).toString(), QStringLiteral("50.00"));
    QCOMPARE(created.json.value(QStringLiteral("branches")).toArray().size(), 2);
    auto badKind = runCli(
        db, words(QStringLiteral("coupon create --code X --name X --kind gift --value 1")));
    QCOMPARE(badKind.exitCode, 2);
    auto dated = runCli(db,
        words(QStringLiteral("coupon create --code SUMMER --name Summer --kind percent"
                             " --value 15 --valid-from 2030-06-01 --valid-to 2030-08-31")));
    QCOMPARE(dated.exitCode, 0);
    QCOMPARE(dated.json.value(QStringLiteral("valid_to")).toString(),
        QStringLiteral("2030-09-01 00:00:00"));
    auto early = runCli(
        db, words(QStringLiteral("coupon claim --coupon SUMMER --phone 13812345678 --branch B01")));
    QCOMPARE(early.exitCode, 4);

    auto claimed = runCli(db,
        words(QStringLiteral("coupon claim --coupon WELCOME --phone 13812345678 --branch B01")));
    QCOMPARE(claimed.exitCode, 0);
    const QString code = claimed.json.value(QStringLiteral("claim_code")).toString();
    QVERIFY(ClaimCode::isWellFormed(code));
    QCOMPARE(
        claimed.json.value(QStringLiteral("phone")).toString(), QStringLiteral("+8613812345678"));
    QVERIFY(!claimed.json.value(QStringLiteral("expires_at")).toString().isEmpty());
    auto again = runCli(db,
        words(QStringLiteral("coupon claim --coupon WELCOME --phone 13812345678 --branch B02")));
    QCOMPARE(again.exitCode, 4); // one per person
    QVERIFY2(again.err.contains(QStringLiteral("WELCOME")), qPrintable(again.err));

    auto low = runCli(db,
        words(QStringLiteral("coupon redeem --claim %1 --branch B01 --receipt R1 --amount 49.99")
                  .arg(code)));
    QCOMPARE(low.exitCode, 4);
    QVERIFY2(low.err.contains(QStringLiteral("50.00")), qPrintable(low.err));
    auto redeemed = runCli(db,
        words(QStringLiteral("coupon redeem --claim %1 --branch B01 --receipt R1 --amount 88.00")
                  .arg(code)));
    QCOMPARE(redeemed.exitCode, 0);
    QCOMPARE(redeemed.json.value(QStringLiteral("discount")).toString(), QStringLiteral("10.00"));
    QCOMPARE(redeemed.json.value(QStringLiteral("bill")).toString(), QStringLiteral("88.00"));
    auto twice = runCli(db,
        words(QStringLiteral("coupon redeem --claim %1 --branch B01 --receipt R2 --amount 88.00")
                  .arg(code)));
    QCOMPARE(twice.exitCode, 4);
    QVERIFY2(
        twice.err.contains(code) && !twice.err.contains(QLatin1Char('\n')), qPrintable(twice.err));

    // Issued to B01's people: the one there holds it already (one per person).
    auto issued = runCli(db, words(QStringLiteral("coupon issue --coupon WELCOME --branches B01")));
    QCOMPARE(issued.exitCode, 0);
    QCOMPARE(issued.json.value(QStringLiteral("matched")).toInt(), 1);
    QCOMPARE(issued.json.value(QStringLiteral("issued")).toInt(), 0);
    QCOMPARE(issued.json.value(QStringLiteral("at_person_limit")).toInt(), 1);
    auto badSegment = runCli(
        db, words(QStringLiteral("coupon issue --coupon WELCOME --segment regulars")));
    QCOMPARE(badSegment.exitCode, 2);

    auto stats = runCli(db, words(QStringLiteral("coupon stats --coupon WELCOME")));
    QCOMPARE(stats.exitCode, 0);
    const QJsonObject row
        = stats.json.value(QStringLiteral("coupons")).toArray().first().toObject();
    QCOMPARE(row.value(QStringLiteral("claimed")).toInt(), 1);
    QCOMPARE(row.value(QStringLiteral("redeemed")).toInt(), 1);
    auto retired = runCli(db, words(QStringLiteral("coupon retire --coupon WELCOME")));
    QCOMPARE(retired.exitCode, 0);
    QCOMPARE(retired.json.value(QStringLiteral("active")).toBool(), false);
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT count(*) FROM redemptions")), qint64(1));
}

QTEST_GUILESS_MAIN(TestRedemptions)
#include "tst_redemptions.moc"
