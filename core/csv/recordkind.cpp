#include "core/csv/recordkind.h"

#include <QCoreApplication>

namespace core::csv {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CsvHeaders)
};

struct KindInfo
{
    Kind kind;
    const char *name;
    const char *columns;  // canonical, comma-separated, in export order
    const char *required; // comma-separated
    const char *extra;    // comma-separated
};

// The canonical columns are DESIGN.md's ("## CSV").
const KindInfo kinds[] = {
    { Kind::Branches, "branches", "code,name,city,address,phone,latitude,longitude,timezone",
      "code,name", "" },
    { Kind::Members, "members",
      "phone,name,gender,birthday,email,home_branch,joined_at,sms_opt_in,email_opt_in,tags,notes",
      "phone", "customer_ref" },
    { Kind::Visits, "visits", "branch,occurred_at,amount,phone,receipt_no",
      "branch,occurred_at,amount", "row_type,row_status,voided,time_zone,customer_ref" },
    { Kind::Wallet, "wallet", "phone,branch,occurred_at,kind,amount,ref",
      "phone,branch,occurred_at,kind,amount", "" },
    { Kind::Coupons, "coupons", "code,name,kind,value,min_spend,valid_from,valid_to,valid_days,branches",
      "code,name,kind,value", "" },
    { Kind::CouponClaims, "coupon_claims", "coupon,phone,claimed_at,branch,claim_code", "coupon,phone",
      "" },
    { Kind::Redemptions, "redemptions", "claim_code,branch,redeemed_at,receipt_no", "claim_code,branch",
      "" },
    { Kind::Reviews, "reviews", "receipt_no,branch,phone,rating,text,created_at",
      "receipt_no,branch,phone,rating", "" },
};

const KindInfo &info(Kind kind)
{
    for (const KindInfo &k : kinds) {
        if (k.kind == kind)
            return k;
    }
    return kinds[0];
}

QStringList split(const char *list)
{
    return QString::fromLatin1(list).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

} // namespace

QList<Kind> allKinds()
{
    QList<Kind> all;
    for (const KindInfo &k : kinds)
        all.append(k.kind);
    return all;
}

QString kindName(Kind kind)
{
    return QString::fromLatin1(info(kind).name);
}

Result<Kind> kindFromName(const QString &name)
{
    QString n = name.trimmed().toLower();
    n.replace(QLatin1Char('-'), QLatin1Char('_'));
    QStringList names;
    for (const KindInfo &k : kinds) {
        if (n == QLatin1String(k.name))
            return k.kind;
        names.append(QString::fromLatin1(k.name));
    }
    return Error(Error::Code::InvalidInput,
                 Tr::tr("\"%1\" is not a kind of record; use one of %2.")
                     .arg(name, names.join(QLatin1String(", "))),
                 QStringLiteral("kind"));
}

QStringList canonicalColumns(Kind kind)
{
    return split(info(kind).columns);
}

QStringList requiredColumns(Kind kind)
{
    return split(info(kind).required);
}

QStringList extraFields(Kind kind)
{
    return split(info(kind).extra);
}

bool isField(Kind kind, const QString &field)
{
    return canonicalColumns(kind).contains(field) || extraFields(kind).contains(field);
}

} // namespace core::csv
