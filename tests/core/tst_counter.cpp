#include "core/chain/chainsettings.h"
#include "core/common/clock.h"
#include "core/counter/counterservice.h"
#include "core/coupons/claimservice.h"
#include "core/coupons/couponservice.h"
#include "core/people/personservice.h"
#include "core/storage/sql.h"
#include "core/tiers/tierservice.h"
#include "core/wallet/walletservice.h"

#include <QAtomicInt>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QThread>

#include "tests/support/clirun.h"
#include "tests/support/testchain.h"
#include <memory>

using namespace testsupport;
using core::Error;
using core::counter::CounterService;
using core::counter::PayRequest;
using core::counter::Tender;
using core::counter::TopUpRequest;
using core::coupons::Coupon;
using core::coupons::CouponKind;
using core::wallet::EntryKind;
using core::wallet::SpendOrder;
using core::wallet::TopUpRefundBonus;

namespace {

constexpr qint64 t0 = 1767225600; // 2026-01-01 00:00 UTC
constexpr qint64 day = 86400;
const QString phoneA = QStringLiteral("13812345678");
const QString phoneB = QStringLiteral("13900005678");


// Everything a refused sale must leave as it was.
QString fingerprint(core::storage::Database &db)
{
    auto v = core::storage::scalar(db,
        QStringLiteral("SELECT (SELECT count(*) FROM visits) || '/' ||"
                       " (SELECT count(*) FROM redemptions) || '/' ||"
                       " (SELECT count(*) FROM wallet_entries) || '/' ||"
                       " (SELECT coalesce(sum(principal + bonus), 0) FROM wallets) || '/' ||"
                       " (SELECT count(*) FROM people) || '/' ||"
                       " (SELECT count(*) FROM audit_log)"));
    return v ? v->toString() : QString();
}

void setRules(TestChain &chain, const core::wallet::WalletRules &rules)
{
    auto settings = core::chain::ChainStore::load(chain.db());
    QVERIFY(settings.ok());
    settings->wallet = rules;
    QVERIFY(core::chain::ChainStore::update(chain.db(), chain.owner(), *settings).ok());
}

qint64 topUp(TestChain &chain, const QString &phone, qint64 amount, qint64 bonus = 0)
{
    TopUpRequest r;
    r.phone = phone;
    r.branchId = chain.branch1;
    r.amount = amount;
    r.bonus = bonus;
    auto out = CounterService(chain.db()).topUp(chain.owner(), r);
    return out ? out->balance.personId : 0;
}

PayRequest payOf(qint64 personId, qint64 branch, qint64 amount, const QString &claim = {},
    Tender tender = Tender::Wallet)
{
    PayRequest r;
    r.personId = personId;
    r.branchId = branch;
    r.amount = amount;
    r.claimCode = claim;
    r.tender = tender;
    return r;
}

QString claimFor(TestChain &chain, Coupon coupon, const QString &phone)
{
    coupon.name = QStringLiteral("Coupon ") + coupon.code;
    auto created = core::coupons::CouponService(chain.db()).create(chain.owner(), coupon);
    if (!created)
        return {};
    core::coupons::ClaimRequest r;
    r.couponCode = coupon.code;
    r.phone = phone;
    r.branchId = coupon.branchIds.isEmpty() ? chain.branch1 : coupon.branchIds.first();
    auto claim = core::coupons::ClaimService(chain.db()).claim(chain.owner(), r);
    return claim ? claim->claimCode : QString();
}

void addTier(TestChain &chain, int discountBp)
{
    core::tiers::Tier t;
    t.name = QStringLiteral("Gold");
    t.rank = 1;
    t.rule = core::tiers::Rule::CumulativeTopUp;
    t.threshold = 10000;
    t.discountBp = discountBp;
    QVERIFY(core::tiers::TierService(chain.db()).create(chain.owner(), t).ok());
}

} // namespace

class TestCounter : public QObject
{
    Q_OBJECT
private slots:
    void init() { core::clock::setNowForTesting(t0); }
    void cleanup() { core::clock::setNowForTesting(0); }

    void findsByLastFourPhoneAndMemberCode();
    void cardShowsBalancesTierAndUsableCoupons();
    void payAppliesTierDiscountThenCoupon();
    void couponRulesAtTheCounter_data();
    void couponRulesAtTheCounter();
    void failingSpendWritesNothing();
    void doubleEnterChargesOnce();
    void twoCountersCannotOverdraw();
    void cashBillCountsWithoutWallet();
    void voidSaleNeedsManagerAndGivesEverythingBack();
    void refundSaleGivesBackToTheWallet();
    void topUpAppliesBonusRules();
    void bonusRulesValidated();
    void refundTopUpForfeitsOrKeepsBonus_data();
    void refundTopUpForfeitsOrKeepsBonus();
    void refundTopUpAfterBonusSpentTakesWhatIsLeft();
    void spendingOrders_data();
    void spendingOrders();
    void redeemKeepsTheClaimOwnerRule();
    void commandLine();
};

