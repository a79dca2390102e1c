#pragma once

#include <QLatin1String>

namespace core::chain {

// How visits become sales figures, shared by every report that counts visits or revenue
// (ChainStats, the dashboard). A voided visit counts for nothing. A visit counts when it is a
// sale; revenue is the sum of the amounts of sales and refunds (a refund's amount is negative,
// so it is subtracted).
namespace salesql {

// The condition a visit row must meet to count at all.
inline constexpr QLatin1String notVoided { "voided_at IS NULL" };
// 1 for a sale, 0 for a refund: sum() of it is the number of visits.
inline constexpr QLatin1String saleCount { "CASE WHEN kind = 'sale' THEN 1 ELSE 0 END" };

} // namespace salesql
} // namespace core::chain
