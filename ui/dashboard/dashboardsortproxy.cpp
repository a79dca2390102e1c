#include "ui/dashboard/dashboardsortproxy.h"

#include "ui/dashboard/dashboardmodel.h"

namespace ui::dashboard {

DashboardSortProxy::DashboardSortProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DashboardModel::SortRole);
}

bool DashboardSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool leftTotal = left.data(DashboardModel::IsTotalRole).toBool();
    const bool rightTotal = right.data(DashboardModel::IsTotalRole).toBool();
    // The total sorts above everything ascending and below everything descending: last both ways.
    if (leftTotal != rightTotal)
        return sortOrder() == Qt::AscendingOrder ? rightTotal : leftTotal;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace ui::dashboard
