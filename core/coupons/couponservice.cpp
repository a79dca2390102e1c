#include "core/coupons/couponservice.h"

#include "core/audit/auditlog.h"
#include "core/common/clock.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"
#include "core/storage/writetransaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace core::coupons {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Coupons)
};

const QString selectCoupon = QStringLiteral(
    "SELECT id, code, name, kind, value, min_spend, coalesce(valid_from, 0),"
    " coalesce(valid_to, 0), coalesce(valid_days, 0), per_person_limit, total_limit, active,"
    " created_at FROM coupons");

// Far above any real bill, so sums of discounts cannot overflow.
constexpr qint64 maxAmount = Q_INT64_C(100000000000000);
constexpr int maxValidDays = 3660;

Coupon readCoupon(const QSqlQuery &q)
{
    Coupon c;
    c.id = q.value(0).toLongLong();
    c.code = q.value(1).toString();
    c.name = q.value(2).toString();
    c.kind = kindFromName(q.value(3).toString()).value_or(CouponKind::Amount);
    c.value = q.value(4).toLongLong();
    c.minSpend = q.value(5).toLongLong();
    c.validFrom = q.value(6).toLongLong();
    c.validTo = q.value(7).toLongLong();
    c.validDays = q.value(8).toInt();
    c.perPersonLimit = q.value(9).toInt();
    if (!q.value(10).isNull())
        c.totalLimit = q.value(10).toLongLong();
    c.active = q.value(11).toInt() != 0;
    c.createdAt = q.value(12).toLongLong();
    return c;
}

QJsonObject toJson(const Coupon &c)
{
    QJsonArray branches;
    for (qint64 id : c.branchIds)
        branches.append(id);
    QJsonObject o { { QStringLiteral("code"), c.code }, { QStringLiteral("name"), c.name },
        { QStringLiteral("kind"), kindName(c.kind) }, { QStringLiteral("value"), c.value },
        { QStringLiteral("min_spend"), c.minSpend }, { QStringLiteral("valid_from"), c.validFrom },
        { QStringLiteral("valid_to"), c.validTo }, { QStringLiteral("valid_days"), c.validDays },
        { QStringLiteral("per_person_limit"), c.perPersonLimit },
        { QStringLiteral("branch_ids"), branches }, { QStringLiteral("active"), c.active } };
    if (c.totalLimit)
        o.insert(QStringLiteral("total_limit"), *c.totalLimit);
    return o;
}

Error invalid(const QString &message, const char *field)
{
    return Error(Error::Code::InvalidInput, message, QLatin1String(field));
}

// A manager's coupons: scoped to their own branch and no other.
bool isOwnBranchAlone(const auth::Actor &actor, const QVector<qint64> &branchIds)
{
    return branchIds.size() == 1 && branchIds.first() == actor.branchId();
}

// The audit entry of a coupon of one branch belongs to that branch; others to the chain.
qint64 auditBranchOf(const Coupon &c)
{
    return c.branchIds.size() == 1 ? c.branchIds.first() : 0;
}

// Staff without a branch (not a valid account) see nothing rather than everything.
qint64 scopeOf(const auth::Actor &actor)
{
    if (actor.isOwner())
        return 0;
    return actor.branchId() != 0 ? actor.branchId() : -1;
}

} // namespace

CouponService::CouponService(storage::Database &db)
    : m_db(db)
{
}

