// Switching between 中文 and English at runtime: the open window, its menus, its navigation
// and its pages speak the new language at once, and the choice is kept for the next start.

#include "ui/shell/appcontroller.h"
#include "ui/shell/language.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

#include "tests/support/testchain.h"
#include "tests/support/widgettest.h"

using namespace testsupport;

namespace {

QStringList buttonTexts(QWidget *window)
{
    QStringList texts;
    for (auto *button : window->findChildren<QPushButton *>())
        texts << button->text();
    return texts;
}

QAction *languageAction(ui::MainWindow *window, const QString &code)
{
    auto *menu = window->findChild<QMenu *>(QStringLiteral("languageMenu"));
    for (QAction *action : menu ? menu->actions() : QList<QAction *>())
        if (!action->isSeparator() && action->data().toString() == code)
            return action;
    return nullptr;
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void switchesAtRuntimeAndKeepsTheChoice();
    void cleanupTestCase()
    {
        ui::language::save(QString());
        ui::language::apply(QStringLiteral("en"));
    }
};

void TestLanguage::switchesAtRuntimeAndKeepsTheChoice()
{
    QVERIFY(ui::language::apply(QStringLiteral("en")));
    TestChain chain;
    ui::AppController controller;
    QCOMPARE(controller.start(chain.path(), QStringLiteral("owner"), TestChain::ownerPassword),
             ui::AppController::Started::Running);
    ui::MainWindow *window = controller.window();
    const QStringList english = itemTexts(window->navigation());
    QCOMPARE(english.first(), QStringLiteral("Dashboard"));
    QCOMPARE(window->fileMenu()->title(), QStringLiteral("&File"));
    QVERIFY(buttonTexts(window).contains(QStringLiteral("Export CSV…"))); // the dashboard's

    // 中文 from the menu: everything visible changes, nothing is rebuilt.
    QAction *chinese = languageAction(window, QStringLiteral("zh_CN"));
    QVERIFY(chinese);
    chinese->trigger();
    QCoreApplication::processEvents();
    const QStringList translated = itemTexts(window->navigation());
    QCOMPARE(translated.size(), english.size());
    for (int i = 0; i < translated.size(); ++i)
        QVERIFY2(translated.at(i) != english.at(i), qPrintable(english.at(i)));
    QCOMPARE(translated.first(),
             QCoreApplication::translate("ui::AppController", "Dashboard"));
    QVERIFY(window->fileMenu()->title() != QStringLiteral("&File"));
    QVERIFY(buttonTexts(window).contains(QStringLiteral("Export CSV…")) == false);
    QCOMPARE(ui::language::saved(), QStringLiteral("zh_CN"));

    // And back to English.
    languageAction(window, QStringLiteral("en"))->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(itemTexts(window->navigation()), english);
    QCOMPARE(window->fileMenu()->title(), QStringLiteral("&File"));
    QVERIFY(buttonTexts(window).contains(QStringLiteral("Export CSV…")));
    QCOMPARE(ui::language::saved(), QStringLiteral("en"));
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