void TestCounter::findsByLastFourPhoneAndMemberCode()
{
    TestChain chain;
    const qint64 a = topUp(chain, phoneA, 10000);
    const qint64 b = topUp(chain, phoneB, 10000);
    QVERIFY(a != 0 && b != 0);
    CounterService counter(chain.db());
    auto byFour = counter.find(chain.cashier1(), QStringLiteral("5678"));
    CC_VERIFY_OK(byFour);
    QCOMPARE(byFour->size(), 2);
    auto byPhone = counter.find(chain.cashier1(), QStringLiteral("138 1234 5678"));
    CC_VERIFY_OK(byPhone);
    QCOMPARE(byPhone->size(), 1);
    QCOMPARE(byPhone->first().id, a);
    // What the member's QR code holds, typed by a scanner.
    const QString code = core::people::PersonService::memberCodeFor(b);
    auto byCode = counter.find(chain.manager2(), code);
    CC_VERIFY_OK(byCode);
    QCOMPARE(byCode->size(), 1);
    QCOMPARE(byCode->first().id, b);
    auto none = counter.find(chain.cashier1(), QStringLiteral("0000"));
    CC_VERIFY_OK(none);
    QVERIFY(none->isEmpty());
    CC_VERIFY_ERROR(
        counter.find(chain.cashier1(), QStringLiteral("  ")), Error::Code::InvalidInput);
}

void TestCounter::cardShowsBalancesTierAndUsableCoupons()
{
    TestChain chain;
    addTier(chain, 1000);
    const qint64 a = topUp(chain, phoneA, 50000, 5000);
    Coupon here;
    here.code = QStringLiteral("HERE");
    here.value = 1000;
    here.minSpend = 5000;
    QVERIFY(!claimFor(chain, here, phoneA).isEmpty());
    Coupon elsewhere;
    elsewhere.code = QStringLiteral("ELSE");
    elsewhere.value = 500;
    elsewhere.branchIds = { chain.branch2 };
    QVERIFY(!claimFor(chain, elsewhere, phoneA).isEmpty());
    auto card = CounterService(chain.db()).card(chain.cashier1(), a, chain.branch1);
    CC_VERIFY_OK(card);
    QCOMPARE(card->tierName, QStringLiteral("Gold"));
    QCOMPARE(card->discountBp, 1000);
    QCOMPARE(card->balance.principal, qint64(50000));
    QCOMPARE(card->balance.bonus, qint64(5000));
    QCOMPARE(card->coupons.size(), 1);
    QCOMPARE(card->coupons.first().coupon.code, QStringLiteral("HERE"));
    QCOMPARE(card->coupons.first().coupon.minSpend, qint64(5000));
    // A cashier serves at their own branch only.
    CC_VERIFY_ERROR(CounterService(chain.db()).card(chain.cashier1(), a, chain.branch2),
        Error::Code::PermissionDenied);
}

void TestCounter::payAppliesTierDiscountThenCoupon()
{
    TestChain chain;
    addTier(chain, 1000); // 10 % off
    const qint64 a = topUp(chain, phoneA, 50000);
    Coupon c;
    c.code = QStringLiteral("TEN");
    c.value = 1000;
    c.minSpend = 9000;
    const QString claim = claimFor(chain, c, phoneA);
    CounterService counter(chain.db());
    auto quote = counter.quote(chain.cashier1(), a, chain.branch1, 10000, claim);
    CC_VERIFY_OK(quote);
    QCOMPARE(quote->tierDiscount, qint64(1000));
    QCOMPARE(quote->afterTier, qint64(9000));
    QCOMPARE(quote->couponDiscount, qint64(1000));
    QCOMPARE(quote->toPay, qint64(8000));
    auto sale = counter.pay(chain.cashier1(), payOf(a, chain.branch1, 10000, claim));
    CC_VERIFY_OK(sale);
    QVERIFY(!sale->replayed);
    QCOMPARE(sale->visit.amount, qint64(8000)); // visits.amount: what was paid
    QCOMPARE(sale->visit.source, core::visits::VisitSource::Counter);
    QVERIFY(!sale->visit.receiptNo.isEmpty());
    QCOMPARE(sale->redemption.discount, qint64(1000));
    QCOMPARE(sale->redemption.visitId, sale->visit.id);
    QCOMPARE(sale->spend.amount(), qint64(-8000));
    QCOMPARE(sale->spend.visitId, sale->visit.id);
    QCOMPARE(sale->balance.total(), qint64(42000));
    QCOMPARE(count(chain.db(),
                 QStringLiteral("SELECT count(*) FROM audit_log"
                                " WHERE action = 'counter.sale'")),
        qint64(1));
    // The coupon is used: not on the card any more, and refused a second time.
    auto card = counter.card(chain.cashier1(), a, chain.branch1);
    CC_VERIFY_OK(card);
    QVERIFY(card->coupons.isEmpty());
    CC_VERIFY_ERROR(counter.pay(chain.cashier1(), payOf(a, chain.branch1, 10000, claim)),
        Error::Code::Conflict);
}

