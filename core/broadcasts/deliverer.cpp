#include "core/broadcasts/deliverer.h"

#include "core/common/clock.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"
#include "core/storage/writetransaction.h"

#include <QSet>

namespace core::broadcasts {

namespace {

// `AND r.broadcast_id = n` when the deliverer serves one broadcast.
QString only(qint64 broadcastId)
{
    return broadcastId > 0 ? QStringLiteral(" AND r.broadcast_id = %1").arg(broadcastId)
                           : QString();
}

} // namespace

Deliverer::Deliverer(const storage::Database &db, Channel &channel, DelivererOptions options)
    : m_source(db)
    , m_channel(channel)
    , m_options(options)
{
}

Deliverer::~Deliverer() = default;

Status Deliverer::open()
{
    if (m_db)
        return {};
    auto db = m_source.openAnother();
    if (!db)
        return db.error();
    m_db = std::move(*db);
    return {};
}

Result<qint64> Deliverer::recover()
{
    if (auto s = open(); !s)
        return s.error();
    auto q = storage::prepare(*m_db,
        QStringLiteral("UPDATE broadcast_recipients SET state = 'pending'"
                       " WHERE state = 'sending'%1")
            .arg(m_options.broadcastId > 0
                    ? QStringLiteral(" AND broadcast_id = %1").arg(m_options.broadcastId)
                    : QString()));
    if (!q)
        return q.error();
    if (auto s = storage::exec(*q); !s)
        return s.error();
    return qint64(q->numRowsAffected());
}

Result<QVector<QPair<qint64, Delivery>>> Deliverer::claimBatch()
{
    if (auto s = open(); !s)
        return s.error();
    const qint64 now = clock::now();
    storage::WriteTransaction tx(*m_db);
    if (!tx.ok())
        return tx.error();
    auto q = storage::prepare(*m_db,
        QStringLiteral(
            "SELECT r.id, r.idempotency_key, r.phone, r.message, r.broadcast_id, r.person_id"
            " FROM broadcast_recipients r JOIN broadcasts b ON b.id = r.broadcast_id"
            " WHERE b.status IN ('queued', 'sending') AND b.scheduled_at <= ?"
            " AND (r.state = 'pending' OR (r.state IN ('deferred', 'failed')"
            "  AND r.attempts < ? AND r.next_attempt_at <= ?))%1"
            " ORDER BY r.id LIMIT ?")
            .arg(only(m_options.broadcastId)));
    if (!q)
        return q.error();
    if (auto s = storage::exec(*q, { now, m_options.maxAttempts, now, m_options.batchSize }); !s)
        return s.error();
    QVector<QPair<qint64, Delivery>> batch;
    while (q->next())
        batch.append({ q->value(0).toLongLong(),
            Delivery { q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                q->value(4).toLongLong(), q->value(5).toLongLong() } });
    q->finish();
    auto mark = storage::prepare(*m_db,
        QStringLiteral("UPDATE broadcast_recipients SET state = 'sending'"
                       " WHERE id = ?"));
    if (!mark)
        return mark.error();
    QSet<qint64> broadcasts;
    for (const auto &row : batch) {
        if (auto s = storage::exec(*mark, { row.first }); !s)
            return s.error();
        broadcasts.insert(row.second.broadcastId);
    }
    for (qint64 id : broadcasts)
        if (auto s = storage::execOnce(*m_db,
                QStringLiteral("UPDATE broadcasts SET status = 'sending'"
                               " WHERE id = ? AND status = 'queued'"),
                { id });
            !s)
            return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return batch;
}

Status Deliverer::record(const QVector<QPair<qint64, Delivery>> &batch,
    const QVector<Outcome> &outcomes, DeliveryReport &report)
{
    const qint64 now = clock::now();
    storage::WriteTransaction tx(*m_db);
    if (!tx.ok())
        return tx.error();
    auto sent = storage::prepare(*m_db,
        QStringLiteral("UPDATE broadcast_recipients SET state = 'sent',"
                       " attempts = attempts + 1, sent_at = ?,"
                       " last_error = '' WHERE id = ?"));
    auto failed = storage::prepare(*m_db,
        QStringLiteral("UPDATE broadcast_recipients SET state = 'failed', attempts = attempts + 1,"
                       " next_attempt_at = ? + ? * (1 << min(attempts, 20)), last_error = ?"
                       " WHERE id = ? RETURNING attempts"));
    if (!sent)
        return sent.error();
    if (!failed)
        return failed.error();
    for (int i = 0; i < batch.size(); ++i) {
        const Outcome outcome
            = i < outcomes.size() ? outcomes.at(i) : Outcome { false, QStringLiteral("?") };
        if (outcome.delivered) {
            if (auto s = storage::exec(*sent, { now, batch.at(i).first }); !s)
                return s;
            ++report.sent;
        } else {
            if (auto s = storage::exec(
                    *failed, { now, m_options.backoffSeconds, outcome.error, batch.at(i).first });
                !s)
                return s;
            ++report.failedAttempts;
            if (failed->next() && failed->value(0).toInt() >= m_options.maxAttempts)
                ++report.gaveUp;
            failed->finish();
        }
    }
    // A broadcast with nothing left to try is done.
    if (auto s = storage::execOnce(*m_db,
            QStringLiteral("UPDATE broadcasts SET status = 'done' WHERE status = 'sending'"
                           " AND NOT EXISTS (SELECT 1 FROM broadcast_recipients r"
                           "  WHERE r.broadcast_id = broadcasts.id AND (r.state IN ('pending',"
                           "  'sending', 'deferred') OR (r.state = 'failed' AND r.attempts < ?)))"),
            { m_options.maxAttempts });
        !s)
        return s;
    return tx.commit();
}

Result<DeliveryReport> Deliverer::run()
{
    DeliveryReport report;
    auto recovered = recover();
    if (!recovered)
        return recovered.error();
    report.recovered = *recovered;
    while (!m_cancelled) {
        auto batch = claimBatch();
        if (!batch)
            return batch.error();
        if (batch->isEmpty())
            break;
        QVector<Delivery> deliveries;
        deliveries.reserve(batch->size());
        for (const auto &row : *batch)
            deliveries.append(row.second);
        const QVector<Outcome> outcomes = m_channel.send(deliveries);
        if (auto s = record(*batch, outcomes, report); !s)
            return s.error();
    }
    report.cancelled = m_cancelled;
    if (auto s = m_channel.finish(); !s)
        return s.error();
    auto waiting = storage::scalar(*m_db,
        QStringLiteral("SELECT count(*) FROM broadcast_recipients r WHERE (r.state IN ('pending',"
                       " 'deferred') OR (r.state = 'failed' AND r.attempts < ?))%1")
            .arg(only(m_options.broadcastId)),
        { m_options.maxAttempts }, 0);
    if (!waiting)
        return waiting.error();
    report.waiting = waiting->toLongLong();
    return report;
}

} // namespace core::broadcasts
