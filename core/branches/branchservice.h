#pragma once

#include "core/auth/actor.h"
#include "core/branches/branch.h"
#include "core/common/result.h"

#include <QVector>

namespace core::storage {
class Database;
}

namespace core::branches {

// Branches of the chain. Owners create, edit and deactivate; managers and cashiers see only
// their own branch in lists. resolve() turns a code or a name into a branch for anyone, since
// the counter and imports name branches in free text.
class BranchService
{
public:
    explicit BranchService(storage::Database &db) : m_db(db) { }

    Result<Branch> create(const auth::Actor &actor, const Branch &branch);
    Status update(const auth::Actor &actor, const Branch &branch);
    Status setActive(const auth::Actor &actor, qint64 branchId, bool active);
    Result<QVector<Branch>> list(const auth::Actor &actor);
    Result<Branch> find(qint64 branchId);
    Result<Branch> resolve(const QString &codeOrName);

    static Status validate(const Branch &branch);

private:
    storage::Database &m_db;
};

} // namespace core::branches
