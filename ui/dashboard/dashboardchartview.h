#pragma once

#include "core/dashboard/dashboard.h"

#include <QChartView>

namespace ui::dashboard {

// A bar chart of revenue or visits per branch in the report's period: the branches with the
// most, at most MaxBranches of them.
class DashboardChartView final : public QChartView
{
    Q_OBJECT
public:
    enum class Metric { Revenue, Visits };
    static constexpr int MaxBranches = 15;

    explicit DashboardChartView(int decimals, QWidget *parent = nullptr);

    void setReport(const core::dashboard::Report &report, Metric metric);
    const QStringList &categories() const { return m_categories; }

private:
    int m_decimals;
    QStringList m_categories;
};

} // namespace ui::dashboard
