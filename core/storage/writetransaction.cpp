#include "core/storage/writetransaction.h"

#include "core/common/log.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"

#include <QCoreApplication>
#include <QThread>

namespace core::storage {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

bool isBusy(const Error &e)
{
    return e.code() == Error::Code::Locked;
}

Status run(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql))
        return toError(q.lastError());
    return {};
}

} // namespace

WriteTransaction::WriteTransaction(Database &db)
    : m_db(db)
{
    if (m_db.transactionDepth()++ > 0)
        return;
    m_outermost = true;
    m_db.transactionFailed() = false;
    // The busy timeout already waits for the lock; a few more tries cover writers that hold it
    // longer than that (a bulk import), with a short pause between them.
    for (int attempt = 0;; ++attempt) {
        m_begin = run(m_db, QStringLiteral("BEGIN IMMEDIATE"));
        if (m_begin || !isBusy(m_begin.error()) || attempt >= 3)
            break;
        qCInfo(lcStorage) << "database busy, retrying BEGIN IMMEDIATE";
        QThread::msleep(50u << attempt);
    }
    if (!m_begin) {
        --m_db.transactionDepth();
        m_finished = true;
    }
}

WriteTransaction::~WriteTransaction()
{
    if (!m_finished)
        rollback();
}

Status WriteTransaction::commit()
{
    if (!m_begin)
        return m_begin;
    m_finished = true;
    if (!m_outermost) {
        --m_db.transactionDepth();
        return {};
    }
    --m_db.transactionDepth();
    if (m_db.transactionFailed()) {
        (void)run(m_db, QStringLiteral("ROLLBACK"));
        return Error(Error::Code::Storage,
                     Tr::tr("A step of this operation failed, so nothing was written."));
    }
    Status s = run(m_db, QStringLiteral("COMMIT"));
    if (!s)
        (void)run(m_db, QStringLiteral("ROLLBACK"));
    return s;
}

void WriteTransaction::rollback()
{
    if (m_finished)
        return;
    m_finished = true;
    --m_db.transactionDepth();
    if (m_outermost)
        (void)run(m_db, QStringLiteral("ROLLBACK"));
    else
        m_db.transactionFailed() = true;
}

} // namespace core::storage
