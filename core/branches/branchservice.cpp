#include "core/branches/branchservice.h"

#include "core/audit/auditlog.h"
#include "core/common/clock.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"
#include "core/storage/writetransaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

namespace core::branches {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Branches)
};

const QString selectBranch = QStringLiteral(
    "SELECT id, code, name, city, address, phone, latitude, longitude, timezone, active"
    " FROM branches");

Branch readBranch(const QSqlQuery &q)
{
    Branch b;
    b.id = q.value(0).toLongLong();
    b.code = q.value(1).toString();
    b.name = q.value(2).toString();
    b.city = q.value(3).toString();
    b.address = q.value(4).toString();
    b.phone = q.value(5).toString();
    if (!q.value(6).isNull())
        b.latitude = q.value(6).toDouble();
    if (!q.value(7).isNull())
        b.longitude = q.value(7).toDouble();
    b.timezone = q.value(8).toString();
    b.active = q.value(9).toBool();
    return b;
}

QVariant optional(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

QJsonObject toJson(const Branch &b)
{
    QJsonObject o { { QStringLiteral("code"), b.code },       { QStringLiteral("name"), b.name },
                    { QStringLiteral("city"), b.city },       { QStringLiteral("address"), b.address },
                    { QStringLiteral("phone"), b.phone },     { QStringLiteral("timezone"), b.timezone },
                    { QStringLiteral("active"), b.active } };
    if (b.latitude)
        o.insert(QStringLiteral("latitude"), *b.latitude);
    if (b.longitude)
        o.insert(QStringLiteral("longitude"), *b.longitude);
    return o;
}

// Codes are unique; a name may equal another branch's code (resolve() prefers the code).
Status requireCodeFree(storage::Database &db, const QString &code, qint64 exceptBranchId)
{
    auto taken = storage::scalar(
        db, QStringLiteral("SELECT count(*) FROM branches WHERE code = ? AND id <> ?"),
        { code, exceptBranchId }, 0);
    if (!taken)
        return taken.error();
    if (taken->toLongLong() > 0)
        return Error(Error::Code::Conflict,
                     Tr::tr("A branch with code %1 exists already.").arg(code),
                     QStringLiteral("code"));
    return {};
}

} // namespace

Status BranchService::validate(const Branch &b)
{
    static const QRegularExpression code(QStringLiteral("^[A-Za-z0-9_-]{1,16}$"));
    if (!code.match(b.code).hasMatch())
        return Error(Error::Code::InvalidInput,
                     Tr::tr("Branch code \"%1\" must be 1 to 16 letters, digits, '-' or '_'.")
                         .arg(b.code),
                     QStringLiteral("code"));
    if (b.name.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput, Tr::tr("Branch %1 needs a name.").arg(b.code),
                     QStringLiteral("name"));
    if (b.latitude && (*b.latitude < -90.0 || *b.latitude > 90.0))
        return Error(Error::Code::InvalidInput,
                     Tr::tr("Latitude %1 of branch %2 is outside -90 to 90.")
                         .arg(*b.latitude)
                         .arg(b.code),
                     QStringLiteral("latitude"));
    if (b.longitude && (*b.longitude < -180.0 || *b.longitude > 180.0))
        return Error(Error::Code::InvalidInput,
                     Tr::tr("Longitude %1 of branch %2 is outside -180 to 180.")
                         .arg(*b.longitude)
                         .arg(b.code),
                     QStringLiteral("longitude"));
    if (!b.timezone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(b.timezone.toUtf8()))
        return Error(Error::Code::InvalidInput,
                     Tr::tr("Time zone \"%1\" of branch %2 is not known.").arg(b.timezone, b.code),
                     QStringLiteral("timezone"));
    return {};
}

