#include "core/audit/auditlog.h"

#include "core/common/clock.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace core::audit {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Audit)
};

QVariant json(const QJsonObject &o)
{
    if (o.isEmpty())
        return QVariant();
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

Status AuditLog::record(storage::Database &db, const auth::Actor &actor, const QString &action,
                        const QString &entity, qint64 entityId, qint64 branchId,
                        const QJsonObject &before, const QJsonObject &after)
{
    return storage::execOnce(
        db,
        QStringLiteral("INSERT INTO audit_log (at, user_id, actor, action, entity, entity_id,"
                       " branch_id, before_value, after_value) VALUES (?,?,?,?,?,?,?,?,?)"),
        { clock::now(), storage::nullIfZero(actor.userId()), actor.name(), action, entity,
          storage::nullIfZero(entityId), storage::nullIfZero(branchId), json(before),
          json(after) });
}

Result<QVector<AuditEntry>> AuditLog::recent(storage::Database &db, const auth::Actor &actor,
                                             int limit)
{
    if (auto s = actor.requireManagerOrOwner(Tr::tr("read the audit log")); !s)
        return s.error();
    auto q = storage::prepare(
        db, QStringLiteral("SELECT id, at, actor, action, entity, coalesce(entity_id, 0),"
                           " coalesce(branch_id, 0), coalesce(before_value, ''),"
                           " coalesce(after_value, '') FROM audit_log"
                           " WHERE ? = 0 OR branch_id = ? ORDER BY id DESC LIMIT ?"));
    if (!q)
        return q.error();
    const qint64 scope = actor.isOwner() ? 0 : actor.branchId();
    if (auto s = storage::exec(*q, { scope, scope, limit }); !s)
        return s.error();
    QVector<AuditEntry> out;
    while (q->next()) {
        out.push_back({ q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(),
                        q->value(3).toString(), q->value(4).toString(), q->value(5).toLongLong(),
                        q->value(6).toLongLong(), q->value(7).toString(),
                        q->value(8).toString() });
    }
    return out;
}

} // namespace core::audit
