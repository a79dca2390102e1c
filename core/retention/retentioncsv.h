#pragma once

#include "core/retention/retentionresult.h"

#include <QString>

namespace core::retention {

// The retention result as CSV text (UTF-8 when written out, LF line ends): one row per cohort
// of both groups with retained counts m0..mK, and one row per cohort branch. The CLI prints
// these and the retention page exports them.
QString cohortsCsv(const RetentionResult &result);
QString branchesCsv(const RetentionResult &result);

} // namespace core::retention
