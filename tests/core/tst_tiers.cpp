#include "tests/support/testchain.h"

#include "core/common/clock.h"
#include "core/people/personservice.h"
#include "core/storage/sql.h"
#include "core/tiers/tierservice.h"
#include "core/wallet/walletservice.h"

#include <QTest>

using namespace testsupport;
using core::Error;
using core::tiers::Rule;
using core::tiers::Tier;
using core::tiers::TierService;

Q_DECLARE_METATYPE(core::tiers::Tier)

namespace {

const QString phone = QStringLiteral("13812345678");

Tier tier(const QString &name, int rank, Rule rule, qint64 threshold, int windowDays = 0,
          int discountBp = 0)
{
    Tier t;
    t.name = name;
    t.rank = rank;
    t.rule = rule;
    t.threshold = threshold;
    t.windowDays = windowDays;
    t.discountBp = discountBp;
    return t;
}

core::wallet::Request req(qint64 branch, qint64 amount)
{
    core::wallet::Request r;
    r.phone = phone;
    r.branchId = branch;
    r.amount = amount;
    return r;
}

// The person's tier name, or "" for none.
QString tierOf(core::storage::Database &db, qint64 personId)
{
    auto v = core::storage::scalar(db, QStringLiteral("SELECT coalesce(t.name, '') FROM people p"
                                                      " LEFT JOIN tiers t ON t.id = p.tier_id"
                                                      " WHERE p.id = ?"),
                                   { personId });
    return v ? v->toString() : QStringLiteral("?");
}

} // namespace

class TestTiers : public QObject
{
    Q_OBJECT
private slots:
    void init() { core::clock::setNowForTesting(1767225600); }
    void cleanup() { core::clock::setNowForTesting(0); }

    void invalidTiersRefused_data();
    void invalidTiersRefused();
    void onlyTheOwnerDefinesTiers();
    void duplicateRankOrNameRefused();
    void listIsOrderedByRank();
    void updateAndRemove();
    void cumulativeTopUpRaisesStepByStep();
    void bestTierIsChosenDirectly();
    void singleTopUpNeedsOneBigTopUp();
    void spendWindowCountsRecentSpending();
    void neverDowngrades();
    void couponClaimerStaysGuest();
    void unknownPersonNotFound();
};

void TestTiers::invalidTiersRefused_data()
{
    QTest::addColumn<Tier>("t");
    QTest::addColumn<QString>("field");
    QTest::newRow("no name") << tier(QStringLiteral(" "), 1, Rule::CumulativeTopUp, 100)
                             << QStringLiteral("name");
    QTest::newRow("rank 0") << tier(QStringLiteral("Silver"), 0, Rule::CumulativeTopUp, 100)
                            << QStringLiteral("rank");
    QTest::newRow("threshold 0") << tier(QStringLiteral("Silver"), 1, Rule::SingleTopUp, 0)
                                 << QStringLiteral("threshold");
    QTest::newRow("negative threshold") << tier(QStringLiteral("Silver"), 1, Rule::SingleTopUp, -5)
                                        << QStringLiteral("threshold");
    QTest::newRow("discount over 100%")
        << tier(QStringLiteral("Silver"), 1, Rule::CumulativeTopUp, 100, 0, 10001)
        << QStringLiteral("discount");
    QTest::newRow("negative discount")
        << tier(QStringLiteral("Silver"), 1, Rule::CumulativeTopUp, 100, 0, -1)
        << QStringLiteral("discount");
    QTest::newRow("window without days") << tier(QStringLiteral("Silver"), 1, Rule::SpendWindow, 100)
                                         << QStringLiteral("window_days");
    QTest::newRow("days without window")
        << tier(QStringLiteral("Silver"), 1, Rule::CumulativeTopUp, 100, 30)
        << QStringLiteral("window_days");
}

void TestTiers::invalidTiersRefused()
{
    QFETCH(Tier, t);
    QFETCH(QString, field);
    TestChain chain;
    auto created = TierService(chain.db()).create(chain.owner(), t);
    CC_VERIFY_ERROR(created, Error::Code::InvalidInput);
    QCOMPARE(created.error().field(), field);
}

void TestTiers::onlyTheOwnerDefinesTiers()
{
    TestChain chain;
    TierService tiers(chain.db());
    const Tier t = tier(QStringLiteral("Silver"), 1, Rule::CumulativeTopUp, 50000, 0, 500);
    CC_VERIFY_ERROR(tiers.create(chain.manager1(), t), Error::Code::PermissionDenied);
    CC_VERIFY_ERROR(tiers.create(chain.cashier1(), t), Error::Code::PermissionDenied);
    auto created = tiers.create(chain.owner(), t);
    CC_VERIFY_OK(created);
    QVERIFY(created->id > 0);
    auto found = tiers.find(created->id);
    CC_VERIFY_OK(found);
    QCOMPARE(found->name, QStringLiteral("Silver"));
    QCOMPARE(found->discountBp, 500);
    QCOMPARE(found->threshold, qint64(50000));
}

