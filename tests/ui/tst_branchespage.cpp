#include "core/branches/branchservice.h"
#include "core/chain/chainsettings.h"
#include "ui/branches/branchdialog.h"
#include "ui/branches/branchespage.h"
#include "ui/branches/branchtablemodel.h"
#include "ui/shell/session.h"

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include "tests/support/testchain.h"
#include "tests/support/widgettest.h"

using namespace testsupport;
using core::branches::Branch;
using core::branches::BranchService;
using ui::branches::BranchDialog;
using ui::branches::BranchesPage;
using ui::branches::BranchTableModel;

namespace {

ui::Session sessionFor(TestChain &chain, const core::auth::Actor &actor)
{
    return { chain.db(), actor, *core::chain::ChainStore::load(chain.db()) };
}

void clickOk(QDialog *dialog)
{
    QTest::mouseClick(
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

void selectCode(BranchesPage &page, const QString &code)
{
    QAbstractItemModel *model = page.view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, BranchTableModel::Code).data().toString() == code)
            page.view()->selectRow(row);
    }
}

qint64 branchCount(TestChain &chain)
{
    auto all = BranchService(chain.db()).list(chain.owner());
    return all ? all->size() : -1;
}

} // namespace

class TestBranchesPage : public QObject
{
    Q_OBJECT
private slots:
    void addThroughTheDialog();
    void editKeepsEveryField();
    void badCoordinateIsRefusedInTheDialog_data();
    void badCoordinateIsRefusedInTheDialog();
    void deactivateAndReactivate();
    void managerReadsOnly();
};

void TestBranchesPage::addThroughTheDialog()
{
    TestChain chain;
    ui::Session session = sessionFor(chain, chain.owner());
    BranchesPage page(session);
    auto *model = qobject_cast<QAbstractProxyModel *>(page.view()->model())->sourceModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(child<QPushButton>(&page, "addBranch")->isEnabled());
    QVERIFY(!child<QPushButton>(&page, "editBranch")->isEnabled()); // nothing selected yet

    whenModal<BranchDialog>([](BranchDialog *dialog) {
        // A new branch follows the chain's time zone unless another is chosen.
        auto *zone = child<QComboBox>(dialog, "timezone");
        QVERIFY(zone->currentText().contains(QStringLiteral("Asia/Shanghai")));
        QCOMPARE(zone->currentData().toString(), QString());
        setText(dialog, "code", QStringLiteral("B03"));
        setText(dialog, "name", QStringLiteral("Jing'an"));
        setText(dialog, "city", QStringLiteral("Shanghai"));
        setText(dialog, "address", QStringLiteral("1 Nanjing West Road"));
        setText(dialog, "phone", QStringLiteral("021-5555-0100"));
        setText(dialog, "latitude", QStringLiteral("31.2304"));
        setText(dialog, "longitude", QStringLiteral("121.4737"));
        zone->setCurrentIndex(zone->findData(QStringLiteral("Asia/Tokyo")));
        clickOk(dialog);
    });
    page.addBranch();

    auto stored = BranchService(chain.db()).resolve(QStringLiteral("B03"));
    CC_VERIFY_OK(stored);
    QCOMPARE(stored->name, QStringLiteral("Jing'an"));
    QCOMPARE(stored->city, QStringLiteral("Shanghai"));
    QCOMPARE(stored->address, QStringLiteral("1 Nanjing West Road"));
    QCOMPARE(stored->phone, QStringLiteral("021-5555-0100"));
    QCOMPARE(*stored->latitude, 31.2304);
    QCOMPARE(*stored->longitude, 121.4737);
    QCOMPARE(stored->timezone, QStringLiteral("Asia/Tokyo"));
    QVERIFY(stored->active);
    QCOMPARE(model->rowCount(), 3);
    // The new branch is selected, so Edit applies to it.
    QVERIFY(child<QPushButton>(&page, "editBranch")->isEnabled());
    QCOMPARE(page.view()
                 ->selectionModel()
                 ->selectedRows(BranchTableModel::Code)
                 .value(0)
                 .data()
                 .toString(),
        QStringLiteral("B03"));
}

void TestBranchesPage::editKeepsEveryField()
{
    TestChain chain;
    ui::Session session = sessionFor(chain, chain.owner());
    BranchesPage page(session);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    selectCode(page, QStringLiteral("B02"));
    whenModal<BranchDialog>([](BranchDialog *dialog) {
        QCOMPARE(child<QLineEdit>(dialog, "code")->text(), QStringLiteral("B02"));
        setText(dialog, "name", QStringLiteral("Xujiahui North"));
        setText(dialog, "latitude", QStringLiteral("31.19"));
        setText(dialog, "longitude", QStringLiteral("121.43"));
        clickOk(dialog);
    });
    // A double-click opens the dialog for that row.
    QTableView *view = page.view();
    const QModelIndex row = view->selectionModel()->selectedRows(BranchTableModel::Name).value(0);
    const QPoint at = view->visualRect(row).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at); // the view needs the press first
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    auto stored = BranchService(chain.db()).find(chain.branch2);
    CC_VERIFY_OK(stored);
    QCOMPARE(stored->name, QStringLiteral("Xujiahui North"));
    QCOMPARE(*stored->latitude, 31.19);
    QCOMPARE(stored->code, QStringLiteral("B02"));

    // Reopened, the dialog shows what was saved, and OK without changes changes nothing.
    BranchDialog again(session, *stored);
    again.show();
    QCOMPARE(child<QLineEdit>(&again, "name")->text(), QStringLiteral("Xujiahui North"));
    clickOk(&again);
    QCOMPARE(again.result(), int(QDialog::Accepted));
    auto unchanged = BranchService(chain.db()).find(chain.branch2);
    QCOMPARE(*unchanged->latitude, 31.19);
    QCOMPARE(*unchanged->longitude, 121.43);
    QCOMPARE(unchanged->timezone, stored->timezone);
}

