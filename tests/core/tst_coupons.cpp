#include "core/common/clock.h"
#include "core/coupons/claimcode.h"
#include "core/coupons/claimservice.h"
#include "core/coupons/couponservice.h"
#include "core/people/personservice.h"
#include "core/storage/sql.h"

#include <QAtomicInt>
#include <QSet>
#include <QTest>
#include <QThread>

#include "tests/support/testchain.h"
#include <atomic>
#include <limits>
#include <memory>

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
constexpr qint64 none = std::numeric_limits<qint64>::min();
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

core::auth::Actor actorNamed(const TestChain &chain, const QString &name)
{
    if (name == QLatin1String("manager1"))
        return chain.manager1();
    if (name == QLatin1String("manager2"))
        return chain.manager2();
    if (name == QLatin1String("cashier1"))
        return chain.cashier1();
    return chain.owner();
}

qint64 branchOf(const TestChain &chain, int which)
{
    return which == 1 ? chain.branch1 : which == 2 ? chain.branch2 : which;
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

} // namespace

class TestCoupons : public QObject
{
    Q_OBJECT
private slots:
    void init() { core::clock::setNowForTesting(t0); }
    void cleanup() { core::clock::setNowForTesting(0); }

    void claimCodesAreRandomAndUnambiguous();
    void createAndFind();
    void createValidation_data();
    void createValidation();
    void createScope_data();
    void createScope();
    void retireRules();
    void claimRegistersGuestAndIssuesCode();
    void claimExpiry_data();
    void claimExpiry();
    void claimInThePastWithItsCode();
    void claimRefusals_data();
    void claimRefusals();
    void racingForTheLastCoupon();
    void racingForALimitedBatch();
    void updateRules();
    void issueToASegment();
    void claimsOfOneCoupon();
};

void TestCoupons::claimCodesAreRandomAndUnambiguous()
{
    QSet<QString> seen;
    for (int i = 0; i < 2000; ++i) {
        const QString code = ClaimCode::generate();
        QVERIFY2(ClaimCode::isWellFormed(code), qPrintable(code));
        for (QChar c : QStringLiteral("01OIL"))
            QVERIFY(!code.contains(c));
        seen.insert(code);
    }
    QCOMPARE(seen.size(), 2000);
    QCOMPARE(ClaimCode::normalize(QStringLiteral(" ab-cd 23xy ")), QStringLiteral("ABCD23XY"));
    QVERIFY(!ClaimCode::isWellFormed(QStringLiteral("ABCDEFGHI0")));
    QVERIFY(!ClaimCode::isWellFormed(QStringLiteral("ABC")));
}

void TestCoupons::createAndFind()
{
    TestChain chain;
    CouponService coupons(chain.db());
    Coupon c = tmpl(QStringLiteral(" SPRING-10 "), CouponKind::Percent, 10);
    c.name = QStringLiteral("  Spring 10% off ");
    c.minSpend = 5000;
    c.validFrom = t0;
    c.validTo = t0 + 30 * day;
    c.validDays = 14;
    c.perPersonLimit = 2;
    c.totalLimit = 500;
    c.branchIds = { chain.branch2, chain.branch1 };
    auto created = coupons.create(chain.owner(), c);
    CC_VERIFY_OK(created);
    QCOMPARE(created->code, QStringLiteral("SPRING-10"));
    QCOMPARE(created->name, QStringLiteral("Spring 10% off"));
    auto found = coupons.findByCode(QStringLiteral("spring-10"));
    CC_VERIFY_OK(found);
    QCOMPARE(found->id, created->id);
    QCOMPARE(found->kind, CouponKind::Percent);
    QCOMPARE(found->value, qint64(10));
    QCOMPARE(found->minSpend, qint64(5000));
    QCOMPARE(found->validFrom, t0);
    QCOMPARE(found->validTo, t0 + 30 * day);
    QCOMPARE(found->validDays, 14);
    QCOMPARE(found->perPersonLimit, 2);
    QCOMPARE(found->totalLimit.value_or(-1), qint64(500));
    QCOMPARE(found->branchIds, (QVector<qint64> { chain.branch1, chain.branch2 }));
    QVERIFY(found->active);
    QCOMPARE(found->createdAt, t0);
    auto chainWide
        = coupons.create(chain.owner(), tmpl(QStringLiteral("FREE-TEA"), CouponKind::Item, 800));
    CC_VERIFY_OK(chainWide);
    QVERIFY(coupons.find(chainWide->id)->isChainWide());
    QVERIFY(!coupons.find(chainWide->id)->totalLimit.has_value());
    CC_VERIFY_ERROR(coupons.findByCode(QStringLiteral("NOPE")), Error::Code::NotFound);
    CC_VERIFY_ERROR(coupons.find(999), Error::Code::NotFound);
}

