#pragma once

#include "core/auth/actor.h"
#include "core/common/result.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace core::storage {
class Database;
}

namespace core::audit {

struct AuditEntry
{
    qint64 id = 0;
    qint64 at = 0;
    QString actor;
    QString action;
    QString entity;
    qint64 entityId = 0;
    qint64 branchId = 0;
    QString before;
    QString after;
};

// The append-only record of money movements and permission-sensitive actions (the table
// refuses UPDATE and DELETE). record() joins the caller's transaction, so the entry and the
// change it describes are written together or not at all.
class AuditLog
{
public:
    static Status record(storage::Database &db, const auth::Actor &actor, const QString &action,
                         const QString &entity, qint64 entityId, qint64 branchId,
                         const QJsonObject &before = {}, const QJsonObject &after = {});

    // Newest first; owners see everything, managers their branch's entries.
    static Result<QVector<AuditEntry>> recent(storage::Database &db, const auth::Actor &actor,
                                              int limit = 100);
};

} // namespace core::audit
