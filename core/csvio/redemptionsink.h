#pragma once

#include "core/csvio/rowsink.h"

namespace core::csvio {

// Redemptions through the claim service: once per claim, within validity at the redemption
// time, in scope, against the bill with that receipt number at that branch.
class RedemptionSink : public RowSink
{
public:
    using RowSink::RowSink;
    QStringList timeFields() const override { return { QStringLiteral("redeemed_at") }; }
    Result<Outcome> apply(const ImportRow &row) override;
};

} // namespace core::csvio
