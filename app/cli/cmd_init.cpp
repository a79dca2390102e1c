#include "app/cli/command.h"
#include "app/cli/options.h"

#include "core/chain/chainsettings.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QRandomGenerator>

namespace cli {

namespace {

QString generatedPassword()
{
    static const char alphabet[] = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString out;
    for (int i = 0; i < 16; ++i)
        out += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet) - 1)]);
    return out;
}

} // namespace

int runInit(Context &context)
{
    QCommandLineParser parser;
    const core::chain::ChainSettings defaults;
    parser.addOptions({
        valueOption(QStringLiteral("chain-name"), QStringLiteral("the chain's name"),
                    QStringLiteral("My Restaurant Chain")),
        valueOption(QStringLiteral("currency"), QStringLiteral("ISO 4217 code"), defaults.currency),
        valueOption(QStringLiteral("region"), QStringLiteral("default phone region"), defaults.region),
        valueOption(QStringLiteral("timezone"), QStringLiteral("IANA time zone"), defaults.timezone),
        valueOption(QStringLiteral("owner"), QStringLiteral("owner's username"), QStringLiteral("owner")),
    });
    QString error;
    if (!parseOptions(parser, context.args, &error))
        return usageError(error);
    if (!parser.positionalArguments().isEmpty())
        return usageError(QCoreApplication::translate("Cli", "init takes no arguments, only options"));

    core::chain::ChainSettings settings;
    settings.name = parser.value(QStringLiteral("chain-name"));
    settings.currency = parser.value(QStringLiteral("currency")).toUpper();
    settings.region = parser.value(QStringLiteral("region")).toUpper();
    settings.timezone = parser.value(QStringLiteral("timezone"));
    if (auto s = settings.validate(); !s)
        return fail(s.error());

    QString password = qEnvironmentVariable("CHAINCARD_PASSWORD");
    const bool generated = password.isEmpty();
    if (generated)
        password = generatedPassword();

    auto db = core::chain::ChainStore::create(context.dbPath, settings,
                                              parser.value(QStringLiteral("owner")), password);
    if (!db)
        return fail(db.error());

    QJsonObject out { { QStringLiteral("database"), QDir::toNativeSeparators(context.dbPath) },
                      { QStringLiteral("chain_name"), settings.name },
                      { QStringLiteral("currency"), settings.currency },
                      { QStringLiteral("region"), settings.region },
                      { QStringLiteral("timezone"), settings.timezone },
                      { QStringLiteral("owner"), parser.value(QStringLiteral("owner")) },
                      { QStringLiteral("schema_version"), (*db)->schemaVersion() } };
    if (generated)
        out.insert(QStringLiteral("owner_password"), password);
    return printJson(out);
}

} // namespace cli
