#pragma once

#include "core/auth/actor.h"
#include "core/common/result.h"

#include <QString>
#include <QVector>

#include <optional>

namespace core::storage {
class Database;
}

namespace core::auth {

struct User
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Cashier;
    qint64 branchId = 0;
    bool active = true;
    qint64 createdAt = 0;
};

struct NewUser
{
    QString username;
    QString displayName;
    QString password;
    Role role = Role::Cashier;
    qint64 branchId = 0; // required for managers and cashiers
};

// Accounts and sign-in. Only the owner manages accounts; every change is audited.
class UserService
{
public:
    explicit UserService(storage::Database &db) : m_db(db) { }

    // The first account, made when the chain is created.
    Result<User> createOwner(const QString &username, const QString &password);
    Result<User> create(const Actor &actor, const NewUser &user);
    // The acting identity for a username and password; refuses unknown, wrong or disabled
    // accounts with the same message, so sign-in does not reveal which usernames exist.
    Result<Actor> authenticate(const QString &username, const QString &password);
    Status setActive(const Actor &actor, qint64 userId, bool active);
    Status setRole(const Actor &actor, qint64 userId, Role role, qint64 branchId);
    // The owner changes an account's name (blank: none), role and branch in one step (audited
    // as "user.update" when the name changes, "user.set_role" otherwise).
    Status update(const Actor &actor, qint64 userId, const QString &displayName, Role role,
                  qint64 branchId);
    Status resetPassword(const Actor &actor, qint64 userId, const QString &password);
    Result<QVector<User>> list(const Actor &actor);
    Result<User> find(qint64 userId);

    // 2 to 64 letters, digits, '.', '_', '-' or '@'; the translated reason otherwise.
    static Status validateUsername(const QString &username);

private:
    Status validateScope(Role role, qint64 branchId);
    // setRole() and update(): a name of nullopt keeps the one there.
    Status change(const Actor &actor, qint64 userId, const std::optional<QString> &displayName,
                  Role role, qint64 branchId);

    storage::Database &m_db;
};

} // namespace core::auth
