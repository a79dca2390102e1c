#pragma once

#include "core/csvio/rowsink.h"

namespace core::csvio {

// Coupon templates, by code: the owner only. A known code with the same terms is unchanged;
// terms are not changed by an import (claims were made under them).
class CouponSink : public RowSink
{
public:
    using RowSink::RowSink;
    QStringList timeFields() const override
    {
        return { QStringLiteral("valid_from"), QStringLiteral("valid_to") };
    }
    Status allowed() const override;
    Result<Outcome> apply(const ImportRow &row) override;
};

} // namespace core::csvio
