#include "core/storage/bulkinserter.h"

#include "core/common/log.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>


#ifdef CHAINCARD_HAVE_SQLITE_API
#include <sqlite3.h>
#endif

namespace core::storage {

BulkStatement::~BulkStatement() = default;

void BulkStatement::bindOptional(int index, qint64 value)
{
    if (value == 0)
        bindNull(index);
    else
        bindInt(index, value);
}

namespace {

// The portable path: a QSqlQuery prepared once and executed per row.
class QtStatement final : public BulkStatement
{
public:
    explicit QtStatement(QSqlQuery query) : m_query(std::move(query)) { }

    void bindInt(int index, qint64 value) override { m_query.bindValue(index, value); }
    void bindNull(int index) override { m_query.bindValue(index, QVariant()); }
    void bindText(int index, const char *utf8, int size) override
    {
        m_query.bindValue(index, QString::fromUtf8(utf8, size));
    }
    Status step() override
    {
        if (!m_query.exec())
            return toError(m_query.lastError());
        return {};
    }
    Result<bool> fetch() override
    {
        if (!m_query.exec())
            return toError(m_query.lastError());
        return m_query.next();
    }
    Result<bool> next() override
    {
        if (m_query.next())
            return true;
        if (m_query.lastError().isValid())
            return toError(m_query.lastError());
        return false;
    }
    qint64 columnInt(int index) override { return m_query.value(index).toLongLong(); }
    QString columnText(int index) override { return m_query.value(index).toString(); }
    void done() override { m_query.finish(); }

private:
    QSqlQuery m_query;
};

#ifdef CHAINCARD_HAVE_SQLITE_API

Error sqliteError(sqlite3 *db, int rc)
{
    // Through toError, so both backends report a failure the same way.
    const QString text = QString::fromUtf8(sqlite3_errmsg(db));
    const int code = sqlite3_extended_errcode(db);
    return toError(QSqlError(text, text, QSqlError::StatementError,
                             QString::number(code != SQLITE_OK ? code : rc)));
}

class SqliteStatement final : public BulkStatement
{
public:
    SqliteStatement(sqlite3 *db, sqlite3_stmt *statement) : m_db(db), m_statement(statement) { }
    ~SqliteStatement() override { sqlite3_finalize(m_statement); }

    void bindInt(int index, qint64 value) override
    {
        rewind();
        sqlite3_bind_int64(m_statement, index + 1, value);
    }
    void bindNull(int index) override
    {
        rewind();
        sqlite3_bind_null(m_statement, index + 1);
    }
    void bindText(int index, const char *utf8, int size) override
    {
        rewind();
        sqlite3_bind_text(m_statement, index + 1, utf8, size, SQLITE_STATIC);
    }
    Status step() override
    {
        rewind();
        const int rc = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW)
            return sqliteError(m_db, rc);
        return {};
    }
    Result<bool> fetch() override
    {
        rewind();
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW) {
            m_onRow = true; // reset before the next use, once the columns have been read
            return true;
        }
        sqlite3_reset(m_statement);
        if (rc != SQLITE_DONE)
            return sqliteError(m_db, rc);
        return false;
    }
    Result<bool> next() override
    {
        if (!m_onRow)
            return false;
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW)
            return true;
        m_onRow = false;
        sqlite3_reset(m_statement);
        if (rc != SQLITE_DONE)
            return sqliteError(m_db, rc);
        return false;
    }
    qint64 columnInt(int index) override { return sqlite3_column_int64(m_statement, index); }
    QString columnText(int index) override
    {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, index));
        return QString::fromUtf8(text, sqlite3_column_bytes(m_statement, index));
    }
    void done() override { rewind(); }

private:
    void rewind()
    {
        if (m_onRow) {
            sqlite3_reset(m_statement);
            m_onRow = false;
        }
    }

    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
    bool m_onRow = false;
};

