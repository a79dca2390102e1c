#include "ui/retention/branchchartview.h"

#include "ui/retention/branchretentionmodel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

#include <algorithm>

namespace ui::retention {

BranchChartView::BranchChartView(QWidget *parent) : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
    setBranches({});
}

void BranchChartView::setBranches(const QVector<core::retention::BranchRetention> &branches)
{
    QVector<core::retention::BranchRetention> shown;
    for (const auto &b : branches)
        if (b.branchId != 0)
            shown.append(b);
    std::stable_sort(shown.begin(), shown.end(), [](const auto &a, const auto &b) {
        return a.claimers > b.claimers;
    });
    if (shown.size() > MaxBranches)
        shown.resize(MaxBranches);

    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    c->setTitle(tr("Back within 30 days, by branch (the %n branch(es) with the most claimers)",
                   nullptr, int(shown.size())));
    c->legend()->setAlignment(Qt::AlignBottom);

    auto *members = new QBarSet(tr("Members"));
    members->setColor(QColor(0, 121, 107));
    auto *claimers = new QBarSet(tr("Coupon claimers"));
    claimers->setColor(QColor(230, 81, 0));
    m_categories.clear();
    for (const auto &b : shown) {
        m_categories.append(b.code);
        *members << BranchRetentionModel::share(b.membersReturned30, b.members) * 100.0;
        *claimers << BranchRetentionModel::share(b.claimersReturned30, b.claimers) * 100.0;
    }
    auto *series = new QBarSeries;
    series->append(members);
    series->append(claimers);
    c->addSeries(series);
    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(m_categories);
    auto *yAxis = new QValueAxis;
    yAxis->setRange(0, 100);
    yAxis->setLabelFormat(QStringLiteral("%d%%"));
    c->addAxis(xAxis, Qt::AlignBottom);
    c->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
}

} // namespace ui::retention
