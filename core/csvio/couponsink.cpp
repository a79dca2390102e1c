#include "core/csvio/couponsink.h"

#include "core/coupons/couponservice.h"
#include "core/csv/fieldparsers.h"

#include <QCoreApplication>

namespace core::csvio {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

} // namespace

Status CouponSink::allowed() const
{
    return m_ctx.actor().requireOwner(Tr::tr("import coupons"));
}

Result<Outcome> CouponSink::apply(const ImportRow &row)
{
    coupons::Coupon c;
    auto code = m_ctx.required(row, QStringLiteral("code"));
    if (!code)
        return code.error();
    c.code = csv::simplifiedText(*code);
    c.name = csv::simplifiedText(row.text(QStringLiteral("name")));
    const QString kindText = row.text(QStringLiteral("kind"));
    const auto kind = coupons::kindFromName(kindText.toLower());
    if (!kind)
        return ImportContext::fieldError(QStringLiteral("kind"),
            Tr::tr("\"%1\" is not a kind of coupon (amount, percent or item).").arg(kindText));
    c.kind = *kind;
    if (c.kind == coupons::CouponKind::Percent) {
        auto percent = csv::parseInteger(row.text(QStringLiteral("value")), 1, 100);
        if (!percent)
            return Error(percent.error().code(), percent.error().message(), QStringLiteral("value"));
        c.value = *percent;
    } else {
        auto value = m_ctx.amount(row, QStringLiteral("value"), true);
        if (!value)
            return value.error();
        c.value = **value;
    }
    auto minSpend = m_ctx.amount(row, QStringLiteral("min_spend"), false);
    auto from = m_ctx.time(row, QStringLiteral("valid_from"), false);
    auto to = m_ctx.time(row, QStringLiteral("valid_to"), false);
    if (!minSpend || !from || !to)
        return !minSpend ? minSpend.error() : !from ? from.error() : to.error();
    c.minSpend = minSpend->value_or(0);
    c.validFrom = from->value_or(0);
    c.validTo = to->value_or(0);
    if (!row.text(QStringLiteral("valid_days")).isEmpty()) {
        auto days = csv::parseInteger(row.text(QStringLiteral("valid_days")), 1, 36500);
        if (!days)
            return Error(days.error().code(), days.error().message(), QStringLiteral("valid_days"));
        c.validDays = int(*days);
    }
    const QStringList codes = row.text(QStringLiteral("branches")).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &one : codes) {
        auto branch = m_ctx.branchNamed(csv::simplifiedText(one), QStringLiteral("branches"), false);
        if (!branch)
            return branch.error();
        c.branchIds.push_back(branch->id);
    }
    std::sort(c.branchIds.begin(), c.branchIds.end());

    coupons::CouponService service(m_ctx.db());
    auto existing = service.findByCode(c.code);
    if (!existing && existing.error().code() != Error::Code::NotFound)
        return existing.error();
    if (!existing) {
        auto created = service.create(m_ctx.actor(), c);
        if (!created)
            return created.error();
        return Outcome::Inserted;
    }
    QVector<qint64> branchIds = existing->branchIds;
    std::sort(branchIds.begin(), branchIds.end());
    const bool same = existing->name == c.name && existing->kind == c.kind && existing->value == c.value
        && existing->minSpend == c.minSpend && existing->validFrom == c.validFrom
        && existing->validTo == c.validTo && existing->validDays == c.validDays && branchIds == c.branchIds;
    if (same)
        return Outcome::Unchanged;
    return ImportContext::fieldError(QStringLiteral("code"),
        Tr::tr("Coupon %1 already exists with other terms; an import does not change a coupon's"
               " terms. Retire it and import the new terms under a new code.")
            .arg(existing->code));
}

} // namespace core::csvio