void TestCoupons::createValidation_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<qint64>("minSpend");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("perPerson");
    QTest::addColumn<qint64>("total"); // -1: none
    QTest::addColumn<QString>("branches"); // "1", "1,1", "99"...
    QTest::addColumn<int>("code_");
    QTest::addColumn<QString>("field");
    const int invalid = int(Error::Code::InvalidInput);
    const QString n = QStringLiteral("Name");
    auto row = [&](const char *tag) { return &QTest::newRow(tag); };
    *row("empty code") << "" << n << "amount" << qint64(100) << qint64(0) << qint64(0) << qint64(0)
                       << 0 << 1 << qint64(-1) << "" << invalid << "code";
    *row("code with a space") << "A B" << n << "amount" << qint64(100) << qint64(0) << qint64(0)
                              << qint64(0) << 0 << 1 << qint64(-1) << "" << invalid << "code";
    *row("code too long") << QString(33, QLatin1Char('C')) << n << "amount" << qint64(100)
                          << qint64(0) << qint64(0) << qint64(0) << 0 << 1 << qint64(-1) << ""
                          << invalid << "code";
    *row("empty name") << "C1"
                       << " "
                       << "amount" << qint64(100) << qint64(0) << qint64(0) << qint64(0) << 0 << 1
                       << qint64(-1) << "" << invalid << "name";
    *row("amount of zero") << "C1" << n << "amount" << qint64(0) << qint64(0) << qint64(0)
                           << qint64(0) << 0 << 1 << qint64(-1) << "" << invalid << "value";
    *row("percent of zero") << "C1" << n << "percent" << qint64(0) << qint64(0) << qint64(0)
                            << qint64(0) << 0 << 1 << qint64(-1) << "" << invalid << "value";
    *row("percent over 100") << "C1" << n << "percent" << qint64(101) << qint64(0) << qint64(0)
                             << qint64(0) << 0 << 1 << qint64(-1) << "" << invalid << "value";
    *row("negative item") << "C1" << n << "item" << qint64(-1) << qint64(0) << qint64(0)
                          << qint64(0) << 0 << 1 << qint64(-1) << "" << invalid << "value";
    *row("negative min spend") << "C1" << n << "amount" << qint64(100) << qint64(-1) << qint64(0)
                               << qint64(0) << 0 << 1 << qint64(-1) << "" << invalid << "min_spend";
    *row("ends before it starts") << "C1" << n << "amount" << qint64(100) << qint64(0) << t0 << t0
                                  << 0 << 1 << qint64(-1) << "" << invalid << "valid_to";
    *row("negative valid days") << "C1" << n << "amount" << qint64(100) << qint64(0) << qint64(0)
                                << qint64(0) << -3 << 1 << qint64(-1) << "" << invalid
                                << "valid_days";
    *row("negative per person") << "C1" << n << "amount" << qint64(100) << qint64(0) << qint64(0)
                                << qint64(0) << 0 << -1 << qint64(-1) << "" << invalid
                                << "per_person";
    *row("total of zero") << "C1" << n << "amount" << qint64(100) << qint64(0) << qint64(0)
                          << qint64(0) << 0 << 1 << qint64(0) << "" << invalid << "total";
    *row("branch twice") << "C1" << n << "amount" << qint64(100) << qint64(0) << qint64(0)
                         << qint64(0) << 0 << 1 << qint64(-1) << "1,1" << invalid << "branches";
    *row("unknown branch") << "C1" << n << "amount" << qint64(100) << qint64(0) << qint64(0)
                           << qint64(0) << 0 << 1 << qint64(-1) << "99"
                           << int(Error::Code::NotFound) << "branches";
    *row("code taken") << "TAKEN" << n << "amount" << qint64(100) << qint64(0) << qint64(0)
                       << qint64(0) << 0 << 1 << qint64(-1) << "" << int(Error::Code::Conflict)
                       << "code";
    *row("code taken, other case")
        << "taken" << n << "amount" << qint64(100) << qint64(0) << qint64(0) << qint64(0) << 0 << 1
        << qint64(-1) << "" << int(Error::Code::Conflict) << "code";
}

void TestCoupons::createValidation()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(QString, kind);
    QFETCH(qint64, value);
    QFETCH(qint64, minSpend);
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(int, days);
    QFETCH(int, perPerson);
    QFETCH(qint64, total);
    QFETCH(QString, branches);
    QFETCH(int, code_);
    QFETCH(QString, field);
    TestChain chain;
    CouponService coupons(chain.db());
    CC_VERIFY_OK(coupons.create(chain.owner(), tmpl(QStringLiteral("TAKEN"))));
    const QString before = fingerprint(chain.db());
    Coupon c = tmpl(code, *core::coupons::kindFromName(kind), value);
    c.name = name;
    c.minSpend = minSpend;
    c.validFrom = from;
    c.validTo = to;
    c.validDays = days;
    c.perPersonLimit = perPerson;
    if (total >= 0)
        c.totalLimit = total;
    for (const QString &b : branches.split(QLatin1Char(','), Qt::SkipEmptyParts))
        c.branchIds.push_back(branchOf(chain, b.toInt()));
    auto result = coupons.create(chain.owner(), c);
    CC_VERIFY_ERROR(result, Error::Code(code_));
    QCOMPARE(result.error().field(), field);
    QCOMPARE(fingerprint(chain.db()), before);
}

