#pragma once

#include "core/csvio/rowsink.h"

namespace core::csvio {

// Coupon claims through the claim service (validity at the claim time, limits, branch scope).
// A claim code the chain holds is unchanged; a row without one gets a derived code.
class ClaimSink : public RowSink
{
public:
    using RowSink::RowSink;
    QStringList timeFields() const override { return { QStringLiteral("claimed_at") }; }
    Result<Outcome> apply(const ImportRow &row) override;

private:
    DerivedKeys m_keys;
};

} // namespace core::csvio
