#include "core/csv/headermatcher.h"

#include "core/csv/fieldsynonyms.h"
#include "core/csv/foreignlayouts.h"

#include <QCoreApplication>
#include <QHash>

namespace core::csv {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CsvHeaders)
};

QList<bool> usedColumns(const ColumnMap &map)
{
    QList<bool> used(map.header.size(), false);
    for (auto it = map.fields.cbegin(); it != map.fields.cend(); ++it) {
        if (it.value() >= 0 && it.value() < used.size())
            used[it.value()] = true;
    }
    for (const CombinedField &c : map.combined) {
        for (const int column : c.columns) {
            if (column >= 0 && column < used.size())
                used[column] = true;
        }
    }
    return used;
}

void removeField(ColumnMap &map, const QString &field)
{
    map.fields.remove(field);
    map.combined.removeIf([&](const CombinedField &c) { return c.field == field; });
}

// Columns left over after a foreign layout: canonical names still count.
void matchCanonicalNames(ColumnMap &map, const QStringList &normalized)
{
    const QList<bool> used = usedColumns(map);
    const QStringList fields = canonicalColumns(map.kind) + extraFields(map.kind);
    for (int column = 0; column < normalized.size(); ++column) {
        if (used[column])
            continue;
        for (const QString &field : fields) {
            if (normalized[column] == normalizeHeader(field) && !map.has(field)) {
                map.fields.insert(field, column);
                break;
            }
        }
    }
}

void matchSynonyms(ColumnMap &map, const QStringList &normalized)
{
    struct Candidate
    {
        int column = -1;
        int rank = 0;
    };
    QHash<QString, Candidate> best;
    for (int column = 0; column < normalized.size(); ++column) {
        std::optional<Synonym> hit = lookupSynonym(map.kind, normalized[column]);
        if (!hit)
            hit = lookupSynonym(map.kind, normalizeHeaderWithoutRemark(map.header[column]));
        if (!hit)
            continue;
        const auto it = best.constFind(hit->field);
        if (it == best.constEnd() || hit->rank < it->rank)
            best.insert(hit->field, Candidate{ column, hit->rank });
    }
    bool onlyCanonical = true;
    for (auto it = best.cbegin(); it != best.cend(); ++it) {
        if (it.key().startsWith(QLatin1Char('@')))
            continue;
        map.fields.insert(it.key(), it->column);
        onlyCanonical = onlyCanonical && it->rank == 0;
    }
    // Parts the file keeps in separate columns, when it has no column for the whole.
    const auto join = [&](const QString &field, const QString &first, const QString &second, Combine how) {
        if (field.isEmpty() || map.fields.contains(field))
            return;
        const int a = best.value(first).column;
        const int b = best.value(second).column;
        if (a >= 0 && b >= 0)
            map.combined.append(CombinedField{ field, how, { a, b } });
        else if (a >= 0 || b >= 0)
            map.fields.insert(field, a >= 0 ? a : b);
        else
            return;
        onlyCanonical = false;
    };
    if (canonicalColumns(map.kind).contains(QLatin1String("name")))
        join(QStringLiteral("name"), QStringLiteral("@given"), QStringLiteral("@family"), Combine::PersonName);
    join(timeFieldOf(map.kind), QStringLiteral("@date"), QStringLiteral("@time"), Combine::DateAndTime);
    map.layout = onlyCanonical ? QStringLiteral("canonical") : QStringLiteral("synonyms");
}

int findHeader(const QStringList &header, const QString &name)
{
    const QString wanted = name.trimmed();
    for (int column = 0; column < header.size(); ++column) {
        QString h = header[column].trimmed();
        if (h.startsWith(QChar(0xFEFF)))
            h = h.mid(1).trimmed();
        if (h == wanted)
            return column;
    }
    const QString normalized = normalizeHeader(wanted);
    for (int column = 0; column < header.size(); ++column) {
        if (!normalized.isEmpty() && normalizeHeader(header[column]) == normalized)
            return column;
    }
    return -1;
}

