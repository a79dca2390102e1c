// The dashboard (issue 4, "the chain at a glance"): each figure on a small hand-computed
// chain, one rule per test: period edges in the chain's time zone, voids and refunds, branch
// scope, the total row, the repeat-visit rate, the comparison period, stored value by home
// branch kept by the schema's triggers.

#include "core/common/clock.h"
#include "core/dashboard/dashboard.h"
#include "core/people/personservice.h"
#include "core/storage/sql.h"
#include "core/wallet/walletservice.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include "tests/support/testchain.h"

using namespace testsupport;
using core::dashboard::Dashboard;
using core::dashboard::Figures;
using core::dashboard::Period;
using core::dashboard::Report;

namespace {

class Fixture
{
public:
    core::storage::Database &db() { return chain.db(); }

    qint64 at(const char *local) const
    {
        const QDateTime t
            = QDateTime::fromString(QLatin1String(local), QStringLiteral("yyyy-MM-dd HH:mm"));
        return QDateTime(t.date(), t.time(), zone).toSecsSinceEpoch();
    }

    qint64 person(int n, qint64 homeBranch)
    {
        core::people::PersonService people(
            db(), core::people::PhoneNormalizer(QStringLiteral("CN")));
        auto p = people.findOrRegister(chain.owner(), phone(n), homeBranch);
        return p ? p->id : 0;
    }

    void topUp(int n, qint64 branch, qint64 amount, qint64 when)
    {
        core::wallet::Request r;
        r.phone = phone(n);
        r.branchId = branch;
        r.amount = amount;
        r.occurredAt = when;
        QVERIFY(core::wallet::WalletService(db()).topUp(chain.owner(), r).ok());
    }

    qint64 visit(qint64 personId, qint64 branch, qint64 when, qint64 amount = 5000)
    {
        return insert(QStringLiteral("INSERT INTO visits (branch_id, person_id, occurred_at,"
                                     " amount, source, receipt_no) VALUES (?, ?, ?, ?,"
                                     " 'counter', ?)"),
            { branch, core::storage::nullIfZero(personId), when, amount, receipt() });
    }

    qint64 refund(qint64 visitId, qint64 amount)
    {
        return insert(QStringLiteral("INSERT INTO visits (branch_id, person_id, occurred_at,"
                                     " amount, kind, refund_of, source, receipt_no)"
                                     " SELECT branch_id, person_id, occurred_at + 600, ?,"
                                     " 'refund', id, 'counter', ? FROM visits WHERE id = ?"),
            { -amount, receipt(), visitId });
    }

    void voidVisit(qint64 visitId)
    {
        QVERIFY(core::storage::execOnce(
            db(), QStringLiteral("UPDATE visits SET voided_at = 1 WHERE id = ?"), { visitId }));
    }

    core::Result<Report> run(const core::auth::Actor &actor, const QDate &from, const QDate &to,
        QVector<qint64> branches = {})
    {
        return Dashboard(db()).compute(actor, { from, to, branches });
    }
    core::Result<Report> march(const core::auth::Actor &actor, QVector<qint64> branches = {})
    {
        return run(actor, QDate(2025, 3, 1), QDate(2025, 3, 31), branches);
    }

