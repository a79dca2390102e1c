#include "core/visits/visitservice.h"

#include "core/audit/auditlog.h"
#include "core/branches/branchservice.h"
#include "core/chain/chainsettings.h"
#include "core/common/clock.h"
#include "core/common/money.h"
#include "core/people/personservice.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"
#include "core/storage/writetransaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>

namespace core::visits {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Visits)
};

const QString selectVisit = QStringLiteral(
    "SELECT id, branch_id, coalesce(person_id, 0), occurred_at, amount, kind,"
    " coalesce(refund_of, 0), coalesce(voided_at, 0), source, receipt_no FROM visits");

constexpr qint64 maxFutureSeconds = 24 * 60 * 60;

Visit readVisit(const QSqlQuery &q)
{
    Visit v;
    v.id = q.value(0).toLongLong();
    v.branchId = q.value(1).toLongLong();
    v.personId = q.value(2).toLongLong();
    v.occurredAt = q.value(3).toLongLong();
    v.amount = q.value(4).toLongLong();
    v.kind = kindFromName(q.value(5).toString()).value_or(VisitKind::Sale);
    v.refundOf = q.value(6).toLongLong();
    v.voidedAt = q.value(7).toLongLong();
    v.source = sourceFromName(q.value(8).toString()).value_or(VisitSource::Import);
    v.receiptNo = q.value(9).toString();
    return v;
}

QJsonObject toJson(const Visit &v)
{
    QJsonObject o { { QStringLiteral("receipt_no"), v.receiptNo },
        { QStringLiteral("kind"), kindName(v.kind) }, { QStringLiteral("amount"), v.amount },
        { QStringLiteral("occurred_at"), v.occurredAt },
        { QStringLiteral("source"), sourceName(v.source) } };
    if (v.personId != 0)
        o.insert(QStringLiteral("person_id"), v.personId);
    if (v.refundOf != 0)
        o.insert(QStringLiteral("refund_of"), v.refundOf);
    if (v.voidedAt != 0)
        o.insert(QStringLiteral("voided_at"), v.voidedAt);
    return o;
}

Result<QString> validReceipt(const QString &receipt)
{
    const QString r = receipt.trimmed();
    if (r.isEmpty())
        return Error(Error::Code::InvalidInput, Tr::tr("Give the bill's receipt number."),
            QStringLiteral("receipt"));
    if (r.size() > VisitService::MaxReceiptLength)
        return Error(Error::Code::InvalidInput,
            Tr::tr("Receipt number \"%1\" is longer than %2 characters.")
                .arg(r.left(20) + QStringLiteral("…"))
                .arg(VisitService::MaxReceiptLength),
            QStringLiteral("receipt"));
    return r;
}

Result<qint64> validTime(qint64 occurredAt)
{
    const qint64 now = clock::now();
    if (occurredAt == 0)
        return now;
    if (occurredAt < 0 || occurredAt > now + maxFutureSeconds)
        return Error(Error::Code::InvalidInput,
            Tr::tr("The bill's time lies in the future or before 1970."),
            QStringLiteral("occurred_at"));
    return occurredAt;
}

Status requireReason(const QString &reason, const QString &what)
{
    if (reason.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput,
            Tr::tr("Say why the %1 is made: a reason is required.").arg(what),
            QStringLiteral("reason"));
    return {};
}

} // namespace

VisitService::VisitService(storage::Database &db)
    : m_db(db)
{
}

Status VisitService::loadSettings()
{
    if (m_loaded)
        return {};
    auto settings = chain::ChainStore::load(m_db);
    if (!settings)
        return settings.error();
    m_region = settings->region;
    m_decimals = settings->decimals();
    m_loaded = true;
    return {};
}

QString VisitService::display(qint64 minor) const
{
    return money::toDisplay(minor, QLocale(), m_decimals);
}

Result<std::optional<Visit>> VisitService::lookup(
    const QString &where, qint64 id, const QString &text)
{
    auto q = storage::prepare(m_db, selectVisit + QStringLiteral(" WHERE ") + where);
    if (!q)
        return q.error();
    Status s = text.isNull() ? storage::exec(*q, { id }) : storage::exec(*q, { id, text });
    if (!s)
        return s.error();
    if (!q->next())
        return std::optional<Visit>();
    return std::optional<Visit>(readVisit(*q));
}