void TestTiers::duplicateRankOrNameRefused()
{
    TestChain chain;
    TierService tiers(chain.db());
    CC_VERIFY_OK(tiers.create(chain.owner(), tier(QStringLiteral("Silver"), 1, Rule::CumulativeTopUp, 100)));
    CC_VERIFY_ERROR(tiers.create(chain.owner(), tier(QStringLiteral("Gold"), 1, Rule::CumulativeTopUp, 200)),
                    Error::Code::Conflict);
    CC_VERIFY_ERROR(tiers.create(chain.owner(), tier(QStringLiteral("Silver"), 2, Rule::CumulativeTopUp, 200)),
                    Error::Code::Conflict);
}

// The owner edits a tier (its own name and rank are no clash; another's are) and removes one
// nobody holds; a tier someone holds stays; a manager may do neither.
void TestTiers::updateAndRemove()
{
    TestChain chain;
    TierService tiers(chain.db());
    auto silver = tiers.create(chain.owner(), tier(QStringLiteral("Silver"), 1, Rule::CumulativeTopUp, 50000));
    auto gold = tiers.create(chain.owner(), tier(QStringLiteral("Gold"), 2, Rule::CumulativeTopUp, 100000));
    CC_VERIFY_OK(silver);
    CC_VERIFY_OK(gold);
    Tier changed = *silver;
    changed.name = QStringLiteral("  Silver Plus ");
    changed.discountBp = 300;
    changed.threshold = 40000;
    CC_VERIFY_OK(tiers.update(chain.owner(), changed));
    auto stored = tiers.find(silver->id);
    CC_VERIFY_OK(stored);
    QCOMPARE(stored->name, QStringLiteral("Silver Plus"));
    QCOMPARE(stored->discountBp, 300);
    QCOMPARE(stored->threshold, qint64(40000));
    changed.rank = 2; // Gold's
    CC_VERIFY_ERROR(tiers.update(chain.owner(), changed), Error::Code::Conflict);
    changed.rank = 1;
    changed.threshold = 0;
    CC_VERIFY_ERROR(tiers.update(chain.owner(), changed), Error::Code::InvalidInput);
    CC_VERIFY_ERROR(tiers.update(chain.manager1(), *gold), Error::Code::PermissionDenied);
    Tier ghost = *gold;
    ghost.id = 9999;
    ghost.name = QStringLiteral("Ghost");
    ghost.rank = 9;
    CC_VERIFY_ERROR(tiers.update(chain.owner(), ghost), Error::Code::NotFound);

    // Someone reaches Silver Plus: it stays; Gold, held by nobody, goes.
    auto topUp = core::wallet::WalletService(chain.db()).topUp(chain.owner(), req(chain.branch1, 45000));
    CC_VERIFY_OK(topUp);
    QCOMPARE(tierOf(chain.db(), topUp->balance.personId), QStringLiteral("Silver Plus"));
    CC_VERIFY_ERROR(tiers.remove(chain.owner(), silver->id), Error::Code::Conflict);
    CC_VERIFY_ERROR(tiers.remove(chain.manager1(), gold->id), Error::Code::PermissionDenied);
    CC_VERIFY_OK(tiers.remove(chain.owner(), gold->id));
    QCOMPARE(tiers.list()->size(), 1);
    CC_VERIFY_ERROR(tiers.remove(chain.owner(), gold->id), Error::Code::NotFound);
}

void TestTiers::listIsOrderedByRank()
{
    TestChain chain;
    TierService tiers(chain.db());
    CC_VERIFY_OK(tiers.create(chain.owner(), tier(QStringLiteral("Gold"), 3, Rule::SingleTopUp, 300)));
    CC_VERIFY_OK(tiers.create(chain.owner(), tier(QStringLiteral("Silver"), 1, Rule::CumulativeTopUp, 100)));
    CC_VERIFY_OK(tiers.create(chain.owner(), tier(QStringLiteral("Regular"), 2, Rule::SpendWindow, 200, 30)));
    auto all = tiers.list();
    CC_VERIFY_OK(all);
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(0).name, QStringLiteral("Silver"));
    QCOMPARE(all->at(1).rule, Rule::SpendWindow);
    QCOMPARE(all->at(1).windowDays, 30);
    QCOMPARE(all->at(2).name, QStringLiteral("Gold"));
}