    TestChain chain;
    QTimeZone zone { "Asia/Shanghai" };

private:
    static QString phone(int n)
    {
        return QStringLiteral("1380000%1").arg(n, 4, 10, QLatin1Char('0'));
    }
    QString receipt() { return QStringLiteral("R%1").arg(++m_receipts); }
    qint64 insert(const QString &sql, std::initializer_list<QVariant> values)
    {
        auto q = core::storage::prepare(db(), sql);
        if (!q || !core::storage::exec(*q, values))
            return 0;
        return q->lastInsertId().toLongLong();
    }
    int m_receipts = 0;
};

const Figures &branchFigures(const Report &r, qint64 branchId)
{
    for (const auto &row : r.branches) {
        if (row.branchId == branchId)
            return row.current;
    }
    static const Figures none;
    QTest::qFail("branch not in the report", __FILE__, __LINE__);
    return none;
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT
private slots:
    void comparisonPeriod_data();
    void comparisonPeriod();
    void refusesABackwardPeriod();
    void periodEdgesAreLocalDays();
    void voidsAndRefunds();
    void managerSeesOnlyTheirBranch();
    void totalRowSumsTheBranches();
    void repeatVisitRate();
    void membersAndStoredValueByHomeBranch();
};

void TestDashboard::comparisonPeriod_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QDate>("previousFrom");
    QTest::addColumn<QDate>("previousTo");
    QTest::newRow("a month") << QDate(2025, 3, 1) << QDate(2025, 3, 31) << QDate(2025, 2, 1)
                             << QDate(2025, 2, 28);
    QTest::newRow("a year") << QDate(2025, 1, 1) << QDate(2025, 12, 31) << QDate(2024, 1, 1)
                            << QDate(2024, 12, 31);
    QTest::newRow("a quarter") << QDate(2025, 4, 1) << QDate(2025, 6, 30) << QDate(2025, 1, 1)
                               << QDate(2025, 3, 31);
    QTest::newRow("seven days") << QDate(2025, 3, 10) << QDate(2025, 3, 16) << QDate(2025, 3, 3)
                                << QDate(2025, 3, 9);
    QTest::newRow("month to date")
        << QDate(2025, 3, 1) << QDate(2025, 3, 4) << QDate(2025, 2, 1) << QDate(2025, 2, 4);
    QTest::newRow("to a day February lacks")
        << QDate(2025, 3, 1) << QDate(2025, 3, 30) << QDate(2025, 2, 1) << QDate(2025, 2, 28);
    QTest::newRow("across months, not aligned")
        << QDate(2025, 3, 20) << QDate(2025, 4, 2) << QDate(2025, 3, 6) << QDate(2025, 3, 19);
}

void TestDashboard::comparisonPeriod()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    const Period previous = Period { from, to, 0, 0 }.previous();
    QTEST(previous.from, "previousFrom");
    QTEST(previous.to, "previousTo");
}

void TestDashboard::refusesABackwardPeriod()
{
    Fixture f;
    CC_VERIFY_ERROR(f.run(f.chain.owner(), QDate(2025, 3, 31), QDate(2025, 3, 1)),
        core::Error::Code::InvalidInput);
    CC_VERIFY_ERROR(
        f.run(f.chain.owner(), QDate(), QDate(2025, 3, 1)), core::Error::Code::InvalidInput);
}

// Periods are local days of the chain (Asia/Shanghai, UTC+8): 23:30 on 31 March is March
// there, though it is 15:30 UTC; 00:00 on 1 April is April, though it is still 31 March in UTC.
void TestDashboard::periodEdgesAreLocalDays()
{
    Fixture f;
    f.visit(0, f.chain.branch1, f.at("2025-03-31 23:30"), 1000);
    f.visit(0, f.chain.branch1, f.at("2025-04-01 00:00"), 2000);
    f.visit(0, f.chain.branch1, f.at("2025-03-01 00:00"), 4000);
    f.visit(0, f.chain.branch1, f.at("2025-02-28 23:59"), 8000);
    auto r = f.march(f.chain.owner());
    CC_VERIFY_OK(r);
    QCOMPARE(r->period.fromUtc, f.at("2025-03-01 00:00"));
    QCOMPARE(r->period.toUtc, f.at("2025-04-01 00:00"));
    QCOMPARE(r->total.current.visits, 2);
    QCOMPARE(r->total.current.revenue, 5000);
    QCOMPARE(r->total.previous.visits, 1); // February
    QCOMPARE(r->total.previous.revenue, 8000);
}

