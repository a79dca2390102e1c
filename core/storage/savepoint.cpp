#include "core/storage/savepoint.h"

#include "core/storage/database.h"
#include "core/storage/sql.h"

#include <QSqlQuery>

namespace core::storage {

namespace {

Status run(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql))
        return toError(q.lastError());
    return {};
}

} // namespace

Savepoint::Savepoint(Database &db, const QString &name)
    : m_db(db)
    , m_name(name)
    , m_failedBefore(db.transactionFailed())
{
    m_begin = run(m_db, QStringLiteral("SAVEPOINT ") + m_name);
    m_finished = !m_begin;
}

Savepoint::~Savepoint()
{
    if (!m_finished)
        (void)rollback();
}

Status Savepoint::release()
{
    if (m_finished)
        return m_begin;
    m_finished = true;
    return run(m_db, QStringLiteral("RELEASE ") + m_name);
}

Status Savepoint::rollback()
{
    if (m_finished)
        return m_begin;
    m_finished = true;
    if (auto s = run(m_db, QStringLiteral("ROLLBACK TO ") + m_name); !s)
        return s;
    m_db.transactionFailed() = m_failedBefore;
    return run(m_db, QStringLiteral("RELEASE ") + m_name);
}

} // namespace core::storage