void TestTiers::cumulativeTopUpRaisesStepByStep()
{
    TestChain chain;
    TierService tiers(chain.db());
    CC_VERIFY_OK(tiers.create(chain.owner(), tier(QStringLiteral("Silver"), 1, Rule::CumulativeTopUp, 50000)));
    CC_VERIFY_OK(tiers.create(chain.owner(), tier(QStringLiteral("Gold"), 2, Rule::CumulativeTopUp, 200000)));
    core::wallet::WalletService wallet(chain.db());
    auto first = wallet.topUp(chain.cashier1(), req(chain.branch1, 30000));
    CC_VERIFY_OK(first);
    const qint64 person = first->entry.personId;
    QCOMPARE(tierOf(chain.db(), person), QString());
    CC_VERIFY_OK(wallet.topUp(chain.cashier1(), req(chain.branch1, 20000)));
    QCOMPARE(tierOf(chain.db(), person), QStringLiteral("Silver"));
    // Spending does not count towards a top-up rule, nor does it take a tier away.
    CC_VERIFY_OK(wallet.spend(chain.cashier1(), req(chain.branch1, 50000)));
    QCOMPARE(tierOf(chain.db(), person), QStringLiteral("Silver"));
    CC_VERIFY_OK(wallet.topUp(chain.manager2(), req(chain.branch2, 150000)));
    QCOMPARE(tierOf(chain.db(), person), QStringLiteral("Gold"));
}

void TestTiers::bestTierIsChosenDirectly()
{
    TestChain chain;
    TierService tiers(chain.db());
    CC_VERIFY_OK(tiers.create(chain.owner(), tier(QStringLiteral("Silver"), 1, Rule::CumulativeTopUp, 100)));
    CC_VERIFY_OK(tiers.create(chain.owner(), tier(QStringLiteral("Gold"), 2, Rule::CumulativeTopUp, 1000)));
    CC_VERIFY_OK(tiers.create(chain.owner(), tier(QStringLiteral("Black"), 3, Rule::SingleTopUp, 100000)));
    core::wallet::WalletService wallet(chain.db());
    auto top = wallet.topUp(chain.owner(), req(chain.branch1, 5000));
    CC_VERIFY_OK(top);
    QCOMPARE(tierOf(chain.db(), top->entry.personId), QStringLiteral("Gold"));
}

void TestTiers::singleTopUpNeedsOneBigTopUp()
{
    TestChain chain;
    TierService tiers(chain.db());
    CC_VERIFY_OK(tiers.create(chain.owner(), tier(QStringLiteral("VIP"), 1, Rule::SingleTopUp, 100000)));
    core::wallet::WalletService wallet(chain.db());
    auto top = wallet.topUp(chain.owner(), req(chain.branch1, 60000));
    CC_VERIFY_OK(top);
    CC_VERIFY_OK(wallet.topUp(chain.owner(), req(chain.branch1, 60000)));
    QCOMPARE(tierOf(chain.db(), top->entry.personId), QString());
    auto big = wallet.topUp(chain.owner(), req(chain.branch1, 100000));
    CC_VERIFY_OK(big);
    QCOMPARE(tierOf(chain.db(), top->entry.personId), QStringLiteral("VIP"));

    // A big top-up that was reversed does not count.
    TestChain other;
    core::wallet::WalletService wallet2(other.db());
    auto reversed = wallet2.topUp(other.owner(), req(other.branch1, 100000));
    CC_VERIFY_OK(reversed);
    CC_VERIFY_OK(wallet2.reverse(other.owner(), reversed->entry.id));
    TierService tiers2(other.db());
    CC_VERIFY_OK(tiers2.create(other.owner(), tier(QStringLiteral("VIP"), 1, Rule::SingleTopUp, 100000)));
    CC_VERIFY_OK(tiers2.evaluate(reversed->entry.personId));
    QCOMPARE(tierOf(other.db(), reversed->entry.personId), QString());
}

