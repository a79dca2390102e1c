// The toolbar's branch scope (issue 4): BranchScope keeps the branches chosen and says when
// they change; the owner's selector lists every branch, and choosing two makes the dashboard,
// the member list and the retention report follow; a manager's selector is fixed to their
// branch.
#include "core/branches/branchservice.h"
#include "core/chain/chainsettings.h"
#include "core/common/clock.h"
#include "core/people/personservice.h"
#include "core/visits/visitservice.h"
#include "ui/branches/branchespage.h"
#include "ui/dashboard/dashboardmodel.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/dashboard/dashboardsortproxy.h"
#include "ui/members/memberlistmodel.h"
#include "ui/members/memberspage.h"
#include "ui/retention/retentionpage.h"
#include "ui/shell/appcontroller.h"
#include "ui/shell/branchscope.h"
#include "ui/shell/mainwindow.h"

#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

#include "tests/support/testchain.h"

using namespace testsupport;
using ui::BranchScope;
using ui::dashboard::DashboardModel;
using ui::members::MemberListModel;

namespace {

qint64 at(int month, int day)
{
    return QDateTime(QDate(2025, month, day), QTime(12, 0), QTimeZone("Asia/Shanghai"))
        .toSecsSinceEpoch();
}

qint64 addBranch(TestChain &chain, const QString &code, const QString &name)
{
    core::branches::Branch b;
    b.code = code;
    b.name = name;
    b.city = QStringLiteral("Shanghai");
    auto created = core::branches::BranchService(chain.db()).create(chain.owner(), b);
    return created ? created->id : 0;
}

// One person at home in each of three branches, each with a visit there in March 2025.
struct ThreeBranches
{
    TestChain chain;
    qint64 branch3 = addBranch(chain, QStringLiteral("B03"), QStringLiteral("Jing'an"));

    bool fill()
    {
        auto settings = core::chain::ChainStore::load(chain.db());
        core::people::PersonService people(
            chain.db(), core::people::PhoneNormalizer(settings->region));
        core::visits::VisitService visits(chain.db());
        const qint64 branches[] = { chain.branch1, chain.branch2, branch3 };
        for (int i = 0; i < 3; ++i) {
            core::people::Person p;
            p.phone = QStringLiteral("1390000000%1").arg(i + 1);
            p.name = QStringLiteral("Person %1").arg(i + 1);
            p.homeBranchId = branches[i];
            if (!people.registerPerson(chain.owner(), p))
                return false;
            core::visits::NewVisit v;
            v.branchId = branches[i];
            v.amount = 1000 * (i + 1);
            v.receiptNo = QStringLiteral("R%1").arg(i + 1);
            v.occurredAt = at(3, 2 + i);
            v.phone = p.phone;
            if (!visits.record(chain.owner(), v))
                return false;
        }
        return true;
    }
};

QList<QAction *> branchActions(QToolButton *button)
{
    QList<QAction *> out;
    for (QAction *action : button->menu()->actions()) {
        if (!action->isSeparator() && action->data().isValid())
            out << action;
    }
    return out;
}

QAction *actionFor(QToolButton *button, const QString &code)
{
    for (QAction *action : branchActions(button)) {
        if (action->text().startsWith(code))
            return action;
    }
    return nullptr;
}

QStringList names(MemberListModel *model)
{
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r)
        out << model->data(model->index(r, MemberListModel::Name)).toString();
    out.sort();
    return out;
}

} // namespace

class TestBranchScope : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { core::clock::setNowForTesting(at(3, 20)); }
    void cleanup() { core::clock::setNowForTesting(0); }
    void selectsSomeAndAll();
    void managerIsFixed();
    void ownerChoosesTwoBranches();
    void managerSelectorIsDisabled();
    void showMembersNarrowsTheScope();
    void newBranchJoinsTheSelector();
};

