#pragma once

#include "core/common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace core::csv {

// The kinds of record ChainCard imports and exports as CSV, one file per kind.
enum class Kind { Branches, Members, Visits, Wallet, Coupons, CouponClaims, Redemptions, Reviews };

QList<Kind> allKinds();
// "branches", "members", "visits", "wallet", "coupons", "coupon_claims", "redemptions", "reviews"
QString kindName(Kind kind);
Result<Kind> kindFromName(const QString &name);

// The columns of the kind's export, in order; an export imports back as it stands.
QStringList canonicalColumns(Kind kind);
// The identifying columns an import cannot do without.
QStringList requiredColumns(Kind kind);
// Fields a file may carry beyond the canonical columns, read on import and never exported:
// what a POS row means (row_type: sale/refund, row_status: closed/cancelled, voided), the
// zone its times are in (time_zone), the id of the customer in the system it came from
// (customer_ref). Overrides (--map) may name them too.
QStringList extraFields(Kind kind);
// Canonical or extra.
bool isField(Kind kind, const QString &field);

} // namespace core::csv