// A voided bill counts for nothing; a refund takes its amount off revenue and is not a visit.
void TestDashboard::voidsAndRefunds()
{
    Fixture f;
    const qint64 kept = f.visit(0, f.chain.branch1, f.at("2025-03-10 12:00"), 10000);
    const qint64 voided = f.visit(0, f.chain.branch1, f.at("2025-03-10 13:00"), 5000);
    f.voidVisit(voided);
    f.refund(kept, 3000);
    f.visit(0, f.chain.branch1, f.at("2025-03-11 12:00"), 2000);
    auto r = f.march(f.chain.owner());
    CC_VERIFY_OK(r);
    const Figures &b1 = branchFigures(*r, f.chain.branch1);
    QCOMPARE(b1.visits, 2);
    QCOMPARE(b1.revenue, 9000); // 100.00 - 30.00 + 20.00
    QCOMPARE(b1.averageBill(), 4500); // 90.00 over two bills
}

void TestDashboard::managerSeesOnlyTheirBranch()
{
    Fixture f;
    f.visit(0, f.chain.branch1, f.at("2025-03-10 12:00"));
    f.visit(0, f.chain.branch2, f.at("2025-03-10 12:00"));
    f.visit(0, f.chain.branch2, f.at("2025-03-11 12:00"));
    auto owner = f.march(f.chain.owner());
    CC_VERIFY_OK(owner);
    QCOMPARE(owner->branches.size(), 2);
    QCOMPARE(owner->total.current.visits, 3);

    for (const auto &actor : { f.chain.manager1(), f.chain.cashier1() }) {
        auto r = f.march(actor);
        CC_VERIFY_OK(r);
        QCOMPARE(r->branches.size(), 1);
        QCOMPARE(r->branches.front().branchId, f.chain.branch1);
        QCOMPARE(r->total.current.visits, 1); // the total is of their branch only
        CC_VERIFY_ERROR(f.march(actor, { f.chain.branch2 }), core::Error::Code::PermissionDenied);
    }
    // An owner may narrow the report to some branches; an unknown one is named.
    auto one = f.march(f.chain.owner(), { f.chain.branch2 });
    CC_VERIFY_OK(one);
    QCOMPARE(one->branches.size(), 1);
    QCOMPARE(one->total.current.visits, 2);
    CC_VERIFY_ERROR(f.march(f.chain.owner(), { 999 }), core::Error::Code::NotFound);
}

// Additive figures of the total are the sums of the branches'; for the owner's whole chain the
// total also holds what belongs to no branch (a person without a home branch).
void TestDashboard::totalRowSumsTheBranches()
{
    Fixture f;
    const qint64 a = f.person(1, f.chain.branch1);
    const qint64 b = f.person(2, f.chain.branch2);
    f.topUp(1, f.chain.branch1, 20000, f.at("2025-03-02 10:00"));
    f.topUp(2, f.chain.branch1, 30000, f.at("2025-03-03 10:00"));
    f.visit(a, f.chain.branch1, f.at("2025-03-05 12:00"), 6000);
    f.visit(b, f.chain.branch2, f.at("2025-03-06 12:00"), 4000);
    f.visit(0, f.chain.branch2, f.at("2025-03-06 13:00"), 1000);
    auto r = f.march(f.chain.owner());
    CC_VERIFY_OK(r);
    const Figures &b1 = branchFigures(*r, f.chain.branch1),
                  &b2 = branchFigures(*r, f.chain.branch2);
    const Figures &t = r->total.current;
    QCOMPARE(b1.topUps, 50000); // top-ups count where they were made
    QCOMPARE(b2.topUps, 0);
    QCOMPARE(b1.members, 1); // members by home branch
    QCOMPARE(b2.members, 1);
    for (qint64 Figures::*field : { &Figures::members, &Figures::newMembers, &Figures::visits,
             &Figures::revenue, &Figures::storedValue, &Figures::topUps })
        QCOMPARE(t.*field, b1.*field + b2.*field);
    QCOMPARE(t.revenue, 11000);
    QCOMPARE(t.averageBill(), 3667); // 110.00 / 3, rounded

    // A person whose home branch is unset counts for the chain only.
    QVERIFY(core::storage::execOnce(
        f.db(), QStringLiteral("UPDATE people SET home_branch_id = NULL WHERE id = ?"), { b }));
    auto after = f.march(f.chain.owner());
    CC_VERIFY_OK(after);
    QCOMPARE(branchFigures(*after, f.chain.branch2).members, 0);
    QCOMPARE(after->total.current.members, 2);
    QCOMPARE(after->total.current.storedValue, 50000);
    QCOMPARE(branchFigures(*after, f.chain.branch2).storedValue, 0);
}

