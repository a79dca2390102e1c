#include "core/csvio/importer.h"

#include "core/audit/auditlog.h"
#include "core/chain/chainsettings.h"
#include "core/common/log.h"
#include "core/csv/csvwriter.h"
#include "core/csv/headermatcher.h"
#include "core/csvio/rowfeed.h"
#include "core/csvio/rowsink.h"
#include "core/storage/bulksession.h"
#include "core/storage/database.h"
#include "core/storage/savepoint.h"
#include "core/storage/sql.h"
#include "core/storage/writetransaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QIODevice>
#include <QJsonObject>

namespace core::csvio {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

// Rows looked at to settle a time column's order of day and month before reading on to the
// end of the file for one that decides it.
constexpr qint64 sniffRows = 100000;

// Page cache for the import, KiB: the indexes a large file touches stay in memory.
constexpr int bulkCacheKiB = 128 * 1024;

// A row of any kind takes at least this many bytes of a file; a file that may bring more rows
// than half of what its table holds has the table's random-order indexes built after the load.
constexpr qint64 minimumRowBytes = 40;

// The indexes worth dropping for this load: none for a file small next to the table.
Result<QStringList> indexesToDefer(storage::Database &db, const RowSink &sink, const QIODevice *file)
{
    const RowSink::DeferrableIndexes deferrable = sink.deferrableIndexes();
    if (deferrable.names.isEmpty() || file->isSequential())
        return QStringList();
    auto rows = storage::scalar(db, QStringLiteral("SELECT coalesce(max(rowid), 0) FROM %1").arg(deferrable.table));
    if (!rows)
        return rows.error();
    if (file->size() / minimumRowBytes <= rows->toLongLong() / 2)
        return QStringList();
    return deferrable.names;
}

bool isFatal(const Error &e)
{
    switch (e.code()) {
    case Error::Code::Storage:
    case Error::Code::Io:
    case Error::Code::Locked:
    case Error::Code::Corrupt:
    case Error::Code::NotChainCard:
    case Error::Code::TooNew: return true;
    default: return false;
    }
}

// The file's name for a field: its column, or the columns it is made of.
QString columnName(const csv::ColumnMap &map, const QString &field)
{
    if (field.isEmpty())
        return {};
    const int column = map.column(field);
    if (column >= 0 && column < map.header.size())
        return map.header[column];
    if (const csv::CombinedField *combined = map.combination(field)) {
        QStringList names;
        for (int c : combined->columns)
            names << map.header.value(c);
        return names.join(QLatin1String(" + "));
    }
    return field;
}

Result<QStringList> readHeader(csv::CsvReader &reader)
{
    csv::CsvRecord record;
    auto more = reader.readRecord(record);
    if (!more)
        return more.error();
    if (!*more)
        return Error(Error::Code::InvalidInput, Tr::tr("The file is empty: it has no header row."));
    return record.fields();
}

// Settles each time field's parser: an explicit --date-format for all of them, or each
// column's own order of day and month from its values.
Error cancelledError()
{
    return Error(Error::Code::Conflict, Tr::tr("The import was cancelled; nothing was written."),
                 QStringLiteral("cancelled"));
}

Status settleParsers(ImportContext &ctx, const RowSink &sink, const csv::ColumnMap &map, QIODevice *file,
                     const ImportOptions &options, const QTimeZone &zone)
{
    QStringList fields;
    for (const QString &field : sink.timeFields()) {
        if (map.has(field))
            fields << field;
    }
    if (fields.isEmpty())
        return {};
    if (!options.dateFormat.isEmpty()) {
        auto parser = csv::DateTimeParser::withFormat(options.dateFormat, zone);
        if (!parser)
            return parser.error();
        for (const QString &field : fields)
            ctx.setParser(field, *parser);
        return {};
    }
    if (file->isSequential())
        return {};
    QVector<csv::DateOrderSniffer> sniffers(fields.size());
    csv::CsvReader reader(file, options.csv);
    if (auto header = readHeader(reader); !header)
        return header.error();
    csv::CsvRecord record;
    qint64 rows = 0;
    for (;;) {
        auto more = reader.readRecord(record);
        if (!more)
            continue; // bad rows are reported by the import itself
        if (!*more)
            break;
        const QStringList cells = record.fields();
        for (int i = 0; i < fields.size(); ++i)
            sniffers[i].add(map.text(cells, fields[i]));
        // This pass may read the whole file: Cancel is heard here too (the bar stays at 0).
        if ((rows & 0xFFF) == 0 && options.progress && !options.progress(0))
            return cancelledError();
        if (++rows >= sniffRows) {
            bool settled = true;
            for (int i = 0; i < fields.size(); ++i)
                settled = settled && sniffers[i].result().ok();
            if (settled)
                break;
        }
    }
    for (int i = 0; i < fields.size(); ++i) {
        auto order = sniffers[i].result(columnName(map, fields[i]));
        if (!order)
            return order.error();
        ctx.setParser(fields[i], csv::DateTimeParser(zone, *order));
    }
    if (!file->seek(0))
        return Error(Error::Code::Io, Tr::tr("The file could not be read a second time."));
    return {};
}

} // namespace

