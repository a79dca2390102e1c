// chaincard: the desktop app. Options only: the controller opens the chain, signs in and builds
// the window.

#include "core/storage/paths.h"
#include "ui/shell/appcontroller.h"
#include "ui/shell/language.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QListWidget>
#include <QTimer>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ChainCard"));
    QApplication::setApplicationName(QStringLiteral("ChainCard"));

    ui::language::apply(ui::language::saved());

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
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        QApplication::translate("Main", "Sign in as this user, with the password in CHAINCARD_PASSWORD (for scripts and screenshots)."),
                                        QStringLiteral("name"));
    parser.addOptions({ dbOption, quitOption, shotOption, pageOption, userOption });
    parser.process(app);
    const QString user = parser.value(userOption);
    if (!user.isEmpty() && qEnvironmentVariableIsEmpty("CHAINCARD_PASSWORD")) {
        qCritical("%s", qPrintable(QApplication::translate("Main", "--user %1 needs that user's password in CHAINCARD_PASSWORD").arg(user)));
        return 2;
    }

    ui::AppController controller;
    switch (controller.start(parser.value(dbOption), user, qEnvironmentVariable("CHAINCARD_PASSWORD"))) {
    case ui::AppController::Started::Running: break;
    case ui::AppController::Started::Cancelled: return 0;
    case ui::AppController::Started::Failed: return 1;
    }
    ui::MainWindow *window = controller.window();
    window->navigation()->setCurrentRow(parser.value(pageOption).toInt());
    if (parser.isSet(shotOption)) {
        QTimer::singleShot(2000, window, [window, file = parser.value(shotOption)] {
            if (!window->grab().save(file))
                qWarning("could not save the screenshot");
            QApplication::quit();
        });
    }
    if (parser.isSet(quitOption))
        QTimer::singleShot(parser.value(quitOption).toInt(), &app, &QApplication::quit);
    return app.exec();
}