void TestCounter::couponRulesAtTheCounter_data()
{
    QTest::addColumn<QString>("rule");
    QTest::newRow("minimum spend not reached") << QStringLiteral("minspend");
    QTest::newRow("expired") << QStringLiteral("expired");
    QTest::newRow("not yet valid") << QStringLiteral("early");
    QTest::newRow("other branches only") << QStringLiteral("scope");
    QTest::newRow("someone else's claim") << QStringLiteral("other");
    QTest::newRow("retired") << QStringLiteral("retired");
    QTest::newRow("unknown claim code") << QStringLiteral("unknown");
}

void TestCounter::couponRulesAtTheCounter()
{
    QFETCH(QString, rule);
    TestChain chain;
    const qint64 a = topUp(chain, phoneA, 50000);
    QVERIFY(topUp(chain, phoneB, 100) != 0);
    Coupon c;
    c.code = QStringLiteral("RULE");
    c.value = 500;
    c.validDays = 10;
    if (rule == QLatin1String("minspend"))
        c.minSpend = 20000;
    if (rule == QLatin1String("scope"))
        c.branchIds = { chain.branch2 };
    if (rule == QLatin1String("early"))
        c.validFrom = t0 - day; // claimable now; the clock goes back below
    QString claim = claimFor(chain, c, rule == QLatin1String("other") ? phoneB : phoneA);
    QVERIFY(!claim.isEmpty());
    if (rule == QLatin1String("expired"))
        core::clock::setNowForTesting(t0 + 11 * day);
    if (rule == QLatin1String("early"))
        core::clock::setNowForTesting(t0 - 2 * day);
    if (rule == QLatin1String("retired")) {
        auto found = core::coupons::CouponService(chain.db()).findByCode(c.code);
        QVERIFY(found.ok());
        QVERIFY(core::coupons::CouponService(chain.db()).retire(chain.owner(), found->id).ok());
    }
    if (rule == QLatin1String("unknown"))
        claim = QStringLiteral("NOPE-NOPE");
    const QString before = fingerprint(chain.db());
    CounterService counter(chain.db());
    const auto expected
        = rule == QLatin1String("unknown") ? Error::Code::NotFound : Error::Code::Conflict;
    CC_VERIFY_ERROR(counter.quote(chain.cashier1(), a, chain.branch1, 10000, claim), expected);
    CC_VERIFY_ERROR(counter.pay(chain.cashier1(), payOf(a, chain.branch1, 10000, claim)), expected);
    CC_VERIFY_ERROR(
        counter.pay(chain.cashier1(), payOf(a, chain.branch1, 10000, claim, Tender::Cash)),
        expected);
    QCOMPARE(fingerprint(chain.db()), before);
}

void TestCounter::failingSpendWritesNothing()
{
    TestChain chain;
    const qint64 a = topUp(chain, phoneA, 3000);
    Coupon c;
    c.code = QStringLiteral("FIVE");
    c.value = 500;
    const QString claim = claimFor(chain, c, phoneA);
    const QString before = fingerprint(chain.db());
    CounterService counter(chain.db());
    // 50.00 - 5.00 = 45.00 > 30.00 on the card: the coupon, the visit and the spend all go.
    CC_VERIFY_ERROR(
        counter.pay(chain.cashier1(), payOf(a, chain.branch1, 5000, claim)), Error::Code::Conflict);
    QCOMPARE(fingerprint(chain.db()), before);
    // The coupon is still usable: the refused sale left it alone.
    auto ok = counter.pay(chain.cashier1(), payOf(a, chain.branch1, 3500, claim));
    CC_VERIFY_OK(ok);
    QCOMPARE(ok->balance.total(), qint64(0));
}