void TestCoupons::createScope_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("branches");
    QTest::addColumn<int>("code"); // -1: allowed
    const int denied = int(Error::Code::PermissionDenied);
    QTest::newRow("owner, chain-wide") << "owner"
                                       << "" << -1;
    QTest::newRow("owner, two branches") << "owner"
                                         << "1,2" << -1;
    QTest::newRow("owner, another branch") << "owner"
                                           << "2" << -1;
    QTest::newRow("manager, own branch") << "manager1"
                                         << "1" << -1;
    QTest::newRow("manager, chain-wide") << "manager1"
                                         << "" << denied;
    QTest::newRow("manager, another branch") << "manager1"
                                             << "2" << denied;
    QTest::newRow("manager, own and another") << "manager1"
                                              << "1,2" << denied;
    QTest::newRow("cashier, own branch") << "cashier1"
                                         << "1" << denied;
}

void TestCoupons::createScope()
{
    QFETCH(QString, actor);
    QFETCH(QString, branches);
    QFETCH(int, code);
    TestChain chain;
    CouponService coupons(chain.db());
    Coupon c = tmpl(QStringLiteral("SCOPED"));
    for (const QString &b : branches.split(QLatin1Char(','), Qt::SkipEmptyParts))
        c.branchIds.push_back(branchOf(chain, b.toInt()));
    const QString before = fingerprint(chain.db());
    auto result = coupons.create(actorNamed(chain, actor), c);
    if (code < 0) {
        CC_VERIFY_OK(result);
        return;
    }
    CC_VERIFY_ERROR(result, Error::Code(code));
    QCOMPARE(fingerprint(chain.db()), before);
}

void TestCoupons::retireRules()
{
    TestChain chain;
    CouponService coupons(chain.db());
    ClaimService claims(chain.db());
    Coupon own = tmpl(QStringLiteral("B01-ONLY"));
    own.branchIds = { chain.branch1 };
    auto mine = coupons.create(chain.manager1(), own);
    CC_VERIFY_OK(mine);
    auto chainWide = coupons.create(chain.owner(), tmpl(QStringLiteral("ALL")));
    CC_VERIFY_OK(chainWide);
    auto claimed
        = claims.claim(chain.cashier1(), claimOf(QStringLiteral("ALL"), phoneA, chain.branch1));
    CC_VERIFY_OK(claimed);

    const QString before = fingerprint(chain.db());
    CC_VERIFY_ERROR(coupons.retire(chain.manager1(), chainWide->id), Error::Code::PermissionDenied);
    CC_VERIFY_ERROR(coupons.retire(chain.manager2(), mine->id), Error::Code::PermissionDenied);
    CC_VERIFY_ERROR(coupons.retire(chain.cashier1(), mine->id), Error::Code::PermissionDenied);
    CC_VERIFY_ERROR(coupons.retire(chain.owner(), 999), Error::Code::NotFound);
    QCOMPARE(fingerprint(chain.db()), before);

    auto retired = coupons.retire(chain.manager1(), mine->id);
    CC_VERIFY_OK(retired);
    QVERIFY(!retired->active);
    CC_VERIFY_OK(coupons.retire(chain.owner(), chainWide->id));
    const QString after = fingerprint(chain.db());
    CC_VERIFY_ERROR(coupons.retire(chain.owner(), chainWide->id), Error::Code::Conflict);
    // A retired coupon can be neither claimed nor redeemed; what was claimed stays on record.
    CC_VERIFY_ERROR(
        claims.claim(chain.owner(), claimOf(QStringLiteral("ALL"), phoneB, chain.branch1)),
        Error::Code::Conflict);
    CC_VERIFY_ERROR(claims.redeem(chain.owner(),
                        redeemOf(claimed->claimCode, chain.branch1, QStringLiteral("R1"), 5000)),
        Error::Code::Conflict);
    QCOMPARE(fingerprint(chain.db()), after);
    auto listed = coupons.list(chain.owner(), false);
    CC_VERIFY_OK(listed);
    QVERIFY(listed->isEmpty());
    QCOMPARE(coupons.list(chain.owner(), true)->size(), 2);
}

