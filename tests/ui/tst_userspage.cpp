#include "core/auth/userservice.h"
#include "core/chain/chainsettings.h"
#include "core/storage/sql.h"
#include "ui/branches/branchespage.h"
#include "ui/shell/appcontroller.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/session.h"
#include "ui/users/userdialog.h"
#include "ui/users/userspage.h"
#include "ui/users/usertablemodel.h"

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include "tests/support/testchain.h"
#include "tests/support/widgettest.h"

using namespace testsupport;
using core::auth::Actor;
using core::auth::Role;
using core::auth::UserService;
using ui::users::UserDialog;
using ui::users::UsersPage;
using ui::users::UserTableModel;

namespace {

ui::Session sessionFor(TestChain &chain, const Actor &actor)
{
    return { chain.db(), actor, *core::chain::ChainStore::load(chain.db()) };
}

void choose(QWidget *dialog, const char *field, const QVariant &data)
{
    auto *combo = child<QComboBox>(dialog, field);
    combo->setCurrentIndex(combo->findData(data));
    QVERIFY(combo->currentIndex() >= 0);
}

void clickOk(QDialog *dialog)
{
    QTest::mouseClick(
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

void selectUser(UsersPage &page, const QString &username)
{
    QAbstractItemModel *model = page.view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, UserTableModel::Username).data().toString() == username)
            page.view()->selectRow(row);
    }
}

} // namespace

class TestUsersPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void createChangeRoleDisableAndReset();
    void createRefusalsStayInTheDialog();
    void ownerCannotDisableThemselves();
    void lastActiveOwnerIsKept();
    void usersPageIsTheOwnersAlone();
    void screenshots();
};

void TestUsersPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the controller keeps recent chains
    QSettings().clear();
}

void TestUsersPage::createChangeRoleDisableAndReset()
{
    TestChain chain;
    ui::Session session = sessionFor(chain, chain.signedInOwner());
    UsersPage page(session);
    auto *model = qobject_cast<QAbstractProxyModel *>(page.view()->model())->sourceModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 4); // the owner and TestChain's three staff

    // New user: a manager of B02.
    whenModal<UserDialog>([&chain](UserDialog *dialog) {
        setText(dialog, "username", QStringLiteral("lin"));
        setText(dialog, "displayName", QStringLiteral("Lin Wei"));
        choose(dialog, "role", int(Role::Manager));
        choose(dialog, "branch", chain.branch2);
        setText(dialog, "password", QStringLiteral("lin-first-pass"));
        setText(dialog, "passwordRepeat", QStringLiteral("lin-first-pass"));
        clickOk(dialog);
    });
    page.newUser();
    QCOMPARE(model->rowCount(), 5);
    UserService users(chain.db());
    auto lin = users.authenticate(QStringLiteral("lin"), QStringLiteral("lin-first-pass"));
    CC_VERIFY_OK(lin);
    QCOMPARE(lin->role(), Role::Manager);
    QCOMPARE(lin->branchId(), chain.branch2);
    QCOMPARE(users.find(lin->userId())->displayName, QStringLiteral("Lin Wei"));
    // The new account is selected, and shown with its branch.
    const QModelIndexList selected
        = page.view()->selectionModel()->selectedRows(UserTableModel::Branch);
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data().toString(), QStringLiteral("B02 · Xujiahui"));

    // Name, role and branch: renamed, cashier of B01.
    whenModal<UserDialog>([&chain](UserDialog *dialog) {
        QVERIFY(child<QLineEdit>(dialog, "username")->isHidden());
        QVERIFY(child<QLineEdit>(dialog, "password")->isHidden());
        QVERIFY(!child<QLineEdit>(dialog, "displayName")->isHidden());
        setText(dialog, "displayName", QStringLiteral("Lin Wei (counter)"));
        choose(dialog, "role", int(Role::Cashier));
        choose(dialog, "branch", chain.branch1);
        clickOk(dialog);
    });
    QTest::mouseClick(child<QPushButton>(&page, "editRole"), Qt::LeftButton);
    QCOMPARE(users.find(lin->userId())->role, Role::Cashier);
    QCOMPARE(users.find(lin->userId())->branchId, chain.branch1);
    QCOMPARE(users.find(lin->userId())->displayName, QStringLiteral("Lin Wei (counter)"));

    // Disable: signing in is refused; the row is greyed; Enable brings it back.
    auto *toggle = child<QPushButton>(&page, "toggleUser");
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(!users.find(lin->userId())->active);
    QVERIFY(!users.authenticate(QStringLiteral("lin"), QStringLiteral("lin-first-pass")));
    const QModelIndex status
        = page.view()->selectionModel()->selectedRows(UserTableModel::Active).value(0);
    QCOMPARE(status.data().toString(), QStringLiteral("Disabled"));
    QVERIFY(status.data(Qt::ForegroundRole).isValid());
    QVERIFY(toggle->text().contains(QStringLiteral("Enable")));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(users.find(lin->userId())->active);

    // Reset password, typed twice: the new one signs in, the old one no longer does.
    whenModal<UserDialog>([](UserDialog *dialog) {
        QVERIFY(child<QComboBox>(dialog, "role")->isHidden());
        setText(dialog, "password", QStringLiteral("lin-second-pass"));
        setText(dialog, "passwordRepeat", QStringLiteral("lin-second-pass"));
        clickOk(dialog);
    });
    whenModal<QMessageBox>([](QMessageBox *box) {
        QVERIFY(box->text().contains(QStringLiteral("lin")));
        box->accept();
    });
    page.resetPassword();
    CC_VERIFY_OK(users.authenticate(QStringLiteral("lin"), QStringLiteral("lin-second-pass")));
    QVERIFY(!users.authenticate(QStringLiteral("lin"), QStringLiteral("lin-first-pass")));
}