void TestTiers::spendWindowCountsRecentSpending()
{
    TestChain chain;
    TierService tiers(chain.db());
    CC_VERIFY_OK(tiers.create(chain.owner(), tier(QStringLiteral("Regular"), 1, Rule::SpendWindow, 20000, 30)));
    core::wallet::WalletService wallet(chain.db());
    const qint64 day = 86400;
    const qint64 now = 1767225600;
    core::clock::setNowForTesting(now - 40 * day);
    auto top = wallet.topUp(chain.owner(), req(chain.branch1, 100000));
    CC_VERIFY_OK(top);
    const qint64 person = top->entry.personId;
    CC_VERIFY_OK(wallet.spend(chain.owner(), req(chain.branch1, 15000))); // outside the window later
    core::clock::setNowForTesting(now - 10 * day);
    CC_VERIFY_OK(wallet.spend(chain.owner(), req(chain.branch1, 15000)));
    QCOMPARE(tierOf(chain.db(), person), QStringLiteral("Regular")); // 30,000 within 30 days then
    // A second person: old spending plus a refund keep them below the line.
    TestChain other;
    CC_VERIFY_OK(TierService(other.db()).create(other.owner(),
                                                tier(QStringLiteral("Regular"), 1, Rule::SpendWindow, 20000, 30)));
    core::wallet::WalletService wallet2(other.db());
    core::clock::setNowForTesting(now - 40 * day);
    auto top2 = wallet2.topUp(other.owner(), req(other.branch1, 100000));
    CC_VERIFY_OK(top2);
    CC_VERIFY_OK(wallet2.spend(other.owner(), req(other.branch1, 15000)));
    core::clock::setNowForTesting(now);
    CC_VERIFY_OK(wallet2.spend(other.owner(), req(other.branch1, 15000)));
    QCOMPARE(tierOf(other.db(), top2->entry.personId), QString());
    CC_VERIFY_OK(wallet2.spend(other.owner(), req(other.branch1, 8000)));
    QCOMPARE(tierOf(other.db(), top2->entry.personId), QStringLiteral("Regular")); // 23,000
}

void TestTiers::neverDowngrades()
{
    TestChain chain;
    TierService tiers(chain.db());
    CC_VERIFY_OK(tiers.create(chain.owner(), tier(QStringLiteral("Silver"), 1, Rule::CumulativeTopUp, 1000)));
    CC_VERIFY_OK(tiers.create(chain.owner(), tier(QStringLiteral("Gold"), 2, Rule::CumulativeTopUp, 5000)));
    core::wallet::WalletService wallet(chain.db());
    auto top = wallet.topUp(chain.owner(), req(chain.branch1, 5000));
    CC_VERIFY_OK(top);
    QCOMPARE(tierOf(chain.db(), top->entry.personId), QStringLiteral("Gold"));
    CC_VERIFY_OK(wallet.reverse(chain.owner(), top->entry.id));
    CC_VERIFY_OK(tiers.evaluate(top->entry.personId));
    QCOMPARE(tierOf(chain.db(), top->entry.personId), QStringLiteral("Gold"));
}

void TestTiers::couponClaimerStaysGuest()
{
    TestChain chain;
    TierService tiers(chain.db());
    CC_VERIFY_OK(tiers.create(chain.owner(), tier(QStringLiteral("Silver"), 1, Rule::CumulativeTopUp, 1)));
    CC_VERIFY_OK(tiers.create(chain.owner(), tier(QStringLiteral("Regular"), 2, Rule::SpendWindow, 1, 365)));
    core::people::PersonService persons(chain.db(), core::people::PhoneNormalizer());
    auto guest = persons.findOrRegister(chain.cashier1(), phone, chain.branch1);
    CC_VERIFY_OK(guest);
    // Claims and a visit, written directly: only the coupon and visit services create them.
    CC_VERIFY_OK(core::storage::execOnce(
        chain.db(),
        QStringLiteral("INSERT INTO coupons (id, code, name, kind, value, created_at)"
                       " VALUES (1, 'WELCOME', 'Welcome', 'amount', 500, 0)")));
    for (int i = 1; i <= 3; ++i)
        CC_VERIFY_OK(core::storage::execOnce(
            chain.db(),
            QStringLiteral("INSERT INTO coupon_claims (coupon_id, person_id, claimed_at, branch_id,"
                           " claim_code) VALUES (1, ?, ?, ?, ?)"),
            { guest->id, 1767225600 - i, chain.branch1, QStringLiteral("C%1").arg(i) }));
    CC_VERIFY_OK(core::storage::execOnce(
        chain.db(),
        QStringLiteral("INSERT INTO visits (branch_id, person_id, occurred_at, amount, source,"
                       " receipt_no) VALUES (?, ?, 1767225000, 9900, 'counter', 'R1')"),
        { chain.branch1, guest->id }));
    CC_VERIFY_OK(tiers.evaluate(guest->id));
    auto after = persons.find(guest->id);
    CC_VERIFY_OK(after);
    QVERIFY(!after->isMember());
    QCOMPARE(after->tierId, qint64(0));
}

void TestTiers::unknownPersonNotFound()
{
    TestChain chain;
    CC_VERIFY_ERROR(TierService(chain.db()).evaluate(4242), Error::Code::NotFound);
}

QTEST_GUILESS_MAIN(TestTiers)
#include "tst_tiers.moc"
