#pragma once

#include "core/dashboard/dashboard.h"

#include <QAbstractTableModel>

namespace ui::dashboard {

// One row per branch of a dashboard report, then the chain total as the last row. Each figure
// shows its value and its change against the comparison period (▲/▼ and a percentage,
// coloured); the tooltip has both values. SortRole gives raw values.
class DashboardModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Branch,
        Members,
        NewMembers,
        Visits,
        Revenue,
        AverageBill,
        StoredValue,
        TopUps,
        CouponClaims,
        Redemptions,
        RepeatRate,
        AverageRating,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole, // raw value of this period: qint64, double, or the branch code
        PreviousRole, // raw value of the comparison period
        BranchIdRole, // 0 on the total row
        IsTotalRole,
    };

    explicit DashboardModel(int decimals, QObject *parent = nullptr);

    void setReport(const core::dashboard::Report &report);
    const core::dashboard::Report &report() const { return m_report; }

    // A figure's raw value, and as shown (money in major units, rates as percentages).
    static QVariant raw(const core::dashboard::Figures &f, int column);
    QString format(const QVariant &raw, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const core::dashboard::Row &row(int r) const;

    int m_decimals;
    core::dashboard::Report m_report;
};

} // namespace ui::dashboard
