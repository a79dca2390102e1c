#include "app/cli/command.h"
#include "app/cli/options.h"
#include "core/maintenance/checker.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QTextStream>

namespace cli {

// check [--quick]: the integrity check as JSON; exit 0 when every check passes, 5 (with a
// one-line summary on stderr) when any fails.
int runCheck(Context &context)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("quick"),
        QStringLiteral("SQLite's quick_check instead of the full "
                       "integrity_check")));
    QString error;
    if (!parseOptions(parser, context.args, &error))
        return usageError(error);
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            QCoreApplication::translate("Cli", "check takes no arguments, only --quick"));

    core::maintenance::CheckOptions options;
    options.quick = parser.isSet(QStringLiteral("quick"));
    auto report = core::maintenance::Checker::run(*context.db, context.actor, options);
    if (!report)
        return fail(report.error());

    QJsonArray checks;
    for (const core::maintenance::Finding &f : report->findings)
        checks.append(QJsonObject { { QStringLiteral("name"), f.name },
            { QStringLiteral("ok"), f.ok }, { QStringLiteral("count"), f.count },
            { QStringLiteral("examples"), QJsonArray::fromVariantList(f.examples) },
            { QStringLiteral("description"), f.description },
            { QStringLiteral("elapsed_ms"), f.elapsedMs } });
    printJson({ { QStringLiteral("ok"), report->ok() }, { QStringLiteral("quick"), options.quick },
        { QStringLiteral("elapsed_ms"), report->elapsedMs },
        { QStringLiteral("checks"), checks } });
    if (report->ok())
        return 0;

    QStringList failed;
    for (const core::maintenance::Finding &f : report->failures())
        failed << QStringLiteral("%1 (%2)").arg(f.name).arg(f.count);
    QTextStream(stderr) << "chaincard-cli: "
                        << QCoreApplication::translate("Cli", "the check found problems in %1: %2")
                               .arg(QDir::toNativeSeparators(context.dbPath),
                                   failed.join(QStringLiteral(", ")))
                        << Qt::endl;
    return 5;
}

} // namespace cli