Status CouponService::validate(const Coupon &c)
{
    static const QRegularExpression codeChars(QStringLiteral("^[A-Za-z0-9_-]+$"));
    const QString code = c.code.trimmed();
    if (code.isEmpty())
        return invalid(Tr::tr("Give the coupon a code."), "code");
    if (code.size() > MaxCodeLength || !codeChars.match(code).hasMatch())
        return invalid(Tr::tr("Coupon code \"%1\" must be 1 to %2 letters, digits, '-' or '_'.")
                           .arg(code)
                           .arg(MaxCodeLength),
            "code");
    const QString name = c.name.trimmed();
    if (name.isEmpty())
        return invalid(Tr::tr("Give coupon %1 a name.").arg(code), "name");
    if (name.size() > MaxNameLength)
        return invalid(Tr::tr("The name of coupon %1 is longer than %2 characters.")
                           .arg(code)
                           .arg(MaxNameLength),
            "name");
    switch (c.kind) {
    case CouponKind::Amount:
        if (c.value <= 0 || c.value > maxAmount)
            return invalid(
                Tr::tr("The amount off of coupon %1 must be more than zero.").arg(code), "value");
        break;
    case CouponKind::Percent:
        if (c.value < 1 || c.value > 100)
            return invalid(
                Tr::tr("The percentage off of coupon %1 must be between 1 and 100.").arg(code),
                "value");
        break;
    case CouponKind::Item:
        if (c.value < 0 || c.value > maxAmount)
            return invalid(
                Tr::tr("The item value of coupon %1 cannot be negative.").arg(code), "value");
        break;
    }
    if (c.minSpend < 0 || c.minSpend > maxAmount)
        return invalid(
            Tr::tr("The minimum spend of coupon %1 cannot be negative.").arg(code), "min_spend");
    if (c.validFrom < 0 || c.validTo < 0)
        return invalid(
            Tr::tr("The validity dates of coupon %1 lie before 1970.").arg(code), "valid_from");
    if (c.validFrom != 0 && c.validTo != 0 && c.validTo <= c.validFrom)
        return invalid(Tr::tr("Coupon %1 must end after it starts.").arg(code), "valid_to");
    if (c.validDays < 0 || c.validDays > maxValidDays)
        return invalid(Tr::tr("The days a claim of coupon %1 stays valid must be between 1 and %2.")
                           .arg(code)
                           .arg(maxValidDays),
            "valid_days");
    if (c.perPersonLimit < 0)
        return invalid(Tr::tr("The per-person limit of coupon %1 cannot be negative (0 means "
                              "no limit).")
                           .arg(code),
            "per_person");
    if (c.totalLimit && *c.totalLimit < 1)
        return invalid(
            Tr::tr("The total limit of coupon %1 must be at least 1, or none.").arg(code), "total");
    QVector<qint64> seen;
    for (qint64 id : c.branchIds) {
        if (id <= 0 || seen.contains(id))
            return invalid(Tr::tr("The branches of coupon %1 must be distinct branches.").arg(code),
                "branches");
        seen.push_back(id);
    }
    return {};
}

Status CouponService::loadBranches(Coupon &coupon)
{
    auto q = storage::prepare(m_db,
        QStringLiteral("SELECT branch_id FROM coupon_branches"
                       " WHERE coupon_id = ? ORDER BY branch_id"));
    if (!q)
        return q.error();
    if (auto s = storage::exec(*q, { coupon.id }); !s)
        return s;
    coupon.branchIds.clear();
    while (q->next())
        coupon.branchIds.push_back(q->value(0).toLongLong());
    return {};
}

Result<Coupon> CouponService::loadWhere(const QString &where, const QVariant &value)
{
    auto q = storage::prepare(m_db, selectCoupon + QStringLiteral(" WHERE ") + where);
    if (!q)
        return q.error();
    if (auto s = storage::exec(*q, { value }); !s)
        return s.error();
    if (!q->next())
        return Error(Error::Code::NotFound, QString());
    Coupon c = readCoupon(*q);
    if (auto s = loadBranches(c); !s)
        return s.error();
    return c;
}

Result<Coupon> CouponService::find(qint64 couponId)
{
    auto c = loadWhere(QStringLiteral("id = ?"), couponId);
    if (!c && c.error().code() == Error::Code::NotFound)
        return Error(Error::Code::NotFound, Tr::tr("There is no coupon with id %1.").arg(couponId),
            QStringLiteral("coupon"));
    return c;
}

Result<Coupon> CouponService::findByCode(const QString &code)
{
    const QString trimmed = code.trimmed();
    auto c = loadWhere(QStringLiteral("lower(code) = lower(?)"), trimmed);
    if (!c && c.error().code() == Error::Code::NotFound)
        return Error(Error::Code::NotFound, Tr::tr("There is no coupon with code %1.").arg(trimmed),
            QStringLiteral("coupon"));
    return c;
}

Status CouponService::requireVisible(const auth::Actor &actor, const Coupon &coupon)
{
    if (actor.isOwner() || (actor.branchId() != 0 && coupon.appliesAt(actor.branchId())))
        return {};
    return Error(Error::Code::PermissionDenied,
        Tr::tr("%1 may not see coupon %2: it belongs to other branches.")
            .arg(actor.name(), coupon.code));
}

