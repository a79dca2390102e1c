#include "core/storage/bulksession.h"

#include "core/storage/database.h"
#include "core/storage/sql.h"

#include <QSqlQuery>

#include <utility>

namespace core::storage {

BulkSession::BulkSession(Database &db, Options options)
    : m_db(db)
    , m_trusted(options.trusted)
    , m_sortCacheKiB(options.sortCacheKiB)
{
    auto cache = scalar(m_db, QStringLiteral("PRAGMA cache_size"));
    auto keys = scalar(m_db, QStringLiteral("PRAGMA foreign_keys"));
    auto threads = scalar(m_db, QStringLiteral("PRAGMA threads"));
    if (!cache || !keys || !threads)
        return;
    m_cache = cache->toLongLong();
    m_foreignKeys = keys->toInt() != 0;
    m_threads = threads->toInt();
    m_active = true;
    setCacheKiB(options.cacheKiB);
    (void)pragma(QStringLiteral("PRAGMA threads = 2"));
    if (m_trusted) {
        (void)pragma(QStringLiteral("PRAGMA ignore_check_constraints = ON"));
        if (m_db.transactionDepth() == 0 && m_foreignKeys)
            (void)pragma(QStringLiteral("PRAGMA foreign_keys = OFF"));
    }
    if (options.tempInMemory) {
        auto temp = scalar(m_db, QStringLiteral("PRAGMA temp_store"));
        if (temp && pragma(QStringLiteral("PRAGMA temp_store = MEMORY")))
            m_tempStore = temp->toInt();
    }
    if (options.mmapBytes > 0) {
        auto mmap = scalar(m_db, QStringLiteral("PRAGMA mmap_size"));
        if (mmap && pragma(QStringLiteral("PRAGMA mmap_size = %1").arg(options.mmapBytes)))
            m_mmap = mmap->toLongLong();
    }
    if (m_db.transactionDepth() == 0 && !options.keepJournal) {
        // Refused (busy) while another connection has the file open: the WAL stays, quietly.
        QSqlQuery q(m_db.sql());
        m_leftWal = q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) && q.next()
            && q.value(0).toString() == QLatin1String("delete");
    }
}

BulkSession::~BulkSession()
{
    if (!m_active)
        return;
    (void)pragma(QStringLiteral("PRAGMA cache_size = %1").arg(m_cache));
    (void)pragma(QStringLiteral("PRAGMA threads = %1").arg(m_threads));
    if (m_trusted) {
        (void)pragma(QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
        if (m_foreignKeys)
            (void)pragma(QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    if (m_leftWal)
        (void)pragma(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (m_mmap >= 0)
        (void)pragma(QStringLiteral("PRAGMA mmap_size = %1").arg(m_mmap));
    if (m_tempStore >= 0)
        (void)pragma(QStringLiteral("PRAGMA temp_store = %1").arg(m_tempStore));
}

void BulkSession::setCacheKiB(int kib)
{
    if (m_active)
        (void)pragma(QStringLiteral("PRAGMA cache_size = -%1").arg(kib));
}

Status BulkSession::dropIndexes(const QStringList &names)
{
    for (const QString &name : names) {
        auto sql = scalar(m_db, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?"),
                          { name });
        if (!sql)
            return sql.error();
        if (sql->isNull())
            continue;
        if (auto s = execOnce(m_db, QStringLiteral("DROP INDEX %1").arg(name)); !s)
            return s;
        m_dropped.push_back(sql->toString());
    }
    return {};
}

Status BulkSession::rebuildIndexes(const std::function<Status(int done, int total)> &afterEach)
{
    const QStringList statements = std::exchange(m_dropped, {});
    if (!statements.isEmpty())
        setCacheKiB(m_sortCacheKiB);
    for (int i = 0; i < statements.size(); ++i) {
        if (auto s = execOnce(m_db, statements[i]); !s)
            return s;
        if (afterEach) {
            if (auto s = afterEach(i + 1, int(statements.size())); !s)
                return s;
        }
    }
    return {};
}

Status BulkSession::pragma(const QString &sql)
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(sql))
        return toError(q.lastError());
    return {};
}

} // namespace core::storage
