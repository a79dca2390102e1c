#pragma once

#include "core/csvio/rowsink.h"

namespace core::csvio {

// Verified reviews through the review service: the bill is found by branch and receipt, and
// only its person may review it, once, within the review window of the visit.
class ReviewSink : public RowSink
{
public:
    using RowSink::RowSink;
    QStringList timeFields() const override { return { QStringLiteral("created_at") }; }
    Result<Outcome> apply(const ImportRow &row) override;
};

} // namespace core::csvio