void TestUsersPage::createRefusalsStayInTheDialog()
{
    TestChain chain;
    ui::Session session = sessionFor(chain, chain.signedInOwner());
    UserDialog dialog(session, UserDialog::Mode::Create);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *error = child<QLabel>(&dialog, "error");
    const auto refused = [&](const QString &expected, const char *focus) {
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(expected), qPrintable(error->text()));
        QCOMPARE(QApplication::focusWidget()->objectName(), QLatin1String(focus));
    };
    setText(&dialog, "username", QStringLiteral("manager1")); // taken
    setText(&dialog, "password", QStringLiteral("long-enough-1"));
    setText(&dialog, "passwordRepeat", QStringLiteral("long-enough-2"));
    refused(QStringLiteral("not the same"), "passwordRepeat");
    setText(&dialog, "passwordRepeat", QStringLiteral("long-enough-1"));
    refused(QStringLiteral("taken"), "username");
    setText(&dialog, "username", QStringLiteral("x y"));
    refused(QStringLiteral("x y"), "username");
    setText(&dialog, "username", QStringLiteral("zhou"));
    setText(&dialog, "password", QStringLiteral("short"));
    setText(&dialog, "passwordRepeat", QStringLiteral("short"));
    refused(QStringLiteral("8"), "password");
    auto count = core::storage::scalar(chain.db(), QStringLiteral("SELECT count(*) FROM users"));
    QCOMPARE(count->toInt(), 4);
}

void TestUsersPage::ownerCannotDisableThemselves()
{
    TestChain chain;
    ui::Session session = sessionFor(chain, chain.signedInOwner());
    UsersPage page(session);
    selectUser(page, QStringLiteral("owner"));
    page.toggleActive();
    auto *error = child<QLabel>(&page, "error");
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(QStringLiteral("your own account")), qPrintable(error->text()));
    QVERIFY(UserService(chain.db()).find(session.actor.userId())->active);
}