sqlite3 *driverHandle(Database &db)
{
    const QVariant handle = db.sql().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3 *raw = *static_cast<sqlite3 *const *>(handle.constData());
    if (!raw)
        return nullptr;
    // The handle is only ours to use when the driver runs the library linked here: a Qt plugin
    // with its own copy of SQLite would have a different build, and its handle must not reach
    // these functions.
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT sqlite_source_id()")) || !q.next())
        return nullptr;
    if (q.value(0).toString() != QString::fromLatin1(sqlite3_sourceid())) {
        qCInfo(lcStorage) << "the Qt SQLite driver runs" << q.value(0).toString()
                          << "but this build links" << sqlite3_sourceid()
                          << "- bulk writes go through QSqlQuery";
        return nullptr;
    }
    return raw;
}

#endif

} // namespace

BulkInserter::BulkInserter(Database &db, Backend backend)
    : m_db(db)
{
#ifdef CHAINCARD_HAVE_SQLITE_API
    if (backend == Backend::Automatic)
        m_handle = driverHandle(db);
#else
    (void)backend;
#endif
}

BulkInserter::~BulkInserter()
{
#ifdef CHAINCARD_HAVE_SQLITE_API
    if (m_triggersDisabled)
        sqlite3_db_config(static_cast<sqlite3 *>(m_handle), SQLITE_DBCONFIG_ENABLE_TRIGGER, 1, nullptr);
    for (const Registered &f : m_functions)
        sqlite3_create_function_v2(static_cast<sqlite3 *>(m_handle), f.name.constData(), f.argc,
            SQLITE_UTF8, nullptr, nullptr, nullptr, nullptr, nullptr);
#endif
}

#ifdef CHAINCARD_HAVE_SQLITE_API
namespace {

void callFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    constexpr int most = 8;
    qint64 args[most] = {};
    for (int i = 0; i < argc && i < most; ++i)
        args[i] = sqlite3_value_int64(argv[i]);
    const auto *body = static_cast<const BulkInserter::Function *>(sqlite3_user_data(context));
    sqlite3_result_int64(context, (*body)(args));
}

} // namespace
#endif

bool BulkInserter::addFunction(const char *name, int argc, Function body)
{
#ifdef CHAINCARD_HAVE_SQLITE_API
    if (!m_handle || argc < 0 || argc > 8)
        return false;
    auto held = std::make_unique<Function>(std::move(body));
    // Not deterministic: SQLite calls it for every row instead of reusing an earlier result.
    if (sqlite3_create_function_v2(static_cast<sqlite3 *>(m_handle), name, argc,
            SQLITE_UTF8 | SQLITE_DIRECTONLY, held.get(), callFunction, nullptr, nullptr, nullptr)
        != SQLITE_OK)
        return false;
    m_functions.push_back({ QByteArray(name), argc, std::move(held) });
    return true;
#else
    (void)name;
    (void)argc;
    (void)body;
    return false;
#endif
}

bool BulkInserter::disableTriggers()
{
#ifdef CHAINCARD_HAVE_SQLITE_API
    if (!m_handle)
        return false;
    int enabled = 1;
    if (sqlite3_db_config(static_cast<sqlite3 *>(m_handle), SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &enabled)
            != SQLITE_OK
        || enabled != 0)
        return false;
    m_triggersDisabled = true;
    return true;
#else
    return false;
#endif
}

bool BulkInserter::sqliteApiAvailable(Database &db)
{
#ifdef CHAINCARD_HAVE_SQLITE_API
    return driverHandle(db) != nullptr;
#else
    (void)db;
    return false;
#endif
}

Result<std::unique_ptr<BulkStatement>> BulkInserter::prepare(const QString &sql)
{
#ifdef CHAINCARD_HAVE_SQLITE_API
    if (m_handle) {
        auto *db = static_cast<sqlite3 *>(m_handle);
        const QByteArray text = sql.toUtf8();
        sqlite3_stmt *statement = nullptr;
        const int rc = sqlite3_prepare_v2(db, text.constData(), int(text.size()), &statement, nullptr);
        if (rc != SQLITE_OK) {
            sqlite3_finalize(statement);
            const Error e = sqliteError(db, rc);
            return Error(Error::Code::Storage, e.message());
        }
        return std::unique_ptr<BulkStatement>(new SqliteStatement(db, statement));
    }
#endif
    auto query = storage::prepare(m_db, sql);
    if (!query)
        return query.error();
    return std::unique_ptr<BulkStatement>(new QtStatement(std::move(query).value()));
}

} // namespace core::storage