void TestBranchesPage::badCoordinateIsRefusedInTheDialog_data()
{
    QTest::addColumn<QString>("latitude");
    QTest::addColumn<QString>("longitude");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("focus");
    QTest::newRow("latitude past 90") << "91"
                                      << "121"
                                      << "outside -90 to 90"
                                      << "latitude";
    QTest::newRow("longitude past -180") << "31"
                                         << "-180.5"
                                         << "outside -180 to 180"
                                         << "longitude";
    QTest::newRow("not a number") << "north"
                                  << "121"
                                  << "not a number"
                                  << "latitude";
}

void TestBranchesPage::badCoordinateIsRefusedInTheDialog()
{
    QFETCH(QString, latitude);
    QFETCH(QString, longitude);
    QFETCH(QString, message);
    QFETCH(QString, focus);
    TestChain chain;
    ui::Session session = sessionFor(chain, chain.owner());
    auto before = BranchService(chain.db()).find(chain.branch1);
    for (const Branch &branch : { Branch(), *before }) { // adding, then editing
        BranchDialog dialog(session, branch);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *error = child<QLabel>(&dialog, "error");
        QVERIFY(error->isHidden());
        if (branch.id == 0) {
            setText(&dialog, "code", QStringLiteral("B09"));
            setText(&dialog, "name", QStringLiteral("Far away"));
        }
        setText(&dialog, "latitude", latitude);
        setText(&dialog, "longitude", longitude);
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(message), qPrintable(error->text()));
        QCOMPARE(QApplication::focusWidget()->objectName(), focus);
    }
    QCOMPARE(branchCount(chain), qint64(2));
    auto after = BranchService(chain.db()).find(chain.branch1);
    QCOMPARE(after->latitude, before->latitude);
    QCOMPARE(after->longitude, before->longitude);
}

void TestBranchesPage::deactivateAndReactivate()
{
    TestChain chain;
    ui::Session session = sessionFor(chain, chain.owner());
    BranchesPage page(session);
    auto *model = qobject_cast<QAbstractProxyModel *>(page.view()->model())->sourceModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *toggle = child<QPushButton>(&page, "toggleBranch");
    selectCode(page, QStringLiteral("B02"));
    QVERIFY(toggle->text().contains(QStringLiteral("Deactivate")));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(!BranchService(chain.db()).find(chain.branch2)->active);

    // Still listed, greyed, with its status; the selection stays so it can be reopened.
    QCOMPARE(model->rowCount(), 2);
    const QModelIndex status = model->index(1, BranchTableModel::Active);
    QCOMPARE(status.data(BranchTableModel::RawRole).toBool(), false);
    QCOMPARE(status.data().toString(), QStringLiteral("Closed"));
    QVERIFY(status.data(Qt::ForegroundRole).isValid());
    QVERIFY(!model->index(0, BranchTableModel::Active).data(Qt::ForegroundRole).isValid());
    QVERIFY(toggle->text().contains(QStringLiteral("Reactivate")));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(BranchService(chain.db()).find(chain.branch2)->active);
}

void TestBranchesPage::managerReadsOnly()
{
    TestChain chain;
    ui::Session session = sessionFor(chain, chain.manager1());
    BranchesPage page(session);
    QCOMPARE(page.view()->model()->rowCount(), 1);
    selectCode(page, QStringLiteral("B01"));
    for (const char *name : { "addBranch", "editBranch", "toggleBranch" })
        QVERIFY2(!child<QPushButton>(&page, name)->isEnabled(), name);
    // Even when asked, the core refuses and says so; nothing changes.
    page.toggleActive();
    auto *error = child<QLabel>(&page, "error");
    QVERIFY(!error->isHidden());
    QVERIFY(!error->text().isEmpty());
    QVERIFY(BranchService(chain.db()).find(chain.branch1)->active);
    BranchDialog dialog(session, *BranchService(chain.db()).find(chain.branch1));
    setText(&dialog, "name", QStringLiteral("Renamed by a manager"));
    clickOk(&dialog);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(BranchService(chain.db()).find(chain.branch1)->name
        != QStringLiteral("Renamed by a manager"));
}

QTEST_MAIN(TestBranchesPage)
#include "tst_branchespage.moc"
