#include "core/broadcasts/deliverer.h"

#include "core/broadcasts/messagesql.h"
#include "core/chain/chainsettings.h"
#include "core/common/clock.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"
#include "core/storage/writetransaction.h"

#include <QSet>

#include <limits>

namespace core::broadcasts {

namespace {

// The broadcasts the options serve, as a condition on broadcasts `alias`.
QString served(const DelivererOptions &options, const QString &alias)
{
    QString where;
    if (options.broadcastId > 0)
        where += QStringLiteral(" AND %1.id = %2").arg(alias).arg(options.broadcastId);
    if (!options.channel.isEmpty())
        where += QStringLiteral(" AND %1.channel = '%2'")
                     .arg(alias, QString(options.channel).replace(QLatin1Char('\''), QString()));
    return where;
}

// `AND r.broadcast_id ...` for recipients `r` of the broadcasts the options serve.
QString only(const DelivererOptions &options)
{
    if (options.channel.isEmpty())
        return options.broadcastId > 0
            ? QStringLiteral(" AND r.broadcast_id = %1").arg(options.broadcastId)
            : QString();
    return QStringLiteral(" AND r.broadcast_id IN (SELECT x.id FROM broadcasts x WHERE 1%1)")
        .arg(served(options, QStringLiteral("x")));
}

// Ids of the broadcasts whose time has come, oldest first.
Result<QVector<qint64>> dueBroadcasts(
    storage::Database &db, const DelivererOptions &options, qint64 now)
{
    auto due = storage::prepare(db,
        QStringLiteral("SELECT b.id FROM broadcasts b WHERE b.status IN ('queued', 'sending')"
                       " AND b.scheduled_at <= ?%1 ORDER BY b.id")
            .arg(served(options, QStringLiteral("b"))));
    if (!due)
        return due.error();
    if (auto s = storage::exec(*due, { now }); !s)
        return s.error();
    QVector<qint64> ids;
    while (due->next())
        ids.append(due->value(0).toLongLong());
    return ids;
}

// Recipients of broadcast ? in state ? whose next attempt is at or before ?, with fewer than ?
// attempts: a range of broadcast_recipients_due. Pending rows wait for nothing (asked with the
// largest time); given-up ones have no next attempt and fall outside.
const QString dueRange = QStringLiteral(
    "r.broadcast_id = ? AND r.state = ? AND r.next_attempt_at <= ? AND r.attempts < ?");
const char *const dueStates[] = { "pending", "deferred", "failed" };

qint64 dueUntil(const QString &state, qint64 now)
{
    return state == QLatin1String("pending") ? std::numeric_limits<qint64>::max() : now;
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
        QStringLiteral("UPDATE broadcast_recipients AS r SET state = 'pending'"
                       " WHERE r.state = 'sending'%1")
            .arg(only(m_options)));
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
    if (m_decimals < 0) {
        auto chain = chain::ChainStore::load(*m_db);
        if (!chain)
            return chain.error();
        m_decimals = chain->decimals();
    }
    // The broadcasts whose time has come, then from each, through broadcast_recipients_due
    // (broadcast, state, next attempt): its pending recipients, then the deferred and failed
    // ones whose next attempt is due. Each is a range of that index, so a batch costs the same
    // at the end of a million recipients as at the start (ordering every due row by id, as
    // this did first, read the whole broadcast for each batch).
    auto broadcastIds = dueBroadcasts(*m_db, m_options, now);
    if (!broadcastIds)
        return broadcastIds.error();

    // Each message is rendered now, from the broadcast's body and the person as they are
    // (recipients written before schema 7 keep the text fixed then).
    auto q = storage::prepare(*m_db,
        QStringLiteral(
            "SELECT r.id, r.person_id, p.phone, coalesce(r.message, %1)"
            " FROM broadcast_recipients r JOIN broadcasts bc ON bc.id = r.broadcast_id"
            " JOIN people p ON p.id = r.person_id"
            " LEFT JOIN branches b ON b.id = r.home_branch_id"
            " LEFT JOIN wallets w ON w.person_id = r.person_id"
            " LEFT JOIN tiers t ON t.id = p.tier_id"
            " LEFT JOIN coupon_claims cc ON cc.id = r.claim_id"
            " WHERE %2 LIMIT ?")
            .arg(renderMessageSql(QStringLiteral("bc.body"), m_decimals,
                     QStringLiteral("coalesce(cc.claim_code, '')")),
                dueRange));
    if (!q)
        return q.error();
    QVector<QPair<qint64, Delivery>> batch;
    for (qint64 broadcastId : std::as_const(*broadcastIds)) {
        for (const char *name : dueStates) {
            const int room = m_options.batchSize - int(batch.size());
            if (room <= 0)
                break;
            const QString state = QString::fromLatin1(name);
            if (auto s = storage::exec(*q,
                    { broadcastId, state, dueUntil(state, now), m_options.maxAttempts, room });
                !s)
                return s.error();
            while (q->next()) {
                const qint64 personId = q->value(1).toLongLong();
                batch.append({ q->value(0).toLongLong(),
                    Delivery { idempotencyKey(broadcastId, personId), q->value(2).toString(),
                        q->value(3).toString(), broadcastId, personId } });
            }
        }
    }
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
                       " next_attempt_at = CASE WHEN attempts + 1 < ?"
                       "  THEN ? + ? * (1 << min(attempts, 20)) END, last_error = ?"
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
            if (auto s = storage::exec(*failed,
                    { m_options.maxAttempts, now, m_options.backoffSeconds, outcome.error,
                        batch.at(i).first });
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

Result<bool> Deliverer::hasDue(storage::Database &db, const DelivererOptions &options)
{
    const qint64 now = clock::now();
    auto left = storage::scalar(db,
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM broadcast_recipients r"
                       " WHERE r.state = 'sending'%1)")
            .arg(only(options)),
        {}, 0);
    if (!left)
        return left.error();
    if (left->toBool())
        return true;
    auto ids = dueBroadcasts(db, options, now);
    if (!ids)
        return ids.error();
    auto any = storage::prepare(db,
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM broadcast_recipients r WHERE %1)")
            .arg(dueRange));
    if (!any)
        return any.error();
    for (qint64 id : std::as_const(*ids))
        for (const char *name : dueStates) {
            const QString state = QString::fromLatin1(name);
            if (auto s = storage::exec(*any, { id, state, dueUntil(state, now), options.maxAttempts });
                !s)
                return s.error();
            if (any->next() && any->value(0).toBool())
                return true;
        }
    return false;
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
            .arg(only(m_options)),
        { m_options.maxAttempts }, 0);
    if (!waiting)
        return waiting.error();
    report.waiting = waiting->toLongLong();
    return report;
}

} // namespace core::broadcasts
