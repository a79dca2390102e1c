// The cross-branch settlement (issue 7, "Wallet rules"): a hand-computed ledger of three people
// over three branches, across a period's boundary, with a bonus, a refund and a reversed
// top-up; the manager's view; the refusals.
#include "core/branches/branchservice.h"
#include "core/common/clock.h"
#include "core/wallet/settlement.h"
#include "core/wallet/walletservice.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QTimeZone>

#include "tests/support/testchain.h"

using namespace testsupport;
using core::wallet::BranchPosition;
using core::wallet::Settlement;
using core::wallet::SettlementReport;
using core::wallet::WalletService;

namespace {

qint64 on(int month, int day)
{
    return QDateTime(QDate(2025, month, day), QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

core::wallet::Request req(const QString &phone, qint64 branch, qint64 amount, qint64 bonus = 0)
{
    core::wallet::Request r;
    r.phone = phone;
    r.branchId = branch;
    r.amount = amount;
    r.bonus = bonus;
    return r;
}

qint64 flow(const SettlementReport &r, qint64 from, qint64 to)
{
    for (const auto &f : r.flows) {
        if (f.fromBranchId == from && f.toBranchId == to)
            return f.amount;
    }
    return 0;
}

BranchPosition position(const SettlementReport &r, qint64 branch)
{
    for (const auto &p : r.branches) {
        if (p.branchId == branch)
            return p;
    }
    return {};
}

} // namespace

class TestSettlement : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { core::clock::setNowForTesting(0); }
    void handComputedMarch();
    void managerSeesTheirBranch();
    void refusals();
    void commandLine();

private:
    std::unique_ptr<TestChain> m_chain;
    qint64 a = 0, b = 0, c = 0;
};

void TestSettlement::initTestCase()
{
    m_chain = std::make_unique<TestChain>();
    a = m_chain->branch1;
    b = m_chain->branch2;
    core::branches::Branch third;
    third.code = QStringLiteral("B03");
    third.name = QStringLiteral("Jing'an");
    auto made = core::branches::BranchService(m_chain->db()).create(m_chain->owner(), third);
    CC_VERIFY_OK(made);
    c = made->id;

    WalletService wallet(m_chain->db());
    const auto owner = m_chain->owner();
    const QString x = QStringLiteral("13800000001"), y = QStringLiteral("13800000002"),
                  z = QStringLiteral("13800000003");
    const auto at = [](int month, int day) { core::clock::setNowForTesting(on(month, day)); };
    // X: 100.00 at A in February, then in March 30.00 spent at B, 50.00 (+5.00 bonus) topped up
    // at C, 90.00 spent at B (the bonus first: 5.00, then 70.00 of A's lot and 15.00 of C's),
    // 10.00 refunded at B (principal first: a lot of B's); in April 20.00 spent at A.
    at(2, 10);
    CC_VERIFY_OK(wallet.topUp(owner, req(x, a, 10000)));
    at(3, 5);
    CC_VERIFY_OK(wallet.spend(owner, req(x, b, 3000)));
    at(3, 6);
    CC_VERIFY_OK(wallet.topUp(owner, req(x, c, 5000, 500)));
    at(3, 7);
    CC_VERIFY_OK(wallet.spend(owner, req(x, b, 9000)));
    at(3, 8);
    CC_VERIFY_OK(wallet.refund(owner, req(x, b, 1000)));
    at(4, 2);
    CC_VERIFY_OK(wallet.spend(owner, req(x, a, 2000)));
    // Y: 40.00 topped up at B and spent at A, both in March.
    at(3, 12);
    CC_VERIFY_OK(wallet.topUp(owner, req(y, b, 4000)));
    at(3, 13);
    CC_VERIFY_OK(wallet.spend(owner, req(y, a, 4000)));
    // Z: 60.00 topped up at C and the top-up reversed there the next day.
    at(3, 20);
    auto topUp = wallet.topUp(owner, req(z, c, 6000));
    CC_VERIFY_OK(topUp);
    at(3, 21);
    CC_VERIFY_OK(wallet.reverse(owner, topUp->entry.id, QStringLiteral("paid back")));
    at(4, 15);
}

void TestSettlement::handComputedMarch()
{
    auto r = Settlement(m_chain->db()).compute(m_chain->owner(), on(3, 1), on(4, 1));
    CC_VERIFY_OK(r);
    QCOMPARE(flow(*r, a, b), qint64(3000 + 7000));
    QCOMPARE(flow(*r, c, b), qint64(1500));
    QCOMPARE(flow(*r, b, a), qint64(4000));
    QCOMPARE(flow(*r, c, c), qint64(6000)); // the reversed top-up, paid back where it was made
    QCOMPARE(flow(*r, a, a), qint64(0)); // April's spend is not March's
    QCOMPARE(r->flows.size(), 4);

    const BranchPosition pa = position(*r, a), pb = position(*r, b), pc = position(*r, c);
    QCOMPARE(pa.toppedUp, qint64(0)); // February's
    QCOMPARE(pb.toppedUp, qint64(4000));
    QCOMPARE(pc.toppedUp, qint64(5000 + 6000));
    QCOMPARE(pb.spentHere, qint64(3000 + 8500));
    QCOMPARE(pa.spentHere, qint64(4000));
    QCOMPARE(pc.spentHere, qint64(6000));
    QCOMPARE(pb.bonusSpent, qint64(500));
    // B is owed A's 100.00 and C's 15.00 spent there, less Y's 40.00 of B's spent at A.
    QCOMPARE(pb.owed, qint64(10000 + 1500 - 4000));
    QCOMPARE(pa.owed, qint64(4000 - 10000));
    QCOMPARE(pc.owed, qint64(-1500));
    QCOMPARE(pa.owed + pb.owed + pc.owed, qint64(0));
    // On cards at the end of March: 35.00 of C's lot, and the 10.00 refunded at B.
    QCOMPARE(pa.liability, qint64(0));
    QCOMPARE(pb.liability, qint64(1000));
    QCOMPARE(pc.liability, qint64(3500));

    // April: X's 20.00 at A comes from C's lot (A's was used up); liabilities move on.
    auto april = Settlement(m_chain->db()).compute(m_chain->owner(), on(4, 1), on(5, 1));
    CC_VERIFY_OK(april);
    QCOMPARE(april->flows.size(), 1);
    QCOMPARE(flow(*april, c, a), qint64(2000));
    QCOMPARE(position(*april, c).liability, qint64(1500));
    QCOMPARE(position(*april, a).owed, qint64(2000));
}

void TestSettlement::managerSeesTheirBranch()
{
    auto r = Settlement(m_chain->db()).compute(m_chain->manager2(), on(3, 1), on(4, 1));
    CC_VERIFY_OK(r);
    QCOMPARE(r->branches.size(), 1);
    QCOMPARE(r->branches.first().branchId, b);
    QCOMPARE(r->branches.first().owed, qint64(7500));
    QCOMPARE(r->flows.size(), 3); // A→B, B→A, C→B; not C→C
    QCOMPARE(flow(*r, c, c), qint64(0));
}

void TestSettlement::refusals()
{
    auto cashier = Settlement(m_chain->db()).compute(m_chain->cashier1(), on(3, 1), on(4, 1));
    QVERIFY(!cashier);
    QCOMPARE(cashier.error().code(), core::Error::Code::PermissionDenied);
    auto backwards = Settlement(m_chain->db()).compute(m_chain->owner(), on(4, 1), on(3, 1));
    QVERIFY(!backwards);
    QCOMPARE(backwards.error().code(), core::Error::Code::InvalidInput);
}

// `wallet settlement --from --to [--branch]`: whole days in the chain's time zone, branch codes,
// amounts in major units.
void TestSettlement::commandLine()
{
    if (qEnvironmentVariableIsEmpty("CHAINCARD_CLI"))
        QSKIP("CHAINCARD_CLI is not set (run through ctest)");
    const auto run = [this](const QStringList &extra) {
        QProcess p;
        p.start(qEnvironmentVariable("CHAINCARD_CLI"),
            QStringList { QStringLiteral("--db"), m_chain->path(), QStringLiteral("wallet"),
                QStringLiteral("settlement") }
                + extra);
        p.waitForFinished(60000);
        return std::make_pair(
            p.exitCode(), QJsonDocument::fromJson(p.readAllStandardOutput()).object());
    };
    const QStringList march = { QStringLiteral("--from"), QStringLiteral("2025-03-01"),
        QStringLiteral("--to"), QStringLiteral("2025-03-31") };
    auto [code, json] = run(march);
    QCOMPARE(code, 0);
    QCOMPARE(json.value(QStringLiteral("flows")).toArray().size(), 4);
    QJsonObject b02;
    for (const auto &v : json.value(QStringLiteral("branches")).toArray()) {
        if (v.toObject().value(QStringLiteral("branch")).toString() == QStringLiteral("B02"))
            b02 = v.toObject();
    }
    QCOMPARE(b02.value(QStringLiteral("owed")).toString(), QStringLiteral("75.00"));
    QCOMPARE(b02.value(QStringLiteral("liability")).toString(), QStringLiteral("10.00"));
    QCOMPARE(b02.value(QStringLiteral("bonus_spent")).toString(), QStringLiteral("5.00"));

    auto [oneCode, one]
        = run(march + QStringList { QStringLiteral("--branch"), QStringLiteral("B03") });
    QCOMPARE(oneCode, 0);
    QCOMPARE(one.value(QStringLiteral("flows")).toArray().size(), 2); // C→B and C→C
    QCOMPARE(one.value(QStringLiteral("branches")).toArray().size(), 1);

    auto [badCode, bad] = run({ QStringLiteral("--from"), QStringLiteral("March"),
        QStringLiteral("--to"), QStringLiteral("2025-03-31") });
    QVERIFY(badCode != 0);
}

QTEST_MAIN(TestSettlement)
#include "tst_settlement.moc"
