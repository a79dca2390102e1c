// The dashboard page (issue 4, "Dashboard"): the table's rows for a small chain, the total row
// kept last whatever the sort, the model under QAbstractItemModelTester, selection → "Show
// members" with the branch ids, CSV export, and a manager's single branch.

#include "core/chain/chainsettings.h"
#include "core/common/clock.h"
#include "core/visits/visitservice.h"
#include "ui/dashboard/dashboardchartview.h"
#include "ui/dashboard/dashboardmodel.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/dashboard/dashboardsortproxy.h"
#include "ui/shell/session.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "tests/support/testchain.h"

using namespace testsupport;
using ui::dashboard::DashboardModel;
using ui::dashboard::DashboardPage;

namespace {

qint64 at(int month, int day)
{
    return QDateTime(QDate(2025, month, day), QTime(12, 0), QTimeZone("Asia/Shanghai"))
        .toSecsSinceEpoch();
}

// March 2025 ("this month" on 20 March): B01 one visit of 10.00, B02 three of 20.00; February:
// B01 two visits.
void fill(TestChain &chain)
{
    core::visits::VisitService visits(chain.db());
    int receipt = 0;
    const auto visit = [&](qint64 branch, qint64 when, qint64 amount) {
        core::visits::NewVisit v;
        v.branchId = branch;
        v.amount = amount;
        v.receiptNo = QStringLiteral("R%1").arg(++receipt);
        v.occurredAt = when;
        CC_VERIFY_OK(visits.record(chain.owner(), v));
    };
    visit(chain.branch1, at(3, 2), 1000);
    for (int d : { 3, 4, 5 })
        visit(chain.branch2, at(3, d), 2000);
    visit(chain.branch1, at(2, 2), 1000);
    visit(chain.branch1, at(2, 3), 1000);
}

struct Page
{
    explicit Page(TestChain &chain, const core::auth::Actor &actor)
        : session { chain.db(), actor, *core::chain::ChainStore::load(chain.db()) }
    {
    }
    ui::Session session;
    DashboardPage page { session };
    QAbstractItemModelTester tester { page.model(),
        QAbstractItemModelTester::FailureReportingMode::QtTest };

    bool waitReport()
    {
        QSignalSpy shown(&page, &DashboardPage::reportShown);
        return shown.wait(10000);
    }
    int rowOf(qint64 branchId) const
    {
        for (int r = 0; r < page.proxy()->rowCount(); ++r) {
            if (page.proxy()->index(r, 0).data(DashboardModel::BranchIdRole).toLongLong()
                == branchId)
                return r;
        }
        return -1;
    }
    QVariant value(qint64 branchId, int column) const
    {
        return page.proxy()->index(rowOf(branchId), column).data(DashboardModel::SortRole);
    }
};

} // namespace

class TestDashboardPage : public QObject
{
    Q_OBJECT
private slots:
    void init() { core::clock::setNowForTesting(at(3, 20)); }
    void cleanup() { core::clock::setNowForTesting(0); }
    void showsEachBranchAndTheTotal();
    void totalStaysLastWhenSorted();
    void selectionShowsMembers();
    void exportsTheTable();
    void managerSeesTheirBranch();
};

void TestDashboardPage::showsEachBranchAndTheTotal()
{
    TestChain chain;
    fill(chain);
    Page p(chain, chain.owner());
    QVERIFY(p.waitReport());
    QCOMPARE(p.page.model()->report().period.from, QDate(2025, 3, 1)); // this month so far
    QCOMPARE(p.page.model()->report().period.to, QDate(2025, 3, 20));
    QCOMPARE(p.page.proxy()->rowCount(), 3);
    QCOMPARE(p.value(chain.branch1, DashboardModel::Visits).toLongLong(), 1);
    QCOMPARE(p.value(chain.branch2, DashboardModel::Visits).toLongLong(), 3);
    QCOMPARE(p.value(0, DashboardModel::Visits).toLongLong(), 4);
    QCOMPARE(p.value(0, DashboardModel::Revenue).toLongLong(), 7000);
    // B01 went from two visits to one: down by half, in red, both values in the tooltip.
    const QModelIndex b1 = p.page.proxy()->index(p.rowOf(chain.branch1), DashboardModel::Visits);
    QVERIFY(b1.data().toString().contains(QStringLiteral("▼50")));
    QCOMPARE(b1.data(DashboardModel::PreviousRole).toLongLong(), 2);
    QVERIFY(b1.data(Qt::ToolTipRole).toString().contains(QLatin1Char('2')));
    QCOMPARE(p.page.chart()->categories(),
        (QStringList { QStringLiteral("B02"), QStringLiteral("B01") }));

    p.page.setPeriod(DashboardPage::PreviousMonth);
    QVERIFY(p.waitReport());
    QCOMPARE(p.value(chain.branch1, DashboardModel::Visits).toLongLong(), 2);
    QCOMPARE(p.value(0, DashboardModel::Visits).toLongLong(), 2);
}

