#include "core/auth/userservice.h"
#include "core/chain/chainsettings.h"
#include "ui/members/memberspage.h"
#include "ui/settings/settingspage.h"
#include "ui/shell/appcontroller.h"
#include "ui/shell/branchscope.h"
#include "ui/shell/language.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/session.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSpinBox>
#include <QTest>

#include "tests/support/testchain.h"
#include "tests/support/widgettest.h"

using namespace testsupport;
using core::auth::Actor;
using core::auth::UserService;
using core::chain::ChainSettings;
using core::chain::ChainStore;
using ui::settings::SettingsPage;

namespace {

void setZone(QWidget *page, const QString &zone)
{
    auto *combo = child<QComboBox>(page, "timezone");
    combo->setEditText(zone);
}

} // namespace

class TestSettingsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void ownerEditsAndSaves();
    void badInputRefusedInlineNothingWritten_data();
    void badInputRefusedInlineNothingWritten();
    void revertRestores();
    void languageAgreesWithTheMenu();
    void settingsPageIsTheOwnersAlone();
    void pagesFollowASave();
    void keepsWhatOthersChanged();
};

void TestSettingsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestSettingsPage::ownerEditsAndSaves()
{
    TestChain chain;
    ui::Session session { chain.db(), chain.signedInOwner(), *ChainStore::load(chain.db()) };
    SettingsPage page(session);
    QSignalSpy saved(&page, &SettingsPage::saved);
    setText(&page, "chain-name", QStringLiteral("Noodle House"));
    setText(&page, "currency", QStringLiteral("hkd"));
    setText(&page, "region", QStringLiteral("hk"));
    setZone(&page, QStringLiteral("Asia/Hong_Kong"));
    auto *reviewDays = child<QSpinBox>(&page, "review-days");
    QCOMPARE(reviewDays->value(), 7); // the chain's default
    reviewDays->selectAll();
    QTest::keyClicks(reviewDays, QStringLiteral("30"));
    QTest::mouseClick(child<QPushButton>(&page, "save"), Qt::LeftButton);
    QCOMPARE(saved.count(), 1);
    QVERIFY(child<QLabel>(&page, "error")->isHidden());

    auto stored = ChainStore::load(chain.db());
    CC_VERIFY_OK(stored);
    QCOMPARE(stored->name, QStringLiteral("Noodle House"));
    QCOMPARE(stored->currency, QStringLiteral("HKD"));
    QCOMPARE(stored->region, QStringLiteral("HK"));
    QCOMPARE(stored->timezone, QStringLiteral("Asia/Hong_Kong"));
    QCOMPARE(stored->reviewDays, 30);
    // The session follows, so the window and pages use the new settings.
    QCOMPARE(session.settings.name, QStringLiteral("Noodle House"));
    QCOMPARE(session.settings.timezone, QStringLiteral("Asia/Hong_Kong"));
    QCOMPARE(session.settings.currency, QStringLiteral("HKD"));
}

void TestSettingsPage::badInputRefusedInlineNothingWritten_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("named"); // part of the refusal
    QTest::newRow("name") << QByteArray("chain-name") << QStringLiteral("  ")
                          << QStringLiteral("name");
    QTest::newRow("currency") << QByteArray("currency") << QStringLiteral("XYZ")
                              << QStringLiteral("XYZ");
    QTest::newRow("region") << QByteArray("region") << QStringLiteral("QQ") << QStringLiteral("QQ");
    QTest::newRow("zone") << QByteArray("timezone") << QStringLiteral("Mars/Olympus")
                          << QStringLiteral("Mars/Olympus");
}

void TestSettingsPage::badInputRefusedInlineNothingWritten()
{
    QFETCH(QByteArray, field);
    QFETCH(QString, value);
    QFETCH(QString, named);
    TestChain chain;
    const ChainSettings before = *ChainStore::load(chain.db());
    ui::Session session { chain.db(), chain.signedInOwner(), before };
    SettingsPage page(session);
    page.show();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QSignalSpy saved(&page, &SettingsPage::saved);
    setText(&page, "chain-name", QStringLiteral("Changed too"));
    if (field == "timezone")
        setZone(&page, value);
    else
        setText(&page, field.constData(), value);
    QTest::mouseClick(child<QPushButton>(&page, "save"), Qt::LeftButton);
    QCOMPARE(saved.count(), 0);
    auto *error = child<QLabel>(&page, "error");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(named), qPrintable(error->text()));
    QCOMPARE(QApplication::focusWidget(), page.findChild<QWidget *>(QString::fromLatin1(field)));
    auto stored = ChainStore::load(chain.db());
    CC_VERIFY_OK(stored);
    QCOMPARE(stored->name, before.name);
    QCOMPARE(stored->currency, before.currency);
    QCOMPARE(stored->region, before.region);
    QCOMPARE(stored->timezone, before.timezone);
    QCOMPARE(session.settings.name, before.name);
}