Importer::Importer(storage::Database &db)
    : m_db(db)
{
}

Result<ImportReport> Importer::run(const auth::Actor &actor, QIODevice *file, const ImportOptions &options)
{
    auto settings = chain::ChainStore::load(m_db);
    if (!settings)
        return settings.error();
    ImportContext ctx(m_db, actor, *settings);
    auto sink = RowSink::create(options.kind, ctx);
    if (auto s = sink->allowed(); !s)
        return s.error();

    csv::ColumnMap map;
    {
        csv::CsvReader reader(file, options.csv);
        auto header = readHeader(reader);
        if (!header)
            return header.error();
        auto matched = csv::HeaderMatcher::match(options.kind, *header, options.overrides);
        if (!matched)
            return matched.error();
        map = *matched;
    }
    if (!file->isSequential() && !file->seek(0))
        return Error(Error::Code::Io, Tr::tr("The file could not be read a second time."));
    if (auto s = settleParsers(ctx, *sink, map, file, options, settings->timeZone()); !s)
        return s.error();

    ImportReport report;
    report.kind = csv::kindName(options.kind);
    report.layout = map.layout;
    report.mapping = map.describe();
    report.unknownColumns = map.unknownHeaders();
    report.dryRun = options.dryRun;

    csv::CsvReader reader(file, options.csv);
    if (auto header = readHeader(reader); !header)
        return header.error();
    report.encoding = csv::encodingName(reader.encoding());
    report.delimiter = reader.delimiter() == u'\t' ? QStringLiteral("tab") : QString(QChar(reader.delimiter()));

    std::optional<csv::CsvWriter> errorsOut;
    if (options.errorReport) {
        errorsOut.emplace(options.errorReport);
        if (auto s = errorsOut->writeRecord({ QStringLiteral("row"), QStringLiteral("column"),
                                              QStringLiteral("reason") });
            !s)
            return s.error();
    }
    const auto reject = [&](qint64 line, const QString &column, const QString &reason) -> Status {
        ++report.rejected;
        if (report.errors.size() < ImportReport::keptErrors)
            report.errors.push_back({ line, column, reason });
        if (errorsOut)
            return errorsOut->writeRecord({ QString::number(line), column, reason },
                                          { csv::CsvWriter::Cell::Verbatim, csv::CsvWriter::Cell::Text,
                                            csv::CsvWriter::Cell::Text });
        return {};
    };

    storage::BulkSession::Options bulk;
    bulk.cacheKiB = bulkCacheKiB;
    bulk.trusted = sink->trustedRows();
    storage::BulkSession session(m_db, bulk);
    storage::WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (auto s = ctx.load(); !s)
        return s.error();
    if (auto s = sink->begin(); !s)
        return s.error();
    auto deferred = indexesToDefer(m_db, *sink, file);
    if (!deferred)
        return deferred.error();
    if (auto s = session.dropIndexes(*deferred); !s)
        return s.error();
    const bool savepoints = sink->needsSavepoint();
    const auto count = [&report](Outcome outcome) {
        switch (outcome) {
        case Outcome::Inserted: ++report.inserted; break;
        case Outcome::Updated: ++report.updated; break;
        case Outcome::Unchanged: ++report.unchanged; break;
        case Outcome::Merged: ++report.merged; break;
        case Outcome::Skipped: ++report.skipped; break;
        }
    };
    // A row's refusal is reported against it; an error of the storage or the device ends the
    // import (nothing is written).
    const auto settle = [&](qint64 line, const Result<Outcome> &outcome) -> Status {
        if (outcome) {
            count(*outcome);
            return {};
        }
        if (isFatal(outcome.error()))
            return outcome.error();
        return reject(line, columnName(map, outcome.error().field()), outcome.error().message());
    };
    const auto cancelled = [&](qint64 bytesRead) {
        return options.progress && !options.progress(bytesRead);
    };
    const Error cancel = cancelledError();
    QElapsedTimer phase;
    phase.start();

    if (auto *twoStep = dynamic_cast<TwoStepSink *>(sink.get())) {
        // Rows are read and checked on a second thread while this one writes.
        RowFeed feed(reader, map, *twoStep);
        std::vector<FedRow> batch;
        for (;;) {
            if (auto s = feed.next(batch); !s)
                return s.error();
            if (batch.empty())
                break;
            for (FedRow &row : batch) {
                ++report.rows;
                const Result<Outcome> outcome
                    = row.prepared ? twoStep->write(*row.prepared) : Result<Outcome>(*row.error);
                if (auto s = settle(row.line, outcome); !s)
                    return s.error();
            }
            if (cancelled(feed.bytesRead()))
                return cancel;
        }
    } else {
        csv::CsvRecord record;
        for (;;) {
            auto more = reader.readRecord(record);
            if (!more && reader.errorLine() == 0)
                return more.error();
            if (more && !*more)
                break;
            ++report.rows;
            if (!more) {
                if (auto s = settle(reader.errorLine(), more.error()); !s)
                    return s.error();
                continue;
            }
            const QStringList cells = record.fields();
            const ImportRow row { cells, map, record.line(), map.classify(cells) };
            std::optional<storage::Savepoint> savepoint;
            if (savepoints) {
                savepoint.emplace(m_db);
                if (!savepoint->ok())
                    return savepoint->error();
            }
            auto outcome = sink->apply(row);
            if (savepoint) {
                if (auto s = outcome ? savepoint->release() : savepoint->rollback(); !s)
                    return s.error();
            }
            if (auto s = settle(row.line, outcome); !s)
                return s.error();
            if ((report.rows & 0xFFF) == 0 && cancelled(reader.bytesRead()))
                return cancel;
        }
    }
    if (errorsOut) {
        if (auto s = errorsOut->flush(); !s)
            return s.error();
    }
    qCDebug(lcImport) << report.rows << "rows read and written in" << phase.restart() << "ms";
    if (options.dryRun || (report.rejected > 0 && !options.skipBad)) {
        tx.rollback(); // brings any dropped index back too
        return report;
    }
    if (auto s = session.rebuildIndexes(); !s)
        return s.error();
    qCDebug(lcImport) << deferred->size() << "indexes built again in" << phase.restart() << "ms";
    QJsonObject counts { { QStringLiteral("rows"), report.rows },
                         { QStringLiteral("inserted"), report.inserted },
                         { QStringLiteral("updated"), report.updated },
                         { QStringLiteral("unchanged"), report.unchanged },
                         { QStringLiteral("merged"), report.merged },
                         { QStringLiteral("rejected"), report.rejected },
                         { QStringLiteral("layout"), report.layout } };
    if (auto s = audit::AuditLog::record(m_db, actor, QStringLiteral("import.") + report.kind,
                                         QStringLiteral("import"), 0, actor.branchId(), {}, counts);
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    qCDebug(lcImport) << "committed in" << phase.restart() << "ms";
    report.written = true;
    return report;
}

} // namespace core::csvio
