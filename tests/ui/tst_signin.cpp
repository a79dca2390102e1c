#include "core/auth/userservice.h"
#include "core/chain/chainsettings.h"
#include "ui/branches/branchespage.h"
#include "ui/firstrun/firstrunwizard.h"
#include "ui/importer/importwizard.h"
#include "ui/shell/appcontroller.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/recentfiles.h"
#include "ui/shell/session.h"
#include "ui/signin/signindialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include "tests/support/testchain.h"
#include "tests/support/widgettest.h"
#include <functional>

using namespace testsupport;
using ui::signin::SignInDialog;

namespace {

const QString staffPassword = QStringLiteral("staff-password");

// A real account with a hashed password (TestChain's staff have none).
void addUser(TestChain &chain, const QString &name, core::auth::Role role, qint64 branch)
{
    core::auth::NewUser user;
    user.username = name;
    user.password = staffPassword;
    user.role = role;
    user.branchId = branch;
    CC_VERIFY_OK(core::auth::UserService(chain.db()).create(chain.owner(), user));
}

void typeCredentials(SignInDialog &dialog, const QString &user, const QString &password)
{
    auto *username = child<QLineEdit>(&dialog, "username");
    username->clear();
    QTest::keyClicks(username, user);
    QTest::keyClicks(child<QLineEdit>(&dialog, "password"), password);
    QTest::mouseClick(
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

void cancelWhenAsked()
{
    whenModal<SignInDialog>([](SignInDialog *dialog) { QTest::keyClick(dialog, Qt::Key_Escape); });
}

void signInWhenAsked(const QString &user, const QString &password)
{
    whenModal<SignInDialog>(
        [user, password](SignInDialog *dialog) { typeCredentials(*dialog, user, password); });
}

void clickWizard(QWizard &wizard, QWizard::WizardButton button)
{
    QTest::mouseClick(wizard.button(button), Qt::LeftButton);
}

void fillWizard(ui::firstrun::FirstRunWizard &wizard, const QString &repeat)
{
    auto *name = child<QLineEdit>(&wizard, "chainName");
    QTest::keyClicks(name, QStringLiteral("Harbour Dumplings"));
    child<QLineEdit>(&wizard, "currency")->setText(QStringLiteral("hkd"));
    child<QLineEdit>(&wizard, "region")->setText(QStringLiteral("HK"));
    child<QComboBox>(&wizard, "timezone")->setCurrentText(QStringLiteral("Asia/Hong_Kong"));
    clickWizard(wizard, QWizard::NextButton);
    auto *username = child<QLineEdit>(&wizard, "ownerUsername");
    username->clear();
    QTest::keyClicks(username, QStringLiteral("boss"));
    QTest::keyClicks(child<QLineEdit>(&wizard, "ownerPassword"), QStringLiteral("harbour-secret"));
    QTest::keyClicks(child<QLineEdit>(&wizard, "ownerPasswordRepeat"), repeat);
    clickWizard(wizard, QWizard::NextButton);
}

} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void wrongPasswordIsRefused();
    void escapeCancels();
    void rightPasswordGivesTheActor_data();
    void rightPasswordGivesTheActor();
    void managerSessionIsScopedToTheirBranch();
    void cashierHasNoImport();
    void signOutRebuildsForTheNextUser();
    void scriptedSignInRefusesAWrongPassword();
    void firstStartRunsTheWizard();
    void openingAnotherChainSignsInToIt();
    void ownerBacksUpTheChain();
    void recentFilesKeepsTheLastEight();
    void recentFilesPrunesMissingFiles();
    void wizardCreatesAChainWhoseOwnerCanSignIn();
    void wizardRefusesBadSettings();
    void wizardRefusesAnExistingFile();
    void screenshots();
};

void TestSignIn::initTestCase()
{
    // The controller keeps recent chains in QSettings: a test's own, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestSignIn::wrongPasswordIsRefused()
{
    TestChain chain;
    SignInDialog dialog(chain.db(), QStringLiteral("Test Noodles"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *error = child<QLabel>(&dialog, "signInError");
    QVERIFY(error->isHidden());
    typeCredentials(dialog, QStringLiteral("owner"), QStringLiteral("not-the-password"));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("wrong")));
    QVERIFY(child<QLineEdit>(&dialog, "password")->text().isEmpty());
    QCOMPARE(child<QLineEdit>(&dialog, "username")->text(), QStringLiteral("owner"));

    // The right password then signs in.
    QTest::keyClicks(child<QLineEdit>(&dialog, "password"), TestChain::ownerPassword);
    QTest::keyClick(child<QLineEdit>(&dialog, "password"), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.actor().name(), QStringLiteral("owner"));
}

void TestSignIn::escapeCancels()
{
    TestChain chain;
    SignInDialog dialog(chain.db(), QStringLiteral("Test Noodles"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    // Cancelling the first sign-in ends the app's start without a window.
    ui::AppController controller;
    cancelWhenAsked();
    QCOMPARE(controller.start(chain.path()), ui::AppController::Started::Cancelled);
    QVERIFY(!controller.window());
}

void TestSignIn::rightPasswordGivesTheActor_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("branch"); // 0: none, else 1 or 2
    QTest::newRow("owner") << QStringLiteral("owner") << int(core::auth::Role::Owner) << 0;
    QTest::newRow("manager") << QStringLiteral("mei") << int(core::auth::Role::Manager) << 2;
    QTest::newRow("cashier") << QStringLiteral("cai") << int(core::auth::Role::Cashier) << 1;
}

void TestSignIn::rightPasswordGivesTheActor()
{
    QFETCH(QString, user);
    QFETCH(int, role);
    QFETCH(int, branch);
    TestChain chain;
    const qint64 branchId = branch == 0 ? 0 : branch == 1 ? chain.branch1 : chain.branch2;
    if (branch != 0)
        addUser(chain, user, core::auth::Role(role), branchId);
    SignInDialog dialog(chain.db(), QStringLiteral("Test Noodles"));
    dialog.show();
    typeCredentials(dialog, user, branch == 0 ? TestChain::ownerPassword : staffPassword);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.actor().name(), user);
    QCOMPARE(int(dialog.actor().role()), role);
    QCOMPARE(dialog.actor().branchId(), branchId);
    QVERIFY(dialog.actor().userId() > 0);
}

void TestSignIn::managerSessionIsScopedToTheirBranch()
{
    TestChain chain;
    addUser(chain, QStringLiteral("mei"), core::auth::Role::Manager, chain.branch2);
    ui::AppController controller;
    QCOMPARE(controller.start(chain.path(), QStringLiteral("mei"), staffPassword),
        ui::AppController::Started::Running);
    QCOMPARE(controller.session()->actor.branchId(), chain.branch2);
    QCOMPARE(child<QLabel>(controller.window(), "signedIn")->text(),
        QStringLiteral("Signed in as mei (Branch manager, B02 Xujiahui)"));
    auto *page = controller.window()->findChild<ui::branches::BranchesPage *>();
    QVERIFY(page);
    QCOMPARE(page->view()->model()->rowCount(), 1);
    QVERIFY(!child<QAction>(controller.window(), "backupAction")->isVisible());
    QVERIFY(child<QAction>(controller.window(), "importAction")->isVisible());
    QSettings settings;
    QCOMPARE(
        ui::RecentFiles(settings).files().value(0), QFileInfo(chain.path()).absoluteFilePath());
}

// A cashier's File menu has no import (the core refuses them; the wizard used to say so only at
// its dry run) and no backup.
void TestSignIn::cashierHasNoImport()
{
    TestChain chain;
    addUser(chain, QStringLiteral("zhou"), core::auth::Role::Cashier, chain.branch1);
    ui::AppController controller;
    QCOMPARE(controller.start(chain.path(), QStringLiteral("zhou"), staffPassword),
        ui::AppController::Started::Running);
    QVERIFY(!child<QAction>(controller.window(), "importAction")->isVisible());
    QVERIFY(!child<QAction>(controller.window(), "backupAction")->isVisible());
}

void TestSignIn::signOutRebuildsForTheNextUser()
{
    TestChain chain;
    addUser(chain, QStringLiteral("mei"), core::auth::Role::Manager, chain.branch2);
    ui::AppController controller;
    QCOMPARE(controller.start(chain.path(), QStringLiteral("mei"), staffPassword),
        ui::AppController::Started::Running);
    QPointer<ui::MainWindow> first = controller.window();

    signInWhenAsked(QStringLiteral("owner"), TestChain::ownerPassword);
    child<QAction>(controller.window(), "signOutAction")->trigger();
    QTRY_VERIFY(!first);
    QTRY_VERIFY(controller.window());
    QVERIFY(controller.session()->actor.isOwner());
    QCOMPARE(child<QLabel>(controller.window(), "signedIn")->text(),
        QStringLiteral("Signed in as owner (Owner)"));
    auto *page = controller.window()->findChild<ui::branches::BranchesPage *>();
    QCOMPARE(page->view()->model()->rowCount(), 2);
    QVERIFY(child<QAction>(controller.window(), "backupAction")->isVisible());
}

void TestSignIn::scriptedSignInRefusesAWrongPassword()
{
    TestChain chain;
    ui::AppController controller;
    QTest::ignoreMessage(
        QtCriticalMsg, "The username or password is wrong, or the account is disabled.");
    QCOMPARE(controller.start(chain.path(), QStringLiteral("owner"), QStringLiteral("nope-nope")),
        ui::AppController::Started::Failed);
    QVERIFY(!controller.window());
}

void TestSignIn::firstStartRunsTheWizard()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("first.chaincard"));
    whenModal<ui::firstrun::FirstRunWizard>([](ui::firstrun::FirstRunWizard *wizard) {
        fillWizard(*wizard, QStringLiteral("harbour-secret"));
        child<QRadioButton>(wizard, "startImport")->setChecked(true);
        clickWizard(*wizard, QWizard::FinishButton);
    });
    ui::AppController controller;
    QCOMPARE(controller.start(path), ui::AppController::Started::Running);
    // The owner who was just created is signed in, on the new chain, and the import wizard is
    // open as chosen.
    QCOMPARE(controller.session()->actor.name(), QStringLiteral("boss"));
    QVERIFY(controller.session()->actor.isOwner());
    QCOMPARE(controller.session()->settings.name, QStringLiteral("Harbour Dumplings"));
    QCOMPARE(child<QLabel>(controller.window(), "chainName")->text(),
        QStringLiteral("Harbour Dumplings"));
    auto *import = controller.window()->findChild<ui::importer::ImportWizard *>();
    QVERIFY(import);
    QVERIFY(import->isVisible());
    import->reject();
}