void TestSettingsPage::revertRestores()
{
    TestChain chain;
    const ChainSettings before = *ChainStore::load(chain.db());
    ui::Session session { chain.db(), chain.signedInOwner(), before };
    SettingsPage page(session);
    setText(&page, "chain-name", QStringLiteral("Something else"));
    setText(&page, "currency", QStringLiteral("XYZ"));
    setZone(&page, QStringLiteral("Europe/London"));
    page.save(); // refused: the error shows until Revert
    QVERIFY(!child<QLabel>(&page, "error")->text().isEmpty());
    QTest::mouseClick(child<QPushButton>(&page, "revert"), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(&page, "chain-name")->text(), before.name);
    QCOMPARE(child<QLineEdit>(&page, "currency")->text(), before.currency);
    QCOMPARE(child<QLineEdit>(&page, "region")->text(), before.region);
    QCOMPARE(child<QComboBox>(&page, "timezone")->currentText(), before.timezone);
    QVERIFY(child<QLabel>(&page, "error")->isHidden());
}

void TestSettingsPage::languageAgreesWithTheMenu()
{
    TestChain chain;
    const QString path = chain.path();
    ui::AppController controller;
    QCOMPARE(controller.start(path, QStringLiteral("owner"), TestChain::ownerPassword),
        ui::AppController::Started::Running);
    auto *page = controller.window()->findChild<SettingsPage *>();
    QVERIFY(page);
    auto *combo = child<QComboBox>(page, "language");
    const auto checked = [&] {
        auto *menu
            = controller.window()->menuBar()->findChild<QMenu *>(QStringLiteral("languageMenu"));
        for (QAction *action : menu->actions()) {
            if (action->isCheckable() && action->isChecked())
                return action->data().toString();
        }
        return QStringLiteral("none");
    };
    // The page lists what the menu lists.
    QCOMPARE(combo->count(), 1 + int(ui::language::choices().size()));
    // Chosen on the page: kept, applied, and checked in the menu.
    const int english = combo->findData(QStringLiteral("en"));
    QVERIFY(english > 0);
    combo->setCurrentIndex(english);
    emit combo->activated(english);
    QCOMPARE(ui::language::saved(), QStringLiteral("en"));
    QTRY_COMPARE(checked(), QStringLiteral("en")); // LanguageChange is posted to windows
    // Chosen in the menu: the page follows.
    auto *menu = controller.window()->menuBar()->findChild<QMenu *>(QStringLiteral("languageMenu"));
    for (QAction *action : menu->actions()) {
        if (action->isCheckable() && action->data().toString() == QStringLiteral("zh_CN"))
            action->trigger();
    }
    QCOMPARE(ui::language::saved(), QStringLiteral("zh_CN"));
    QTRY_COMPARE(combo->currentData().toString(), QStringLiteral("zh_CN"));
    QCOMPARE(child<QPushButton>(page, "save")->text(), QStringLiteral("保存(&S)"));
    QCOMPARE(checked(), QStringLiteral("zh_CN"));
    // Back to the system's.
    combo->setCurrentIndex(0);
    emit combo->activated(0);
    QCOMPARE(ui::language::saved(), QString());
    QTRY_COMPARE(checked(), QString());
    ui::language::apply(QStringLiteral("en"));
}

