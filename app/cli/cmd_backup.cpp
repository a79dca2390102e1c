#include "app/cli/command.h"
#include "app/cli/options.h"
#include "core/maintenance/backup.h"

#include <QCoreApplication>
#include <QDir>

namespace cli {

// backup FILE [--overwrite]: an online, verified copy of the chain database.
int runBackup(Context &context)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(
        QStringLiteral("overwrite"), QStringLiteral("replace FILE if it exists")));
    QString error;
    if (!parseOptions(parser, context.args, &error))
        return usageError(error);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(
            QCoreApplication::translate("Cli", "backup needs exactly one FILE to write"));

    auto info = core::maintenance::Backup::run(
        *context.db, context.actor, positional.first(), parser.isSet(QStringLiteral("overwrite")));
    if (!info)
        return fail(info.error());
    return printJson({ { QStringLiteral("path"), QDir::toNativeSeparators(info->path) },
        { QStringLiteral("bytes"), info->bytes },
        { QStringLiteral("schema_version"), info->schemaVersion },
        { QStringLiteral("elapsed_ms"), info->elapsedMs } });
}

} // namespace cli