void TestCounter::doubleEnterChargesOnce()
{
    TestChain chain;
    const qint64 a = topUp(chain, phoneA, 10000);
    CounterService counter(chain.db());
    PayRequest r = payOf(a, chain.branch1, 2500);
    r.receiptNo = CounterService::newReceiptNo();
    auto first = counter.pay(chain.cashier1(), r);
    CC_VERIFY_OK(first);
    const QString after = fingerprint(chain.db());
    auto second = counter.pay(chain.cashier1(), r);
    CC_VERIFY_OK(second);
    QVERIFY(second->replayed);
    QCOMPARE(second->visit.id, first->visit.id);
    QCOMPARE(second->spend.id, first->spend.id);
    QCOMPARE(second->balance.total(), qint64(7500));
    QCOMPARE(fingerprint(chain.db()), after);
    // The same receipt for another person is not the same sale.
    const qint64 b = topUp(chain, phoneB, 10000);
    PayRequest other = r;
    other.personId = b;
    CC_VERIFY_ERROR(counter.pay(chain.cashier1(), other), Error::Code::Conflict);
}

void TestCounter::twoCountersCannotOverdraw()
{
    TestChain chain;
    const qint64 a = topUp(chain, phoneA, 5000);
    QAtomicInt paid, refused, failed;
    auto counterAt = [&](qint64 branch, core::auth::Actor actor) {
        auto db = chain.openAnother();
        CounterService mine(*db);
        for (int i = 0; i < 40; ++i) {
            auto sale = mine.pay(actor, payOf(a, branch, 100));
            if (sale)
                paid.fetchAndAddRelaxed(1);
            else if (sale.error().code() == Error::Code::Conflict)
                refused.fetchAndAddRelaxed(1);
            else
                failed.fetchAndAddRelaxed(1);
        }
    };
    std::unique_ptr<QThread> one(QThread::create(counterAt, chain.branch1, chain.cashier1()));
    std::unique_ptr<QThread> two(QThread::create(counterAt, chain.branch2, chain.manager2()));
    one->start();
    two->start();
    QVERIFY(one->wait(120000));
    QVERIFY(two->wait(120000));
    QCOMPARE(failed.loadRelaxed(), 0);
    QCOMPARE(paid.loadRelaxed(), 50);
    QCOMPARE(refused.loadRelaxed(), 30);
    // Every refused sale left nothing: one visit and one spend per paid sale.
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT count(*) FROM visits")), qint64(50));
    QCOMPARE(count(chain.db(),
                 QStringLiteral("SELECT count(*) FROM wallet_entries WHERE kind = 'spend'")),
        qint64(50));
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT principal + bonus FROM wallets")), qint64(0));
}

void TestCounter::cashBillCountsWithoutWallet()
{
    TestChain chain;
    CounterService counter(chain.db());
    PayRequest r;
    r.phone = QStringLiteral("13700001234"); // not known yet: registered as a guest
    r.branchId = chain.branch1;
    r.amount = 8800;
    r.tender = Tender::Card;
    auto sale = counter.pay(chain.cashier1(), r);
    CC_VERIFY_OK(sale);
    QVERIFY(sale->visit.personId != 0);
    QCOMPARE(sale->visit.amount, qint64(8800));
    QCOMPARE(sale->spend.id, qint64(0));
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT count(*) FROM wallet_entries")), qint64(0));
    QCOMPARE(
        count(chain.db(), QStringLiteral("SELECT count(*) FROM people WHERE member_since IS NULL")),
        qint64(1));
    // An anonymous cash bill: revenue, no person.
    PayRequest anonymous;
    anonymous.branchId = chain.branch1;
    anonymous.amount = 1200;
    anonymous.tender = Tender::Cash;
    auto cash = counter.pay(chain.cashier1(), anonymous);
    CC_VERIFY_OK(cash);
    QCOMPARE(cash->visit.personId, qint64(0));
    // From the balance needs a person.
    anonymous.tender = Tender::Wallet;
    CC_VERIFY_ERROR(counter.pay(chain.cashier1(), anonymous), Error::Code::InvalidInput);
}