Result<Branch> BranchService::create(const auth::Actor &actor, const Branch &branch)
{
    if (auto s = actor.requireOwner(Tr::tr("add branches")); !s)
        return s.error();
    if (auto s = validate(branch); !s)
        return s.error();
    storage::WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (auto s = requireCodeFree(m_db, branch.code, 0); !s)
        return s.error();
    auto q = storage::prepare(m_db, QStringLiteral("INSERT INTO branches (code, name, city, address,"
                                                   " phone, latitude, longitude, timezone, active,"
                                                   " created_at) VALUES (?,?,?,?,?,?,?,?,?,?)"));
    if (!q)
        return q.error();
    if (auto s = storage::exec(*q, { branch.code, branch.name.trimmed(), branch.city,
                                     branch.address, branch.phone, optional(branch.latitude),
                                     optional(branch.longitude), branch.timezone,
                                     branch.active ? 1 : 0, clock::now() });
        !s)
        return s.error();
    Branch created = branch;
    created.name = branch.name.trimmed();
    created.id = q->lastInsertId().toLongLong();
    if (auto s = audit::AuditLog::record(m_db, actor, QStringLiteral("branch.create"),
                                         QStringLiteral("branch"), created.id, created.id, {},
                                         toJson(created));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return created;
}

Status BranchService::update(const auth::Actor &actor, const Branch &branch)
{
    if (auto s = actor.requireOwner(Tr::tr("edit branches")); !s)
        return s;
    if (auto s = validate(branch); !s)
        return s;
    storage::WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto before = find(branch.id);
    if (!before)
        return before.error();
    if (auto s = requireCodeFree(m_db, branch.code, branch.id); !s)
        return s;
    if (auto s = storage::execOnce(
            m_db,
            QStringLiteral("UPDATE branches SET code = ?, name = ?, city = ?, address = ?,"
                           " phone = ?, latitude = ?, longitude = ?, timezone = ?, active = ?"
                           " WHERE id = ?"),
            { branch.code, branch.name.trimmed(), branch.city, branch.address, branch.phone,
              optional(branch.latitude), optional(branch.longitude), branch.timezone,
              branch.active ? 1 : 0, branch.id });
        !s)
        return s;
    if (auto s = audit::AuditLog::record(m_db, actor, QStringLiteral("branch.update"),
                                         QStringLiteral("branch"), branch.id, branch.id,
                                         toJson(*before), toJson(branch));
        !s)
        return s;
    return tx.commit();
}

Status BranchService::setActive(const auth::Actor &actor, qint64 branchId, bool active)
{
    if (auto s = actor.requireOwner(Tr::tr("deactivate branches")); !s)
        return s;
    auto branch = find(branchId);
    if (!branch)
        return branch.error();
    Branch changed = *branch;
    changed.active = active;
    return update(actor, changed);
}

Result<QVector<Branch>> BranchService::list(const auth::Actor &actor)
{
    auto q = storage::prepare(m_db, selectBranch + QStringLiteral(" WHERE ? = 0 OR id = ? ORDER BY code"));
    if (!q)
        return q.error();
    const qint64 scope = actor.isOwner() ? 0 : actor.branchId();
    if (auto s = storage::exec(*q, { scope, scope }); !s)
        return s.error();
    QVector<Branch> out;
    while (q->next())
        out.push_back(readBranch(*q));
    return out;
}

Result<Branch> BranchService::find(qint64 branchId)
{
    auto q = storage::prepare(m_db, selectBranch + QStringLiteral(" WHERE id = ?"));
    if (!q)
        return q.error();
    if (auto s = storage::exec(*q, { branchId }); !s)
        return s.error();
    if (!q->next())
        return Error(Error::Code::NotFound, Tr::tr("There is no branch with id %1.").arg(branchId));
    return readBranch(*q);
}

Result<Branch> BranchService::resolve(const QString &codeOrName)
{
    const QString key = codeOrName.trimmed();
    auto q = storage::prepare(m_db, selectBranch + QStringLiteral(" WHERE code = ? OR name = ?"
                                                                  " ORDER BY code = ? DESC LIMIT 2"));
    if (!q)
        return q.error();
    if (auto s = storage::exec(*q, { key, key, key }); !s)
        return s.error();
    if (!q->next())
        return Error(Error::Code::NotFound,
                     Tr::tr("There is no branch with code or name \"%1\".").arg(key),
                     QStringLiteral("branch"));
    Branch first = readBranch(*q);
    if (first.code != key && q->next())
        return Error(Error::Code::InvalidInput,
                     Tr::tr("More than one branch is named \"%1\"; use its code.").arg(key),
                     QStringLiteral("branch"));
    return first;
}

} // namespace core::branches