void TestCoupons::claimRegistersGuestAndIssuesCode()
{
    TestChain chain;
    CouponService coupons(chain.db());
    Coupon c = tmpl(QStringLiteral("WELCOME"));
    c.perPersonLimit = 0; // no limit per person
    CC_VERIFY_OK(coupons.create(chain.owner(), c));
    ClaimService claims(chain.db());
    const qint64 people = count(chain.db(), QStringLiteral("SELECT count(*) FROM people"));
    auto first = claims.claim(chain.cashier1(), claimOf(QStringLiteral("welcome"), phoneA, 0));
    CC_VERIFY_OK(first);
    QCOMPARE(first->branchId, chain.branch1); // staff claim at their own branch
    QCOMPARE(first->claimedAt, t0);
    QCOMPARE(first->couponCode, QStringLiteral("WELCOME"));
    QVERIFY(ClaimCode::isWellFormed(first->claimCode));
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT count(*) FROM people")), people + 1);
    core::people::PersonService persons(chain.db(), core::people::PhoneNormalizer());
    auto guest = persons.find(first->personId);
    CC_VERIFY_OK(guest);
    QVERIFY(!guest->isMember()); // a coupon claim does not make a member
    QCOMPARE(guest->homeBranchId, chain.branch1);

    QSet<QString> codes { first->claimCode };
    for (int i = 0; i < 30; ++i) {
        ClaimRequest r = claimOf(QStringLiteral("WELCOME"), phoneA, chain.branch2);
        r.channel = QStringLiteral("wechat");
        auto more = claims.claim(chain.owner(), r);
        CC_VERIFY_OK(more);
        QCOMPARE(more->personId, first->personId);
        QCOMPARE(more->channel, QStringLiteral("wechat"));
        codes.insert(more->claimCode);
    }
    QCOMPARE(codes.size(), 31);
    // The owner may record a claim through a channel alone, for a known person.
    ClaimRequest online;
    online.couponCode = QStringLiteral("WELCOME");
    online.personId = first->personId;
    online.channel = QStringLiteral("mini-program");
    auto channelOnly = claims.claim(chain.owner(), online);
    CC_VERIFY_OK(channelOnly);
    QCOMPARE(channelOnly->branchId, qint64(0));
    auto looked = claims.findClaim(chain.manager2(), channelOnly->claimCode.toLower());
    CC_VERIFY_OK(looked);
    QCOMPARE(looked->id, channelOnly->id);
}

void TestCoupons::claimExpiry_data()
{
    QTest::addColumn<qint64>("validTo"); // 0: none
    QTest::addColumn<int>("validDays");
    QTest::addColumn<qint64>("expires"); // 0: never
    // Claimed at t0 + 100.
    QTest::newRow("no bound") << qint64(0) << 0 << qint64(0);
    QTest::newRow("days only") << qint64(0) << 7 << t0 + 100 + 7 * day;
    QTest::newRow("valid_to only") << t0 + 3 * day << 0 << t0 + 3 * day;
    QTest::newRow("valid_to earlier") << t0 + 3 * day << 7 << t0 + 3 * day;
    QTest::newRow("days earlier") << t0 + 10 * day << 7 << t0 + 100 + 7 * day;
}

void TestCoupons::claimExpiry()
{
    QFETCH(qint64, validTo);
    QFETCH(int, validDays);
    QFETCH(qint64, expires);
    TestChain chain;
    Coupon c = tmpl(QStringLiteral("EXP"));
    c.validTo = validTo;
    c.validDays = validDays;
    CC_VERIFY_OK(CouponService(chain.db()).create(chain.owner(), c));
    core::clock::setNowForTesting(t0 + 100);
    auto claimed = ClaimService(chain.db())
                       .claim(chain.owner(), claimOf(QStringLiteral("EXP"), phoneA, chain.branch1));
    CC_VERIFY_OK(claimed);
    QCOMPARE(claimed->expiresAt, expires);
    QCOMPARE(claimed->isExpiredAt(expires - 1), false);
    QCOMPARE(claimed->isExpiredAt(expires), expires != 0);
}

void TestCoupons::claimInThePastWithItsCode()
{
    TestChain chain;
    Coupon c = tmpl(QStringLiteral("OLD"));
    c.validTo = t0 + 3 * day;
    c.perPersonLimit = 0;
    CC_VERIFY_OK(CouponService(chain.db()).create(chain.owner(), c));
    ClaimService claims(chain.db());
    core::clock::setNowForTesting(t0 + 10 * day);
    CC_VERIFY_ERROR(claims.claim(chain.owner(), claimOf(QStringLiteral("OLD"), phoneA, chain.branch1)),
        Error::Code::Conflict); // ended
    ClaimRequest migrated = claimOf(QStringLiteral("OLD"), phoneA, chain.branch1);
    migrated.claimedAt = t0 + day; // judged when it happened
    migrated.claimCode = QStringLiteral(" LEGACY-0001 ");
    auto claimed = claims.claim(chain.owner(), migrated);
    CC_VERIFY_OK(claimed);
    QCOMPARE(claimed->claimedAt, t0 + day);
    QCOMPARE(claimed->claimCode, QStringLiteral("LEGACY-0001"));
    const QString before = fingerprint(chain.db());
    CC_VERIFY_ERROR(claims.claim(chain.owner(), migrated), Error::Code::Conflict); // code taken
    migrated.claimCode = QString(65, QLatin1Char('X'));
    CC_VERIFY_ERROR(claims.claim(chain.owner(), migrated), Error::Code::InvalidInput);
    QCOMPARE(fingerprint(chain.db()), before);
}

