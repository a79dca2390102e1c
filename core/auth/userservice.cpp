#include "core/auth/userservice.h"

#include "core/audit/auditlog.h"
#include "core/auth/passwordhasher.h"
#include "core/common/clock.h"
#include "core/common/log.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"
#include "core/storage/writetransaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

namespace core::auth {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Auth)
};

const QString selectUser = QStringLiteral(
    "SELECT id, username, display_name, role, coalesce(branch_id, 0), active, created_at"
    " FROM users");

User readUser(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.username = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = roleFromName(q.value(3).toString()).value_or(Role::Cashier);
    u.branchId = q.value(4).toLongLong();
    u.active = q.value(5).toBool();
    u.createdAt = q.value(6).toLongLong();
    return u;
}

QJsonObject toJson(const User &u)
{
    return { { QStringLiteral("username"), u.username },
             { QStringLiteral("role"), roleName(u.role) },
             { QStringLiteral("branch_id"), u.branchId },
             { QStringLiteral("active"), u.active } };
}

// Refuses to disable or demote the last active owner account: nobody could sign in to manage
// the chain any more (the local owner of the CLI is no account).
Status keepAnActiveOwner(storage::Database &db, const User &before, const User &after)
{
    if (before.role != Role::Owner || !before.active || (after.role == Role::Owner && after.active))
        return {};
    auto others = storage::scalar(db,
        QStringLiteral("SELECT count(*) FROM users WHERE"
                       " role = 'owner' AND active = 1 AND id <> ?"),
        { before.id });
    if (!others)
        return others.error();
    if (others->toLongLong() == 0)
        return Error(Error::Code::Conflict,
            Tr::tr("%1 is the last active owner; make another account an owner first.")
                .arg(before.username));
    return {};
}

} // namespace