void TestSignIn::openingAnotherChainSignsInToIt()
{
    TestChain first;
    TestChain second(TestChain::Setup::Empty);
    core::chain::ChainSettings renamed = *core::chain::ChainStore::load(second.db());
    renamed.name = QStringLiteral("Second Noodles");
    CC_VERIFY_OK(core::chain::ChainStore::update(second.db(), second.owner(), renamed));
    ui::AppController controller;
    QCOMPARE(controller.start(first.path(), QStringLiteral("owner"), TestChain::ownerPassword),
        ui::AppController::Started::Running);
    QPointer<ui::MainWindow> before = controller.window();

    // Cancelling the sign-in keeps the chain that is open.
    cancelWhenAsked();
    QVERIFY(!controller.openFile(second.path()));
    QCOMPARE(controller.window(), before.data());
    QCOMPARE(controller.session()->settings.name, QStringLiteral("Test Noodles"));

    signInWhenAsked(QStringLiteral("owner"), TestChain::ownerPassword);
    QVERIFY(controller.openFile(second.path()));
    QVERIFY(!before);
    QCOMPARE(controller.session()->settings.name, QStringLiteral("Second Noodles"));
    QCOMPARE(controller.session()->db.path(), second.path());
    auto *page = controller.window()->findChild<ui::branches::BranchesPage *>();
    QCOMPARE(page->view()->model()->rowCount(), 0);
    QSettings settings;
    QCOMPARE(ui::RecentFiles(settings).files().mid(0, 2),
        QStringList({ QFileInfo(second.path()).absoluteFilePath(),
            QFileInfo(first.path()).absoluteFilePath() }));
}

