#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace core::storage {

class Database;

// One prepared statement run for many rows (DESIGN.md, Storage: bulk work). Values are bound by
// 0-based position; text is UTF-8 and must stay valid until step() or fetch(), which run the
// statement with the bound values.
class BulkStatement
{
public:
    virtual ~BulkStatement();
    virtual void bindInt(int index, qint64 value) = 0;
    virtual void bindNull(int index) = 0;
    virtual void bindText(int index, const char *utf8, int size) = 0;
    virtual Status step() = 0;
    // Runs a query with the bound values and stops on its first row: true when there is one,
    // whose columns column*() then read. done() lets go of the row (a statement left on a row
    // keeps a read open, which blocks schema changes such as CREATE INDEX on its table).
    virtual Result<bool> fetch() = 0;
    // After fetch() returned true: moves to the query's next row; false after the last one.
    virtual Result<bool> next() = 0;
    virtual qint64 columnInt(int index) = 0;
    virtual QString columnText(int index) = 0;
    virtual void done() = 0;

    void bindOptional(int index, qint64 value); // 0 binds NULL
};

// The seam between bulk writers (demo data, later imports) and the database: through the sqlite3
// C API on the Qt driver's own handle where that is safe, else through QSqlQuery. Qt's per-row
// overhead (QVariant binding, a result object per exec) is several times SQLite's own cost, so
// the C API matters when millions of rows are written; both backends write the same rows.
//
// The C API is used when the build links SQLite (CMake option CHAINCARD_SQLITE_C_API), the
// driver hands out an sqlite3* and the library linked here is the very SQLite the driver runs
// (same source id). Debian's Qt plugin links the system libsqlite3, so it qualifies; Qt's own
// Windows and macOS builds carry a private SQLite inside the plugin and take the fallback.
class BulkInserter
{
public:
    enum class Backend { Automatic, QtSql };

    explicit BulkInserter(Database &db, Backend backend = Backend::Automatic);
    ~BulkInserter();
    BulkInserter(const BulkInserter &) = delete;
    BulkInserter &operator=(const BulkInserter &) = delete;

    bool usesSqliteApi() const { return m_handle != nullptr; }
    Result<std::unique_ptr<BulkStatement>> prepare(const QString &sql);

    // Turns this connection's triggers off until the inserter is destroyed (C API only; false
    // when not possible). An INSERT that may fire a trigger writes every page it touches to a
    // statement journal first, which costs more than the row itself; a caller may switch them
    // off only when it has made sure none of them would do anything for its rows. Statements
    // prepared afterwards are compiled without triggers.
    bool disableTriggers();

    // A scalar SQL function `name` of `argc` integer arguments on this connection, until the
    // inserter is destroyed (C API only; false when not possible: the caller then does without
    // it). `body` receives the arguments and gives the function's integer result; it runs on
    // the connection's thread for every call, so a statement can count the rows it walks as it
    // writes them. Statements using it are prepared after this call and finished before the
    // inserter goes.
    using Function = std::function<qint64(const qint64 *args)>;
    bool addFunction(const char *name, int argc, Function body);

    // Whether this build can reach the driver's SQLite at all (tests skip the comparison of the
    // two backends when it cannot).
    static bool sqliteApiAvailable(Database &db);

private:
    Database &m_db;
    void *m_handle = nullptr; // the driver's sqlite3*, when the C API is used
    bool m_triggersDisabled = false;
    struct Registered
    {
        QByteArray name;
        int argc;
        std::unique_ptr<Function> body;
    };
    std::vector<Registered> m_functions;
};

} // namespace core::storage