Status UserService::validateUsername(const QString &username)
{
    static const QRegularExpression pattern(QStringLiteral("^[\\w.@-]{2,64}$"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    if (!pattern.match(username).hasMatch())
        return Error(Error::Code::InvalidInput,
                     Tr::tr("Username \"%1\" must be 2 to 64 letters, digits, '.', '_', '-' or "
                            "'@'.")
                         .arg(username),
                     QStringLiteral("username"));
    return {};
}

Status UserService::validateScope(Role role, qint64 branchId)
{
    if (role == Role::Owner)
        return {};
    auto exists = storage::scalar(m_db, QStringLiteral("SELECT count(*) FROM branches WHERE id = ?"),
                                  { branchId });
    if (!exists)
        return exists.error();
    if (exists->toInt() == 0)
        return Error(Error::Code::InvalidInput,
                     Tr::tr("A %1 belongs to one branch; choose an existing branch.")
                         .arg(roleDisplayName(role).toLower()),
                     QStringLiteral("branch"));
    return {};
}

Result<User> UserService::createOwner(const QString &username, const QString &password)
{
    NewUser owner;
    owner.username = username;
    owner.password = password;
    owner.role = Role::Owner;
    return create(Actor::localOwner(), owner);
}

Result<User> UserService::create(const Actor &actor, const NewUser &user)
{
    if (auto s = actor.requireOwner(Tr::tr("create accounts")); !s)
        return s.error();
    if (auto s = validateUsername(user.username); !s)
        return s.error();
    if (const QString weak = password::weakness(user.password); !weak.isEmpty())
        return Error(Error::Code::InvalidInput, weak, QStringLiteral("password"));
    storage::WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (auto s = validateScope(user.role, user.branchId); !s)
        return s.error();
    auto taken = storage::scalar(m_db, QStringLiteral("SELECT count(*) FROM users WHERE username = ?"),
                                 { user.username });
    if (!taken)
        return taken.error();
    if (taken->toInt() > 0)
        return Error(Error::Code::Conflict,
                     Tr::tr("The username \"%1\" is taken.").arg(user.username),
                     QStringLiteral("username"));
    User created;
    created.username = user.username;
    created.displayName = user.displayName;
    created.role = user.role;
    created.branchId = user.role == Role::Owner ? 0 : user.branchId;
    created.createdAt = clock::now();
    auto q = storage::prepare(m_db, QStringLiteral("INSERT INTO users (username, display_name,"
                                                   " password_hash, role, branch_id, created_at)"
                                                   " VALUES (?,?,?,?,?,?)"));
    if (!q)
        return q.error();
    if (auto s = storage::exec(*q, { created.username, created.displayName,
                                     password::hash(user.password), roleName(created.role),
                                     storage::nullIfZero(created.branchId), created.createdAt });
        !s)
        return s.error();
    created.id = q->lastInsertId().toLongLong();
    if (auto s = audit::AuditLog::record(m_db, actor, QStringLiteral("user.create"),
                                         QStringLiteral("user"), created.id, created.branchId, {},
                                         toJson(created));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return created;
}

Result<Actor> UserService::authenticate(const QString &username, const QString &password)
{
    const Error refused(Error::Code::PermissionDenied,
                        Tr::tr("The username or password is wrong, or the account is disabled."));
    auto q = storage::prepare(m_db,
        QStringLiteral("SELECT u.id, u.role, coalesce(u.branch_id, 0), u.active, u.password_hash,"
                       " coalesce(b.active, 1), coalesce(b.code, '') FROM users u"
                       " LEFT JOIN branches b ON b.id = u.branch_id WHERE u.username = ?"));
    if (!q)
        return q.error();
    if (auto s = storage::exec(*q, { username }); !s)
        return s.error();
    if (!q->next()) {
        // Spend the same time as a real check so timing does not reveal unknown usernames.
        password::verify(password::hash(QStringLiteral("not-a-user")), password);
        qCInfo(lcAuth) << "sign-in refused: unknown user";
        return refused;
    }
    const bool ok = password::verify(q->value(4).toString(), password);
    if (!ok || !q->value(3).toBool()) {
        qCInfo(lcAuth) << "sign-in refused for" << username;
        return refused;
    }
    const auto role = roleFromName(q->value(1).toString());
    if (!role)
        return refused;
    // The staff of a deactivated branch work nowhere until the owner moves or reopens it.
    if (*role != Role::Owner && !q->value(5).toBool()) {
        qCInfo(lcAuth) << "sign-in refused for" << username << "(branch deactivated)";
        return Error(Error::Code::PermissionDenied,
            Tr::tr("Branch %1 is deactivated; ask the owner to move your account to another "
                   "branch.")
                .arg(q->value(6).toString()));
    }
    return Actor::user(q->value(0).toLongLong(), username, *role, q->value(2).toLongLong());
}

Result<User> UserService::find(qint64 userId)
{
    auto q = storage::prepare(m_db, selectUser + QStringLiteral(" WHERE id = ?"));
    if (!q)
        return q.error();
    if (auto s = storage::exec(*q, { userId }); !s)
        return s.error();
    if (!q->next())
        return Error(Error::Code::NotFound, Tr::tr("There is no user with id %1.").arg(userId));
    return readUser(*q);
}

Status UserService::setActive(const Actor &actor, qint64 userId, bool active)
{
    if (auto s = actor.requireOwner(Tr::tr("disable or enable accounts")); !s)
        return s;
    if (!active && userId == actor.userId())
        return Error(Error::Code::Conflict, Tr::tr("You cannot disable your own account."));
    storage::WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto before = find(userId);
    if (!before)
        return before.error();
    User after = *before;
    after.active = active;
    if (auto s = keepAnActiveOwner(m_db, *before, after); !s)
        return s;
    if (auto s = storage::execOnce(m_db, QStringLiteral("UPDATE users SET active = ? WHERE id = ?"),
                                   { active ? 1 : 0, userId });
        !s)
        return s;
    if (auto s = audit::AuditLog::record(m_db, actor, QStringLiteral("user.set_active"),
                                         QStringLiteral("user"), userId, after.branchId,
                                         toJson(*before), toJson(after));
        !s)
        return s;
    return tx.commit();
}

Status UserService::setRole(const Actor &actor, qint64 userId, Role role, qint64 branchId)
{
    return change(actor, userId, std::nullopt, role, branchId);
}

Status UserService::update(const Actor &actor, qint64 userId, const QString &displayName,
                           Role role, qint64 branchId)
{
    return change(actor, userId, displayName.trimmed(), role, branchId);
}

Status UserService::change(const Actor &actor, qint64 userId,
                           const std::optional<QString> &displayName, Role role, qint64 branchId)
{
    if (auto s = actor.requireOwner(Tr::tr("change roles")); !s)
        return s;
    if (userId == actor.userId() && role != Role::Owner)
        return Error(Error::Code::Conflict, Tr::tr("You cannot take the owner role from yourself."));
    storage::WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (auto s = validateScope(role, branchId); !s)
        return s;
    auto before = find(userId);
    if (!before)
        return before.error();
    User after = *before;
    after.role = role;
    after.branchId = role == Role::Owner ? 0 : branchId;
    if (displayName)
        after.displayName = *displayName;
    if (auto s = keepAnActiveOwner(m_db, *before, after); !s)
        return s;
    if (auto s = storage::execOnce(m_db,
            QStringLiteral("UPDATE users SET display_name = ?, role = ?, branch_id = ? WHERE id = ?"),
            { after.displayName, roleName(role), storage::nullIfZero(after.branchId), userId });
        !s)
        return s;
    const QString action = after.displayName != before->displayName ? QStringLiteral("user.update")
                                                                    : QStringLiteral("user.set_role");
    if (auto s = audit::AuditLog::record(m_db, actor, action,
                                         QStringLiteral("user"), userId, after.branchId,
                                         toJson(*before), toJson(after));
        !s)
        return s;
    return tx.commit();
}

Status UserService::resetPassword(const Actor &actor, qint64 userId, const QString &newPassword)
{
    if (userId != actor.userId()) {
        if (auto s = actor.requireOwner(Tr::tr("reset other people's passwords")); !s)
            return s;
    }
    if (const QString weak = password::weakness(newPassword); !weak.isEmpty())
        return Error(Error::Code::InvalidInput, weak, QStringLiteral("password"));
    storage::WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto user = find(userId);
    if (!user)
        return user.error();
    if (auto s = storage::execOnce(m_db, QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"),
                                   { password::hash(newPassword), userId });
        !s)
        return s;
    if (auto s = audit::AuditLog::record(m_db, actor, QStringLiteral("user.reset_password"),
                                         QStringLiteral("user"), userId, user->branchId);
        !s)
        return s;
    return tx.commit();
}

Result<QVector<User>> UserService::list(const Actor &actor)
{
    if (auto s = actor.requireOwner(Tr::tr("list accounts")); !s)
        return s.error();
    auto q = storage::prepare(m_db, selectUser + QStringLiteral(" ORDER BY username"));
    if (!q)
        return q.error();
    if (auto s = storage::exec(*q); !s)
        return s.error();
    QVector<User> out;
    while (q->next())
        out.push_back(readUser(*q));
    return out;
}

} // namespace core::auth