void TestSignIn::ownerBacksUpTheChain()
{
    TestChain chain;
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("backup.chaincard"));
    ui::AppController controller;
    QCOMPARE(controller.start(chain.path(), QStringLiteral("owner"), TestChain::ownerPassword),
        ui::AppController::Started::Running);
    QString said;
    const auto answer = [&said](QMessageBox *box) {
        said = box->text();
        box->accept();
    };
    whenModal<QMessageBox>(answer);
    QVERIFY(controller.backupTo(target));
    QVERIFY(said.contains(QStringLiteral("backed up")));
    core::storage::OpenOptions open;
    open.mode = core::storage::OpenOptions::Mode::OpenExisting;
    auto copy = core::storage::Database::open(target, open);
    CC_VERIFY_OK(copy);
    QCOMPARE(core::chain::ChainStore::load(**copy)->name, QStringLiteral("Test Noodles"));

    // The chain itself is no place for its backup: the core's reason is shown.
    whenModal<QMessageBox>(answer);
    QVERIFY(!controller.backupTo(chain.path()));
    QVERIFY(said.startsWith(QStringLiteral("The backup failed: ")));
}

void TestSignIn::recentFilesKeepsTheLastEight()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ui::RecentFiles recent(settings);
    QStringList paths;
    for (int i = 0; i < 10; ++i) {
        paths.append(dir.filePath(QStringLiteral("chain%1.chaincard").arg(i)));
        QFile file(paths.last());
        QVERIFY(file.open(QIODevice::WriteOnly));
        recent.add(paths.last());
    }
    QCOMPARE(recent.files().size(), ui::RecentFiles::MaxFiles);
    QCOMPARE(recent.files().first(), paths[9]);
    QCOMPARE(recent.files().last(), paths[2]);
    // Opening one again moves it to the front, once; a relative path is stored absolute.
    QDir::setCurrent(dir.path());
    recent.add(QStringLiteral("chain5.chaincard"));
    QCOMPARE(recent.files().first(), paths[5]);
    QCOMPARE(recent.files().count(paths[5]), 1);
    QCOMPARE(recent.files().size(), ui::RecentFiles::MaxFiles);
    // Kept in the settings.
    QSettings again(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    QCOMPARE(ui::RecentFiles(again).files(), recent.files());
}

