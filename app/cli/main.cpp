// chaincard-cli: the core's operations for automation and benchmarks, with JSON output.
#include "app/cli/command.h"

#include "core/auth/userservice.h"
#include "core/chain/chainsettings.h"
#include "core/storage/database.h"
#include "core/storage/paths.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

namespace {

void printUsage()
{
    QTextStream out(stdout);
    out << "usage: chaincard-cli [--db PATH] [--user NAME] COMMAND [options]\n\n"
           "  --db PATH    the chain database (default: "
        << core::storage::defaultDatabasePath()
        << ")\n"
           "  --user NAME  act as that user (password in CHAINCARD_PASSWORD); without it the\n"
           "               CLI acts as the chain's owner: whoever can read the file can read\n"
           "               the data.\n\ncommands:\n";
    for (const cli::Command &c : cli::commands())
        out << "  " << c.usage << '\n';
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ChainCard"));
    QCoreApplication::setApplicationName(QStringLiteral("ChainCard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    // Diagnostics only on request: the CLI's stderr carries one clear line per error.
    if (qEnvironmentVariableIsEmpty("CHAINCARD_DEBUG"))
        QLoggingCategory::setFilterRules(QStringLiteral("chaincard.*.debug=false\nchaincard.*.info=false\n"
                                                        "chaincard.*.warning=false"));

    cli::Context context;
    context.dbPath = core::storage::defaultDatabasePath();
    QString user;
    QStringList args = app.arguments().mid(1);
    while (!args.isEmpty() && args.front().startsWith(QLatin1String("--"))) {
        QString flag = args.takeFirst();
        if (flag == QLatin1String("--help") || flag == QLatin1String("-h")) {
            printUsage();
            return 0;
        }
        if (flag == QLatin1String("--version")) {
            QTextStream(stdout) << PROJECT_VERSION << '\n';
            return 0;
        }
        // "--db PATH" or "--db=PATH", as the commands' own options allow.
        QString value;
        if (const int eq = flag.indexOf(QLatin1Char('=')); eq > 0) {
            value = flag.mid(eq + 1);
            flag.truncate(eq);
        } else if (!args.isEmpty()) {
            value = args.takeFirst();
        }
        if ((flag != QLatin1String("--db") && flag != QLatin1String("--user")) || value.isEmpty())
            return cli::usageError(
                QCoreApplication::translate("Cli", "unknown or incomplete option %1; see --help")
                    .arg(flag));
        (flag == QLatin1String("--db") ? context.dbPath : user) = value;
    }
    if (args.isEmpty()) {
        printUsage();
        return 2;
    }
    const QString name = args.takeFirst();
    context.args = args;
    // The global options come before the command; after it they would name the wrong file.
    for (const QString &arg : std::as_const(args)) {
        for (const char *global : { "--db", "--user" }) {
            if (arg == QLatin1String(global)
                || arg.startsWith(QLatin1String(global) + QLatin1Char('=')))
                return cli::usageError(
                    QCoreApplication::translate(
                        "Cli", "%1 goes before the command: chaincard-cli %1 VALUE %2 ...")
                        .arg(QLatin1String(global), name));
        }
    }
    const cli::Command *command = nullptr;
    for (const cli::Command &c : cli::commands()) {
        if (name == QLatin1String(c.name))
            command = &c;
    }
    if (!command)
        return cli::usageError(
            QCoreApplication::translate("Cli", "unknown command \"%1\"; see --help").arg(name));
    if (!command->opensDatabase) {
        if (!user.isEmpty())
            return cli::usageError(
                QCoreApplication::translate(
                    "Cli", "%1 acts as the owner of the file; --user does not apply to it")
                    .arg(name));
        return command->run(context);
    }
    if (!user.isEmpty() && qEnvironmentVariableIsEmpty("CHAINCARD_PASSWORD"))
        return cli::usageError(
            QCoreApplication::translate(
                "Cli", "--user %1 needs that user's password in CHAINCARD_PASSWORD")
                .arg(user));

    core::storage::OpenOptions options;
    options.mode = core::storage::OpenOptions::Mode::OpenExisting;
    auto db = core::storage::Database::open(context.dbPath, options);
    if (!db)
        return cli::fail(db.error());
    if (auto chain = core::chain::ChainStore::load(**db); !chain)
        return cli::fail(chain.error());
    if (!user.isEmpty()) {
        auto actor = core::auth::UserService(**db).authenticate(
            user, qEnvironmentVariable("CHAINCARD_PASSWORD"));
        if (!actor)
            return cli::fail(actor.error());
        context.actor = *actor;
    }
    context.db = db->get();
    return command->run(context);
}