void TestUsersPage::lastActiveOwnerIsKept()
{
    // The local owner (no account) must not lock every owner account out either.
    TestChain chain;
    ui::Session session = sessionFor(chain, chain.owner());
    UsersPage page(session);
    selectUser(page, QStringLiteral("owner"));
    page.toggleActive();
    auto *error = child<QLabel>(&page, "error");
    QVERIFY2(
        error->text().contains(QStringLiteral("last active owner")), qPrintable(error->text()));
    CC_VERIFY_OK(UserService(chain.db()).authenticate(QStringLiteral("owner"), TestChain::ownerPassword));
}

void TestUsersPage::usersPageIsTheOwnersAlone()
{
    TestChain chain;
    core::auth::NewUser mei;
    mei.username = QStringLiteral("mei");
    mei.password = QStringLiteral("staff-password");
    mei.role = Role::Manager;
    mei.branchId = chain.branch2;
    CC_VERIFY_OK(UserService(chain.db()).create(chain.owner(), mei));
    const QString path = chain.path();

    {
        ui::AppController controller;
        QCOMPARE(controller.start(path, QStringLiteral("owner"), TestChain::ownerPassword),
            ui::AppController::Started::Running);
        QVERIFY(controller.window()->findChild<UsersPage *>());
        QListWidget *navigation = controller.window()->navigation();
        QCOMPARE(navigation->item(2)->text(), QStringLiteral("Branches"));
        QCOMPARE(navigation->item(3)->text(), QStringLiteral("Users"));
    }
    ui::AppController controller;
    QCOMPARE(controller.start(path, QStringLiteral("mei"), QStringLiteral("staff-password")),
        ui::AppController::Started::Running);
    QVERIFY(!controller.window()->findChild<UsersPage *>());
    QListWidget *navigation = controller.window()->navigation();
    for (int i = 0; i < navigation->count(); ++i)
        QVERIFY(navigation->item(i)->text() != QStringLiteral("Users"));
    // Branches: read-only, their own branch.
    auto *branches = controller.window()->findChild<ui::branches::BranchesPage *>();
    QCOMPARE(branches->view()->model()->rowCount(), 1);
    QVERIFY(!child<QPushButton>(branches, "addBranch")->isEnabled());
}

void TestUsersPage::screenshots()
{
    const QString folder = qEnvironmentVariable("CHAINCARD_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("set CHAINCARD_SCREENSHOT_DIR to save the users page's picture");
    TestChain chain;
    UserService users(chain.db());
    const struct
    {
        const char *username, *name;
        Role role;
        qint64 branch;
        bool active;
    } staff[] = { { "lin.wei", "Lin Wei", Role::Manager, chain.branch2, true },
        { "zhou.min", "Zhou Min", Role::Cashier, chain.branch1, true },
        { "chen.jie", "Chen Jie", Role::Cashier, chain.branch2, false },
        { "wang.fang", "Wang Fang", Role::Owner, 0, true } };
    for (const auto &s : staff) {
        core::auth::NewUser user;
        user.username = QLatin1String(s.username);
        user.displayName = QLatin1String(s.name);
        user.password = QStringLiteral("staff-password");
        user.role = s.role;
        user.branchId = s.branch;
        auto created = users.create(chain.owner(), user);
        CC_VERIFY_OK(created);
        if (!s.active)
            CC_VERIFY_OK(users.setActive(chain.owner(), created->id, false));
    }
    ui::AppController controller;
    QCOMPARE(controller.start(chain.path(), QStringLiteral("owner"), TestChain::ownerPassword),
        ui::AppController::Started::Running);
    controller.window()->resize(1100, 700);
    auto *page = controller.window()->findChild<UsersPage *>();
    controller.window()->showPage(page);
    selectUser(*page, QStringLiteral("lin.wei"));
    QVERIFY(QTest::qWaitForWindowExposed(controller.window()));
    QVERIFY(controller.window()->grab().save(QDir(folder).filePath(QStringLiteral("users.png"))));
}

QTEST_MAIN(TestUsersPage)
#include "tst_userspage.moc"