void TestBranchScope::selectsSomeAndAll()
{
    ThreeBranches t;
    QVERIFY(t.branch3 > 0);
    BranchScope scope(t.chain.db(), t.chain.owner());
    QVERIFY(scope.error().isEmpty());
    QVERIFY(!scope.isFixed());
    QCOMPARE(scope.branches().size(), 3);
    QVERIFY(scope.isAll());
    QSignalSpy changed(&scope, &BranchScope::changed);

    // Unknown ids are dropped; the order is the branches' order, whatever was asked.
    scope.select({ t.branch3, 999999, t.chain.branch1 });
    const QVector<qint64> two { t.chain.branch1, t.branch3 };
    QCOMPARE(scope.selected(), two);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QVector<qint64>>(), two);
    scope.select({ t.chain.branch1, t.branch3 }); // the same: no signal
    QCOMPARE(changed.size(), 1);

    scope.toggle(t.chain.branch1);
    QCOMPARE(scope.selected(), QVector<qint64> { t.branch3 });
    scope.toggle(t.chain.branch2);
    QCOMPARE(scope.selected(), (QVector<qint64> { t.chain.branch2, t.branch3 }));
    QCOMPARE(changed.size(), 3);

    scope.selectAll();
    QVERIFY(scope.isAll());
    QCOMPARE(changed.size(), 4);
    QVERIFY(changed.last().at(0).value<QVector<qint64>>().isEmpty());
    scope.selectAll();
    QCOMPARE(changed.size(), 4);
}

void TestBranchScope::managerIsFixed()
{
    ThreeBranches t;
    BranchScope scope(t.chain.db(), t.chain.manager2());
    QVERIFY(scope.isFixed());
    QCOMPARE(scope.branches().size(), 1);
    QCOMPARE(scope.branches().first().id, t.chain.branch2);
    QSignalSpy changed(&scope, &BranchScope::changed);
    scope.select({ t.chain.branch1 });
    QVERIFY(scope.isAll()); // all the manager may see: their branch
    QCOMPARE(changed.size(), 0);
}

