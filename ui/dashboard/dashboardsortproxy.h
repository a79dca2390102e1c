#pragma once

#include <QSortFilterProxyModel>

namespace ui::dashboard {

// Sorts the branches of a DashboardModel on raw values and keeps the chain total row at the
// bottom in either order.
class DashboardSortProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit DashboardSortProxy(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace ui::dashboard
