// A broadcast after it is written: its status (counts per state and per branch, and who came
// back within 7 and 30 days), the list of broadcasts an actor may see, and cancelling one.
// Declared in broadcastservice.h; creating and resolving audiences is in broadcastservice.cpp.
#include "core/broadcasts/broadcastservice.h"

#include "core/audit/auditlog.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"
#include "core/storage/writetransaction.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace core::broadcasts {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Broadcasts)
};

constexpr qint64 secondsPerDay = 24 * 60 * 60;

} // namespace

Result<BroadcastStatus> BroadcastService::status(const auth::Actor &actor, qint64 broadcastId)
{
    if (auto s = actor.requireManagerOrOwner(Tr::tr("see broadcasts")); !s)
        return s.error();
    auto head = storage::prepare(
        m_db, QStringLiteral("SELECT title, status, scheduled_at FROM broadcasts WHERE id = ?"));
    if (!head)
        return head.error();
    if (auto s = storage::exec(*head, { broadcastId }); !s)
        return s.error();
    if (!head->next())
        return Error(Error::Code::NotFound, Tr::tr("There is no broadcast %1.").arg(broadcastId),
            QStringLiteral("id"));
    BroadcastStatus st;
    st.id = broadcastId;
    st.title = head->value(0).toString();
    st.status = head->value(1).toString();
    st.scheduledAt = head->value(2).toLongLong();
    const QString scope = actor.isOwner()
        ? QString()
        : QStringLiteral(" AND r.home_branch_id = %1").arg(actor.branchId());
    auto states = storage::prepare(m_db,
        QStringLiteral("SELECT state, count(*) FROM broadcast_recipients r"
                       " WHERE broadcast_id = ?%1 GROUP BY state")
            .arg(scope));
    if (!states)
        return states.error();
    if (auto s = storage::exec(*states, { broadcastId }); !s)
        return s.error();
    while (states->next())
        st.states.insert(states->value(0).toString(), states->value(1).toLongLong());
    auto per = storage::prepare(m_db,
        QStringLiteral(
            "SELECT coalesce(b.code, ''), count(*), sum(r.state = 'sent'),"
            " sum(r.state = 'failed'), sum(r.state = 'deferred')"
            " FROM broadcast_recipients r LEFT JOIN branches b ON b.id = r.home_branch_id"
            " WHERE r.broadcast_id = ?%1 GROUP BY r.home_branch_id ORDER BY b.code")
            .arg(scope));
    if (!per)
        return per.error();
    if (auto s = storage::exec(*per, { broadcastId }); !s)
        return s.error();
    while (per->next())
        st.branches.append({ per->value(0).toString(), per->value(1).toLongLong(),
            per->value(2).toLongLong(), per->value(3).toLongLong(), per->value(4).toLongLong() });
    auto visited = [&](int days) -> Result<qint64> {
        auto v = storage::scalar(m_db,
            QStringLiteral("SELECT count(*) FROM broadcast_recipients r WHERE r.broadcast_id = ?%1"
                           " AND r.state = 'sent' AND EXISTS (SELECT 1 FROM visits v"
                           " WHERE v.person_id = r.person_id AND v.occurred_at > r.sent_at"
                           " AND v.occurred_at <= r.sent_at + ?)")
                .arg(scope),
            { broadcastId, qint64(days) * secondsPerDay }, 0);
        if (!v)
            return v.error();
        return v->toLongLong();
    };
    auto v7 = visited(7);
    if (!v7)
        return v7.error();
    auto v30 = visited(30);
    if (!v30)
        return v30.error();
    st.visitedWithin7Days = *v7;
    st.visitedWithin30Days = *v30;
    return st;
}