void TestCounter::voidSaleNeedsManagerAndGivesEverythingBack()
{
    TestChain chain;
    const qint64 a = topUp(chain, phoneA, 10000, 1000);
    Coupon c;
    c.code = QStringLiteral("VOID");
    c.value = 500;
    const QString claim = claimFor(chain, c, phoneA);
    CounterService counter(chain.db());
    auto sale = counter.pay(chain.cashier1(), payOf(a, chain.branch1, 4000, claim));
    CC_VERIFY_OK(sale);
    QCOMPARE(sale->balance.total(), qint64(7500));
    CC_VERIFY_ERROR(counter.voidSale(chain.cashier1(), sale->visit.id, QStringLiteral("mistake")),
        Error::Code::PermissionDenied);
    CC_VERIFY_ERROR(counter.voidSale(chain.manager2(), sale->visit.id, QStringLiteral("mistake")),
        Error::Code::PermissionDenied);
    CC_VERIFY_ERROR(
        counter.voidSale(chain.manager1(), sale->visit.id, QString()), Error::Code::InvalidInput);
    auto voided = counter.voidSale(chain.manager1(), sale->visit.id, QStringLiteral("mistake"));
    CC_VERIFY_OK(voided);
    QVERIFY(voided->visit.isVoided());
    QCOMPARE(voided->balance.principal, qint64(10000));
    QCOMPARE(voided->balance.bonus, qint64(1000));
    auto card = counter.card(chain.cashier1(), a, chain.branch1);
    CC_VERIFY_OK(card);
    QCOMPARE(card->coupons.size(), 1); // the claim is usable again
    CC_VERIFY_ERROR(counter.voidSale(chain.owner(), sale->visit.id, QStringLiteral("again")),
        Error::Code::Conflict);
    QCOMPARE(count(chain.db(),
                 QStringLiteral("SELECT count(*) FROM audit_log"
                                " WHERE action = 'counter.void'")),
        qint64(1));
}

void TestCounter::refundSaleGivesBackToTheWallet()
{
    TestChain chain;
    const qint64 a = topUp(chain, phoneA, 10000, 2000);
    CounterService counter(chain.db());
    auto sale = counter.pay(chain.cashier1(), payOf(a, chain.branch1, 5000));
    CC_VERIFY_OK(sale);
    QCOMPARE(sale->balance.total(), qint64(7000));
    CC_VERIFY_ERROR(
        counter.refundSale(chain.cashier1(), sale->visit.id, 1000, QStringLiteral("cold")),
        Error::Code::PermissionDenied);
    const QString before = fingerprint(chain.db());
    CC_VERIFY_ERROR(
        counter.refundSale(chain.manager1(), sale->visit.id, 6000, QStringLiteral("cold")),
        Error::Code::Conflict); // more than the sale
    CC_VERIFY_ERROR(counter.refundSale(chain.manager1(), sale->visit.id, 1000, QString()),
        Error::Code::InvalidInput);
    QCOMPARE(fingerprint(chain.db()), before);
    auto refunded
        = counter.refundSale(chain.manager1(), sale->visit.id, 1000, QStringLiteral("cold"));
    CC_VERIFY_OK(refunded);
    QCOMPARE(refunded->visit.amount, qint64(-1000));
    QCOMPARE(refunded->visit.refundOf, sale->visit.id);
    QCOMPARE(refunded->spend.kind, EntryKind::Refund);
    // Bonus first: the sale took 2000 bonus and 3000 principal; principal comes back first.
    QCOMPARE(refunded->spend.principal, qint64(1000));
    QCOMPARE(refunded->balance.total(), qint64(8000));
    // A cash sale's refund writes no wallet entry.
    auto cash = counter.pay(chain.cashier1(), payOf(a, chain.branch1, 3000, {}, Tender::Cash));
    CC_VERIFY_OK(cash);
    auto cashBack
        = counter.refundSale(chain.owner(), cash->visit.id, 3000, QStringLiteral("wrong dish"));
    CC_VERIFY_OK(cashBack);
    QCOMPARE(cashBack->spend.id, qint64(0));
    QCOMPARE(cashBack->balance.total(), qint64(8000));
}

void TestCounter::topUpAppliesBonusRules()
{
    TestChain chain;
    core::wallet::WalletRules rules;
    rules.bonusRules = { { 50000, 3000 }, { 100000, 10000 } };
    setRules(chain, rules);
    CounterService counter(chain.db());
    const auto bonusOf = [&](qint64 amount, std::optional<qint64> bonus = std::nullopt) {
        TopUpRequest r;
        r.phone = phoneA;
        r.branchId = chain.branch1;
        r.amount = amount;
        r.bonus = bonus;
        auto out = counter.topUp(chain.cashier1(), r);
        return out ? out->bonusEntry.bonus : qint64(-1);
    };
    QCOMPARE(bonusOf(20000), qint64(0));
    QCOMPARE(bonusOf(49999), qint64(0));
    QCOMPARE(bonusOf(50000), qint64(3000));
    QCOMPARE(bonusOf(99999), qint64(3000));
    QCOMPARE(bonusOf(100000), qint64(10000)); // the highest threshold met
    QCOMPARE(bonusOf(500000), qint64(10000));
    QCOMPARE(bonusOf(100000, qint64(0)), qint64(0)); // an explicit bonus wins
    QCOMPARE(bonusOf(1000, qint64(77)), qint64(77));
    auto person = core::people::PersonService(
        chain.db(), core::people::PhoneNormalizer(QStringLiteral("CN")))
                      .findByPhone(phoneA);
    CC_VERIFY_OK(person);
    QVERIFY(person->isMember()); // the top-up made them a member
}

