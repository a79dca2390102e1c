#include "core/auth/actor.h"

#include <QCoreApplication>

namespace core::auth {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Auth)
};
} // namespace

QString roleName(Role role)
{
    switch (role) {
    case Role::Owner: return QStringLiteral("owner");
    case Role::Manager: return QStringLiteral("manager");
    case Role::Cashier: return QStringLiteral("cashier");
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    for (Role r : { Role::Owner, Role::Manager, Role::Cashier }) {
        if (roleName(r) == name)
            return r;
    }
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Owner: return Tr::tr("Owner");
    case Role::Manager: return Tr::tr("Branch manager");
    case Role::Cashier: return Tr::tr("Cashier");
    }
    return {};
}

Actor Actor::localOwner()
{
    Actor a;
    a.m_name = QStringLiteral("local-owner");
    a.m_role = Role::Owner;
    return a;
}

Actor Actor::user(qint64 userId, const QString &username, Role role, qint64 branchId)
{
    Actor a;
    a.m_userId = userId;
    a.m_name = username;
    a.m_role = role;
    a.m_branchId = role == Role::Owner ? 0 : branchId;
    return a;
}

bool Actor::canAccessBranch(qint64 branchId) const
{
    return isOwner() || (branchId != 0 && branchId == m_branchId);
}

Status Actor::requireOwner(const QString &action) const
{
    if (isOwner())
        return {};
    return Error(Error::Code::PermissionDenied,
                 Tr::tr("Only the chain owner may %1; %2 is a %3.")
                     .arg(action, m_name, roleDisplayName(m_role).toLower()));
}

Status Actor::requireManagerOrOwner(const QString &action) const
{
    if (m_role != Role::Cashier)
        return {};
    return Error(Error::Code::PermissionDenied,
                 Tr::tr("A cashier may not %1; ask a branch manager or the owner.").arg(action));
}

Status Actor::requireBranch(qint64 branchId, const QString &action) const
{
    if (canAccessBranch(branchId))
        return {};
    return Error(Error::Code::PermissionDenied,
                 Tr::tr("%1 may not %2 for another branch; their scope is their own branch.")
                     .arg(m_name, action));
}

} // namespace core::auth