// Of the identified people with a visit in the period, the share with two or more. Anonymous
// bills do not count; the chain's rate counts visits at any branch together.
void TestDashboard::repeatVisitRate()
{
    Fixture f;
    const qint64 a = f.person(1, f.chain.branch1);
    const qint64 b = f.person(2, f.chain.branch1);
    f.visit(a, f.chain.branch1, f.at("2025-03-01 12:00"));
    f.visit(a, f.chain.branch1, f.at("2025-03-20 12:00"));
    f.visit(a, f.chain.branch2, f.at("2025-03-21 12:00"));
    f.visit(b, f.chain.branch1, f.at("2025-03-02 12:00"));
    f.visit(b, f.chain.branch2, f.at("2025-03-03 12:00"));
    f.refund(f.visit(b, f.chain.branch2, f.at("2025-03-04 12:00")), 5000); // a refund is no visit
    f.visit(0, f.chain.branch1, f.at("2025-03-05 12:00"));
    f.visit(0, f.chain.branch1, f.at("2025-03-06 12:00"));
    f.visit(b, f.chain.branch1, f.at("2025-02-27 12:00")); // February: another period
    auto r = f.march(f.chain.owner());
    CC_VERIFY_OK(r);
    const Figures &b1 = branchFigures(*r, f.chain.branch1),
                  &b2 = branchFigures(*r, f.chain.branch2);
    QCOMPARE(b1.visitors, 2);
    QCOMPARE(b1.repeatVisitors, 1); // a
    QCOMPARE(b1.repeatRate(), 0.5);
    QCOMPARE(b2.visitors, 2);
    QCOMPARE(b2.repeatVisitors, 1); // b: two sales (one refunded later) at branch 2
    QCOMPARE(r->total.current.visitors, 2);
    QCOMPARE(r->total.current.repeatVisitors, 2); // both came back, to some branch
    QCOMPARE(r->total.current.repeatRate(), 1.0);
    QCOMPARE(r->total.previous.repeatRate(), 0.0);
}

// Members at the period's end and joined in it, by home branch; stored value follows wallet
// changes and a change of home branch (home_balances, kept by triggers).
void TestDashboard::membersAndStoredValueByHomeBranch()
{
    Fixture f;
    const qint64 a = f.person(1, f.chain.branch1);
    f.person(2, f.chain.branch1);
    f.topUp(1, f.chain.branch2, 10000, f.at("2025-02-10 10:00"));
    f.topUp(2, f.chain.branch2, 5000, f.at("2025-03-10 10:00"));
    f.topUp(1, f.chain.branch1, 2500, f.at("2025-04-02 10:00"));
    auto r = f.march(f.chain.owner());
    CC_VERIFY_OK(r);
    const Figures &b1 = branchFigures(*r, f.chain.branch1);
    QCOMPARE(b1.members, 2);
    QCOMPARE(b1.newMembers, 1);
    QCOMPARE(r->branches.front().previous.members, 1);
    QCOMPARE(r->branches.front().previous.newMembers, 1);
    QCOMPARE(b1.storedValue, 17500);
    QCOMPARE(branchFigures(*r, f.chain.branch2).topUps, 5000);

    QVERIFY(core::storage::execOnce(f.db(),
        QStringLiteral("UPDATE people SET home_branch_id = ? WHERE id = ?"),
        { f.chain.branch2, a }));
    auto moved = f.march(f.chain.owner());
    CC_VERIFY_OK(moved);
    QCOMPARE(branchFigures(*moved, f.chain.branch1).storedValue, 5000);
    QCOMPARE(branchFigures(*moved, f.chain.branch2).storedValue, 12500);
    QCOMPARE(moved->total.current.storedValue, 17500);
}

QTEST_GUILESS_MAIN(TestDashboard)
#include "tst_dashboard.moc"