void TestCounter::bonusRulesValidated()
{
    TestChain chain;
    auto settings = core::chain::ChainStore::load(chain.db());
    CC_VERIFY_OK(settings);
    settings->wallet.bonusRules = { { 100000, 10000 }, { 100000, 5000 } };
    CC_VERIFY_ERROR(core::chain::ChainStore::update(chain.db(), chain.owner(), *settings),
        Error::Code::InvalidInput);
    settings->wallet.bonusRules = { { 0, 100 } };
    CC_VERIFY_ERROR(core::chain::ChainStore::update(chain.db(), chain.owner(), *settings),
        Error::Code::InvalidInput);
    settings->wallet.bonusRules = { { 1000, -1 } };
    CC_VERIFY_ERROR(core::chain::ChainStore::update(chain.db(), chain.owner(), *settings),
        Error::Code::InvalidInput);
    settings->wallet.bonusRules = { { 100000, 10000 }, { 50000, 3000 } };
    settings->wallet.spendOrder = SpendOrder::Proportional;
    settings->wallet.topUpRefundBonus = TopUpRefundBonus::Keep;
    CC_VERIFY_ERROR(core::chain::ChainStore::update(chain.db(), chain.manager1(), *settings),
        Error::Code::PermissionDenied);
    CC_VERIFY_OK(core::chain::ChainStore::update(chain.db(), chain.owner(), *settings));
    auto loaded = core::chain::ChainStore::load(chain.db());
    CC_VERIFY_OK(loaded);
    QCOMPARE(loaded->wallet.bonusRules.size(), 2);
    QCOMPARE(loaded->wallet.bonusRules.first().threshold, qint64(50000)); // sorted
    QCOMPARE(loaded->wallet.spendOrder, SpendOrder::Proportional);
    QCOMPARE(loaded->wallet.topUpRefundBonus, TopUpRefundBonus::Keep);
}

void TestCounter::refundTopUpForfeitsOrKeepsBonus_data()
{
    QTest::addColumn<bool>("forfeit");
    QTest::addColumn<bool>("keyed");
    QTest::newRow("forfeit") << true << false;
    QTest::newRow("forfeit, keyed top-up") << true << true;
    QTest::newRow("keep") << false << false;
}

void TestCounter::refundTopUpForfeitsOrKeepsBonus()
{
    QFETCH(bool, forfeit);
    QFETCH(bool, keyed);
    TestChain chain;
    core::wallet::WalletRules rules;
    rules.bonusRules = { { 100000, 10000 } };
    rules.topUpRefundBonus = forfeit ? TopUpRefundBonus::Forfeit : TopUpRefundBonus::Keep;
    setRules(chain, rules);
    CounterService counter(chain.db());
    TopUpRequest r;
    r.phone = phoneA;
    r.branchId = chain.branch1;
    r.amount = 100000;
    if (keyed)
        r.idempotencyKey = QStringLiteral("top-1");
    auto top = counter.topUp(chain.cashier1(), r);
    CC_VERIFY_OK(top);
    QCOMPARE(top->balance.bonus, qint64(10000));
    CC_VERIFY_ERROR(
        counter.refundTopUp(chain.cashier1(), top->entry.id, QStringLiteral("changed mind")),
        Error::Code::PermissionDenied);
    CC_VERIFY_ERROR(counter.refundTopUp(chain.manager1(), top->bonusEntry.id, QStringLiteral("x")),
        Error::Code::InvalidInput);
    auto refunded
        = counter.refundTopUp(chain.manager1(), top->entry.id, QStringLiteral("changed mind"));
    CC_VERIFY_OK(refunded);
    QCOMPARE(refunded->balance.principal, qint64(0));
    QCOMPARE(refunded->balance.toppedUp, qint64(0));
    QCOMPARE(refunded->balance.bonus, forfeit ? qint64(0) : qint64(10000));
    QCOMPARE(refunded->bonusEntry.id != 0, forfeit);
    if (forfeit) {
        QCOMPARE(refunded->bonusEntry.kind, EntryKind::Reversal);
        QCOMPARE(refunded->bonusEntry.reverses, top->bonusEntry.id);
    }
    CC_VERIFY_ERROR(counter.refundTopUp(chain.manager1(), top->entry.id, QStringLiteral("again")),
        Error::Code::Conflict);
}