void TestCoupons::claimRefusals_data()
{
    QTest::addColumn<QString>("coupon"); // the code claimed
    QTest::addColumn<qint64>("from"); // offsets from now; `none`: no bound
    QTest::addColumn<qint64>("to");
    QTest::addColumn<QString>("branches"); // coupon scope: "", "1", "2"
    QTest::addColumn<int>("perPerson");
    QTest::addColumn<qint64>("total"); // -1: none
    QTest::addColumn<bool>("retired");
    QTest::addColumn<int>("priorMine"); // earlier claims by the claimant (phone A)
    QTest::addColumn<int>("priorOthers"); // earlier claims by other people
    QTest::addColumn<bool>("newcomer"); // the claimant is an unknown phone (C), not A
    QTest::addColumn<QString>("actor");
    QTest::addColumn<int>("branch");
    QTest::addColumn<int>("code");
    const int conflict = int(Error::Code::Conflict);
    const int denied = int(Error::Code::PermissionDenied);
    const QString c = QStringLiteral("LIMITED");
    QTest::newRow("retired") << c << none << none << "" << 1 << qint64(-1) << true << 0 << 0 << true
                             << "owner" << 1 << conflict;
    QTest::newRow("not yet valid") << c << qint64(3600) << none << "" << 1 << qint64(-1) << false
                                   << 0 << 0 << true << "owner" << 1 << conflict;
    QTest::newRow("expired") << c << qint64(-7200) << qint64(-3600) << "" << 1 << qint64(-1)
                             << false << 0 << 0 << true << "owner" << 1 << conflict;
    QTest::newRow("ends this second") << c << -day << qint64(0) << "" << 1 << qint64(-1) << false
                                      << 0 << 0 << true << "owner" << 1 << conflict;
    QTest::newRow("branch out of scope") << c << none << none << "2" << 1 << qint64(-1) << false
                                         << 0 << 0 << true << "owner" << 1 << conflict;
    QTest::newRow("per-person limit 1") << c << none << none << "" << 1 << qint64(-1) << false << 1
                                        << 0 << false << "cashier1" << 1 << conflict;
    QTest::newRow("per-person limit 3") << c << none << none << "" << 3 << qint64(-1) << false << 3
                                        << 2 << false << "owner" << 2 << conflict;
    QTest::newRow("total limit") << c << none << none << "" << 1 << qint64(2) << false << 0 << 2
                                 << true << "owner" << 1 << conflict;
    QTest::newRow("total limit, own claims count")
        << c << none << none << "" << 0 << qint64(3) << false << 3 << 0 << false << "owner" << 1
        << conflict;
    QTest::newRow("manager of another branch")
        << c << none << none << "" << 1 << qint64(-1) << false << 0 << 0 << true << "manager2" << 1
        << denied;
    QTest::newRow("cashier at another branch")
        << c << none << none << "" << 1 << qint64(-1) << false << 0 << 0 << true << "cashier1" << 2
        << denied;
    QTest::newRow("unknown coupon") << "NOPE" << none << none << "" << 1 << qint64(-1) << false << 0
                                    << 0 << true << "owner" << 1 << int(Error::Code::NotFound);
    QTest::newRow("no branch, no channel")
        << c << none << none << "" << 1 << qint64(-1) << false << 0 << 0 << true << "owner" << 0
        << int(Error::Code::InvalidInput);
}

void TestCoupons::claimRefusals()
{
    QFETCH(QString, coupon);
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(QString, branches);
    QFETCH(int, perPerson);
    QFETCH(qint64, total);
    QFETCH(bool, retired);
    QFETCH(int, priorMine);
    QFETCH(int, priorOthers);
    QFETCH(bool, newcomer);
    QFETCH(QString, actor);
    QFETCH(int, branch);
    QFETCH(int, code);
    TestChain chain;
    CouponService coupons(chain.db());
    ClaimService claims(chain.db());
    Coupon c = tmpl(QStringLiteral("LIMITED"));
    c.validFrom = from == none ? 0 : t0 + from;
    c.validTo = to == none ? 0 : t0 + to; // exclusive: "ends this second" is already over
    c.perPersonLimit = perPerson;
    if (total >= 0)
        c.totalLimit = total;
    if (!branches.isEmpty())
        c.branchIds = { branchOf(chain, branches.toInt()) };
    auto created = coupons.create(chain.owner(), c);
    CC_VERIFY_OK(created);
    const qint64 priorBranch = c.branchIds.isEmpty() ? chain.branch1 : c.branchIds.first();
    for (int i = 0; i < priorMine; ++i)
        CC_VERIFY_OK(
            claims.claim(chain.owner(), claimOf(QStringLiteral("LIMITED"), phoneA, priorBranch)));
    for (int i = 0; i < priorOthers; ++i)
        CC_VERIFY_OK(claims.claim(chain.owner(),
            claimOf(QStringLiteral("LIMITED"), QStringLiteral("1360000000") + QString::number(i),
                priorBranch)));
    if (retired)
        CC_VERIFY_OK(coupons.retire(chain.owner(), created->id));
    const QString before = fingerprint(chain.db());
    auto result = claims.claim(actorNamed(chain, actor),
        claimOf(coupon, newcomer ? phoneC : phoneA, branchOf(chain, branch)));
    CC_VERIFY_ERROR(result, Error::Code(code));
    // Nothing written: no claim, and no guest registered for the newcomer's phone.
    QCOMPARE(fingerprint(chain.db()), before);
}