Result<Visit> VisitService::load(qint64 visitId)
{
    auto found = lookup(QStringLiteral("id = ?"), visitId);
    if (!found)
        return found.error();
    if (!*found)
        return Error(Error::Code::NotFound, Tr::tr("There is no visit with id %1.").arg(visitId),
            QStringLiteral("visit"));
    return **found;
}

Result<QString> VisitService::branchCode(qint64 branchId)
{
    if (branchId == 0)
        return Error(Error::Code::InvalidInput, Tr::tr("Choose the branch of the bill."),
            QStringLiteral("branch"));
    auto branch = branches::BranchService(m_db).find(branchId);
    if (!branch)
        return branch.error();
    return branch->code;
}

Result<qint64> VisitService::refunded(qint64 saleId)
{
    auto sum = storage::scalar(m_db,
        QStringLiteral("SELECT coalesce(-sum(amount), 0) FROM visits"
                       " WHERE refund_of = ? AND voided_at IS NULL"),
        { saleId }, 0);
    if (!sum)
        return sum.error();
    return sum->toLongLong();
}

Result<Visit> VisitService::insert(const Visit &visit)
{
    auto q = storage::prepare(m_db,
        QStringLiteral("INSERT INTO visits (branch_id, person_id, occurred_at, amount, kind,"
                       " refund_of, source, receipt_no) VALUES (?,?,?,?,?,?,?,?)"));
    if (!q)
        return q.error();
    if (auto s = storage::exec(*q,
            { visit.branchId, storage::nullIfZero(visit.personId), visit.occurredAt, visit.amount,
                kindName(visit.kind), storage::nullIfZero(visit.refundOf), sourceName(visit.source),
                visit.receiptNo });
        !s)
        return s.error();
    Visit out = visit;
    out.id = q->lastInsertId().toLongLong();
    return out;
}

