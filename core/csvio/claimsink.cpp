#include "core/csvio/claimsink.h"

#include "core/coupons/claimservice.h"
#include "core/storage/sql.h"

#include <QCoreApplication>

namespace core::csvio {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

} // namespace

Result<Outcome> ClaimSink::apply(const ImportRow &row)
{
    auto coupon = m_ctx.required(row, QStringLiteral("coupon"));
    if (!coupon)
        return coupon.error();
    auto phone = m_ctx.phone(row, QStringLiteral("phone"), true);
    if (!phone)
        return phone.error();
    auto at = m_ctx.time(row, QStringLiteral("claimed_at"), false);
    if (!at)
        return at.error();
    auto branch = m_ctx.branch(row, QStringLiteral("branch"), false);
    if (!branch)
        return branch.error();
    const qint64 branchId = *branch ? (*branch)->id : (m_ctx.actor().isOwner() ? 0 : m_ctx.actor().branchId());
    const qint64 claimedAt = at->value_or(m_ctx.now());
    QString code = row.text(QStringLiteral("claim_code"));
    if (code.isEmpty())
        code = m_keys.next(QStringLiteral("csv-"), { *coupon, *phone, QString::number(claimedAt),
                                                     *branch ? (*branch)->code : QString() });

    auto known = storage::scalar(m_ctx.db(),
        QStringLiteral("SELECT k.code || ' ' || p.phone FROM coupon_claims c"
                       " JOIN coupons k ON k.id = c.coupon_id JOIN people p ON p.id = c.person_id"
                       " WHERE c.claim_code = ?"),
        { code });
    if (!known)
        return known.error();
    if (!known->isNull()) {
        const QString holder = known->toString();
        if (holder.compare(*coupon + QLatin1Char(' ') + *phone, Qt::CaseInsensitive) == 0)
            return Outcome::Unchanged;
        return ImportContext::fieldError(QStringLiteral("claim_code"),
            Tr::tr("Claim code %1 already belongs to another claim (%2).").arg(code, holder));
    }
    auto person = m_ctx.ensurePerson(*phone, branchId, claimedAt);
    if (!person)
        return person.error();
    coupons::ClaimRequest request;
    request.couponCode = *coupon;
    request.personId = *person;
    request.branchId = branchId;
    request.channel = QStringLiteral("import");
    request.claimedAt = claimedAt;
    request.claimCode = code;
    auto claimed = coupons::ClaimService(m_ctx.db()).claim(m_ctx.actor(), request);
    if (!claimed)
        return claimed.error();
    return Outcome::Inserted;
}

} // namespace core::csvio
