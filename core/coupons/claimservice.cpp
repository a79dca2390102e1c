#include "core/coupons/claimservice.h"

#include "core/audit/auditlog.h"
#include "core/branches/branchservice.h"
#include "core/chain/chainsettings.h"
#include "core/common/clock.h"
#include "core/common/money.h"
#include "core/coupons/claimcode.h"
#include "core/coupons/couponservice.h"
#include "core/people/memberdirectory.h"
#include "core/people/personservice.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"
#include "core/storage/writetransaction.h"
#include "core/visits/visitservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <optional>

namespace core::coupons {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Coupons)
};

const QString selectClaim = QStringLiteral(
    "SELECT c.id, c.coupon_id, k.code, c.person_id, c.claimed_at, coalesce(c.branch_id, 0),"
    " c.channel, c.claim_code, coalesce(c.expires_at, 0), coalesce(r.id, 0), k.name, k.active,"
    " coalesce(r.redeemed_at, 0), coalesce(r.branch_id, 0), p.name, p.phone"
    " FROM coupon_claims c JOIN coupons k ON k.id = c.coupon_id"
    " LEFT JOIN redemptions r ON r.claim_id = c.id"
    " LEFT JOIN people p ON p.id = c.person_id");

constexpr qint64 secondsPerDay = 24 * 60 * 60;
constexpr qint64 maxAmount = Q_INT64_C(100000000000000);
constexpr int maxChannelLength = 32;

Claim readClaim(const QSqlQuery &q)
{
    Claim c;
    c.id = q.value(0).toLongLong();
    c.couponId = q.value(1).toLongLong();
    c.couponCode = q.value(2).toString();
    c.personId = q.value(3).toLongLong();
    c.claimedAt = q.value(4).toLongLong();
    c.branchId = q.value(5).toLongLong();
    c.channel = q.value(6).toString();
    c.claimCode = q.value(7).toString();
    c.expiresAt = q.value(8).toLongLong();
    c.redemptionId = q.value(9).toLongLong();
    c.couponName = q.value(10).toString();
    c.couponActive = q.value(11).toBool();
    c.redeemedAt = q.value(12).toLongLong();
    c.redeemedBranchId = q.value(13).toLongLong();
    c.personName = q.value(14).toString();
    c.personPhone = q.value(15).toString();
    return c;
}

} // namespace

ClaimService::ClaimService(storage::Database &db)
    : m_db(db)
{
}

Status ClaimService::loadSettings()
{
    if (m_loaded)
        return {};
    auto settings = chain::ChainStore::load(m_db);
    if (!settings)
        return settings.error();
    m_region = settings->region;
    m_zone = settings->timeZone();
    m_decimals = settings->decimals();
    m_loaded = true;
    return {};
}