Status applyOverrides(ColumnMap &map, const QList<QPair<QString, QString>> &overrides)
{
    for (const auto &[rawField, rawHeader] : overrides) {
        const QString field = rawField.trimmed().toLower();
        if (!isField(map.kind, field))
            return Error(Error::Code::InvalidInput,
                         Tr::tr("--map %1=%2: \"%1\" is not a field of %3 records; the fields are %4.")
                             .arg(rawField, rawHeader, kindName(map.kind),
                                  (canonicalColumns(map.kind) + extraFields(map.kind))
                                      .join(QLatin1String(", "))),
                         QStringLiteral("map"));
        removeField(map, field);
        if (rawHeader.trimmed().isEmpty())
            continue; // left out on purpose
        const int column = findHeader(map.header, rawHeader);
        if (column < 0)
            return Error(Error::Code::InvalidInput,
                         Tr::tr("--map %1=%2: the file has no column \"%2\"; its columns are %3.")
                             .arg(rawField, rawHeader, quotedList(map.header)),
                         QStringLiteral("map"));
        map.fields.removeIf([&](const QHash<QString, int>::iterator &it) { return it.value() == column; });
        map.fields.insert(field, column);
    }
    return {};
}

} // namespace

Result<ColumnMap> HeaderMatcher::inspect(Kind kind, const QStringList &header, const MatchOptions &options)
{
    ColumnMap map;
    map.kind = kind;
    map.header = header;
    QStringList normalized;
    normalized.reserve(header.size());
    for (const QString &h : header)
        normalized.append(normalizeHeader(h));

    if (std::optional<LayoutMatch> layout = recogniseLayout(kind, normalized)) {
        map.layout = layout->id;
        map.fields = layout->fields;
        map.combined = layout->combined;
        matchCanonicalNames(map, normalized);
    } else {
        matchSynonyms(map, normalized);
    }

    const Status overridden = applyOverrides(map, options.overrides);
    if (!overridden)
        return overridden.error();

    const QList<bool> used = usedColumns(map);
    for (int column = 0; column < header.size(); ++column) {
        if (!used[column])
            map.unknown.append(column);
    }
    for (const QString &field : requiredColumns(kind)) {
        if (!map.has(field) && !options.defaulted.contains(field))
            map.missing.append(field);
    }
    return map;
}

Result<ColumnMap> HeaderMatcher::match(Kind kind, const QStringList &header, const MatchOptions &options)
{
    Result<ColumnMap> map = inspect(kind, header, options);
    if (!map || map->missing.isEmpty())
        return map;
    return Error(Error::Code::InvalidInput,
                 Tr::tr("The file has no column for %1, which %2 records need. Its columns are %3. "
                        "Name the column with --map FIELD=HEADER.")
                     .arg(map->missing.join(QLatin1String(", ")), kindName(kind),
                          quotedList(header)),
                 map->missing.first());
}

Result<ColumnMap> HeaderMatcher::match(Kind kind, const QStringList &header,
                                       const QList<QPair<QString, QString>> &overrides)
{
    MatchOptions options;
    options.overrides = overrides;
    return match(kind, header, options);
}

Result<QList<QPair<QString, QString>>> HeaderMatcher::parseOverrides(const QStringList &arguments)
{
    QList<QPair<QString, QString>> pairs;
    for (const QString &argument : arguments) {
        const qsizetype eq = argument.indexOf(QLatin1Char('='));
        if (eq <= 0 || argument.left(eq).trimmed().isEmpty())
            return Error(Error::Code::InvalidInput,
                         Tr::tr("--map needs FIELD=HEADER, such as --map phone=手机号, not \"%1\".")
                             .arg(argument),
                         QStringLiteral("map"));
        pairs.append({ argument.left(eq).trimmed(), argument.mid(eq + 1) });
    }
    return pairs;
}

QString quotedList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted.append(QLatin1Char('"') + name + QLatin1Char('"'));
    return quoted.join(QLatin1String(", "));
}

} // namespace core::csv
