#pragma once

#include "core/common/result.h"

#include <QString>

#include <optional>

namespace core::auth {

enum class Role { Owner, Manager, Cashier };

QString roleName(Role role);
std::optional<Role> roleFromName(const QString &name);
QString roleDisplayName(Role role);

// Who is acting: every core operation that reads or changes chain data takes one and enforces
// role and branch scope itself. Owners see the whole chain; managers and cashiers one branch.
class Actor
{
public:
    // The chain's owner acting from a local file (the CLI without --user, scripts, demo data).
    static Actor localOwner();
    static Actor user(qint64 userId, const QString &username, Role role, qint64 branchId);

    qint64 userId() const { return m_userId; }
    const QString &name() const { return m_name; }
    Role role() const { return m_role; }
    qint64 branchId() const { return m_branchId; }
    bool isOwner() const { return m_role == Role::Owner; }

    // Whether this actor may see and change data of the branch (owners: every branch).
    bool canAccessBranch(qint64 branchId) const;

    // Refusals, with a translated sentence naming what was refused.
    Status requireOwner(const QString &action) const;
    Status requireManagerOrOwner(const QString &action) const;
    Status requireBranch(qint64 branchId, const QString &action) const;

private:
    qint64 m_userId = 0;
    QString m_name;
    Role m_role = Role::Owner;
    qint64 m_branchId = 0;
};

} // namespace core::auth