void TestDashboardPage::totalStaysLastWhenSorted()
{
    TestChain chain;
    fill(chain);
    Page p(chain, chain.owner());
    QVERIFY(p.waitReport());
    for (int column : { int(DashboardModel::Branch), int(DashboardModel::Visits),
             int(DashboardModel::Revenue) }) {
        for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            p.page.view()->sortByColumn(column, order);
            QCOMPARE(p.rowOf(0), 2);
        }
    }
    p.page.view()->sortByColumn(DashboardModel::Visits, Qt::DescendingOrder);
    QCOMPARE(p.rowOf(chain.branch2), 0);
    p.page.view()->sortByColumn(DashboardModel::Visits, Qt::AscendingOrder);
    QCOMPARE(p.rowOf(chain.branch1), 0);
}

void TestDashboardPage::selectionShowsMembers()
{
    TestChain chain;
    fill(chain);
    Page p(chain, chain.owner());
    QVERIFY(p.waitReport());
    QPushButton *show = nullptr;
    for (auto *b : p.page.findChildren<QPushButton *>()) {
        if (b->text() == DashboardPage::tr("Show members"))
            show = b;
    }
    QVERIFY(show);
    QVERIFY(!show->isEnabled()); // nothing selected
    QSignalSpy asked(&p.page, &DashboardPage::showMembersRequested);
    auto *selection = p.page.view()->selectionModel();
    for (int r = 0; r < p.page.proxy()->rowCount(); ++r) // every row, the total too
        selection->select(
            p.page.proxy()->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(show->isEnabled());
    p.page.show();
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(asked.count(), 1);
    auto ids = asked.at(0).at(0).value<QVector<qint64>>();
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, (QVector<qint64> { chain.branch1, chain.branch2 })); // the total is no branch
}

void TestDashboardPage::exportsTheTable()
{
    TestChain chain;
    fill(chain);
    Page p(chain, chain.owner());
    QVERIFY(p.waitReport());
    p.page.view()->sortByColumn(DashboardModel::Visits, Qt::DescendingOrder);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dashboard.csv"));
    CC_VERIFY_OK(p.page.exportCsv(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll())
                                  .remove(QChar(0xfeff))
                                  .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    f.close();
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines[0].startsWith(
        QStringLiteral("Branch code,Branch,Members,Members (previous period)")));
    QVERIFY(lines[1].startsWith(QStringLiteral("B02,")));
    QVERIFY(lines[3].startsWith(QStringLiteral(",Chain total,")));
    // Visits 4 (previous 2), revenue 70.00 (previous 20.00) on the total row.
    QVERIFY2(lines[3].contains(QStringLiteral(",4,2,70.00,20.00,")), qPrintable(lines[3]));

    // With a branch selected: its row and the total.
    p.page.view()->selectRow(1);
    QCOMPARE(p.page.selectedBranches().size(), 1);
    CC_VERIFY_OK(p.page.exportCsv(path));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList selected = QString::fromUtf8(f.readAll())
                                     .remove(QChar(0xfeff))
                                     .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    f.close();
    QCOMPARE(selected.size(), 3);
    QCOMPARE(selected[1], lines[2]);
    QCOMPARE(selected[2], lines[3]);
}

void TestDashboardPage::managerSeesTheirBranch()
{
    TestChain chain;
    fill(chain);
    Page p(chain, chain.manager2());
    QVERIFY(p.waitReport());
    QCOMPARE(p.page.proxy()->rowCount(), 2);
    QCOMPARE(p.rowOf(chain.branch1), -1);
    QCOMPARE(p.value(0, DashboardModel::Visits).toLongLong(), 3);
}

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
