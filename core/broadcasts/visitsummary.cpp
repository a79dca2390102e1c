#include "core/broadcasts/visitsummary.h"

#include "core/common/log.h"
#include "core/storage/bulksession.h"
#include "core/storage/database.h"
#include "core/storage/writetransaction.h"
#include "core/storage/sql.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QSqlQuery>

namespace core::broadcasts {

namespace {

Status run(storage::Database &db, const QString &sql, std::initializer_list<QVariant> values = {})
{
    return storage::execOnce(db, sql, values);
}

Result<qint64> number(storage::Database &db, const QString &sql)
{
    auto v = storage::scalar(db, sql, {}, 0);
    if (!v)
        return v.error();
    return v->toLongLong();
}

QString insertSql(qint64 windowStart, const QString &where)
{
    return QStringLiteral("INSERT INTO visit_summary (person_id, home_branch_id, window_lo,"
                          " window_hi, branches, last_visit_at) %1")
        .arg(VisitSummary::computeSql(QString::number(windowStart), QString(), where));
}

} // namespace

QString VisitSummary::computeSql(
    const QString &windowStart, const QString &join, const QString &where)
{
    // Per person and branch in one grouped pass, then per person: the top branch by sales in
    // the window (then the latest of them, then the lower id), the range of window starts the
    // answer holds for, the branch count and the last visit.
    const QString counted = QStringLiteral("v.kind = 'sale' AND v.voided_at IS NULL");
    const QString in = QStringLiteral("%1 AND v.occurred_at >= %2").arg(counted, windowStart);
    const QString out = QStringLiteral("%1 AND v.occurred_at < %2").arg(counted, windowStart);
    return QStringLiteral(
        "SELECT person_id, home, lo, hi, branches, last FROM ("
        " SELECT person_id, CASE WHEN n > 0 THEN branch_id END AS home,"
        "  max(last_out) OVER p AS lo, min(first_in) OVER p AS hi,"
        "  count(*) OVER p AS branches, max(last_any) OVER p AS last,"
        "  row_number() OVER (PARTITION BY person_id ORDER BY n DESC, last_in DESC,"
        "   branch_id) AS k"
        " FROM (SELECT v.person_id, v.branch_id,"
        "   sum(CASE WHEN %1 THEN 1 ELSE 0 END) AS n,"
        "   max(CASE WHEN %1 THEN v.occurred_at END) AS last_in,"
        "   min(CASE WHEN %1 THEN v.occurred_at END) AS first_in,"
        "   max(CASE WHEN %2 THEN v.occurred_at END) AS last_out,"
        "   max(v.occurred_at) AS last_any"
        "  FROM visits v%3 WHERE v.person_id IS NOT NULL AND (%4)"
        "  GROUP BY v.person_id, v.branch_id)"
        " WINDOW p AS (PARTITION BY person_id)) WHERE k = 1")
        .arg(in, out, join.isEmpty() ? QString() : QLatin1Char(' ') + join,
            where.isEmpty() ? QStringLiteral("1") : where);
}

QString VisitSummary::checkSql()
{
    // Each row is recomputed for a window start inside its own range (its upper end, or just
    // past its lower one); people with a visit above the mark or marked dirty are due for a
    // refresh and not judged.
    const QString pending = QStringLiteral(
        "SELECT person_id FROM visit_summary_dirty UNION SELECT person_id FROM visits"
        " WHERE person_id IS NOT NULL AND id > (SELECT visit_mark FROM visit_summary_state)");
    return QStringLiteral(
        "SELECT e.person_id AS id FROM (%1) e"
        " LEFT JOIN visit_summary s ON s.person_id = e.person_id"
        " WHERE e.person_id NOT IN (%2) AND (s.person_id IS NULL"
        "  OR s.home_branch_id IS NOT e.home OR s.window_lo IS NOT e.lo"
        "  OR s.window_hi IS NOT e.hi OR s.branches <> e.branches OR s.last_visit_at <> e.last)"
        " UNION SELECT s.person_id FROM visit_summary s WHERE s.person_id NOT IN (%2)"
        " AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.person_id = s.person_id)")
        .arg(computeSql(
                 QStringLiteral("coalesce(s.window_hi, s.window_lo + 1, -4611686018427387904)"),
                 QStringLiteral("LEFT JOIN visit_summary s ON s.person_id = v.person_id"),
                 QString()),
            pending);
}

Status VisitSummary::refresh(storage::Database &db, qint64 windowStart)
{
    QElapsedTimer timer;
    timer.start();
    auto mark
        = number(db, QStringLiteral("SELECT visit_mark FROM visit_summary_state WHERE id = 1"));
    if (!mark)
        return mark.error();
    auto top = number(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM visits"));
    if (!top)
        return top.error();

    qint64 stale = -1; // -1: everyone
    if (*top - *mark <= VisitSummary::fullRebuildAbove) {
        const QString w = QString::number(windowStart);
        const QStringList collect = {
            QStringLiteral("DROP TABLE IF EXISTS temp.vs_stale"),
            QStringLiteral("CREATE TEMP TABLE vs_stale (person_id INTEGER PRIMARY KEY)"),
            QStringLiteral(
                "INSERT OR IGNORE INTO vs_stale SELECT person_id FROM visit_summary_dirty"),
            QStringLiteral("INSERT OR IGNORE INTO vs_stale SELECT person_id FROM visits"
                           " WHERE id > %1 AND person_id IS NOT NULL")
                .arg(*mark),
            // The window moved past a row's range, forward or back.
            QStringLiteral("INSERT OR IGNORE INTO vs_stale SELECT person_id FROM visit_summary"
                           " WHERE window_hi IS NOT NULL AND window_hi < %1")
                .arg(w),
            QStringLiteral("INSERT OR IGNORE INTO vs_stale SELECT person_id FROM visit_summary"
                           " WHERE window_lo IS NOT NULL AND window_lo >= %1")
                .arg(w),
        };
        for (const QString &sql : collect)
            if (auto s = run(db, sql); !s)
                return s;
        auto n = number(db, QStringLiteral("SELECT count(*) FROM temp.vs_stale"));
        if (!n)
            return n.error();
        stale = *n;
        if (stale > VisitSummary::fullRebuildAbove)
            stale = -1;
        else if (stale > 0) {
            const QStringList update = {
                QStringLiteral("DELETE FROM visit_summary WHERE person_id IN"
                               " (SELECT person_id FROM temp.vs_stale)"),
                insertSql(windowStart,
                    QStringLiteral("v.person_id IN (SELECT person_id FROM temp.vs_stale)")),
            };
            for (const QString &sql : update)
                if (auto s = run(db, sql); !s)
                    return s;
        }
        if (auto s = run(db, QStringLiteral("DROP TABLE temp.vs_stale")); !s)
            return s;
    }
    if (stale < 0) {
        const QStringList rebuild = {
            QStringLiteral("DELETE FROM visit_summary"),
            insertSql(windowStart, QString()),
        };
        for (const QString &sql : rebuild)
            if (auto s = run(db, sql); !s)
                return s;
    }
    if (auto s = run(db, QStringLiteral("DELETE FROM visit_summary_dirty")); !s)
        return s;
    if (auto s = run(db,
            QStringLiteral("UPDATE visit_summary_state SET visit_mark = ? WHERE id = 1"), { *top });
        !s)
        return s;
    qCInfo(lcStorage) << "visit summary:"
                      << (stale < 0 ? QStringLiteral("rebuilt")
                                    : QStringLiteral("%1 people refreshed").arg(stale))
                      << "in" << timer.elapsed() << "ms";
    return {};
}

Status VisitSummary::prepare(storage::Database &db, qint64 windowStart, qint64 rebuildAbove)
{
    // One rebuild at a time in this process: estimates that supersede each other while the
    // owner types would otherwise each compute it on their own connection. The next one finds
    // the summary up to date and returns.
    static QMutex oneAtATime;
    const QMutexLocker lock(&oneAtATime);
    // Would refresh() rebuild everything? New visits above the mark, people the triggers
    // noted and rows whose window range the start has left, as refresh() counts them (a person
    // in more than one of these counts more than once here: a bound, which is all this needs).
    const QString w = QString::number(windowStart);
    auto pending = number(db,
        QStringLiteral("SELECT (SELECT coalesce(max(id), 0) FROM visits)"
                       " - (SELECT visit_mark FROM visit_summary_state WHERE id = 1)"
                       " + (SELECT count(*) FROM visit_summary_dirty)"
                       " + (SELECT count(*) FROM visit_summary WHERE window_hi IS NOT NULL"
                       "  AND window_hi < %1)"
                       " + (SELECT count(*) FROM visit_summary WHERE window_lo IS NOT NULL"
                       "  AND window_lo >= %1)")
            .arg(w));
    if (!pending)
        return pending.error();
    if (*pending <= rebuildAbove)
        return {};

    QElapsedTimer timer;
    timer.start();
    storage::BulkSession::Options options;
    options.cacheKiB = 128 * 1024;
    options.keepJournal = true;
    options.tempInMemory = true;
    options.mmapBytes = qint64(2) << 30;
    const storage::BulkSession session(db, options);
    if (auto s = run(db, QStringLiteral("DROP TABLE IF EXISTS temp.vs_new")); !s)
        return s;
    // One snapshot: the rows and the mark they are good to come from the same one.
    QSqlDatabase sql = db.sql();
    if (!sql.transaction())
        return storage::toError(sql.lastError());
    auto top = number(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM visits"));
    Status built = top ? run(db,
                             QStringLiteral("CREATE TEMP TABLE vs_new AS %1")
                                 .arg(computeSql(w, QString(), QString())))
                       : Status(top.error());
    sql.commit(); // a read: nothing of the chain's was written
    if (!built)
        return built;
    const qint64 computedMs = timer.elapsed();

    storage::WriteTransaction tx(db);
    if (!tx.ok())
        return tx.error();
    const QStringList swap = {
        QStringLiteral("DELETE FROM visit_summary"),
        QStringLiteral("INSERT INTO visit_summary (person_id, home_branch_id, window_lo,"
                       " window_hi, branches, last_visit_at)"
                       " SELECT person_id, home, lo, hi, branches, last FROM temp.vs_new"
                       " ORDER BY person_id"),
        QStringLiteral("UPDATE visit_summary_state SET visit_mark = %1 WHERE id = 1").arg(*top),
    };
    for (const QString &statement : swap)
        if (auto s = run(db, statement); !s)
            return s;
    if (auto s = tx.commit(); !s)
        return s;
    (void)run(db, QStringLiteral("DROP TABLE temp.vs_new"));
    qCInfo(lcStorage) << "visit summary: rebuilt outside the write lock in" << computedMs
                      << "ms, swapped in in" << timer.elapsed() - computedMs << "ms";
    return {};
}

} // namespace core::broadcasts
