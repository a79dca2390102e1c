#pragma once

#include "core/common/result.h"
#include "core/csv/recordkind.h"
#include "core/csvio/importcontext.h"
#include "core/csvio/importrow.h"

#include <QHash>
#include <QStringList>

#include <memory>

namespace core::csvio {

// What one row did to the chain.
enum class Outcome { Inserted, Updated, Unchanged, Merged, Skipped };

// Writes the rows of one kind of record. apply() validates the whole row before it writes
// anything; an error whose field is set rejects the row, a storage error ends the import.
class RowSink
{
public:
    explicit RowSink(ImportContext &context)
        : m_ctx(context)
    {
    }
    virtual ~RowSink();
    RowSink(const RowSink &) = delete;
    RowSink &operator=(const RowSink &) = delete;

    static std::unique_ptr<RowSink> create(csv::Kind kind, ImportContext &context);

    // Fields read as dates and times: the importer settles each one's day/month order from
    // the file's values before the first row is applied.
    virtual QStringList timeFields() const { return {}; }
    // Whether a row that fails part-way may have written something (it goes through services
    // that write in steps), so the importer wraps each row in a savepoint.
    virtual bool needsSavepoint() const { return true; }
    // Whether every row this kind writes is consistent by construction (each value checked and
    // written in its canonical form, each reference looked up or just written): the load then
    // skips SQLite's CHECK and foreign-key evaluation row by row (BulkSession's `trusted`);
    // `check` verifies the result. Unique keys are enforced either way.
    virtual bool trustedRows() const { return false; }
    // Indexes on `table` (the one this kind fills) whose keys the rows bring in random order.
    // When the file is large next to what the table holds, the importer drops them for the
    // load and builds them again at the end: one sort instead of a search per row.
    struct DeferrableIndexes
    {
        QString table;
        QStringList names;
    };
    virtual DeferrableIndexes deferrableIndexes() const { return {}; }
    // Who may import this kind at all.
    virtual Status allowed() const;
    virtual Status begin() { return {}; }
    virtual Result<Outcome> apply(const ImportRow &row) = 0;

protected:
    ImportContext &m_ctx;
};

// A row that TwoStepSink::prepare() has checked and converted, ready to be written.
struct PreparedRow
{
    virtual ~PreparedRow();
};

// A kind whose rows can be checked without asking the database: apply() is split into
// prepare(), which only reads the context (the importer runs it on a second thread, ahead of
// the writes: see RowFeed), and write(), which runs on the importing thread in file order.
class TwoStepSink : public RowSink
{
public:
    using RowSink::RowSink;
    virtual Result<std::unique_ptr<PreparedRow>> prepare(const ImportRow &row) const = 0;
    virtual Result<Outcome> write(PreparedRow &row) = 0;
    Result<Outcome> apply(const ImportRow &row) final;
};

// A stable reference for a row that brings none (no receipt number, no ledger reference), so
// that importing the same file again finds what the first import wrote: a digest of the row's
// identifying values and how many identical rows came before it in the file.
class DerivedKeys
{
public:
    QString next(const QString &prefix, const QStringList &parts);

private:
    // By a 64-bit digest of the values: 16 bytes or so a row, only for rows that need a key.
    QHash<quint64, quint32> m_seen;
};

} // namespace core::csvio
