#include "core/retention/rowstream.h"

#include "core/storage/bulkinserter.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#ifdef CHAINCARD_HAVE_SQLITE_API
#include <sqlite3.h>
#endif

namespace core::retention {

#ifdef CHAINCARD_HAVE_SQLITE_API
namespace {

sqlite3_stmt *statementOf(void *statement)
{
    return static_cast<sqlite3_stmt *>(statement);
}

Error sqliteError(sqlite3 *db)
{
    const QString text = QString::fromUtf8(sqlite3_errmsg(db));
    return storage::toError(QSqlError(
        text, text, QSqlError::StatementError, QString::number(sqlite3_extended_errcode(db))));
}

} // namespace
#endif

RowStream::RowStream(storage::Database &db, const QString &sql)
    : m_db(db)
    , m_query(db.sql())
{
#ifdef CHAINCARD_HAVE_SQLITE_API
    if (storage::BulkInserter::sqliteApiAvailable(db)) {
        const QVariant handle = db.sql().driver()->handle();
        sqlite3 *raw = *static_cast<sqlite3 *const *>(handle.constData());
        const QByteArray text = sql.toUtf8();
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(raw, text.constData(), int(text.size()), &statement, nullptr)
            != SQLITE_OK) {
            m_status = sqliteError(raw);
            sqlite3_finalize(statement);
            return;
        }
        m_statement = statement;
        return;
    }
#endif
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        m_status = storage::toError(m_query.lastError());
}

RowStream::~RowStream()
{
#ifdef CHAINCARD_HAVE_SQLITE_API
    if (m_statement)
        sqlite3_finalize(statementOf(m_statement));
#endif
}

Status RowStream::start(std::initializer_list<qint64> values)
{
    if (!m_status)
        return m_status;
#ifdef CHAINCARD_HAVE_SQLITE_API
    if (m_statement) {
        sqlite3_stmt *statement = statementOf(m_statement);
        sqlite3_reset(statement);
        int i = 0;
        for (qint64 v : values)
            sqlite3_bind_int64(statement, ++i, v);
        return {};
    }
#endif
    int i = 0;
    for (qint64 v : values)
        m_query.bindValue(i++, v);
    if (!m_query.exec())
        m_status = storage::toError(m_query.lastError());
    return m_status;
}

bool RowStream::next()
{
    if (!m_status)
        return false;
#ifdef CHAINCARD_HAVE_SQLITE_API
    if (m_statement) {
        sqlite3_stmt *statement = statementOf(m_statement);
        const int rc = sqlite3_step(statement);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            m_status = sqliteError(sqlite3_db_handle(statement));
        sqlite3_reset(statement);
        return false;
    }
#endif
    if (m_query.next())
        return true;
    if (m_query.lastError().isValid())
        m_status = storage::toError(m_query.lastError());
    m_query.finish();
    return false;
}

qint64 RowStream::integer(int column) const
{
#ifdef CHAINCARD_HAVE_SQLITE_API
    if (m_statement)
        return sqlite3_column_int64(statementOf(m_statement), column);
#endif
    return m_query.value(column).toLongLong();
}

bool RowStream::isNull(int column) const
{
#ifdef CHAINCARD_HAVE_SQLITE_API
    if (m_statement)
        return sqlite3_column_type(statementOf(m_statement), column) == SQLITE_NULL;
#endif
    return m_query.isNull(column);
}

} // namespace core::retention
