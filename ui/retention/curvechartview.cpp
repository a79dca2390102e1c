#include "ui/retention/curvechartview.h"

#include <QChart>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

namespace ui::retention {

using core::retention::Group;

CurveChartView::CurveChartView(QWidget *parent) : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
    rebuild();
}

void CurveChartView::setResult(const core::retention::RetentionResult &result)
{
    m_member = core::retention::curve(result, Group::Member);
    m_coupon = core::retention::curve(result, Group::Coupon);
    rebuild();
}

const QVector<core::retention::CurvePoint> &CurveChartView::points(Group group) const
{
    return group == Group::Member ? m_member : m_coupon;
}

QString CurveChartView::pointText(Group group, int k) const
{
    const auto &pts = points(group);
    if (k < 0 || k >= pts.size())
        return {};
    const auto &p = pts.at(k);
    const QString who = group == Group::Member ? tr("Members") : tr("Coupon claimers");
    return tr("%1, month %2: %3% (%4 of %5 people)")
        .arg(who)
        .arg(k)
        .arg(QLocale().toString(p.share() * 100.0, 'f', 1), QLocale().toString(p.retained),
             QLocale().toString(p.eligible));
}

void CurveChartView::rebuild()
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    c->setTitle(tr("Who comes back: members against coupon claimers"));
    c->legend()->setAlignment(Qt::AlignBottom);

    auto *xAxis = new QValueAxis;
    xAxis->setTitleText(tr("Months since start"));
    xAxis->setLabelFormat(QStringLiteral("%d"));
    const int lastK = int(qMax(m_member.size(), m_coupon.size())) - 1;
    xAxis->setRange(0, qMax(1, lastK));
    xAxis->setTickCount(qBound(2, lastK + 1, 13));
    auto *yAxis = new QValueAxis;
    yAxis->setTitleText(tr("Share of the cohort visiting (%)"));
    yAxis->setRange(0, 100);
    yAxis->setLabelFormat(QStringLiteral("%d%%"));
    c->addAxis(xAxis, Qt::AlignBottom);
    c->addAxis(yAxis, Qt::AlignLeft);

    for (Group group : { Group::Member, Group::Coupon }) {
        auto *series = new QLineSeries;
        series->setName(group == Group::Member ? tr("Members (stored value)")
                                               : tr("Coupon claimers"));
        series->setPointsVisible(true);
        QPen pen(group == Group::Member ? QColor(0, 121, 107) : QColor(230, 81, 0));
        pen.setWidth(3);
        series->setPen(pen);
        for (const auto &p : points(group))
            series->append(p.k, p.share() * 100.0);
        c->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
        connect(series, &QLineSeries::hovered, this, [this, group](const QPointF &at, bool on) {
            if (on)
                QToolTip::showText(QCursor::pos(), pointText(group, qRound(at.x())), this);
            else
                QToolTip::hideText();
        });
    }
}

} // namespace ui::retention