Result<Visit> VisitService::record(const auth::Actor &actor, const NewVisit &request)
{
    if (request.amount < 0 || request.amount > MaxAmount)
        return Error(Error::Code::InvalidInput,
            Tr::tr("A bill's amount must be zero or more and below any real bill's."),
            QStringLiteral("amount"));
    auto receipt = validReceipt(request.receiptNo);
    if (!receipt)
        return receipt.error();
    auto at = validTime(request.occurredAt);
    if (!at)
        return at.error();
    if (request.branchId == 0)
        return Error(Error::Code::InvalidInput, Tr::tr("Choose the branch of the bill."),
            QStringLiteral("branch"));
    if (auto s = actor.requireBranch(request.branchId, Tr::tr("record bills")); !s)
        return s.error();
    if (auto s = loadSettings(); !s)
        return s.error();
    storage::WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto code = branchCode(request.branchId);
    if (!code)
        return code.error();
    auto existing
        = lookup(QStringLiteral("branch_id = ? AND receipt_no = ?"), request.branchId, *receipt);
    if (!existing)
        return existing.error();
    if (*existing)
        return Error(Error::Code::Conflict,
            Tr::tr("Receipt %1 is already recorded at branch %2 (visit %3).")
                .arg(*receipt, *code)
                .arg((*existing)->id),
            QStringLiteral("receipt"));
    Visit v;
    v.branchId = request.branchId;
    v.occurredAt = *at;
    v.amount = request.amount;
    v.kind = VisitKind::Sale;
    v.source = request.source;
    v.receiptNo = *receipt;
    people::PersonService persons(m_db, people::PhoneNormalizer(m_region));
    if (request.personId != 0) {
        auto person = persons.find(request.personId);
        if (!person)
            return person.error();
        v.personId = person->id;
    } else if (!request.phone.trimmed().isEmpty()) {
        auto person = persons.findOrRegister(actor, request.phone, request.branchId);
        if (!person)
            return person.error();
        v.personId = person->id;
    }
    auto written = insert(v);
    if (!written)
        return written.error();
    if (auto s = audit::AuditLog::record(m_db, actor, QStringLiteral("visit.record"),
            QStringLiteral("visit"), written->id, v.branchId, {}, toJson(*written));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return written;
}

Result<Visit> VisitService::refund(const auth::Actor &actor, const RefundRequest &request)
{
    if (request.amount <= 0 || request.amount > MaxAmount)
        return Error(Error::Code::InvalidInput, Tr::tr("The refund must be more than zero."),
            QStringLiteral("amount"));
    if (auto s = requireReason(request.reason, Tr::tr("refund")); !s)
        return s.error();
    auto at = validTime(request.occurredAt);
    if (!at)
        return at.error();
    if (auto s = actor.requireManagerOrOwner(Tr::tr("refund bills")); !s)
        return s.error();
    if (auto s = loadSettings(); !s)
        return s.error();
    storage::WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto sale = load(request.visitId);
    if (!sale)
        return sale.error();
    if (auto s = actor.requireBranch(sale->branchId, Tr::tr("refund bills")); !s)
        return s.error();
    auto code = branchCode(sale->branchId);
    if (!code)
        return code.error();
    if (!sale->isSale())
        return Error(Error::Code::Conflict,
            Tr::tr("Receipt %1 at branch %2 is itself a refund; refund the sale instead.")
                .arg(sale->receiptNo, *code),
            QStringLiteral("visit"));
    if (sale->isVoided())
        return Error(Error::Code::Conflict,
            Tr::tr("Receipt %1 at branch %2 was voided; there is nothing to refund.")
                .arg(sale->receiptNo, *code),
            QStringLiteral("visit"));
    auto already = refunded(sale->id);
    if (!already)
        return already.error();
    if (*already + request.amount > sale->amount)
        return Error(Error::Code::Conflict,
            Tr::tr("Receipt %1 at branch %2 was %3 and %4 of it is already refunded: "
                   "at most %5 more can be refunded.")
                .arg(sale->receiptNo, *code, display(sale->amount), display(*already),
                    display(sale->amount - *already)),
            QStringLiteral("amount"));
    QString receipt;
    if (!request.receiptNo.trimmed().isEmpty()) {
        auto given = validReceipt(request.receiptNo);
        if (!given)
            return given.error();
        receipt = *given;
    } else {
        auto refunds = storage::scalar(m_db,
            QStringLiteral("SELECT count(*) FROM visits WHERE refund_of = ?"), { sale->id }, 0);
        if (!refunds)
            return refunds.error();
        for (qint64 n = refunds->toLongLong() + 1;; ++n) {
            receipt = sale->receiptNo + QStringLiteral("/refund-") + QString::number(n);
            auto taken = lookup(
                QStringLiteral("branch_id = ? AND receipt_no = ?"), sale->branchId, receipt);
            if (!taken)
                return taken.error();
            if (!*taken)
                break;
        }
    }
    auto existing
        = lookup(QStringLiteral("branch_id = ? AND receipt_no = ?"), sale->branchId, receipt);
    if (!existing)
        return existing.error();
    if (*existing)
        return Error(Error::Code::Conflict,
            Tr::tr("Receipt %1 is already recorded at branch %2 (visit %3).")
                .arg(receipt, *code)
                .arg((*existing)->id),
            QStringLiteral("receipt"));
    Visit v;
    v.branchId = sale->branchId;
    v.personId = sale->personId;
    v.occurredAt = *at;
    v.amount = -request.amount;
    v.kind = VisitKind::Refund;
    v.refundOf = sale->id;
    v.source = request.source;
    v.receiptNo = receipt;
    auto written = insert(v);
    if (!written)
        return written.error();
    QJsonObject after = toJson(*written);
    after.insert(QStringLiteral("reason"), request.reason.trimmed());
    if (auto s = audit::AuditLog::record(m_db, actor, QStringLiteral("visit.refund"),
            QStringLiteral("visit"), written->id, v.branchId,
            { { QStringLiteral("sale_id"), sale->id },
                { QStringLiteral("sale_receipt_no"), sale->receiptNo },
                { QStringLiteral("sale_amount"), sale->amount },
                { QStringLiteral("refunded_before"), *already } },
            after);
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return written;
}

Result<Visit> VisitService::voidVisit(
    const auth::Actor &actor, qint64 visitId, const QString &reason)
{
    if (auto s = requireReason(reason, Tr::tr("void")); !s)
        return s.error();
    if (auto s = actor.requireManagerOrOwner(Tr::tr("void bills")); !s)
        return s.error();
    storage::WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto visit = load(visitId);
    if (!visit)
        return visit.error();
    if (auto s = actor.requireBranch(visit->branchId, Tr::tr("void bills")); !s)
        return s.error();
    auto code = branchCode(visit->branchId);
    if (!code)
        return code.error();
    if (visit->isVoided())
        return Error(Error::Code::Conflict,
            Tr::tr("Receipt %1 at branch %2 is already voided.").arg(visit->receiptNo, *code),
            QStringLiteral("visit"));
    if (visit->isSale()) {
        auto already = refunded(visit->id);
        if (!already)
            return already.error();
        if (*already > 0)
            return Error(Error::Code::Conflict,
                Tr::tr("Receipt %1 at branch %2 has refunds standing and cannot be "
                       "voided; void its refunds first.")
                    .arg(visit->receiptNo, *code),
                QStringLiteral("visit"));
    }
    Visit after = *visit;
    after.voidedAt = clock::now();
    if (auto s = storage::execOnce(m_db,
            QStringLiteral("UPDATE visits SET voided_at = ? WHERE id = ?"
                           " AND voided_at IS NULL"),
            { after.voidedAt, visit->id });
        !s)
        return s.error();
    QJsonObject afterJson = toJson(after);
    afterJson.insert(QStringLiteral("reason"), reason.trimmed());
    if (auto s = audit::AuditLog::record(m_db, actor, QStringLiteral("visit.void"),
            QStringLiteral("visit"), visit->id, visit->branchId, toJson(*visit), afterJson);
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return after;
}

Result<Visit> VisitService::find(const auth::Actor &actor, qint64 visitId)
{
    auto visit = load(visitId);
    if (!visit)
        return visit.error();
    if (auto s = actor.requireBranch(visit->branchId, Tr::tr("look at bills")); !s)
        return s.error();
    return visit;
}

Result<Visit> VisitService::findByReceipt(
    const auth::Actor &actor, qint64 branchId, const QString &receiptNo)
{
    auto receipt = validReceipt(receiptNo);
    if (!receipt)
        return receipt.error();
    if (auto s = actor.requireBranch(branchId, Tr::tr("look at bills")); !s)
        return s.error();
    auto code = branchCode(branchId);
    if (!code)
        return code.error();
    auto found = lookup(QStringLiteral("branch_id = ? AND receipt_no = ?"), branchId, *receipt);
    if (!found)
        return found.error();
    if (!*found)
        return Error(Error::Code::NotFound,
            Tr::tr("No bill with receipt %1 is recorded at branch %2.").arg(*receipt, *code),
            QStringLiteral("receipt"));
    return **found;
}

Result<qint64> VisitService::refundedTotal(const auth::Actor &actor, qint64 saleId)
{
    auto sale = find(actor, saleId);
    if (!sale)
        return sale.error();
    return refunded(saleId);
}

Result<QVector<Visit>> VisitService::listForPerson(
    const auth::Actor &actor, qint64 personId, int limit)
{
    auto known = storage::scalar(
        m_db, QStringLiteral("SELECT count(*) FROM people WHERE id = ?"), { personId }, 0);
    if (!known)
        return known.error();
    if (known->toLongLong() == 0)
        return Error(Error::Code::NotFound, Tr::tr("There is no person with id %1.").arg(personId),
            QStringLiteral("person"));
    auto q = storage::prepare(m_db,
        selectVisit
            + QStringLiteral(" WHERE person_id = ?"
                             " AND (? = 0 OR branch_id = ?)"
                             " ORDER BY occurred_at DESC, id DESC"
                             " LIMIT ?"));
    if (!q)
        return q.error();
    // Staff without a branch (not a valid account) see nothing rather than everything.
    const qint64 scope = actor.isOwner() ? 0 : (actor.branchId() != 0 ? actor.branchId() : -1);
    if (auto s = storage::exec(*q, { personId, scope, scope, qMax(1, limit) }); !s)
        return s.error();
    QVector<Visit> out;
    while (q->next())
        out.push_back(readVisit(*q));
    return out;
}

} // namespace core::visits
