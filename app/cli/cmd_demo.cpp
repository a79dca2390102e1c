#include "app/cli/command.h"
#include "app/cli/options.h"

#include "core/demo/demogenerator.h"

#include <QCoreApplication>
#include <QDate>

#include <limits>

namespace cli {

namespace {

// Reads a required whole number of at least 1 that fits `max`.
bool countOption(const QCommandLineParser &parser, const QString &name, qint64 max, qint64 *out,
                 QString *error)
{
    if (!parser.isSet(name)) {
        *error = QCoreApplication::translate("Cli", "demo needs --%1").arg(name);
        return false;
    }
    if (!positiveInt(parser, name, out, error))
        return false;
    if (*out < 1 || *out > max) {
        *error = QCoreApplication::translate("Cli", "--%1 must be between 1 and %2, not \"%3\".")
                     .arg(name)
                     .arg(max)
                     .arg(parser.value(name));
        return false;
    }
    return true;
}

} // namespace

int runDemo(Context &context)
{
    QCommandLineParser parser;
    parser.addOptions({
        valueOption(QStringLiteral("branches"), QStringLiteral("number of branches")),
        valueOption(QStringLiteral("members"), QStringLiteral("number of members")),
        valueOption(QStringLiteral("visits"), QStringLiteral("number of visits")),
        valueOption(QStringLiteral("seed"), QStringLiteral("random seed"), QStringLiteral("1")),
        valueOption(QStringLiteral("end"), QStringLiteral("last day of history, YYYY-MM-DD")),
    });
    QString error;
    if (!parseOptions(parser, context.args, &error))
        return usageError(error);
    if (!parser.positionalArguments().isEmpty())
        return usageError(QCoreApplication::translate("Cli", "demo takes no argument \"%1\"")
                              .arg(parser.positionalArguments().first()));

    core::demo::DemoOptions options;
    qint64 branches = 0;
    qint64 members = 0;
    const qint64 intMax = std::numeric_limits<int>::max();
    if (!countOption(parser, QStringLiteral("branches"), intMax, &branches, &error)
        || !countOption(parser, QStringLiteral("members"), intMax, &members, &error)
        || !countOption(parser, QStringLiteral("visits"), std::numeric_limits<qint64>::max(),
                        &options.visits, &error))
        return usageError(error);
    options.branches = int(branches);
    options.members = int(members);
    bool ok = false;
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return usageError(QCoreApplication::translate(
                              "Cli", "--seed needs a whole number of 0 or more, not \"%1\".")
                              .arg(parser.value(QStringLiteral("seed"))));
    if (parser.isSet(QStringLiteral("end"))) {
        options.endDate = QDate::fromString(parser.value(QStringLiteral("end")), Qt::ISODate);
        if (!options.endDate.isValid())
            return usageError(QCoreApplication::translate(
                                  "Cli", "--end needs a date as YYYY-MM-DD, not \"%1\".")
                                  .arg(parser.value(QStringLiteral("end"))));
    }

    core::demo::DemoGenerator generator(*context.db);
    auto summary = generator.generate(context.actor, options);
    if (!summary)
        return fail(summary.error());
    return printJson({ { QStringLiteral("branches"), summary->branches },
                       { QStringLiteral("people"), summary->people },
                       { QStringLiteral("members"), summary->members },
                       { QStringLiteral("visits"), summary->visits },
                       { QStringLiteral("wallet_entries"), summary->walletEntries },
                       { QStringLiteral("coupons"), summary->coupons },
                       { QStringLiteral("claims"), summary->claims },
                       { QStringLiteral("redemptions"), summary->redemptions },
                       { QStringLiteral("reviews"), summary->reviews },
                       { QStringLiteral("seed"), QString::number(options.seed) },
                       { QStringLiteral("elapsed_ms"), summary->elapsedMs } });
}

} // namespace cli