void TestCoupons::racingForTheLastCoupon()
{
    TestChain chain;
    CouponService coupons(chain.db());
    for (int round = 0; round < 5; ++round) {
        const QString code = QStringLiteral("LAST") + QString::number(round);
        Coupon c = tmpl(code);
        c.totalLimit = 1;
        CC_VERIFY_OK(coupons.create(chain.owner(), c));
        std::atomic<int> ready { 0 };
        QAtomicInt won;
        QAtomicInt refused;
        QAtomicInt failed;
        QString failure;
        auto worker = [&](const QString &phone, qint64 branch) {
            auto db = chain.openAnother();
            ClaimService mine(*db);
            ++ready;
            while (ready.load() < 2) { } // start together
            auto out = mine.claim(chain.owner(), claimOf(code, phone, branch));
            if (out)
                won.fetchAndAddRelaxed(1);
            else if (out.error().code() == Error::Code::Conflict)
                refused.fetchAndAddRelaxed(1);
            else {
                failed.fetchAndAddRelaxed(1);
                failure = out.error().message();
            }
        };
        std::unique_ptr<QThread> a(QThread::create(worker, phoneA, chain.branch1));
        std::unique_ptr<QThread> b(QThread::create(worker, phoneB, chain.branch2));
        a->start();
        b->start();
        QVERIFY(a->wait(60000));
        QVERIFY(b->wait(60000));
        QVERIFY2(failed.loadRelaxed() == 0, qPrintable(failure));
        QCOMPARE(won.loadRelaxed(), 1);
        QCOMPARE(refused.loadRelaxed(), 1);
    }
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT count(*) FROM coupon_claims")), qint64(5));
}

void TestCoupons::racingForALimitedBatch()
{
    TestChain chain;
    Coupon c = tmpl(QStringLiteral("BATCH"));
    c.totalLimit = 25;
    c.perPersonLimit = 0;
    CC_VERIFY_OK(CouponService(chain.db()).create(chain.owner(), c));
    QAtomicInt won;
    QAtomicInt refused;
    QAtomicInt failed;
    auto worker = [&](int thread) {
        auto db = chain.openAnother();
        ClaimService mine(*db);
        for (int i = 0; i < 25; ++i) {
            const QString phone
                = QStringLiteral("135%1%2").arg(thread).arg(i, 7, 10, QLatin1Char('0'));
            auto out
                = mine.claim(chain.owner(), claimOf(QStringLiteral("BATCH"), phone, chain.branch1));
            if (out)
                won.fetchAndAddRelaxed(1);
            else if (out.error().code() == Error::Code::Conflict)
                refused.fetchAndAddRelaxed(1);
            else
                failed.fetchAndAddRelaxed(1);
        }
    };
    std::unique_ptr<QThread> a(QThread::create(worker, 1));
    std::unique_ptr<QThread> b(QThread::create(worker, 2));
    a->start();
    b->start();
    QVERIFY(a->wait(120000));
    QVERIFY(b->wait(120000));
    QCOMPARE(failed.loadRelaxed(), 0);
    QCOMPARE(won.loadRelaxed(), 25);
    QCOMPARE(refused.loadRelaxed(), 25);
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT count(*) FROM coupon_claims")), qint64(25));
    QCOMPARE(
        count(chain.db(), QStringLiteral("SELECT count(DISTINCT claim_code) FROM coupon_claims")),
        qint64(25));
    // Refused claimers were not registered either: every person here holds a claim.
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT count(*) FROM people")), qint64(25));
}