Result<QVector<BroadcastSummary>> BroadcastService::list(const auth::Actor &actor)
{
    if (auto s = actor.requireManagerOrOwner(Tr::tr("see broadcasts")); !s)
        return s.error();
    // A manager counts the recipients at home in their branch, as status() does.
    const QString scope = actor.isOwner()
        ? QString()
        : QStringLiteral(" AND r.home_branch_id = %1").arg(actor.branchId());
    const QString visible = actor.isOwner()
        ? QString()
        : QStringLiteral(" WHERE b.created_by = ? OR EXISTS (SELECT 1 FROM broadcast_recipients x"
                         " WHERE x.broadcast_id = b.id AND x.home_branch_id = %1)")
              .arg(actor.branchId());
    auto q = storage::prepare(m_db,
        QStringLiteral("SELECT b.id, b.title, b.channel, b.created_by, b.created_at,"
                       " b.scheduled_at, b.status, count(r.id),"
                       " coalesce(sum(CASE WHEN r.state = 'sent' THEN 1 ELSE 0 END), 0),"
                       " coalesce(sum(CASE WHEN r.state = 'failed' THEN 1 ELSE 0 END), 0),"
                       " coalesce(sum(CASE WHEN r.state = 'deferred' THEN 1 ELSE 0 END), 0),"
                       " coalesce(sum(CASE WHEN r.state IN ('pending', 'sending') THEN 1"
                       "  ELSE 0 END), 0)"
                       " FROM broadcasts b"
                       " LEFT JOIN broadcast_recipients r ON r.broadcast_id = b.id%1%2"
                       " GROUP BY b.id ORDER BY b.created_at DESC, b.id DESC")
            .arg(scope, visible));
    if (!q)
        return q.error();
    if (!actor.isOwner())
        q->addBindValue(actor.name());
    if (!q->exec())
        return storage::toError(q->lastError());
    QVector<BroadcastSummary> out;
    while (q->next()) {
        BroadcastSummary b;
        b.id = q->value(0).toLongLong();
        b.title = q->value(1).toString();
        b.channel = q->value(2).toString() == channelName(ChannelKind::Webhook)
            ? ChannelKind::Webhook
            : ChannelKind::SmsFile;
        b.createdBy = q->value(3).toString();
        b.createdAt = q->value(4).toLongLong();
        b.scheduledAt = q->value(5).toLongLong();
        b.status = q->value(6).toString();
        b.recipients = q->value(7).toLongLong();
        b.sent = q->value(8).toLongLong();
        b.failed = q->value(9).toLongLong();
        b.deferred = q->value(10).toLongLong();
        b.pending = q->value(11).toLongLong();
        out.append(b);
    }
    return out;
}

Status BroadcastService::cancel(const auth::Actor &actor, qint64 broadcastId)
{
    if (auto s = actor.requireManagerOrOwner(Tr::tr("cancel broadcasts")); !s)
        return s;
    storage::WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto head = storage::prepare(
        m_db, QStringLiteral("SELECT status, created_by FROM broadcasts WHERE id = ?"));
    if (!head)
        return head.error();
    if (auto s = storage::exec(*head, { broadcastId }); !s)
        return s;
    if (!head->next())
        return Error(Error::Code::NotFound, Tr::tr("There is no broadcast %1.").arg(broadcastId),
            QStringLiteral("id"));
    const QString status = head->value(0).toString();
    const QString createdBy = head->value(1).toString();
    head->finish();
    if (!actor.isOwner() && createdBy != actor.name())
        return Error(Error::Code::PermissionDenied,
            Tr::tr("A branch manager may cancel only their own broadcasts."));
    if (status != QLatin1String("queued") && status != QLatin1String("sending"))
        return Error(Error::Code::InvalidInput,
            Tr::tr("Broadcast %1 is %2: only a queued or sending broadcast can be cancelled.")
                .arg(broadcastId)
                .arg(status),
            QStringLiteral("id"));
    if (auto s = storage::execOnce(m_db,
            QStringLiteral("UPDATE broadcasts SET status = 'cancelled' WHERE id = ?"),
            { broadcastId });
        !s)
        return s;
    if (auto s = audit::AuditLog::record(m_db, actor, QStringLiteral("broadcast.cancel"),
            QStringLiteral("broadcast"), broadcastId, actor.isOwner() ? 0 : actor.branchId(),
            QJsonObject { { QStringLiteral("status"), status } },
            QJsonObject { { QStringLiteral("status"), QStringLiteral("cancelled") } });
        !s)
        return s;
    return tx.commit();
}

} // namespace core::broadcasts
