#pragma once

#include "core/retention/retentionresult.h"

#include <QVector>

namespace core::retention {

// One point of a retention curve: of the people whose cohorts have reached month k, how many
// visited in that month. Weighted by cohort size: the share is retained / eligible.
struct CurvePoint
{
    int k = 0;
    qint64 retained = 0;
    qint64 eligible = 0;

    double share() const { return eligible > 0 ? double(retained) / double(eligible) : 0.0; }
};

// The group's curve over every cohort of the result, from k = 0 to the last month any of its
// cohorts reached. A cohort counts towards month k only once it has lived that long.
QVector<CurvePoint> curve(const RetentionResult &result, Group group);

} // namespace core::retention
