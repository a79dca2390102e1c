#pragma once

#include "core/retention/retentioncurve.h"

#include <QChartView>

namespace ui::retention {

// Retention curves: the share of each group still visiting k months after its start, members
// against coupon claimers. Hovering a point shows the numbers behind it.
class CurveChartView final : public QChartView
{
    Q_OBJECT
public:
    explicit CurveChartView(QWidget *parent = nullptr);

    void setResult(const core::retention::RetentionResult &result);
    const QVector<core::retention::CurvePoint> &points(core::retention::Group group) const;

    // The text shown when hovering month k of a group's curve.
    QString pointText(core::retention::Group group, int k) const;

private:
    void rebuild();

    QVector<core::retention::CurvePoint> m_member;
    QVector<core::retention::CurvePoint> m_coupon;
};

} // namespace ui::retention
