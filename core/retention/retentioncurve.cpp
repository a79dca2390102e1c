#include "core/retention/retentioncurve.h"

namespace core::retention {

QVector<CurvePoint> curve(const RetentionResult &result, Group group)
{
    QVector<CurvePoint> points;
    for (const Cohort &cohort : result.group(group)) {
        for (int k = 0; k < cohort.retained.size(); ++k) {
            if (k == points.size())
                points.append(CurvePoint { k, 0, 0 });
            points[k].retained += cohort.retained.at(k);
            points[k].eligible += cohort.size;
        }
    }
    return points;
}

} // namespace core::retention
