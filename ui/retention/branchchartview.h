#pragma once

#include "core/retention/retentionresult.h"

#include <QChartView>

namespace ui::retention {

// Per branch: the share of members and of coupon claimers back within 30 days, side by side,
// for the branches with the most claimers.
class BranchChartView final : public QChartView
{
    Q_OBJECT
public:
    static constexpr int MaxBranches = 15;

    explicit BranchChartView(QWidget *parent = nullptr);

    void setBranches(const QVector<core::retention::BranchRetention> &branches);
    QStringList categories() const { return m_categories; }

private:
    QStringList m_categories;
};

} // namespace ui::retention
