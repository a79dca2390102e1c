#include "app/cli/command.h"
#include "app/cli/options.h"
#include "core/branches/branchservice.h"
#include "core/retention/retentioncsv.h"
#include "core/retention/retentionengine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>

namespace cli {

namespace {

using core::retention::Cohort;
using core::retention::RetentionResult;

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

// "2025-03" -> the first of that month; false for anything else.
bool parseMonth(const QString &text, QDate *out)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    const int year = m.captured(1).toInt();
    const int month = m.captured(2).toInt();
    if (year < 1970 || month < 1 || month > 12)
        return false;
    *out = QDate(year, month, 1);
    return true;
}

QJsonObject returnedJson(qint64 d30, qint64 d60, qint64 d90)
{
    return { { QStringLiteral("30"), d30 }, { QStringLiteral("60"), d60 },
        { QStringLiteral("90"), d90 } };
}

QJsonArray cohortsJson(const QVector<Cohort> &cohorts, bool coupon)
{
    QJsonArray out;
    for (const Cohort &c : cohorts) {
        QJsonArray retained;
        for (qint64 n : c.retained)
            retained.append(n);
        QJsonObject o { { QStringLiteral("cohort"), c.month }, { QStringLiteral("size"), c.size },
            { QStringLiteral("retained"), retained },
            { QStringLiteral("returned_within_days"),
                returnedJson(c.returned30, c.returned60, c.returned90) } };
        if (coupon)
            o.insert(QStringLiteral("converted_to_member"), c.converted);
        out.append(o);
    }
    return out;
}

int printText(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
    return 0;
}

int printBranches(const RetentionResult &result, bool csv)
{
    if (csv)
        return printText(core::retention::branchesCsv(result));
    QJsonArray rows;
    for (const auto &b : result.branches) {
        rows.append(QJsonObject { { QStringLiteral("branch"), b.code },
            { QStringLiteral("name"), b.name }, { QStringLiteral("members"), b.members },
            { QStringLiteral("members_returned_within_days"),
                returnedJson(b.membersReturned30, b.membersReturned60, b.membersReturned90) },
            { QStringLiteral("claimers"), b.claimers },
            { QStringLiteral("claimers_returned_within_days"),
                returnedJson(b.claimersReturned30, b.claimersReturned60, b.claimersReturned90) },
            { QStringLiteral("converted_to_member"), b.converted } });
    }
    return printJson({ { QStringLiteral("period"), QStringLiteral("month") },
        { QStringLiteral("branches"), rows } });
}

} // namespace

int runRetention(Context &context)
{
    QCommandLineParser parser;
    parser.addOptions({
        valueOption(QStringLiteral("from"), QStringLiteral("first cohort month, YYYY-MM")),
        valueOption(QStringLiteral("to"), QStringLiteral("last cohort month, YYYY-MM")),
        valueOption(QStringLiteral("branch"), QStringLiteral("cohort branch code (repeatable)")),
        valueOption(QStringLiteral("months"), QStringLiteral("months after the start, 0-60"),
            QStringLiteral("12")),
        valueOption(
            QStringLiteral("format"), QStringLiteral("json or csv"), QStringLiteral("json")),
        QCommandLineOption(QStringLiteral("by-branch"), QStringLiteral("per-branch figures")),
        QCommandLineOption(QStringLiteral("rebuild"), QStringLiteral("rebuild the rollup first")),
    });
    QString error;
    if (!parseOptions(parser, context.args, &error))
        return usageError(error);
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("retention takes no argument \"%1\"; see --help")
                              .arg(parser.positionalArguments().first()));

    core::retention::RetentionQuery query;
    for (const char *name : { "from", "to" }) {
        const QString option = QLatin1String(name);
        if (!parser.isSet(option))
            continue;
        QDate month;
        if (!parseMonth(parser.value(option), &month))
            return usageError(tr("--%1 needs a month as YYYY-MM (e.g. 2025-03), not \"%2\".")
                                  .arg(option, parser.value(option)));
        (option == QLatin1String("from") ? query.from : query.to) = month;
    }
    qint64 months = 0;
    if (!positiveInt(parser, QStringLiteral("months"), &months, &error))
        return usageError(error);
    if (months > core::retention::RetentionQuery::MaxMonths)
        return usageError(tr("--months may be at most %1, not %2.")
                              .arg(core::retention::RetentionQuery::MaxMonths)
                              .arg(months));
    query.months = int(months);
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("json") && format != QLatin1String("csv"))
        return usageError(tr("--format must be json or csv, not \"%1\".").arg(format));
    core::branches::BranchService branches(*context.db);
    for (const QString &code : parser.values(QStringLiteral("branch"))) {
        auto branch = branches.resolve(code);
        if (!branch) {
            if (branch.error().code() == core::Error::Code::NotFound)
                return usageError(branch.error().message());
            return fail(branch.error());
        }
        if (!query.branchIds.contains(branch->id))
            query.branchIds.push_back(branch->id);
    }

    core::retention::RetentionEngine engine(*context.db);
    if (auto s = core::retention::RetentionEngine::validate(query); !s)
        return usageError(s.error().message());
    if (parser.isSet(QStringLiteral("rebuild"))) {
        if (auto s = engine.rebuild(context.actor); !s)
            return fail(s.error());
    }
    auto result = engine.run(context.actor, query);
    if (!result)
        return fail(result.error());
    const bool csv = format == QLatin1String("csv");
    if (parser.isSet(QStringLiteral("by-branch")))
        return printBranches(*result, csv);
    if (csv)
        return printText(core::retention::cohortsCsv(*result));
    return printJson({ { QStringLiteral("period"), QStringLiteral("month") },
        { QStringLiteral("groups"),
            QJsonObject { { QStringLiteral("member"), cohortsJson(result->member, false) },
                { QStringLiteral("coupon"), cohortsJson(result->coupon, true) } } } });
}

} // namespace cli