void TestCounter::refundTopUpAfterBonusSpentTakesWhatIsLeft()
{
    TestChain chain;
    CounterService counter(chain.db());
    const qint64 a = topUp(chain, phoneA, 5000); // an earlier top-up pays for the meal below
    auto top = core::wallet::WalletService(chain.db()).latestEntries(chain.owner(), a, 1);
    CC_VERIFY_OK(top);
    TopUpRequest r;
    r.personId = a;
    r.branchId = chain.branch1;
    r.amount = 10000;
    r.bonus = 2000;
    auto second = counter.topUp(chain.cashier1(), r);
    CC_VERIFY_OK(second);
    // Bonus first: 1500 of the 2000 bonus is spent.
    CC_VERIFY_OK(counter.pay(chain.cashier1(), payOf(a, chain.branch1, 1500)));
    auto refunded
        = counter.refundTopUp(chain.owner(), second->entry.id, QStringLiteral("moving away"));
    CC_VERIFY_OK(refunded);
    QCOMPARE(refunded->bonusEntry.kind, EntryKind::Adjustment);
    QCOMPARE(refunded->bonusEntry.bonus, qint64(-500));
    QCOMPARE(refunded->balance.bonus, qint64(0));
    QCOMPARE(refunded->balance.principal, qint64(5000));
    // The principal of a top-up that has been spent cannot be given back.
    CC_VERIFY_OK(counter.pay(chain.cashier1(), payOf(a, chain.branch1, 1000)));
    CC_VERIFY_ERROR(counter.refundTopUp(chain.owner(), top->first().id, QStringLiteral("x")),
        Error::Code::Conflict);
}

void TestCounter::spendingOrders_data()
{
    QTest::addColumn<int>("order");
    QTest::addColumn<qint64>("spendPrincipal");
    QTest::addColumn<qint64>("spendBonus");
    QTest::addColumn<qint64>("refundPrincipal");
    QTest::addColumn<qint64>("refundBonus");
    // Wallet: 80.00 principal + 20.00 bonus; pay 50.00, then refund 10.00 of it.
    QTest::newRow("bonus first") << int(SpendOrder::BonusFirst) << qint64(3000) << qint64(2000)
                                 << qint64(1000) << qint64(0);
    QTest::newRow("principal first") << int(SpendOrder::PrincipalFirst) << qint64(5000) << qint64(0)
                                     << qint64(1000) << qint64(0);
    QTest::newRow("proportional") << int(SpendOrder::Proportional) << qint64(4000) << qint64(1000)
                                  << qint64(800) << qint64(200);
}

void TestCounter::spendingOrders()
{
    QFETCH(int, order);
    QFETCH(qint64, spendPrincipal);
    QFETCH(qint64, spendBonus);
    QFETCH(qint64, refundPrincipal);
    QFETCH(qint64, refundBonus);
    TestChain chain;
    core::wallet::WalletRules rules;
    rules.spendOrder = SpendOrder(order);
    setRules(chain, rules);
    const qint64 a = topUp(chain, phoneA, 8000, 2000);
    auto sale = CounterService(chain.db()).pay(chain.cashier1(), payOf(a, chain.branch1, 5000));
    CC_VERIFY_OK(sale);
    QCOMPARE(-sale->spend.principal, spendPrincipal);
    QCOMPARE(-sale->spend.bonus, spendBonus);
    core::wallet::Request r;
    r.personId = a;
    r.branchId = chain.branch1;
    r.amount = 1000;
    auto refund = core::wallet::WalletService(chain.db()).refund(chain.manager1(), r);
    CC_VERIFY_OK(refund);
    QCOMPARE(refund->entry.principal, refundPrincipal);
    QCOMPARE(refund->entry.bonus, refundBonus);
    // Refunding the rest restores the wallet exactly, in every order.
    r.amount = 4000;
    auto rest = core::wallet::WalletService(chain.db()).refund(chain.manager1(), r);
    CC_VERIFY_OK(rest);
    QCOMPARE(rest->balance.principal, qint64(8000));
    QCOMPARE(rest->balance.bonus, qint64(2000));
}

void TestCounter::redeemKeepsTheClaimOwnerRule()
{
    TestChain chain;
    Coupon c;
    c.code = QStringLiteral("MINE");
    c.value = 500;
    const QString claim = claimFor(chain, c, phoneA);
    const qint64 b = topUp(chain, phoneB, 10000);
    auto billOfB = CounterService(chain.db())
                       .pay(chain.cashier1(), payOf(b, chain.branch1, 3000, {}, Tender::Cash));
    CC_VERIFY_OK(billOfB);
    core::coupons::RedeemRequest r;
    r.claimCode = claim;
    r.branchId = chain.branch1;
    r.visitId = billOfB->visit.id;
    r.requireClaimOwner = true; // what `coupon redeem` and the counter ask
    CC_VERIFY_ERROR(
        core::coupons::ClaimService(chain.db()).redeem(chain.cashier1(), r), Error::Code::Conflict);
    r.requireClaimOwner = false; // imported history may record a coupon handed to a friend
    CC_VERIFY_OK(core::coupons::ClaimService(chain.db()).redeem(chain.cashier1(), r));
}

