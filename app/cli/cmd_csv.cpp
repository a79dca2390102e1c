#include "app/cli/command.h"
#include "app/cli/options.h"

#include "core/branches/branchservice.h"
#include "core/csv/headermatcher.h"
#include "core/csvio/exporter.h"
#include "core/csvio/importer.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

#include <cstdio>

namespace cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const QString kindList = QStringLiteral(
    "branches, members, visits, wallet, coupons, coupon_claims, redemptions, reviews");

bool readEncoding(const QString &text, core::csv::Encoding *out)
{
    using core::csv::Encoding;
    const QString t = text.toLower();
    if (t.isEmpty() || t == QLatin1String("auto"))
        *out = Encoding::Auto;
    else if (t == QLatin1String("utf-8") || t == QLatin1String("utf8"))
        *out = Encoding::Utf8;
    else if (t == QLatin1String("gb18030") || t == QLatin1String("gbk") || t == QLatin1String("gb2312"))
        *out = Encoding::Gb18030;
    else if (t == QLatin1String("utf-16") || t == QLatin1String("utf16"))
        *out = Encoding::Utf16;
    else
        return false;
    return true;
}

bool readDelimiter(const QString &text, char16_t *out)
{
    if (text.isEmpty() || text == QLatin1String("auto"))
        *out = 0;
    else if (text == QLatin1String("tab") || text == QLatin1String("\\t"))
        *out = u'\t';
    else if (text == QLatin1String(",") || text == QLatin1String(";") || text == QLatin1String("|"))
        *out = text.at(0).unicode();
    else
        return false;
    return true;
}

} // namespace

int runImport(Context &context)
{
    QCommandLineParser parser;
    parser.addOptions({
        valueOption(QStringLiteral("encoding"), QStringLiteral("auto, utf-8, gb18030 or utf-16"), QStringLiteral("auto")),
        valueOption(QStringLiteral("delimiter"), QStringLiteral("auto, ',', ';' or tab"), QStringLiteral("auto")),
        valueOption(QStringLiteral("map"), QStringLiteral("FIELD=HEADER, repeatable")),
        valueOption(QStringLiteral("date-format"), QStringLiteral("e.g. dd/MM/yyyy HH:mm, or DMY / MDY")),
        QCommandLineOption(QStringLiteral("dry-run"), QStringLiteral("validate and count, write nothing")),
        QCommandLineOption(QStringLiteral("skip-bad"), QStringLiteral("write the good rows when some are bad")),
        valueOption(QStringLiteral("errors"), QStringLiteral("CSV file for every rejected row")),
    });
    QString error;
    if (!parseOptions(parser, context.args, &error))
        return usageError(error);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(Tr::tr("import needs KIND and FILE (KIND: %1)").arg(kindList));
    auto kind = core::csv::kindFromName(positional[0]);
    if (!kind)
        return fail(kind.error());

    core::csvio::ImportOptions options;
    options.kind = *kind;
    if (!readEncoding(parser.value(QStringLiteral("encoding")), &options.csv.encoding))
        return usageError(Tr::tr("--encoding must be auto, utf-8, gb18030 or utf-16, not %1")
                              .arg(parser.value(QStringLiteral("encoding"))));
    if (!readDelimiter(parser.value(QStringLiteral("delimiter")), &options.csv.delimiter))
        return usageError(Tr::tr("--delimiter must be auto, ',', ';' or tab, not %1")
                              .arg(parser.value(QStringLiteral("delimiter"))));
    auto overrides = core::csv::HeaderMatcher::parseOverrides(parser.values(QStringLiteral("map")));
    if (!overrides)
        return fail(overrides.error());
    options.overrides = *overrides;
    options.dateFormat = parser.value(QStringLiteral("date-format"));
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.skipBad = parser.isSet(QStringLiteral("skip-bad"));

    QFile file(positional[1]);
    if (!file.open(QIODevice::ReadOnly))
        return fail(core::Error(core::Error::Code::Io,
                                Tr::tr("Cannot read %1: %2").arg(positional[1], file.errorString()),
                                QStringLiteral("file")));
    std::optional<QSaveFile> errors;
    if (parser.isSet(QStringLiteral("errors"))) {
        errors.emplace(parser.value(QStringLiteral("errors")));
        if (!errors->open(QIODevice::WriteOnly))
            return fail(core::Error(core::Error::Code::Io,
                                    Tr::tr("Cannot write %1: %2")
                                        .arg(parser.value(QStringLiteral("errors")), errors->errorString()),
                                    QStringLiteral("errors")));
        options.errorReport = &*errors;
    }

    auto report = core::csvio::Importer(*context.db).run(context.actor, &file, options);
    if (!report)
        return fail(report.error());
    if (errors && !errors->commit())
        return fail(core::Error(core::Error::Code::Io,
                                Tr::tr("Cannot write %1: %2")
                                    .arg(parser.value(QStringLiteral("errors")), errors->errorString()),
                                QStringLiteral("errors")));
    printJson(report->toJson());
    if (report->rejected > 0 && !options.skipBad) {
        const QString line = options.dryRun
            ? Tr::tr("%n row(s) would be rejected.", nullptr, int(report->rejected))
            : Tr::tr("%n row(s) were rejected, so nothing was imported (use --skip-bad to import the good rows).",
                     nullptr, int(report->rejected));
        std::fprintf(stderr, "chaincard-cli: %s\n", line.toUtf8().constData());
        return 1;
    }
    return 0;
}

int runExport(Context &context)
{
    QCommandLineParser parser;
    parser.addOptions({
        valueOption(QStringLiteral("branch"), QStringLiteral("branch code or name, repeatable")),
        QCommandLineOption(QStringLiteral("excel"), QStringLiteral("UTF-8 with a BOM and CRLF, for Excel")),
    });
    QString error;
    if (!parseOptions(parser, context.args, &error))
        return usageError(error);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(Tr::tr("export needs KIND and FILE (KIND: %1)").arg(kindList));
    auto kind = core::csv::kindFromName(positional[0]);
    if (!kind)
        return fail(kind.error());
    core::csvio::ExportOptions options;
    options.kind = *kind;
    options.excel = parser.isSet(QStringLiteral("excel"));
    core::branches::BranchService branches(*context.db);
    for (const QString &name : parser.values(QStringLiteral("branch"))) {
        auto branch = branches.resolve(name);
        if (!branch)
            return fail(branch.error());
        options.branchIds << branch->id;
    }
    QSaveFile file(positional[1]);
    if (!file.open(QIODevice::WriteOnly))
        return fail(core::Error(core::Error::Code::Io,
                                Tr::tr("Cannot write %1: %2").arg(positional[1], file.errorString()),
                                QStringLiteral("file")));
    auto rows = core::csvio::Exporter(*context.db).run(context.actor, &file, options);
    if (!rows)
        return fail(rows.error());
    if (!file.commit())
        return fail(core::Error(core::Error::Code::Io,
                                Tr::tr("Cannot write %1: %2").arg(positional[1], file.errorString()),
                                QStringLiteral("file")));
    return printJson({ { QStringLiteral("kind"), positional[0] },
                       { QStringLiteral("file"), positional[1] },
                       { QStringLiteral("rows"), *rows } });
}

} // namespace cli
