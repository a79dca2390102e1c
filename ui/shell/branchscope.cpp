#include "ui/shell/branchscope.h"

#include "core/branches/branchservice.h"

namespace ui {

BranchScope::BranchScope(
    core::storage::Database &db, const core::auth::Actor &actor, QObject *parent)
    : QObject(parent)
    , m_fixed(!actor.isOwner())
{
    // list() already gives managers and cashiers their own branch only.
    auto branches = core::branches::BranchService(db).list(actor);
    if (branches)
        m_branches = *branches;
    else
        m_error = branches.error().message();
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
