#pragma once

#include "core/csvio/rowsink.h"

namespace core::csvio {

// Branches, by code: the owner only. A known code takes the non-blank values of the row.
class BranchSink : public RowSink
{
public:
    using RowSink::RowSink;
    Status allowed() const override;
    Result<Outcome> apply(const ImportRow &row) override;
};

} // namespace core::csvio
