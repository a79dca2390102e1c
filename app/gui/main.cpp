// chaincard: the desktop app. Wiring only: open the chain, build the window, run.

#include "core/chain/chainsettings.h"
#include "core/storage/database.h"
#include "core/storage/paths.h"
#include "ui/branches/branchespage.h"
#include "ui/firstrun/demochain.h"
#include "ui/importer/importaction.h"
#include "ui/members/memberspage.h"
#include "ui/retention/retentionpage.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/session.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ChainCard"));
    QApplication::setApplicationName(QStringLiteral("ChainCard"));

    QTranslator qtTranslator;
    QTranslator translator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    if (translator.load(QLocale(), QStringLiteral("chaincard"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("Main", "The chain database file."),
                                      QStringLiteral("path"), core::storage::defaultDatabasePath());
    const QCommandLineOption quitOption(QStringLiteral("quit-after"),
                                        QApplication::translate("Main", "Quit after this many milliseconds (for tests and screenshots)."),
                                        QStringLiteral("ms"));
    const QCommandLineOption shotOption(QStringLiteral("screenshot"),
                                        QApplication::translate("Main", "Save a picture of the window to this PNG file and quit."),
                                        QStringLiteral("file"));
    const QCommandLineOption pageOption(QStringLiteral("page"),
                                        QApplication::translate("Main", "Open this page (its position in the navigation list)."),
                                        QStringLiteral("index"), QStringLiteral("0"));
    parser.addOptions({ dbOption, quitOption, shotOption, pageOption });
    parser.process(app);
    const QString path = parser.value(dbOption);

    if (!QFileInfo::exists(path)) {
        if (auto s = ui::firstrun::createDemoChain(path, nullptr); !s) {
            QMessageBox::critical(nullptr, QApplication::translate("Main", "ChainCard"), s.error().message());
            return 1;
        }
    }
    core::storage::OpenOptions options;
    options.mode = core::storage::OpenOptions::Mode::OpenExisting;
    auto db = core::storage::Database::open(path, options);
    if (!db) {
        QMessageBox::critical(nullptr, QApplication::translate("Main", "ChainCard"), db.error().message());
        return 1;
    }
    auto settings = core::chain::ChainStore::load(**db);
    if (!settings) {
        QMessageBox::critical(nullptr, QApplication::translate("Main", "ChainCard"), settings.error().message());
        return 1;
    }

    // Until sign-in exists the desktop app acts as the owner of a local file, like the CLI.
    ui::Session session { **db, core::auth::Actor::localOwner(), *settings };
    ui::MainWindow window(session);
    auto *branchesPage = new ui::branches::BranchesPage(session, &window);
    auto *membersPage = new ui::members::MembersPage(session, &window);
    auto *retentionPage = new ui::retention::RetentionPage(session, &window);
    window.addPage(branchesPage, QApplication::translate("Main", "Branches"));
    window.addPage(membersPage, QApplication::translate("Main", "Members"));
    window.addPage(retentionPage, QApplication::translate("Main", "Retention"));

    // File ▸ Import CSV…: after an import that wrote, the pages showing chain data reload.
    auto *importAction = new ui::importer::ImportAction(session.db.path(), session.actor, &window);
    if (QMenu *file = window.findChild<QMenu *>(QStringLiteral("fileMenu"))) {
        QAction *first = file->actions().value(0);
        file->insertAction(first, importAction);
        file->insertSeparator(first);
    }
    QObject::connect(importAction, &ui::importer::ImportAction::imported, &window,
                     [branchesPage, membersPage, retentionPage] {
                         branchesPage->reload();
                         membersPage->refresh();
                         retentionPage->refresh();
                     });
    window.navigation()->setCurrentRow(parser.value(pageOption).toInt());
    window.show();
    if (parser.isSet(shotOption)) {
        QTimer::singleShot(2000, &window, [&window, file = parser.value(shotOption)] {
            if (!window.grab().save(file))
                qWarning("could not save the screenshot");
            QApplication::quit();
        });
    }
    if (parser.isSet(quitOption))
        QTimer::singleShot(parser.value(quitOption).toInt(), &app, &QApplication::quit);
    return app.exec();
}