void TestSignIn::recentFilesPrunesMissingFiles()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ui::RecentFiles recent(settings);
    const QString kept = dir.filePath(QStringLiteral("kept.chaincard"));
    const QString gone = dir.filePath(QStringLiteral("gone.chaincard"));
    for (const QString &path : { kept, gone }) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        recent.add(path);
    }
    QCOMPARE(recent.files(), QStringList({ gone, kept }));
    QVERIFY(QFile::remove(gone));
    QCOMPARE(recent.files(), QStringList { kept });
    QCOMPARE(settings.value(QStringLiteral("recentChains")).toStringList(), QStringList { kept });
}

void TestSignIn::wizardCreatesAChainWhoseOwnerCanSignIn()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new/harbour.chaincard"));
    ui::firstrun::FirstRunWizard wizard(path);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    fillWizard(wizard, QStringLiteral("harbour-secreT"));
    // Passwords that differ keep the owner's page open, with the reason.
    QCOMPARE(wizard.currentId(), 1);
    QVERIFY(!wizard.currentPage()->findChildren<QLabel *>().isEmpty());
    bool said = false;
    for (QLabel *label : wizard.currentPage()->findChildren<QLabel *>())
        said = said || label->text() == QStringLiteral("The two passwords are not the same.");
    QVERIFY(said);
    auto *repeat = child<QLineEdit>(&wizard, "ownerPasswordRepeat");
    repeat->clear();
    QTest::keyClicks(repeat, QStringLiteral("harbour-secret"));
    clickWizard(wizard, QWizard::NextButton);
    QCOMPARE(wizard.currentId(), 2);
    QVERIFY(!QFileInfo::exists(path));
    child<QRadioButton>(&wizard, "startImport")->setChecked(true);
    clickWizard(wizard, QWizard::FinishButton);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QCOMPARE(wizard.start(), ui::firstrun::FirstRunWizard::Start::Import);
    QVERIFY(wizard.owner().isOwner());
    QCOMPARE(wizard.owner().name(), QStringLiteral("boss"));

    core::storage::OpenOptions open;
    open.mode = core::storage::OpenOptions::Mode::OpenExisting;
    auto db = core::storage::Database::open(path, open);
    CC_VERIFY_OK(db);
    auto settings = core::chain::ChainStore::load(**db);
    CC_VERIFY_OK(settings);
    QCOMPARE(settings->name, QStringLiteral("Harbour Dumplings"));
    QCOMPARE(settings->currency, QStringLiteral("HKD"));
    QCOMPARE(settings->region, QStringLiteral("HK"));
    QCOMPARE(settings->timezone, QStringLiteral("Asia/Hong_Kong"));
    auto actor = core::auth::UserService(**db).authenticate(
        QStringLiteral("boss"), QStringLiteral("harbour-secret"));
    CC_VERIFY_OK(actor);
    QVERIFY(actor->isOwner());
}

