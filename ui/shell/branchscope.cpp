#include "ui/shell/branchscope.h"

#include "core/branches/branchservice.h"

namespace ui {

BranchScope::BranchScope(
    core::storage::Database &db, const core::auth::Actor &actor, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_actor(actor)
    , m_fixed(!actor.isOwner())
{
    load();
}

void BranchScope::load()
{
    // list() already gives managers and cashiers their own branch only.
    auto branches = core::branches::BranchService(m_db).list(m_actor);
    if (branches) {
        m_branches = *branches;
        m_error.clear();
    } else {
        m_branches.clear();
        m_error = branches.error().message();
    }
}

void BranchScope::reload()
{
    load();
    emit branchesChanged();
    select(m_selected); // drops the branches that are gone
}

void BranchScope::select(const QVector<qint64> &ids)
{
    if (m_fixed)
        return;
    QVector<qint64> kept;
    for (const auto &branch : std::as_const(m_branches)) {
        if (ids.contains(branch.id))
            kept.append(branch.id);
    }
    if (kept == m_selected)
        return;
    m_selected = kept;
    emit changed(m_selected);
}

void BranchScope::toggle(qint64 branchId)
{
    QVector<qint64> ids = m_selected;
    if (ids.contains(branchId))
        ids.removeAll(branchId);
    else
        ids.append(branchId);
    select(ids);
}

} // namespace ui