void TestBranchScope::ownerChoosesTwoBranches()
{
    ThreeBranches t;
    QVERIFY(t.fill());
    ui::AppController controller;
    QVERIFY(controller.openFile(t.chain.path(), t.chain.owner()));
    ui::MainWindow *window = controller.window();
    QToolButton *button = window->scopeButton();
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QCOMPARE(button->text(), QStringLiteral("All branches"));
    QCOMPARE(branchActions(button).size(), 3);
    QCOMPARE(branchActions(button).at(0)->text(), QStringLiteral("B01 · People's Square"));

    auto *dashboard = window->findChild<ui::dashboard::DashboardPage *>();
    auto *members = window->findChild<ui::members::MembersPage *>();
    auto *retention = window->findChild<ui::retention::RetentionPage *>();
    QVERIFY(dashboard && members && retention);
    QTRY_COMPARE_WITH_TIMEOUT(dashboard->proxy()->rowCount(), 4, 10000); // three and the total

    actionFor(button, QStringLiteral("B01"))->trigger();
    actionFor(button, QStringLiteral("B03"))->trigger();
    const QVector<qint64> two { t.chain.branch1, t.branch3 };
    QCOMPARE(controller.branchScope()->selected(), two);
    QCOMPARE(button->text(), QStringLiteral("B01, B03"));
    QVERIFY(actionFor(button, QStringLiteral("B01"))->isChecked());
    QVERIFY(!actionFor(button, QStringLiteral("B02"))->isChecked());

    // The dashboard: two branch rows and their total.
    QTRY_COMPARE_WITH_TIMEOUT(dashboard->proxy()->rowCount(), 3, 10000);
    QTRY_VERIFY(!dashboard->isBusy());
    QCOMPARE(dashboard->proxy()->rowCount(), 3);
    QVector<qint64> rows;
    for (int r = 0; r < 3; ++r)
        rows << dashboard->proxy()->index(r, 0).data(DashboardModel::BranchIdRole).toLongLong();
    QVERIFY(rows.contains(t.chain.branch1) && rows.contains(t.branch3) && rows.contains(0));
    const auto &report = dashboard->model()->report();
    QCOMPARE(report.total.current.revenue, 1000 + 3000);

    // The members: only the people of those branches.
    QTRY_COMPARE(members->model()->rowCount(), 2);
    QCOMPARE(names(members->model()),
        (QStringList { QStringLiteral("Person 1"), QStringLiteral("Person 3") }));
    QCOMPARE(members->filter().branchIds, two);
    // The retention report's cohort branches.
    QCOMPARE(retention->query().branchIds, two);

    // "All branches" again: everything back.
    button->menu()->actions().first()->trigger();
    QVERIFY(controller.branchScope()->isAll());
    QCOMPARE(button->text(), QStringLiteral("All branches"));
    QTRY_COMPARE(members->model()->rowCount(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(dashboard->proxy()->rowCount(), 4, 10000);
    QVERIFY(retention->query().branchIds.isEmpty());
}

void TestBranchScope::managerSelectorIsDisabled()
{
    ThreeBranches t;
    QVERIFY(t.fill());
    ui::AppController controller;
    QVERIFY(controller.openFile(t.chain.path(), t.chain.manager2()));
    QToolButton *button = controller.window()->scopeButton();
    QVERIFY(button);
    QVERIFY(!button->isEnabled());
    QVERIFY(controller.branchScope()->isFixed());
    QCOMPARE(branchActions(button).size(), 1);
    QCOMPARE(button->text(), QStringLiteral("B02 · Xujiahui"));
    auto *dashboard = controller.window()->findChild<ui::dashboard::DashboardPage *>();
    QTRY_COMPARE_WITH_TIMEOUT(dashboard->proxy()->rowCount(), 2, 10000); // B02 and the total
}

// The dashboard's "Show members" sets the toolbar's scope (so the pages cannot drift apart),
// and the member list shows those branches with the search typed before cleared.
void TestBranchScope::showMembersNarrowsTheScope()
{
    ThreeBranches t;
    QVERIFY(t.fill());
    ui::AppController controller;
    QVERIFY(controller.openFile(t.chain.path(), t.chain.owner()));
    ui::MainWindow *window = controller.window();
    auto *dashboard = window->findChild<ui::dashboard::DashboardPage *>();
    auto *members = window->findChild<ui::members::MembersPage *>();
    auto *retention = window->findChild<ui::retention::RetentionPage *>();
    QVERIFY(dashboard && members && retention);
    QTRY_COMPARE(members->model()->rowCount(), 3);
    QTest::keyClicks(members->searchEdit(), QStringLiteral("Person"));
    QTRY_COMPARE(members->model()->filter().search, QStringLiteral("Person"));

    emit dashboard->showMembersRequested({ t.branch3 });
    QCOMPARE(controller.branchScope()->selected(), QVector<qint64> { t.branch3 });
    QCOMPARE(window->scopeButton()->text(), QStringLiteral("B03"));
    QVERIFY(members->searchEdit()->text().isEmpty());
    QTRY_COMPARE(members->model()->filter().branchIds, QVector<qint64> { t.branch3 });
    QVERIFY(members->model()->filter().search.isEmpty());
    QTRY_COMPARE(names(members->model()), QStringList { QStringLiteral("Person 3") });
    QCOMPARE(retention->query().branchIds, QVector<qint64> { t.branch3 });

    // The same branches again, with a search typed since: listed anew without the search,
    // though the scope did not change.
    QTest::keyClicks(members->searchEdit(), QStringLiteral("nobody"));
    QTRY_COMPARE(members->model()->filter().search, QStringLiteral("nobody"));
    QTRY_COMPARE(members->model()->rowCount(), 0);
    emit dashboard->showMembersRequested({ t.branch3 });
    QVERIFY(members->model()->filter().search.isEmpty());
    QTRY_COMPARE(names(members->model()), QStringList { QStringLiteral("Person 3") });
}

// A branch added on the Branches page is in the toolbar's selector at once (it used to need
// signing in again).
void TestBranchScope::newBranchJoinsTheSelector()
{
    ThreeBranches t;
    ui::AppController controller;
    QVERIFY(controller.openFile(t.chain.path(), t.chain.owner()));
    QToolButton *button = controller.window()->scopeButton();
    QCOMPARE(branchActions(button).size(), 3);
    actionFor(button, QStringLiteral("B03"))->trigger();
    QCOMPARE(button->text(), QStringLiteral("B03"));

    QVERIFY(addBranch(t.chain, QStringLiteral("B04"), QStringLiteral("Xuhui")) > 0);
    auto *branchesPage = controller.window()->findChild<ui::branches::BranchesPage *>();
    QVERIFY(branchesPage);
    emit branchesPage->branchesChanged();
    QCOMPARE(controller.branchScope()->branches().size(), 4);
    QCOMPARE(branchActions(button).size(), 4);
    QVERIFY(actionFor(button, QStringLiteral("B04")));
    // The choice made before stays.
    QVERIFY(actionFor(button, QStringLiteral("B03"))->isChecked());
    QCOMPARE(button->text(), QStringLiteral("B03"));
    actionFor(button, QStringLiteral("B04"))->trigger();
    QCOMPARE(button->text(), QStringLiteral("B03, B04"));
}

QTEST_MAIN(TestBranchScope)
#include "tst_branchscope.moc"
