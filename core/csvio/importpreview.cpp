#include "core/csvio/importpreview.h"

#include "core/csv/headermatcher.h"
#include "core/csv/textencoding.h"

#include <QCoreApplication>

#include <algorithm>

namespace core::csvio {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImportPreview)
};

// A reading error, with what to do about text that is not in the encoding.
Error readingError(const csv::CsvReader &reader, const Error &error)
{
    if (reader.errorLine() == 0 || error.code() != Error::Code::InvalidInput)
        return error;
    return Error(error.code(),
                 Tr::tr("%1 Choose the encoding the file was saved in (UTF-8, GB18030 or UTF-16).")
                     .arg(error.message()),
                 QStringLiteral("encoding"));
}

QString columnName(const QStringList &header, int column)
{
    const QString name = header.value(column).trimmed();
    return name.isEmpty() ? Tr::tr("column %1").arg(column + 1) : name;
}

QList<FieldMapping> fieldMappings(const csv::ColumnMap &map)
{
    const QStringList required = csv::requiredColumns(map.kind);
    const QStringList canonical = csv::canonicalColumns(map.kind);
    QList<FieldMapping> fields;
    for (const QString &field : canonical + csv::extraFields(map.kind)) {
        FieldMapping m;
        m.field = field;
        m.required = required.contains(field);
        m.extra = !canonical.contains(field);
        if (const int single = map.column(field); single >= 0) {
            m.columns = { single };
            m.columnText = columnName(map.header, single);
        } else if (const csv::CombinedField *c = map.combination(field)) {
            m.combined = true;
            m.columns = c->columns;
            QStringList names;
            for (const int column : c->columns)
                names.append(columnName(map.header, column));
            m.columnText = names.join(c->how == csv::Combine::FirstNonEmpty ? QLatin1String(" / ")
                                                                             : QLatin1String(" + "));
        }
        fields.append(m);
    }
    return fields;
}

} // namespace

Result<ImportPreview> ImportPreview::read(QIODevice *file, const PreviewOptions &options)
{
    ImportPreview preview;
    preview.kind = options.kind;
    csv::CsvOptions csvOptions = options.csv;
    // The first buffer settles the encoding and the delimiter; the preview needs no more.
    csvOptions.bufferBytes = std::min<qsizetype>(csvOptions.bufferBytes, 256 * 1024);
    csv::CsvReader reader(file, csvOptions);
    if (Status opened = reader.open(); !opened)
        return opened.error();

    csv::CsvRecord record;
    auto more = reader.readRecord(record);
    if (!more)
        return readingError(reader, more.error());
    if (!*more)
        return Error(Error::Code::InvalidInput, Tr::tr("The file is empty: it has no header row."),
                     QStringLiteral("file"));
    preview.header = record.fields();

    while (preview.rows.size() < std::max(0, options.rows)) {
        more = reader.readRecord(record);
        if (!more)
            return readingError(reader, more.error());
        if (!*more)
            break;
        preview.rows.append(record.fields());
        preview.lines.append(record.line());
    }
    if (preview.rows.size() == options.rows) {
        more = reader.readRecord(record);
        preview.more = !more || *more;
    }
    preview.encoding = reader.encoding();
    preview.delimiter = reader.delimiter();

    csv::MatchOptions match;
    match.overrides = options.overrides;
    auto map = csv::HeaderMatcher::inspect(options.kind, preview.header, match);
    if (!map)
        return map.error();
    preview.map = std::move(*map);
    preview.fields = fieldMappings(preview.map);
    preview.unknownColumns = preview.map.unknownHeaders();
    preview.missing = preview.map.missing;
    if (!options.allowMissing) {
        if (Status s = preview.check(); !s)
            return s.error();
    }
    return preview;
}

Status ImportPreview::check() const
{
    if (missing.isEmpty())
        return {};
    return Error(Error::Code::InvalidInput,
                 Tr::tr("The file has no column for %1, which %2 records need. Its columns are %3. "
                        "Choose the column that holds it.")
                     .arg(missing.join(QLatin1String(", ")), csv::kindName(kind), csv::quotedList(header)),
                 missing.first());
}

QString ImportPreview::encodingName() const
{
    return csv::encodingName(encoding);
}

QString ImportPreview::delimiterName() const
{
    return delimiter == u'\t' ? QStringLiteral("tab") : QString(QChar(delimiter));
}

QString ImportPreview::layoutName() const
{
    const QString &id = map.layout;
    if (id == QLatin1String("canonical"))
        return Tr::tr("ChainCard's own columns");
    if (id == QLatin1String("synonyms"))
        return Tr::tr("Columns recognised by their names");
    if (id == QLatin1String("square-customers"))
        return Tr::tr("Square customer directory export");
    if (id == QLatin1String("square-transactions"))
        return Tr::tr("Square transactions export");
    if (id == QLatin1String("shopify-customers"))
        return Tr::tr("Shopify customers export");
    if (id == QLatin1String("loyverse-customers"))
        return Tr::tr("Loyverse customers export");
    if (id == QLatin1String("loyverse-receipts"))
        return Tr::tr("Loyverse receipts export");
    if (id == QLatin1String("toast-guests"))
        return Tr::tr("Toast guest export");
    if (id == QLatin1String("toast-checks"))
        return Tr::tr("Toast check details export");
    if (id == QLatin1String("toast-orders"))
        return Tr::tr("Toast order details export");
    return id;
}

const FieldMapping *ImportPreview::mapping(const QString &field) const
{
    for (const FieldMapping &m : fields) {
        if (m.field == field)
            return &m;
    }
    return nullptr;
}

} // namespace core::csvio