QString ClaimService::when(qint64 at) const
{
    return QDateTime::fromSecsSinceEpoch(at, m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString ClaimService::display(qint64 minor) const
{
    return money::toDisplay(minor, QLocale(), m_decimals);
}

Result<QString> ClaimService::branchCode(qint64 branchId)
{
    auto branch = branches::BranchService(m_db).find(branchId);
    if (!branch)
        return branch.error();
    return branch->code;
}

Result<QString> ClaimService::newClaimCode()
{
    // A collision is a one-in-10^14 event; a few tries make it a non-event.
    for (int attempt = 0; attempt < 8; ++attempt) {
        const QString code = ClaimCode::generate();
        auto taken = storage::scalar(m_db,
            QStringLiteral("SELECT count(*) FROM coupon_claims"
                           " WHERE claim_code = ?"),
            { code }, 0);
        if (!taken)
            return taken.error();
        if (taken->toLongLong() == 0)
            return code;
    }
    return Error(Error::Code::Storage, Tr::tr("No unused claim code could be found."));
}

Result<QString> ClaimService::freeClaimCode(const QString &code)
{
    if (code.size() > 64)
        return Error(Error::Code::InvalidInput,
            Tr::tr("A claim code has at most 64 characters; %1 has %2.").arg(code.left(16) + QStringLiteral("…")).arg(code.size()),
            QStringLiteral("claim_code"));
    auto taken = storage::scalar(m_db,
        QStringLiteral("SELECT count(*) FROM coupon_claims WHERE claim_code = ?"), { code }, 0);
    if (!taken)
        return taken.error();
    if (taken->toLongLong() != 0)
        return Error(Error::Code::Conflict, Tr::tr("Claim code %1 is already in use.").arg(code),
            QStringLiteral("claim_code"));
    return code;
}

Result<QVector<Claim>> ClaimService::claimsWhere(
    const QString &where, std::initializer_list<QVariant> values)
{
    auto q = storage::prepare(m_db, selectClaim + QStringLiteral(" WHERE ") + where);
    if (!q)
        return q.error();
    if (auto s = storage::exec(*q, values); !s)
        return s.error();
    QVector<Claim> out;
    while (q->next())
        out.push_back(readClaim(*q));
    return out;
}

Status ClaimService::claimableAt(const Coupon &coupon, qint64 at) const
{
    if (!coupon.active)
        return Error(Error::Code::Conflict,
            Tr::tr("Coupon %1 is retired and can no longer be claimed.").arg(coupon.code),
            QStringLiteral("coupon"));
    if (coupon.validFrom != 0 && at < coupon.validFrom)
        return Error(Error::Code::Conflict,
            Tr::tr("Coupon %1 cannot be claimed before %2.").arg(coupon.code, when(coupon.validFrom)),
            QStringLiteral("coupon"));
    if (coupon.validTo != 0 && at >= coupon.validTo)
        return Error(Error::Code::Conflict,
            Tr::tr("Coupon %1 expired on %2.").arg(coupon.code, when(coupon.validTo)),
            QStringLiteral("coupon"));
    return {};
}

Result<qint64> ClaimService::claimCount(qint64 couponId, qint64 personId)
{
    auto n = personId != 0
        ? storage::scalar(m_db,
              QStringLiteral("SELECT count(*) FROM coupon_claims"
                             " WHERE coupon_id = ? AND person_id = ?"),
              { couponId, personId }, 0)
        : storage::scalar(m_db,
              QStringLiteral("SELECT count(*) FROM coupon_claims WHERE coupon_id = ?"),
              { couponId }, 0);
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<Claim> ClaimService::insertClaim(const Coupon &coupon, qint64 personId, qint64 branchId,
    const QString &channel, qint64 at, const QString &claimCode)
{
    Claim c;
    c.couponId = coupon.id;
    c.couponCode = coupon.code;
    c.couponName = coupon.name;
    c.personId = personId;
    c.claimedAt = at;
    c.branchId = branchId;
    c.channel = channel;
    c.claimCode = claimCode;
    if (coupon.validTo != 0)
        c.expiresAt = coupon.validTo;
    if (coupon.validDays > 0) {
        const qint64 byAge = at + coupon.validDays * secondsPerDay;
        c.expiresAt = c.expiresAt == 0 ? byAge : std::min(c.expiresAt, byAge);
    }
    auto q = storage::prepare(m_db,
        QStringLiteral("INSERT INTO coupon_claims (coupon_id, person_id,"
                       " claimed_at, branch_id, channel, claim_code,"
                       " expires_at) VALUES (?,?,?,?,?,?,?)"));
    if (!q)
        return q.error();
    if (auto s = storage::exec(*q,
            { c.couponId, c.personId, c.claimedAt, storage::nullIfZero(c.branchId), c.channel,
                c.claimCode, storage::nullIfZero(c.expiresAt) });
        !s)
        return s.error();
    c.id = q->lastInsertId().toLongLong();
    return c;
}

Result<Claim> ClaimService::claim(const auth::Actor &actor, const ClaimRequest &request)
{
    const QString channel = request.channel.trimmed();
    if (channel.size() > maxChannelLength)
        return Error(Error::Code::InvalidInput,
            Tr::tr("The claim channel is longer than %1 characters.").arg(maxChannelLength),
            QStringLiteral("channel"));
    qint64 branchId = request.branchId;
    if (branchId == 0 && !actor.isOwner())
        branchId = actor.branchId();
    if (branchId == 0 && channel.isEmpty())
        return Error(Error::Code::InvalidInput,
            Tr::tr("Say where the coupon is claimed: at a branch or through a channel."),
            QStringLiteral("branch"));
    if (branchId != 0) {
        if (auto s = actor.requireBranch(branchId, Tr::tr("hand out coupons")); !s)
            return s.error();
    }
    if (request.personId == 0 && request.phone.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput, Tr::tr("Give the phone of the person claiming."),
            QStringLiteral("phone"));
    if (request.couponId == 0 && request.couponCode.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput, Tr::tr("Name the coupon to claim."),
            QStringLiteral("coupon"));
    if (auto s = loadSettings(); !s)
        return s.error();
    storage::WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    CouponService coupons(m_db);
    auto coupon = request.couponId != 0 ? coupons.find(request.couponId)
                                        : coupons.findByCode(request.couponCode);
    if (!coupon)
        return coupon.error();
    const qint64 now = request.claimedAt != 0 ? request.claimedAt : clock::now();
    if (auto s = claimableAt(*coupon, now); !s)
        return s.error();
    if (branchId != 0) {
        auto code = branchCode(branchId);
        if (!code)
            return code.error();
        if (!coupon->appliesAt(branchId))
            return Error(Error::Code::Conflict,
                Tr::tr("Coupon %1 is not valid at branch %2.").arg(coupon->code, *code),
                QStringLiteral("branch"));
    }
    people::PersonService persons(m_db, people::PhoneNormalizer(m_region));
    auto person = request.personId != 0 ? persons.find(request.personId)
                                        : persons.findOrRegister(actor, request.phone, branchId);
    if (!person)
        return person.error();
    if (coupon->perPersonLimit > 0) {
        auto mine = claimCount(coupon->id, person->id);
        if (!mine)
            return mine.error();
        if (*mine >= coupon->perPersonLimit)
            return Error(Error::Code::Conflict,
                Tr::tr("%1 has already claimed coupon %2 %3 time(s), its limit per person.")
                    .arg(person->phone, coupon->code)
                    .arg(*mine),
                QStringLiteral("phone"));
    }
    if (coupon->totalLimit) {
        auto all = claimCount(coupon->id);
        if (!all)
            return all.error();
        if (*all >= *coupon->totalLimit)
            return Error(Error::Code::Conflict,
                Tr::tr("All %1 of coupon %2 have been claimed.")
                    .arg(*coupon->totalLimit)
                    .arg(coupon->code),
                QStringLiteral("coupon"));
    }
    auto code = request.claimCode.trimmed().isEmpty() ? newClaimCode() : freeClaimCode(request.claimCode.trimmed());
    if (!code)
        return code.error();
    auto inserted = insertClaim(*coupon, person->id, branchId, channel, now, *code);
    if (!inserted)
        return inserted.error();
    const Claim &c = *inserted;
    if (auto s = audit::AuditLog::record(m_db, actor, QStringLiteral("coupon.claim"),
            QStringLiteral("coupon_claim"), c.id, c.branchId, {},
            { { QStringLiteral("coupon"), c.couponCode },
                { QStringLiteral("person_id"), c.personId },
                { QStringLiteral("claim_code"), c.claimCode },
                { QStringLiteral("channel"), c.channel },
                { QStringLiteral("expires_at"), c.expiresAt } });
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return c;
}

Result<Redemption> ClaimService::redeem(const auth::Actor &actor, const RedeemRequest &request)
{
    const QString typed = request.claimCode.trimmed();
    if (typed.isEmpty())
        return Error(Error::Code::InvalidInput, Tr::tr("Give the claim code to redeem."),
            QStringLiteral("claim"));
    const qint64 branchId
        = request.branchId != 0 || actor.isOwner() ? request.branchId : actor.branchId();
    if (branchId == 0)
        return Error(Error::Code::InvalidInput,
            Tr::tr("Choose the branch where the coupon is used."), QStringLiteral("branch"));
    if (auto s = actor.requireBranch(branchId, Tr::tr("redeem coupons")); !s)
        return s.error();
    if (request.billAmount && (*request.billAmount < 0 || *request.billAmount > maxAmount))
        return Error(Error::Code::InvalidInput,
            Tr::tr("The bill amount must be zero or more and below any real bill's."),
            QStringLiteral("amount"));
    const QString receipt = request.receiptNo.trimmed();
    if (request.visitId == 0 && receipt.isEmpty())
        return Error(Error::Code::InvalidInput,
            Tr::tr("Name the bill the coupon is used on: its receipt number."),
            QStringLiteral("receipt"));
    if (auto s = loadSettings(); !s)
        return s.error();
    storage::WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto found = claimsWhere(QStringLiteral("c.claim_code = ? OR c.claim_code = ?"),
        { typed, ClaimCode::normalize(typed) });
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error(Error::Code::NotFound, Tr::tr("No coupon claim has the code %1.").arg(typed),
            QStringLiteral("claim"));
    const Claim claim = found->first();
    auto here = branchCode(branchId);
    if (!here)
        return here.error();
    if (claim.isRedeemed()) {
        auto earlier = storage::prepare(m_db,
            QStringLiteral("SELECT b.code, r.redeemed_at FROM redemptions r"
                           " JOIN branches b ON b.id = r.branch_id"
                           " WHERE r.id = ?"));
        if (!earlier)
            return earlier.error();
        if (auto s = storage::exec(*earlier, { claim.redemptionId }); !s)
            return s.error();
        const bool known = earlier->next();
        return Error(Error::Code::Conflict,
            Tr::tr("Claim %1 was already redeemed at branch %2 on %3.")
                .arg(claim.claimCode, known ? earlier->value(0).toString() : QString(),
                    known ? when(earlier->value(1).toLongLong()) : QString()),
            QStringLiteral("claim"));
    }
    auto coupon = CouponService(m_db).find(claim.couponId);
    if (!coupon)
        return coupon.error();
    if (!coupon->active)
        return Error(Error::Code::Conflict,
            Tr::tr("Coupon %1 is retired; its claims can no longer be redeemed.").arg(coupon->code),
            QStringLiteral("claim"));
    const qint64 now = request.redeemedAt != 0 ? request.redeemedAt : clock::now();
    qint64 expiry = claim.expiresAt;
    if (coupon->validTo != 0)
        expiry = expiry == 0 ? coupon->validTo : std::min(expiry, coupon->validTo);
    if (expiry != 0 && now >= expiry)
        return Error(Error::Code::Conflict,
            Tr::tr("Claim %1 of coupon %2 expired on %3.")
                .arg(claim.claimCode, coupon->code, when(expiry)),
            QStringLiteral("claim"));
    if (coupon->validFrom != 0 && now < coupon->validFrom)
        return Error(Error::Code::Conflict,
            Tr::tr("Coupon %1 cannot be used before %2.")
                .arg(coupon->code, when(coupon->validFrom)),
            QStringLiteral("claim"));
    if (!coupon->appliesAt(branchId))
        return Error(Error::Code::Conflict,
            Tr::tr("Coupon %1 cannot be redeemed at branch %2; it belongs to other branches.")
                .arg(coupon->code, *here),
            QStringLiteral("branch"));
    visits::VisitService visitService(m_db);
    std::optional<visits::Visit> visit;
    if (request.visitId != 0) {
        auto v = visitService.find(actor, request.visitId);
        if (!v)
            return v.error();
        if (v->branchId != branchId)
            return Error(Error::Code::InvalidInput,
                Tr::tr("Visit %1 is a bill of another branch than %2.")
                    .arg(request.visitId)
                    .arg(*here),
                QStringLiteral("visit"));
        visit = *v;
    } else {
        auto v = visitService.findByReceipt(actor, branchId, receipt);
        if (v)
            visit = *v;
        else if (v.error().code() != Error::Code::NotFound)
            return v.error();
    }
    if (visit && !visit->isSale())
        return Error(Error::Code::Conflict,
            Tr::tr("Receipt %1 at branch %2 is a refund; a coupon goes on a sale.")
                .arg(visit->receiptNo, *here),
            QStringLiteral("receipt"));
    if (visit && visit->isVoided())
        return Error(Error::Code::Conflict,
            Tr::tr("Receipt %1 at branch %2 was voided.").arg(visit->receiptNo, *here),
            QStringLiteral("receipt"));
    if (request.requireClaimOwner && visit && visit->personId != 0
        && visit->personId != claim.personId)
        return Error(Error::Code::Conflict,
            Tr::tr("Claim %1 belongs to someone else than the person of receipt %2.")
                .arg(claim.claimCode, visit->receiptNo),
            QStringLiteral("claim"));
    if (!request.billAmount && !visit)
        return Error(Error::Code::InvalidInput,
            Tr::tr("Give the bill amount: no bill with receipt %1 is recorded at branch %2.")
                .arg(receipt, *here),
            QStringLiteral("amount"));
    const qint64 bill = request.billAmount ? *request.billAmount
        : request.paidAfterDiscount       ? coupon->billBefore(visit->amount)
                                          : visit->amount;
    if (bill < coupon->minSpend)
        return Error(Error::Code::Conflict,
            Tr::tr("Coupon %1 needs a bill of at least %2; this bill is %3.")
                .arg(coupon->code, display(coupon->minSpend), display(bill)),
            QStringLiteral("amount"));
    if (visit) {
        auto other = storage::scalar(m_db,
            QStringLiteral("SELECT count(*) FROM redemptions WHERE visit_id = ?"), { visit->id },
            0);
        if (!other)
            return other.error();
        if (other->toLongLong() > 0)
            return Error(Error::Code::Conflict,
                Tr::tr("Receipt %1 at branch %2 already had a coupon; one coupon per bill.")
                    .arg(visit->receiptNo, *here),
                QStringLiteral("receipt"));
    }
    Redemption r;
    r.claimId = claim.id;
    r.claimCode = claim.claimCode;
    r.couponId = coupon->id;
    r.couponCode = coupon->code;
    r.visitId = visit ? visit->id : 0;
    r.branchId = branchId;
    r.redeemedAt = now;
    r.billAmount = bill;
    r.discount = coupon->discountOn(bill);
    auto q = storage::prepare(m_db,
        QStringLiteral("INSERT INTO redemptions (claim_id, visit_id,"
                       " branch_id, redeemed_at, discount)"
                       " VALUES (?,?,?,?,?)"));
    if (!q)
        return q.error();
    if (auto s = storage::exec(*q,
            { r.claimId, storage::nullIfZero(r.visitId), r.branchId, r.redeemedAt, r.discount });
        !s)
        return s.error();
    r.id = q->lastInsertId().toLongLong();
    if (auto s = audit::AuditLog::record(m_db, actor, QStringLiteral("coupon.redeem"),
            QStringLiteral("redemption"), r.id, branchId, {},
            { { QStringLiteral("claim_code"), r.claimCode },
                { QStringLiteral("coupon"), r.couponCode },
                { QStringLiteral("receipt_no"), visit ? visit->receiptNo : receipt },
                { QStringLiteral("visit_id"), r.visitId }, { QStringLiteral("bill"), r.billAmount },
                { QStringLiteral("discount"), r.discount } });
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return r;
}

Result<Claim> ClaimService::findClaim(const auth::Actor &actor, const QString &claimCode)
{
    Q_UNUSED(actor) // anyone at a counter: the code is what the person shows
    const QString typed = claimCode.trimmed();
    auto found = claimsWhere(QStringLiteral("c.claim_code = ? OR c.claim_code = ?"),
        { typed, ClaimCode::normalize(typed) });
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error(Error::Code::NotFound, Tr::tr("No coupon claim has the code %1.").arg(typed),
            QStringLiteral("claim"));
    return found->first();
}

Result<IssueResult> ClaimService::issue(
    const auth::Actor &actor, const IssueRequest &request, const Progress &progress)
{
    if (auto s = actor.requireManagerOrOwner(Tr::tr("issue coupons")); !s)
        return s.error();
    const QString channel = request.channel.trimmed().isEmpty() ? QStringLiteral("issue")
                                                                 : request.channel.trimmed();
    if (channel.size() > maxChannelLength)
        return Error(Error::Code::InvalidInput,
            Tr::tr("The claim channel is longer than %1 characters.").arg(maxChannelLength),
            QStringLiteral("channel"));
    if (auto s = loadSettings(); !s)
        return s.error();
    auto branchList = branches::BranchService(m_db).list(actor);
    if (!branchList)
        return branchList.error();
    QHash<QString, qint64> branchIds;
    for (const auto &b : *branchList)
        branchIds.insert(b.code, b.id);

    storage::WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto coupon = CouponService(m_db).find(request.couponId);
    if (!coupon)
        return coupon.error();
    const qint64 now = clock::now();
    if (auto s = claimableAt(*coupon, now); !s)
        return s.error();
    if (!actor.isOwner() && !coupon->appliesAt(actor.branchId()))
        return Error(Error::Code::PermissionDenied,
            Tr::tr("%1 may only issue coupons valid at their own branch; coupon %2 is not.")
                .arg(actor.name(), coupon->code),
            QStringLiteral("coupon"));
    qint64 taken = 0;
    if (coupon->totalLimit) {
        auto all = claimCount(coupon->id);
        if (!all)
            return all.error();
        taken = *all;
    }

    IssueResult out;
    people::MemberDirectory directory(m_db, m_region);
    people::MemberCursor cursor;
    for (;;) {
        auto page = directory.page(
            actor, request.people, cursor, people::MemberDirectory::MaxPageSize);
        if (!page)
            return page.error();
        for (const people::MemberRow &row : page->rows) {
            ++out.matched;
            if (coupon->totalLimit && taken >= *coupon->totalLimit) {
                ++out.overTotal;
                continue;
            }
            if (coupon->perPersonLimit > 0) {
                auto mine = claimCount(coupon->id, row.id);
                if (!mine)
                    return mine.error();
                if (*mine >= coupon->perPersonLimit) {
                    ++out.atPersonLimit;
                    continue;
                }
            }
            auto code = newClaimCode();
            if (!code)
                return code.error();
            const qint64 home = branchIds.value(row.homeBranchCode);
            const qint64 at = home != 0 && coupon->appliesAt(home) ? home : 0;
            if (auto c = insertClaim(*coupon, row.id, at, channel, now, *code); !c)
                return c.error();
            ++out.issued;
            ++taken;
        }
        if (progress && !progress(out.matched))
            return Error(Error::Code::Conflict, Tr::tr("Issuing was cancelled; nothing was written."),
                QStringLiteral("cancelled"));
        if (page->atEnd)
            break;
        cursor = page->next;
    }
    const qint64 auditBranch = actor.isOwner() ? 0 : actor.branchId();
    if (auto s = audit::AuditLog::record(m_db, actor, QStringLiteral("coupon.issue"),
            QStringLiteral("coupon"), coupon->id, auditBranch, {},
            { { QStringLiteral("coupon"), coupon->code }, { QStringLiteral("channel"), channel },
                { QStringLiteral("matched"), out.matched },
                { QStringLiteral("issued"), out.issued },
                { QStringLiteral("at_person_limit"), out.atPersonLimit },
                { QStringLiteral("over_total"), out.overTotal } });
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return out;
}

Result<QVector<Claim>> ClaimService::claimsOfCoupon(
    const auth::Actor &actor, qint64 couponId, int limit)
{
    if (auto s = actor.requireManagerOrOwner(Tr::tr("see a coupon's claims")); !s)
        return s.error();
    auto coupon = CouponService(m_db).find(couponId);
    if (!coupon)
        return coupon.error();
    if (auto s = CouponService::requireVisible(actor, *coupon); !s)
        return s.error();
    const qint64 scope = actor.isOwner() ? 0 : actor.branchId();
    return claimsWhere(QStringLiteral("c.coupon_id = ? AND (? = 0 OR c.branch_id = ?)"
                                      " ORDER BY c.claimed_at DESC, c.id DESC LIMIT ?"),
        { couponId, scope, scope, std::max(1, limit) });
}

Result<QVector<Claim>> ClaimService::claimsOf(const auth::Actor &actor, qint64 personId)
{
    const qint64 scope = actor.isOwner() ? 0 : (actor.branchId() != 0 ? actor.branchId() : -1);
    return claimsWhere(QStringLiteral("c.person_id = ? AND (? = 0 OR c.branch_id = ?)"
                                      " ORDER BY c.claimed_at DESC, c.id DESC"),
        { personId, scope, scope });
}

Result<QVector<Claim>> ClaimService::usableAt(
    const auth::Actor &actor, qint64 personId, qint64 branchId)
{
    if (auto s = actor.requireBranch(branchId, Tr::tr("look up coupons")); !s)
        return s.error();
    const qint64 now = clock::now();
    return claimsWhere(
        QStringLiteral(
            "c.person_id = ? AND r.id IS NULL AND k.active = 1"
            " AND (c.expires_at IS NULL OR c.expires_at > ?)"
            " AND (k.valid_from IS NULL OR k.valid_from <= ?)"
            " AND (k.valid_to IS NULL OR k.valid_to > ?)"
            " AND (NOT EXISTS (SELECT 1 FROM coupon_branches cb WHERE cb.coupon_id = k.id)"
            "  OR EXISTS (SELECT 1 FROM coupon_branches cb WHERE cb.coupon_id = k.id"
            "   AND cb.branch_id = ?))"
            " ORDER BY coalesce(c.expires_at, 9223372036854775807), c.id"),
        { personId, now, now, now, branchId });
}

} // namespace core::coupons