void TestSignIn::wizardRefusesBadSettings()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.chaincard"));
    ui::firstrun::FirstRunWizard wizard(path);
    wizard.show();
    child<QLineEdit>(&wizard, "chainName")->setText(QStringLiteral("Harbour"));
    child<QLineEdit>(&wizard, "currency")->setText(QStringLiteral("XYZ"));
    clickWizard(wizard, QWizard::NextButton);
    QCOMPARE(wizard.currentId(), 0);
    child<QLineEdit>(&wizard, "currency")->setText(QStringLiteral("CNY"));
    child<QLineEdit>(&wizard, "ownerPassword"); // exists before it is shown
    clickWizard(wizard, QWizard::NextButton);
    QCOMPARE(wizard.currentId(), 1);
    // A short password is refused by the core's rule.
    QTest::keyClicks(child<QLineEdit>(&wizard, "ownerPassword"), QStringLiteral("short"));
    QTest::keyClicks(child<QLineEdit>(&wizard, "ownerPasswordRepeat"), QStringLiteral("short"));
    clickWizard(wizard, QWizard::NextButton);
    QCOMPARE(wizard.currentId(), 1);
    QVERIFY(!QFileInfo::exists(path));
}

void TestSignIn::wizardRefusesAnExistingFile()
{
    TestChain chain;
    ui::firstrun::FirstRunWizard wizard(chain.path());
    wizard.show();
    child<QLineEdit>(&wizard, "chainName")->setText(QStringLiteral("Harbour"));
    clickWizard(wizard, QWizard::NextButton);
    QCOMPARE(wizard.currentId(), 0);
    QCOMPARE(core::chain::ChainStore::load(chain.db())->name, QStringLiteral("Test Noodles"));
}

void TestSignIn::screenshots()
{
    const QString folder = qEnvironmentVariable("CHAINCARD_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("set CHAINCARD_SCREENSHOT_DIR to save the sign-in and first-run pictures");
    TestChain chain;
    SignInDialog dialog(chain.db(), QStringLiteral("Golden Noodle House"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    typeCredentials(dialog, QStringLiteral("owner"), QStringLiteral("not-the-password"));
    QVERIFY(dialog.grab().save(QDir(folder).filePath(QStringLiteral("signin.png"))));

    QTemporaryDir dir;
    ui::firstrun::FirstRunWizard wizard(dir.filePath(QStringLiteral("chain.chaincard")));
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QTest::keyClicks(child<QLineEdit>(&wizard, "chainName"), QStringLiteral("Golden Noodle House"));
    QVERIFY(wizard.grab().save(QDir(folder).filePath(QStringLiteral("firstrun.png"))));
}

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