void TestCounter::commandLine()
{
    if (qEnvironmentVariableIsEmpty("CHAINCARD_CLI"))
        QSKIP("CHAINCARD_CLI is not set (run through ctest)");
    core::clock::setNowForTesting(0); // the CLI runs on the real clock
    TestChain chain;
    core::wallet::WalletRules rules;
    rules.bonusRules = { { 100000, 10000 } };
    setRules(chain, rules);
    addTier(chain, 500);
    const QString db = chain.path();
    const QStringList b01 = { QStringLiteral("--branch"), QStringLiteral("B01") };
    auto shown = runCli(db,
        { QStringLiteral("counter"), QStringLiteral("rules"), QStringLiteral("--bonus-rules"),
            QStringLiteral("1000.00:100.00;500:30"), QStringLiteral("--spend-order"),
            QStringLiteral("principal_first") });
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
    QCOMPARE(shown.json.value(QStringLiteral("bonus_rules")).toArray().size(), 2);
    QCOMPARE(shown.json.value(QStringLiteral("spend_order")).toString(),
        QStringLiteral("principal_first"));
    auto badRules = runCli(db,
        { QStringLiteral("counter"), QStringLiteral("rules"), QStringLiteral("--bonus-rules"),
            QStringLiteral("500:30;500:40") });
    QVERIFY(badRules.exitCode != 0);
    QVERIFY(!badRules.err.isEmpty());
    auto top = runCli(db,
        QStringList { QStringLiteral("counter"), QStringLiteral("topup"), QStringLiteral("--phone"),
            phoneA, QStringLiteral("--amount"), QStringLiteral("1000.00") }
            + b01);
    QCOMPARE(top.exitCode, 0);
    QCOMPARE(top.json.value(QStringLiteral("bonus_given")).toString(), QStringLiteral("100.00"));
    // `wallet topup` without --bonus follows the same rules.
    auto walletTop = runCli(db,
        QStringList { QStringLiteral("wallet"), QStringLiteral("topup"), QStringLiteral("--phone"),
            phoneB, QStringLiteral("--amount"), QStringLiteral("1000") }
            + b01);
    QCOMPARE(walletTop.exitCode, 0);
    QCOMPARE(
        walletTop.json.value(QStringLiteral("bonus_given")).toString(), QStringLiteral("100.00"));
    const QStringList pay = QStringList { QStringLiteral("counter"), QStringLiteral("pay"),
        QStringLiteral("--phone"), phoneA, QStringLiteral("--amount"), QStringLiteral("88.00"),
        QStringLiteral("--receipt"), QStringLiteral("R1") }
        + b01;
    auto paid = runCli(db, pay);
    QVERIFY2(paid.exitCode == 0, qPrintable(paid.err));
    QCOMPARE(paid.json.value(QStringLiteral("gross")).toString(), QStringLiteral("88.00"));
    QCOMPARE(paid.json.value(QStringLiteral("tier_discount")).toString(), QStringLiteral("4.40"));
    QCOMPARE(paid.json.value(QStringLiteral("paid")).toString(), QStringLiteral("83.60"));
    QCOMPARE(paid.json.value(QStringLiteral("balance")).toString(), QStringLiteral("1016.40"));
    auto again = runCli(db, pay);
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.json.value(QStringLiteral("replayed")).toBool(), true);
    QCOMPARE(again.json.value(QStringLiteral("balance")).toString(), QStringLiteral("1016.40"));
    auto found = runCli(db,
        { QStringLiteral("counter"), QStringLiteral("find"), QStringLiteral("--text"),
            phoneA.right(4) });
    QCOMPARE(found.exitCode, 0);
    QCOMPARE(found.json.value(QStringLiteral("people")).toArray().size(), 2); // both end in 5678
    auto voided = runCli(db,
        QStringList { QStringLiteral("counter"), QStringLiteral("void"),
            QStringLiteral("--receipt"), QStringLiteral("R1"), QStringLiteral("--reason"),
            QStringLiteral("test") }
            + b01);
    QVERIFY2(voided.exitCode == 0, qPrintable(voided.err));
    QCOMPARE(voided.json.value(QStringLiteral("balance")).toString(), QStringLiteral("1100.00"));
    auto broke = runCli(db,
        QStringList { QStringLiteral("counter"), QStringLiteral("pay"), QStringLiteral("--phone"),
            phoneA, QStringLiteral("--amount"), QStringLiteral("5000") }
            + b01);
    QVERIFY(broke.exitCode != 0);
    QVERIFY(!broke.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCounter)
#include "tst_counter.moc"