void TestCoupons::updateRules()
{
    TestChain chain;
    CouponService coupons(chain.db());
    ClaimService claims(chain.db());
    Coupon c = tmpl(QStringLiteral("EDIT"));
    c.perPersonLimit = 0;
    auto made = coupons.create(chain.owner(), c);
    CC_VERIFY_OK(made);

    // Before any claim everything but the code may change.
    Coupon changed = *made;
    changed.name = QStringLiteral("  Lunch deal ");
    changed.kind = CouponKind::Percent;
    changed.value = 15;
    changed.minSpend = 5000;
    changed.branchIds = { chain.branch1 };
    const qint64 audits = count(chain.db(), QStringLiteral("SELECT count(*) FROM audit_log"));
    auto updated = coupons.update(chain.owner(), changed);
    CC_VERIFY_OK(updated);
    auto read = coupons.find(made->id);
    CC_VERIFY_OK(read);
    QCOMPARE(read->name, QStringLiteral("Lunch deal"));
    QCOMPARE(read->kind, CouponKind::Percent);
    QCOMPARE(read->value, qint64(15));
    QCOMPARE(read->minSpend, qint64(5000));
    QCOMPARE(read->branchIds, QVector<qint64> { chain.branch1 });
    QCOMPARE(read->createdAt, made->createdAt);
    QCOMPARE(count(chain.db(),
                 QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'coupon.update'")),
        qint64(1));
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT count(*) FROM audit_log")), audits + 1);

    QString before = fingerprint(chain.db());
    Coupon recoded = *read;
    recoded.code = QStringLiteral("OTHER");
    CC_VERIFY_ERROR(coupons.update(chain.owner(), recoded), Error::Code::InvalidInput);
    Coupon invalid = *read;
    invalid.value = 0;
    CC_VERIFY_ERROR(coupons.update(chain.owner(), invalid), Error::Code::InvalidInput);
    Coupon unknown = *read;
    unknown.id = 999;
    CC_VERIFY_ERROR(coupons.update(chain.owner(), unknown), Error::Code::NotFound);
    Coupon badBranch = *read;
    badBranch.branchIds = { 999 };
    CC_VERIFY_ERROR(coupons.update(chain.owner(), badBranch), Error::Code::NotFound);
    // Managers edit their own branch's coupons and keep them there; cashiers none.
    CC_VERIFY_ERROR(coupons.update(chain.manager2(), *read), Error::Code::PermissionDenied);
    CC_VERIFY_ERROR(coupons.update(chain.cashier1(), *read), Error::Code::PermissionDenied);
    Coupon widened = *read;
    widened.branchIds.clear();
    CC_VERIFY_ERROR(coupons.update(chain.manager1(), widened), Error::Code::PermissionDenied);
    QCOMPARE(fingerprint(chain.db()), before);
    Coupon renamed = *read;
    renamed.name = QStringLiteral("Manager's lunch deal");
    CC_VERIFY_OK(coupons.update(chain.manager1(), renamed));

    // Once claimed, the terms of the claims stay; the rest may change.
    CC_VERIFY_OK(claims.claim(chain.cashier1(), claimOf(QStringLiteral("EDIT"), phoneA, 0)));
    CC_VERIFY_OK(claims.claim(chain.cashier1(), claimOf(QStringLiteral("EDIT"), phoneB, 0)));
    read = coupons.find(made->id);
    before = fingerprint(chain.db());
    for (int field = 0; field < 4; ++field) {
        Coupon terms = *read;
        if (field == 0)
            terms.kind = CouponKind::Amount;
        else if (field == 1)
            terms.value = 20;
        else if (field == 2)
            terms.minSpend = 0;
        else
            terms.validFrom = t0 - day;
        CC_VERIFY_ERROR(coupons.update(chain.owner(), terms), Error::Code::Conflict);
    }
    Coupon tooFew = *read;
    tooFew.totalLimit = 1;
    CC_VERIFY_ERROR(coupons.update(chain.owner(), tooFew), Error::Code::Conflict);
    QCOMPARE(fingerprint(chain.db()), before);
    Coupon later = *read;
    later.totalLimit = 2;
    later.validDays = 7;
    later.validTo = t0 + 30 * day;
    later.branchIds = { chain.branch1, chain.branch2 };
    CC_VERIFY_OK(coupons.update(chain.owner(), later));
    QCOMPARE(coupons.find(made->id)->totalLimit, std::optional<qint64>(2));
    QCOMPARE(coupons.find(made->id)->branchIds.size(), 2);

    CC_VERIFY_OK(coupons.retire(chain.owner(), made->id));
    CC_VERIFY_ERROR(coupons.update(chain.owner(), later), Error::Code::Conflict);
}

void TestCoupons::issueToASegment()
{
    TestChain chain;
    CouponService coupons(chain.db());
    ClaimService claims(chain.db());
    core::people::PersonService persons(chain.db(), core::people::PhoneNormalizer(QStringLiteral("CN")));
    CC_VERIFY_OK(persons.findOrRegister(chain.owner(), phoneA, chain.branch1));
    auto b = persons.findOrRegister(chain.owner(), phoneB, chain.branch1);
    CC_VERIFY_OK(b);
    auto c = persons.findOrRegister(chain.owner(), phoneC, chain.branch2);
    CC_VERIFY_OK(c);

    Coupon once = tmpl(QStringLiteral("ONCE"));
    once.validDays = 10;
    auto onceMade = coupons.create(chain.owner(), once);
    CC_VERIFY_OK(onceMade);
    CC_VERIFY_OK(claims.claim(chain.cashier1(), claimOf(QStringLiteral("ONCE"), phoneA, 0)));

    core::coupons::IssueRequest toBranch1;
    toBranch1.couponId = onceMade->id;
    toBranch1.people.branchIds = { chain.branch1 };
    auto issued = claims.issue(chain.owner(), toBranch1);
    CC_VERIFY_OK(issued);
    QCOMPARE(issued->matched, qint64(2));
    QCOMPARE(issued->issued, qint64(1));
    QCOMPARE(issued->atPersonLimit, qint64(1));
    QCOMPARE(issued->overTotal, qint64(0));
    auto bClaims = claims.claimsOf(chain.owner(), b->id);
    CC_VERIFY_OK(bClaims);
    QCOMPARE(bClaims->size(), 1);
    QCOMPARE(bClaims->first().branchId, chain.branch1); // at the person's home branch
    QCOMPARE(bClaims->first().channel, QStringLiteral("issue"));
    QCOMPARE(bClaims->first().expiresAt, t0 + 10 * day);
    QCOMPARE(count(chain.db(),
                 QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'coupon.issue'")),
        qint64(1));

    // A manager reaches the people of their own branch, with coupons valid there.
    Coupon elsewhere = tmpl(QStringLiteral("B01ONLY"));
    elsewhere.branchIds = { chain.branch1 };
    auto elsewhereMade = coupons.create(chain.owner(), elsewhere);
    CC_VERIFY_OK(elsewhereMade);
    QString before = fingerprint(chain.db());
    core::coupons::IssueRequest denied;
    denied.couponId = elsewhereMade->id;
    CC_VERIFY_ERROR(claims.issue(chain.manager2(), denied), Error::Code::PermissionDenied);
    CC_VERIFY_ERROR(claims.issue(chain.cashier1(), denied), Error::Code::PermissionDenied);
    QCOMPARE(fingerprint(chain.db()), before);
    core::coupons::IssueRequest managers;
    managers.couponId = onceMade->id;
    auto own = claims.issue(chain.manager2(), managers);
    CC_VERIFY_OK(own);
    QCOMPARE(own->matched, qint64(1));
    QCOMPARE(own->issued, qint64(1));
    QCOMPARE(claims.claimsOf(chain.owner(), c->id)->first().branchId, chain.branch2);

    // The owner's claim of a coupon not valid at the person's home branch goes through the
    // channel alone.
    core::coupons::IssueRequest toAll;
    toAll.couponId = elsewhereMade->id;
    toAll.channel = QStringLiteral("spring-mail");
    auto all = claims.issue(chain.owner(), toAll);
    CC_VERIFY_OK(all);
    QCOMPARE(all->issued, qint64(3));
    auto cClaims = claims.claimsOf(chain.owner(), c->id);
    QCOMPARE(cClaims->first().couponCode, QStringLiteral("B01ONLY"));
    QCOMPARE(cClaims->first().branchId, qint64(0));
    QCOMPARE(cClaims->first().channel, QStringLiteral("spring-mail"));

    // The total limit runs out part way; cancelling writes nothing; retired coupons are final.
    Coupon few = tmpl(QStringLiteral("FEW"));
    few.totalLimit = 2;
    few.perPersonLimit = 0;
    auto fewMade = coupons.create(chain.owner(), few);
    CC_VERIFY_OK(fewMade);
    core::coupons::IssueRequest fewToAll;
    fewToAll.couponId = fewMade->id;
    before = fingerprint(chain.db());
    CC_VERIFY_ERROR(claims.issue(chain.owner(), fewToAll, [](qint64) { return false; }),
        Error::Code::Conflict);
    QCOMPARE(fingerprint(chain.db()), before);
    qint64 reported = -1;
    auto limited = claims.issue(chain.owner(), fewToAll, [&](qint64 done) {
        reported = done;
        return true;
    });
    CC_VERIFY_OK(limited);
    QCOMPARE(reported, qint64(3));
    QCOMPARE(limited->issued, qint64(2));
    QCOMPARE(limited->overTotal, qint64(1));
    CC_VERIFY_OK(coupons.retire(chain.owner(), fewMade->id));
    CC_VERIFY_ERROR(claims.issue(chain.owner(), fewToAll), Error::Code::Conflict);
}

void TestCoupons::claimsOfOneCoupon()
{
    TestChain chain;
    CouponService coupons(chain.db());
    ClaimService claims(chain.db());
    Coupon c = tmpl(QStringLiteral("LIST"));
    c.perPersonLimit = 0;
    auto made = coupons.create(chain.owner(), c);
    CC_VERIFY_OK(made);
    auto first = claims.claim(chain.cashier1(), claimOf(QStringLiteral("LIST"), phoneA, 0));
    CC_VERIFY_OK(first);
    core::clock::setNowForTesting(t0 + 60);
    auto second = claims.claim(chain.owner(), claimOf(QStringLiteral("LIST"), phoneB, chain.branch2));
    CC_VERIFY_OK(second);

    auto listed = claims.claimsOfCoupon(chain.owner(), made->id);
    CC_VERIFY_OK(listed);
    QCOMPARE(listed->size(), 2);
    QCOMPARE(listed->at(0).claimCode, second->claimCode); // newest first
    QCOMPARE(listed->at(0).personPhone, QStringLiteral("+8613900001111"));
    QCOMPARE(listed->at(1).claimCode, first->claimCode);
    QCOMPARE(claims.claimsOfCoupon(chain.owner(), made->id, 1)->size(), 1);
    auto managers = claims.claimsOfCoupon(chain.manager2(), made->id);
    CC_VERIFY_OK(managers);
    QCOMPARE(managers->size(), 1);
    QCOMPARE(managers->first().branchId, chain.branch2);
    CC_VERIFY_ERROR(claims.claimsOfCoupon(chain.cashier1(), made->id), Error::Code::PermissionDenied);
    CC_VERIFY_ERROR(claims.claimsOfCoupon(chain.owner(), 999), Error::Code::NotFound);
}

QTEST_GUILESS_MAIN(TestCoupons)
#include "tst_coupons.moc"