void TestSettingsPage::settingsPageIsTheOwnersAlone()
{
    TestChain chain;
    core::auth::NewUser mei;
    mei.username = QStringLiteral("mei");
    mei.password = QStringLiteral("staff-password");
    mei.role = core::auth::Role::Manager;
    mei.branchId = chain.branch2;
    CC_VERIFY_OK(UserService(chain.db()).create(chain.owner(), mei));
    const QString path = chain.path();
    {
        ui::AppController controller;
        QCOMPARE(controller.start(path, QStringLiteral("owner"), TestChain::ownerPassword),
            ui::AppController::Started::Running);
        QCOMPARE(itemTexts(controller.window()->navigation()),
            QStringList({ QStringLiteral("Dashboard"), QStringLiteral("Counter"), QStringLiteral("Branches"),
                QStringLiteral("Users"), QStringLiteral("Members"), QStringLiteral("Coupons"),
                QStringLiteral("Reviews"), QStringLiteral("Retention"), QStringLiteral("Broadcasts"),
                QStringLiteral("Stored value"), QStringLiteral("Membership"),
                QStringLiteral("Settings") }));
        // A save shows the new name in the window title.
        auto *page = controller.window()->findChild<SettingsPage *>();
        setText(page, "chain-name", QStringLiteral("Renamed Chain"));
        QVERIFY(page->save());
        QVERIFY(controller.window()->windowTitle().contains(QStringLiteral("Renamed Chain")));
        QCOMPARE(controller.session()->settings.name, QStringLiteral("Renamed Chain"));
    }
    ui::AppController controller;
    QCOMPARE(controller.start(path, QStringLiteral("mei"), QStringLiteral("staff-password")),
        ui::AppController::Started::Running);
    QVERIFY(!controller.window()->findChild<SettingsPage *>());
    QCOMPARE(itemTexts(controller.window()->navigation()),
        QStringList({ QStringLiteral("Dashboard"), QStringLiteral("Counter"), QStringLiteral("Branches"),
            QStringLiteral("Members"), QStringLiteral("Coupons"), QStringLiteral("Reviews"),
            QStringLiteral("Retention"), QStringLiteral("Stored value") }));
}

// The pages read the chain's settings when they are built: a save builds them anew, on the
// Settings page still, with the branch scope chosen before (a new currency or timezone used to
// need the chain opened again).
void TestSettingsPage::pagesFollowASave()
{
    TestChain chain;
    ui::AppController controller;
    QCOMPARE(controller.start(chain.path(), QStringLiteral("owner"), TestChain::ownerPassword),
        ui::AppController::Started::Running);
    ui::MainWindow *window = controller.window();
    QListWidget *navigation = window->navigation();
    const QStringList titles = itemTexts(navigation);
    const int settingsRow = int(titles.indexOf(QStringLiteral("Settings")));
    navigation->setCurrentRow(settingsRow);
    controller.branchScope()->select({ chain.branch2 });
    QPointer<ui::members::MembersPage> members = window->findChild<ui::members::MembersPage *>();
    QVERIFY(members);
    QCOMPARE(members->filter().branchIds, QVector<qint64> { chain.branch2 });

    auto *page = window->findChild<SettingsPage *>();
    setZone(page, QStringLiteral("Asia/Tokyo"));
    QVERIFY(page->save());
    QTRY_VERIFY(!members);
    auto *rebuilt = window->findChild<ui::members::MembersPage *>();
    QVERIFY(rebuilt);
    QCOMPARE(window->findChildren<ui::members::MembersPage *>().size(), 1);
    QCOMPARE(rebuilt->filter().branchIds, QVector<qint64> { chain.branch2 });
    QCOMPARE(itemTexts(navigation), titles);
    QCOMPARE(navigation->currentRow(), settingsRow);
    QCOMPARE(controller.session()->settings.timezone, QStringLiteral("Asia/Tokyo"));
}

// A save writes this page's fields only. Before, it wrote back every setting as loaded, so a
// stored-value rule changed from the command line while the window was open was undone.
void TestSettingsPage::keepsWhatOthersChanged()
{
    TestChain chain;
    ui::Session session { chain.db(), chain.signedInOwner(), *ChainStore::load(chain.db()) };
    SettingsPage page(session);
    auto cli = chain.openAnother();
    auto changed = ChainStore::modify(*cli, chain.owner(), [](core::chain::ChainSettings &s) {
        s.wallet.spendOrder = core::wallet::SpendOrder::PrincipalFirst;
    });
    CC_VERIFY_OK(changed);
    setText(&page, "chain-name", QStringLiteral("Noodle House"));
    QVERIFY(page.save());
    auto stored = ChainStore::load(chain.db());
    CC_VERIFY_OK(stored);
    QCOMPARE(stored->name, QStringLiteral("Noodle House"));
    QCOMPARE(stored->wallet.spendOrder, core::wallet::SpendOrder::PrincipalFirst);
    QCOMPARE(session.settings.wallet.spendOrder, core::wallet::SpendOrder::PrincipalFirst);
}

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
