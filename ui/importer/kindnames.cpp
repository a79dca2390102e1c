#include "ui/importer/kindnames.h"

#include <QCoreApplication>

namespace ui::importer {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImportKinds)
};

} // namespace

QString kindDisplayName(core::csv::Kind kind)
{
    using core::csv::Kind;
    switch (kind) {
    case Kind::Branches: return Tr::tr("Branches");
    case Kind::Members: return Tr::tr("Members");
    case Kind::Visits: return Tr::tr("Visits (bills)");
    case Kind::Wallet: return Tr::tr("Stored-value entries");
    case Kind::Coupons: return Tr::tr("Coupons");
    case Kind::CouponClaims: return Tr::tr("Coupon claims");
    case Kind::Redemptions: return Tr::tr("Coupon redemptions");
    case Kind::Reviews: return Tr::tr("Reviews");
    }
    return core::csv::kindName(kind);
}

} // namespace ui::importer
