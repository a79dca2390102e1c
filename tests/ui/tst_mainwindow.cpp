#include "tests/support/testchain.h"

#include "core/chain/chainsettings.h"
#include "ui/branches/branchespage.h"
#include "ui/branches/branchtablemodel.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/session.h"

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QTableView>
#include <QTest>

using namespace testsupport;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void showsChainAndBranches();
    void managerSeesOnlyTheirBranch();
    void branchModelPassesTester();
};

void TestMainWindow::showsChainAndBranches()
{
    TestChain chain;
    ui::Session session { chain.db(), chain.owner(), *core::chain::ChainStore::load(chain.db()) };
    ui::MainWindow window(session);
    auto *page = new ui::branches::BranchesPage(session, &window);
    window.addPage(page, QStringLiteral("Branches"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *name = window.findChild<QLabel *>(QStringLiteral("chainName"));
    QVERIFY(name);
    QCOMPARE(name->text(), QStringLiteral("Test Noodles"));
    QVERIFY(window.windowTitle().contains(QStringLiteral("Test Noodles")));
    QCOMPARE(window.navigation()->count(), 1);
    QCOMPARE(page->view()->model()->rowCount(), 2);
    QCOMPARE(page->view()->model()->index(0, ui::branches::BranchTableModel::Code).data().toString(),
             QStringLiteral("B01"));
    QVERIFY(window.close());
}

void TestMainWindow::managerSeesOnlyTheirBranch()
{
    TestChain chain;
    ui::Session session { chain.db(), chain.manager2(), *core::chain::ChainStore::load(chain.db()) };
    ui::branches::BranchesPage page(session);
    QCOMPARE(page.view()->model()->rowCount(), 1);
    QCOMPARE(page.view()->model()->index(0, ui::branches::BranchTableModel::Code).data().toString(),
             QStringLiteral("B02"));
}

void TestMainWindow::branchModelPassesTester()
{
    TestChain chain;
    ui::Session session { chain.db(), chain.owner(), *core::chain::ChainStore::load(chain.db()) };
    ui::branches::BranchesPage page(session);
    auto *model = qobject_cast<QAbstractProxyModel *>(page.view()->model())->sourceModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.reload();
    QCOMPARE(model->data(model->index(1, ui::branches::BranchTableModel::Active),
                         ui::branches::BranchTableModel::RawRole)
                 .toBool(),
             true);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
