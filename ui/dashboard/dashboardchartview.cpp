#include "ui/dashboard/dashboardchartview.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ui::dashboard {

DashboardChartView::DashboardChartView(int decimals, QWidget *parent)
    : QChartView(new QChart, parent)
    , m_decimals(decimals)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);
    chart()->legend()->hide();
}

void DashboardChartView::setReport(const core::dashboard::Report &report, Metric metric)
{
    const auto value = [metric](const core::dashboard::Row &r) {
        return metric == Metric::Revenue ? r.current.revenue : r.current.visits;
    };
    QVector<core::dashboard::Row> shown = report.branches;
    std::stable_sort(shown.begin(), shown.end(),
        [&value](const auto &a, const auto &b) { return value(a) > value(b); });
    if (shown.size() > MaxBranches)
        shown.resize(MaxBranches);

    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    const bool revenue = metric == Metric::Revenue;
    c->setTitle(revenue
            ? tr("Revenue by branch (the %n branch(es) with the most)", nullptr, int(shown.size()))
            : tr("Visits by branch (the %n branch(es) with the most)", nullptr, int(shown.size())));
    auto *set = new QBarSet(revenue ? tr("Revenue") : tr("Visits"));
    set->setColor(revenue ? QColor(0, 121, 107) : QColor(21, 101, 192));
    // Money in major units for the axis only: the chart draws doubles, nothing adds them up.
    const double scale = std::pow(10.0, m_decimals);
    m_categories.clear();
    double top = 0;
    for (const auto &r : shown) {
        m_categories.append(r.code);
        const double v = revenue ? double(value(r)) / scale : double(value(r));
        *set << v;
        top = std::max(top, v);
    }
    auto *series = new QBarSeries;
    series->append(set);
    c->addSeries(series);
    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(m_categories);
    auto *yAxis = new QValueAxis;
    yAxis->setRange(0, top > 0 ? top : 1);
    yAxis->applyNiceNumbers();
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    c->addAxis(xAxis, Qt::AlignBottom);
    c->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
}

} // namespace ui::dashboard