Status CouponService::checkBranches(const Coupon &c)
{
    for (qint64 branchId : c.branchIds) {
        auto known = storage::scalar(
            m_db, QStringLiteral("SELECT count(*) FROM branches WHERE id = ?"), { branchId }, 0);
        if (!known)
            return known.error();
        if (known->toLongLong() == 0)
            return Error(Error::Code::NotFound,
                Tr::tr("There is no branch with id %1 for coupon %2.").arg(branchId).arg(c.code),
                QStringLiteral("branches"));
    }
    return {};
}

Status CouponService::writeBranches(const Coupon &c)
{
    if (auto s = storage::execOnce(m_db,
            QStringLiteral("DELETE FROM coupon_branches WHERE coupon_id = ?"), { c.id });
        !s)
        return s;
    for (qint64 branchId : c.branchIds) {
        if (auto s = storage::execOnce(m_db,
                QStringLiteral("INSERT INTO coupon_branches (coupon_id,"
                               " branch_id) VALUES (?, ?)"),
                { c.id, branchId });
            !s)
            return s;
    }
    return {};
}

Result<Coupon> CouponService::create(const auth::Actor &actor, const Coupon &coupon)
{
    if (auto s = actor.requireManagerOrOwner(Tr::tr("create coupons")); !s)
        return s.error();
    if (!actor.isOwner() && !isOwnBranchAlone(actor, coupon.branchIds))
        return Error(Error::Code::PermissionDenied,
            Tr::tr("%1 may only create coupons for their own branch alone; chain-wide "
                   "coupons and coupons of other branches are the owner's.")
                .arg(actor.name()),
            QStringLiteral("branches"));
    if (auto s = validate(coupon); !s)
        return s.error();
    Coupon c = coupon;
    c.code = c.code.trimmed();
    c.name = c.name.trimmed();
    c.active = true;
    c.createdAt = clock::now();
    std::sort(c.branchIds.begin(), c.branchIds.end());
    storage::WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto taken = storage::scalar(
        m_db, QStringLiteral("SELECT code FROM coupons WHERE lower(code) = lower(?)"), { c.code });
    if (!taken)
        return taken.error();
    if (!taken->isNull())
        return Error(Error::Code::Conflict,
            Tr::tr("A coupon with code %1 already exists.").arg(taken->toString()),
            QStringLiteral("code"));
    if (auto s = checkBranches(c); !s)
        return s.error();
    auto q = storage::prepare(m_db,
        QStringLiteral("INSERT INTO coupons (code, name, kind, value, min_spend, valid_from,"
                       " valid_to, valid_days, per_person_limit, total_limit, active,"
                       " created_at) VALUES (?,?,?,?,?,?,?,?,?,?,1,?)"));
    if (!q)
        return q.error();
    if (auto s = storage::exec(*q,
            { c.code, c.name, kindName(c.kind), c.value, c.minSpend,
                storage::nullIfZero(c.validFrom), storage::nullIfZero(c.validTo),
                storage::nullIfZero(c.validDays), c.perPersonLimit,
                c.totalLimit ? QVariant(*c.totalLimit) : QVariant(), c.createdAt });
        !s)
        return s.error();
    c.id = q->lastInsertId().toLongLong();
    if (auto s = writeBranches(c); !s)
        return s.error();
    if (auto s = audit::AuditLog::record(m_db, actor, QStringLiteral("coupon.create"),
            QStringLiteral("coupon"), c.id, auditBranchOf(c), {}, toJson(c));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return c;
}

Result<Coupon> CouponService::update(const auth::Actor &actor, const Coupon &coupon)
{
    if (auto s = actor.requireManagerOrOwner(Tr::tr("edit coupons")); !s)
        return s.error();
    if (auto s = validate(coupon); !s)
        return s.error();
    storage::WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto before = find(coupon.id);
    if (!before)
        return before.error();
    if (!actor.isOwner()
        && (!isOwnBranchAlone(actor, before->branchIds)
            || !isOwnBranchAlone(actor, coupon.branchIds)))
        return Error(Error::Code::PermissionDenied,
            Tr::tr("%1 may only edit coupons of their own branch alone, and keep them there; "
                   "coupon %2 is the owner's.")
                .arg(actor.name(), before->code),
            QStringLiteral("branches"));
    if (!before->active)
        return Error(Error::Code::Conflict,
            Tr::tr("Coupon %1 is retired and can no longer be edited.").arg(before->code),
            QStringLiteral("coupon"));
    Coupon c = coupon;
    c.code = c.code.trimmed();
    c.name = c.name.trimmed();
    if (c.code.compare(before->code, Qt::CaseInsensitive) != 0)
        return Error(Error::Code::InvalidInput,
            Tr::tr("The code of coupon %1 cannot change: it is printed on its claims and "
                   "receipts. Retire it and create a new one instead.")
                .arg(before->code),
            QStringLiteral("code"));
    c.code = before->code;
    c.active = true;
    c.createdAt = before->createdAt;
    std::sort(c.branchIds.begin(), c.branchIds.end());
    auto claimed = storage::scalar(m_db,
        QStringLiteral("SELECT count(*) FROM coupon_claims WHERE coupon_id = ?"), { c.id }, 0);
    if (!claimed)
        return claimed.error();
    if (claimed->toLongLong() > 0) {
        // Claims were handed out on the terms they were given: what a claim is worth and when
        // it could first be used stay as they were.
        const char *field = c.kind != before->kind ? "kind"
            : c.value != before->value             ? "value"
            : c.minSpend != before->minSpend       ? "min_spend"
            : c.validFrom != before->validFrom     ? "valid_from"
                                                   : nullptr;
        if (field)
            return Error(Error::Code::Conflict,
                Tr::tr("Coupon %1 has been claimed %n time(s): its kind, value, minimum spend "
                       "and start can no longer change. Retire it and create a new one instead.",
                    nullptr, int(claimed->toLongLong()))
                    .arg(c.code),
                QLatin1String(field));
        if (c.totalLimit && *c.totalLimit < claimed->toLongLong())
            return Error(Error::Code::Conflict,
                Tr::tr("Coupon %1 has already been claimed %n time(s): its total limit cannot "
                       "be lower.",
                    nullptr, int(claimed->toLongLong()))
                    .arg(c.code),
                QStringLiteral("total"));
    }
    if (auto s = checkBranches(c); !s)
        return s.error();
    if (auto s = storage::execOnce(m_db,
            QStringLiteral("UPDATE coupons SET name = ?, kind = ?, value = ?, min_spend = ?,"
                           " valid_from = ?, valid_to = ?, valid_days = ?, per_person_limit = ?,"
                           " total_limit = ? WHERE id = ?"),
            { c.name, kindName(c.kind), c.value, c.minSpend, storage::nullIfZero(c.validFrom),
                storage::nullIfZero(c.validTo), storage::nullIfZero(c.validDays),
                c.perPersonLimit, c.totalLimit ? QVariant(*c.totalLimit) : QVariant(), c.id });
        !s)
        return s.error();
    if (auto s = writeBranches(c); !s)
        return s.error();
    if (auto s = audit::AuditLog::record(m_db, actor, QStringLiteral("coupon.update"),
            QStringLiteral("coupon"), c.id, auditBranchOf(c), toJson(*before), toJson(c));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return c;
}

Result<Coupon> CouponService::retire(const auth::Actor &actor, qint64 couponId)
{
    if (auto s = actor.requireManagerOrOwner(Tr::tr("retire coupons")); !s)
        return s.error();
    storage::WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto coupon = find(couponId);
    if (!coupon)
        return coupon.error();
    if (!actor.isOwner() && !isOwnBranchAlone(actor, coupon->branchIds))
        return Error(Error::Code::PermissionDenied,
            Tr::tr("%1 may only retire coupons of their own branch alone; coupon %2 is "
                   "the owner's.")
                .arg(actor.name(), coupon->code),
            QStringLiteral("coupon"));
    if (!coupon->active)
        return Error(Error::Code::Conflict,
            Tr::tr("Coupon %1 is already retired.").arg(coupon->code), QStringLiteral("coupon"));
    if (auto s = storage::execOnce(
            m_db, QStringLiteral("UPDATE coupons SET active = 0 WHERE id = ?"), { couponId });
        !s)
        return s.error();
    Coupon after = *coupon;
    after.active = false;
    if (auto s = audit::AuditLog::record(m_db, actor, QStringLiteral("coupon.retire"),
            QStringLiteral("coupon"), couponId, auditBranchOf(after), toJson(*coupon), toJson(after));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return after;
}

Result<QVector<Coupon>> CouponService::list(const auth::Actor &actor, bool includeRetired)
{
    const qint64 scope = scopeOf(actor);
    auto q = storage::prepare(m_db,
        selectCoupon
            + QStringLiteral(
                " WHERE (? = 1 OR active = 1) AND (? = 0"
                "  OR NOT EXISTS (SELECT 1 FROM coupon_branches cb WHERE cb.coupon_id = coupons.id)"
                "  OR EXISTS (SELECT 1 FROM coupon_branches cb WHERE cb.coupon_id = coupons.id"
                "   AND cb.branch_id = ?)) ORDER BY id"));
    if (!q)
        return q.error();
    if (auto s = storage::exec(*q, { includeRetired ? 1 : 0, scope, scope }); !s)
        return s.error();
    QVector<Coupon> out;
    while (q->next())
        out.push_back(readCoupon(*q));
    for (Coupon &c : out) {
        if (auto s = loadBranches(c); !s)
            return s.error();
    }
    return out;
}

Result<CouponStats> CouponService::stats(const auth::Actor &actor, qint64 couponId, qint64 now)
{
    if (auto s = actor.requireManagerOrOwner(Tr::tr("see coupon figures")); !s)
        return s.error();
    auto coupon = find(couponId);
    if (!coupon)
        return coupon.error();
    if (auto s = requireVisible(actor, *coupon); !s)
        return s.error();
    if (now == 0)
        now = clock::now();
    const qint64 scope = scopeOf(actor);
    CouponStats out;
    out.couponId = coupon->id;
    out.code = coupon->code;
    out.name = coupon->name;
    out.active = coupon->active;
    auto claimed = storage::scalar(m_db,
        QStringLiteral("SELECT count(*) FROM coupon_claims WHERE coupon_id = ?"
                       " AND (? = 0 OR branch_id = ?)"),
        { couponId, scope, scope }, 0);
    if (!claimed)
        return claimed.error();
    out.claimed = claimed->toLongLong();
    auto expired = storage::scalar(m_db,
        QStringLiteral("SELECT count(*) FROM coupon_claims c WHERE c.coupon_id = ?"
                       " AND (? = 0 OR c.branch_id = ?) AND c.expires_at IS NOT NULL"
                       " AND c.expires_at <= ?"
                       " AND NOT EXISTS (SELECT 1 FROM redemptions r WHERE r.claim_id = c.id)"),
        { couponId, scope, scope, now }, 0);
    if (!expired)
        return expired.error();
    out.expiredUnredeemed = expired->toLongLong();
    auto q = storage::prepare(m_db,
        QStringLiteral("SELECT r.branch_id, b.code, count(*), sum(r.discount)"
                       " FROM redemptions r JOIN coupon_claims c ON c.id = r.claim_id"
                       " JOIN branches b ON b.id = r.branch_id"
                       " WHERE c.coupon_id = ? AND (? = 0 OR r.branch_id = ?)"
                       " GROUP BY r.branch_id, b.code ORDER BY b.code"));
    if (!q)
        return q.error();
    if (auto s = storage::exec(*q, { couponId, scope, scope }); !s)
        return s.error();
    while (q->next()) {
        BranchRedemptions b;
        b.branchId = q->value(0).toLongLong();
        b.branchCode = q->value(1).toString();
        b.redemptions = q->value(2).toLongLong();
        b.discount = q->value(3).toLongLong();
        out.redeemed += b.redemptions;
        out.discount += b.discount;
        out.perBranch.push_back(b);
    }
    return out;
}

Result<QVector<CouponStats>> CouponService::allStats(const auth::Actor &actor, qint64 now)
{
    if (auto s = actor.requireManagerOrOwner(Tr::tr("see coupon figures")); !s)
        return s.error();
    auto coupons = list(actor, true);
    if (!coupons)
        return coupons.error();
    QVector<CouponStats> out;
    for (const Coupon &c : *coupons) {
        auto one = stats(actor, c.id, now);
        if (!one)
            return one.error();
        out.push_back(*one);
    }
    return out;
}

} // namespace core::coupons
