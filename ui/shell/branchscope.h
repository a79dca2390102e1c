#pragma once

#include "core/auth/actor.h"
#include "core/branches/branch.h"

#include <QObject>
#include <QVector>

namespace core::storage {
class Database;
}

namespace ui {

// The branches every page shows (issue 4, "branch scope"): the owner picks all branches or
// some; a manager or cashier is fixed to their branch. Empty selection: every branch the actor
// may see. The pages pass the selection to the core, which refuses what the actor may not see.
class BranchScope final : public QObject
{
    Q_OBJECT
public:
    BranchScope(
        core::storage::Database &db, const core::auth::Actor &actor, QObject *parent = nullptr);

    // The branches the actor may choose from, ordered by code; empty after an error().
    const QVector<core::branches::Branch> &branches() const { return m_branches; }
    QString error() const { return m_error; }
    // A manager's or cashier's scope is their branch: nothing to choose.
    bool isFixed() const { return m_fixed; }

    QVector<qint64> selected() const { return m_selected; }
    bool isAll() const { return m_selected.isEmpty(); }
    // Keeps the ids of branches() among `ids` (in branches() order); emits changed() when that
    // differs from before. Ignored when fixed.
    void select(const QVector<qint64> &ids);
    void selectAll() { select({}); }
    // Adds or removes one branch.
    void toggle(qint64 branchId);
    // Reads the branches again (one was added, renamed or deactivated): emits branchesChanged(),
    // and changed() when a selected branch is gone.
    void reload();

signals:
    void changed(const QVector<qint64> &branchIds);
    void branchesChanged();

private:
    void load();

    core::storage::Database &m_db;
    core::auth::Actor m_actor;
    QVector<core::branches::Branch> m_branches;
    QVector<qint64> m_selected;
    QString m_error;
    bool m_fixed;
};

} // namespace ui
