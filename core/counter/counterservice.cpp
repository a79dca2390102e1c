#include "core/counter/counterservice.h"

#include "core/audit/auditlog.h"
#include "core/branches/branchservice.h"
#include "core/chain/chainsettings.h"
#include "core/common/clock.h"
#include "core/common/money.h"
#include "core/coupons/claimservice.h"
#include "core/coupons/couponservice.h"
#include "core/people/membersearch.h"
#include "core/people/personservice.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"
#include "core/storage/writetransaction.h"
#include "core/tiers/tierservice.h"
#include "core/visits/visitservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>

namespace core::counter {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Counter)
};

QString digitsOf(const QString &text)
{
    QString out;
    for (QChar c : text)
        if (c.isDigit())
            out.append(c);
    return out;
}

QString spendKey(const QString &branchCode, const QString &receipt)
{
    return QStringLiteral("counter/") + branchCode + QLatin1Char('/') + receipt;
}

struct Chain
{
    QString region;
    int decimals = 2;
};

Result<Chain> loadChain(storage::Database &db)
{
    auto settings = chain::ChainStore::load(db);
    if (!settings)
        return settings.error();
    return Chain { settings->region, settings->decimals() };
}

} // namespace

QString tenderName(Tender tender)
{
    switch (tender) {
    case Tender::Wallet:
        return QStringLiteral("wallet");
    case Tender::Cash:
        return QStringLiteral("cash");
    case Tender::Card:
        return QStringLiteral("card");
    }
    return {};
}

std::optional<Tender> tenderFromName(const QString &name)
{
    for (Tender t : { Tender::Wallet, Tender::Cash, Tender::Card })
        if (tenderName(t) == name)
            return t;
    return std::nullopt;
}

CounterService::CounterService(storage::Database &db)
    : m_db(db)
{
}

QString CounterService::newReceiptNo()
{
    return QStringLiteral("C")
        + QDateTime::currentDateTime().toString(QStringLiteral("yyMMdd-HHmmss-"))
        + QString::number(QRandomGenerator::global()->bounded(10000))
              .rightJustified(4, QLatin1Char('0'));
}

Result<QVector<people::Person>> CounterService::find(
    const auth::Actor &actor, const QString &text, int limit)
{
    Q_UNUSED(actor) // anyone at a counter, wherever the person joined (DESIGN.md, roles)
    const QString typed = text.trimmed();
    if (typed.isEmpty())
        return Error(Error::Code::InvalidInput,
            Tr::tr("Type a phone number, its last four digits or a member code."),
            QStringLiteral("search"));
    auto chain = loadChain(m_db);
    if (!chain)
        return chain.error();
    people::PersonService persons(m_db, people::PhoneNormalizer(chain->region));
    const QString digits = digitsOf(typed);
    if (typed.size() == 4 && digits.size() == 4)
        return persons.findByLastFour(digits, qMax(1, limit));
    QVector<people::Person> out;
    const auto keep = [&out](const Result<people::Person> &found) -> Status {
        if (found) {
            if (std::none_of(out.cbegin(), out.cend(),
                    [&](const people::Person &p) { return p.id == found->id; }))
                out.push_back(*found);
            return {};
        }
        if (found.error().code() == Error::Code::NotFound
            || found.error().code() == Error::Code::InvalidInput)
            return {};
        return found.error();
    };
    if (digits == typed && people::MemberSearch::isMemberCode(digits))
        if (auto s = keep(persons.findByMemberCode(digits)); !s)
            return s.error();
    if (auto s = keep(persons.findByPhone(typed)); !s)
        return s.error();
    return out;
}

Result<Card> CounterService::card(const auth::Actor &actor, qint64 personId, qint64 branchId)
{
    if (auto s = actor.requireBranch(branchId, Tr::tr("serve at the counter")); !s)
        return s.error();
    auto chain = loadChain(m_db);
    if (!chain)
        return chain.error();
    Card out;
    auto person
        = people::PersonService(m_db, people::PhoneNormalizer(chain->region)).find(personId);
    if (!person)
        return person.error();
    out.person = *person;
    if (person->tierId != 0) {
        auto tier = tiers::TierService(m_db).find(person->tierId);
        if (!tier)
            return tier.error();
        out.tierName = tier->name;
        out.discountBp = tier->discountBp;
    }
    auto balance = wallet::WalletService(m_db).balance(actor, personId);
    if (!balance)
        return balance.error();
    out.balance = *balance;
    auto claims = coupons::ClaimService(m_db).usableAt(actor, personId, branchId);
    if (!claims)
        return claims.error();
    coupons::CouponService couponService(m_db);
    for (const coupons::Claim &c : *claims) {
        auto coupon = couponService.find(c.couponId);
        if (!coupon)
            return coupon.error();
        out.coupons.push_back({ c, *coupon });
    }
    return out;
}

Result<Quote> CounterService::quote(const auth::Actor &actor, qint64 personId, qint64 branchId,
    qint64 gross, const QString &claimCode)
{
    return quoteIn(actor, personId, branchId, gross, claimCode);
}

Result<Quote> CounterService::quoteIn(const auth::Actor &actor, qint64 personId, qint64 branchId,
    qint64 gross, const QString &claimCode)
{
    if (gross <= 0 || gross > wallet::WalletService::MaxAmount)
        return Error(Error::Code::InvalidInput, Tr::tr("Type the bill's amount, more than zero."),
            QStringLiteral("amount"));
    auto chain = loadChain(m_db);
    if (!chain)
        return chain.error();
    const auto show
        = [&](qint64 minor) { return money::toDisplay(minor, QLocale(), chain->decimals); };
    auto c = card(actor, personId, branchId);
    if (!c)
        return c.error();
    Quote q;
    q.gross = gross;
    q.discountBp = c->discountBp;
    q.tierDiscount = wallet::mulDivRound(gross, c->discountBp, 10000);
    q.afterTier = gross - q.tierDiscount;
    if (!claimCode.trimmed().isEmpty()) {
        auto claim = coupons::ClaimService(m_db).findClaim(actor, claimCode);
        if (!claim)
            return claim.error();
        if (claim->personId != personId)
            return Error(Error::Code::Conflict,
                Tr::tr("Coupon claim %1 belongs to someone else.").arg(claim->claimCode),
                QStringLiteral("claim"));
        const auto usable = std::find_if(c->coupons.cbegin(), c->coupons.cend(),
            [&](const UsableCoupon &u) { return u.claim.id == claim->id; });
        if (usable == c->coupons.cend())
            return Error(Error::Code::Conflict,
                Tr::tr("Coupon claim %1 (%2) cannot be used here today: it is redeemed, "
                       "expired, retired or meant for other branches.")
                    .arg(claim->claimCode, claim->couponName),
                QStringLiteral("claim"));
        if (q.afterTier < usable->coupon.minSpend)
            return Error(Error::Code::Conflict,
                Tr::tr("Coupon %1 needs a bill of at least %2; this bill is %3.")
                    .arg(usable->coupon.code, show(usable->coupon.minSpend), show(q.afterTier)),
                QStringLiteral("amount"));
        q.couponDiscount = std::min(q.afterTier, usable->coupon.discountOn(q.afterTier));
    }
    q.toPay = q.afterTier - q.couponDiscount;
    return q;
}

Result<wallet::Outcome> CounterService::topUp(const auth::Actor &actor, const TopUpRequest &request)
{
    wallet::Request w;
    w.personId = request.personId;
    w.phone = request.phone;
    w.branchId = request.branchId;
    w.amount = request.amount;
    w.ruleBonus = !request.bonus.has_value();
    w.bonus = request.bonus.value_or(0);
    w.idempotencyKey = request.idempotencyKey;
    w.note = request.note;
    // The wallet's top-up is already one BEGIN IMMEDIATE transaction with its audit entries,
    // the membership start and the tier evaluation.
    return wallet::WalletService(m_db).topUp(actor, w);
}

Result<Sale> CounterService::saleOf(const visits::Visit &visit)
{
    Sale out;
    out.visit = visit;
    out.quote.toPay = visit.amount;
    auto spend = storage::scalar(m_db,
        QStringLiteral("SELECT id FROM wallet_entries WHERE visit_id = ?"
                       " AND kind = 'spend' ORDER BY id LIMIT 1"),
        { visit.id }, 0);
    if (!spend)
        return spend.error();
    wallet::WalletService walletService(m_db);
    if (spend->toLongLong() != 0) {
        auto entry = walletService.entry(spend->toLongLong());
        if (!entry)
            return entry.error();
        out.spend = *entry;
    }
    auto q = storage::prepare(m_db,
        QStringLiteral("SELECT r.id, r.claim_id, c.claim_code, r.discount, r.redeemed_at"
                       " FROM redemptions r JOIN coupon_claims c ON c.id = r.claim_id"
                       " WHERE r.visit_id = ?"));
    if (!q)
        return q.error();
    if (auto s = storage::exec(*q, { visit.id }); !s)
        return s.error();
    if (q->next()) {
        out.redemption.id = q->value(0).toLongLong();
        out.redemption.claimId = q->value(1).toLongLong();
        out.redemption.claimCode = q->value(2).toString();
        out.redemption.discount = q->value(3).toLongLong();
        out.redemption.redeemedAt = q->value(4).toLongLong();
        out.redemption.visitId = visit.id;
        out.redemption.branchId = visit.branchId;
        out.quote.couponDiscount = out.redemption.discount;
    }
    if (visit.personId != 0) {
        auto balance = walletService.balance(auth::Actor::localOwner(), visit.personId);
        if (!balance)
            return balance.error();
        out.balance = *balance;
    }
    return out;
}

// The receipt is already recorded at the branch: the same sale again (same person, same coupon,
// paid the same way) or a conflict.
Result<std::optional<Sale>> CounterService::replay(const auth::Actor &actor,
    const visits::Visit &visit, qint64 personId, const PayRequest &request)
{
    Q_UNUSED(actor)
    auto sale = saleOf(visit);
    if (!sale)
        return sale.error();
    const bool fromWallet
        = sale->spend.id != 0 || (visit.amount == 0 && request.tender == Tender::Wallet);
    const bool same = visit.personId == personId && !visit.isVoided() && visit.isSale()
        && (request.tender == Tender::Wallet) == fromWallet
        && sale->redemption.claimCode.compare(request.claimCode.trimmed(), Qt::CaseInsensitive)
            == 0;
    if (!same)
        return std::optional<Sale>();
    sale->tender = request.tender;
    sale->replayed = true;
    return std::optional<Sale>(*sale);
}

Result<Sale> CounterService::pay(const auth::Actor &actor, const PayRequest &request)
{
    if (request.amount <= 0 || request.amount > wallet::WalletService::MaxAmount)
        return Error(Error::Code::InvalidInput, Tr::tr("Type the bill's amount, more than zero."),
            QStringLiteral("amount"));
    if (request.branchId == 0)
        return Error(Error::Code::InvalidInput, Tr::tr("Choose the branch of the bill."),
            QStringLiteral("branch"));
    if (auto s = actor.requireBranch(request.branchId, Tr::tr("take payments")); !s)
        return s.error();
    auto chain = loadChain(m_db);
    if (!chain)
        return chain.error();
    storage::WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto branch = branches::BranchService(m_db).find(request.branchId);
    if (!branch)
        return branch.error();
    // The person: paying from a balance needs a known one; a cash bill may register a guest
    // or be anonymous.
    people::PersonService persons(m_db, people::PhoneNormalizer(chain->region));
    qint64 personId = request.personId;
    if (personId != 0) {
        auto found = persons.find(personId);
        if (!found)
            return found.error();
    } else if (!request.phone.trimmed().isEmpty()) {
        auto found = request.tender == Tender::Wallet
            ? persons.findByPhone(request.phone)
            : persons.findOrRegister(actor, request.phone, request.branchId);
        if (!found)
            return found.error();
        personId = found->id;
    } else if (request.tender == Tender::Wallet || !request.claimCode.trimmed().isEmpty()) {
        return Error(
            Error::Code::InvalidInput, Tr::tr("Find the person first."), QStringLiteral("phone"));
    }
    QString receipt = request.receiptNo.trimmed();
    visits::VisitService visitService(m_db);
    if (!receipt.isEmpty()) {
        auto existing = visitService.findByReceipt(actor, request.branchId, receipt);
        if (existing) {
            auto again = replay(actor, *existing, personId, request);
            if (!again)
                return again.error();
            if (*again) {
                tx.rollback(); // nothing was written
                return **again;
            }
            // Not the same sale: the visit service refuses the receipt below.
        } else if (existing.error().code() != Error::Code::NotFound) {
            return existing.error();
        }
    } else {
        for (int attempt = 0; receipt.isEmpty() && attempt < 10; ++attempt) {
            const QString candidate = newReceiptNo();
            auto existing = visitService.findByReceipt(actor, request.branchId, candidate);
            if (!existing && existing.error().code() == Error::Code::NotFound)
                receipt = candidate;
            else if (!existing)
                return existing.error();
        }
    }
    Quote q;
    if (personId != 0) {
        auto quoted = quoteIn(actor, personId, request.branchId, request.amount, request.claimCode);
        if (!quoted)
            return quoted.error();
        q = *quoted;
    } else {
        q.gross = q.afterTier = q.toPay = request.amount;
    }
    const auto show
        = [&](qint64 minor) { return money::toDisplay(minor, QLocale(), chain->decimals); };
    if (request.tender == Tender::Wallet) {
        auto balance = wallet::WalletService(m_db).balance(actor, personId);
        if (!balance)
            return balance.error();
        if (balance->total() < q.toPay)
            return Error(Error::Code::Conflict,
                Tr::tr("The balance is %1, not enough to pay %2.")
                    .arg(show(balance->total()), show(q.toPay)),
                QStringLiteral("amount"));
    }
    visits::NewVisit nv;
    nv.branchId = request.branchId;
    nv.personId = personId;
    nv.amount = q.toPay;
    nv.receiptNo = receipt;
    nv.occurredAt = request.occurredAt;
    nv.source = visits::VisitSource::Counter;
    auto visit = visitService.record(actor, nv);
    if (!visit)
        return visit.error();
    Sale out;
    out.visit = *visit;
    out.quote = q;
    out.tender = request.tender;
    if (!request.claimCode.trimmed().isEmpty()) {
        coupons::RedeemRequest r;
        r.claimCode = request.claimCode;
        r.branchId = request.branchId;
        r.visitId = visit->id;
        r.billAmount = q.afterTier;
        r.redeemedAt = visit->occurredAt;
        r.requireClaimOwner = true;
        auto redeemed = coupons::ClaimService(m_db).redeem(actor, r);
        if (!redeemed)
            return redeemed.error();
        if (redeemed->discount != q.couponDiscount)
            return Error(Error::Code::Conflict,
                Tr::tr("The coupon's discount changed while the bill was paid; try again."),
                QStringLiteral("claim"));
        out.redemption = *redeemed;
    }
    wallet::WalletService walletService(m_db);
    if (request.tender == Tender::Wallet && q.toPay > 0) {
        wallet::Request w;
        w.personId = personId;
        w.branchId = request.branchId;
        w.amount = q.toPay;
        w.visitId = visit->id;
        w.idempotencyKey = spendKey(branch->code, receipt);
        w.occurredAt = visit->occurredAt;
        auto spent = walletService.spend(actor, w);
        if (!spent)
            return spent.error();
        out.spend = spent->entry;
        out.balance = spent->balance;
    } else if (personId != 0) {
        auto balance = walletService.balance(actor, personId);
        if (!balance)
            return balance.error();
        out.balance = *balance;
    }
    QJsonObject after { { QStringLiteral("receipt_no"), receipt },
        { QStringLiteral("tender"), tenderName(request.tender) },
        { QStringLiteral("gross"), q.gross }, { QStringLiteral("tier_discount"), q.tierDiscount },
        { QStringLiteral("coupon_discount"), q.couponDiscount },
        { QStringLiteral("paid"), q.toPay } };
    if (personId != 0)
        after.insert(QStringLiteral("person_id"), personId);
    if (out.redemption.id != 0)
        after.insert(QStringLiteral("claim_code"), out.redemption.claimCode);
    if (out.spend.id != 0)
        after.insert(QStringLiteral("wallet_entry_id"), out.spend.id);
    if (auto s = audit::AuditLog::record(m_db, actor, QStringLiteral("counter.sale"),
            QStringLiteral("visit"), visit->id, request.branchId, {}, after);
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return out;
}

Result<Sale> CounterService::voidSale(
    const auth::Actor &actor, qint64 visitId, const QString &reason)
{
    if (auto s = actor.requireManagerOrOwner(Tr::tr("void sales")); !s)
        return s.error();
    if (reason.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput,
            Tr::tr("Say why the sale is voided: a reason is required."), QStringLiteral("reason"));
    storage::WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    visits::VisitService visitService(m_db);
    auto voided = visitService.voidVisit(actor, visitId, reason);
    if (!voided)
        return voided.error();
    auto sale = saleOf(*voided);
    if (!sale)
        return sale.error();
    QJsonObject after { { QStringLiteral("reason"), reason.trimmed() } };
    if (sale->spend.id != 0) {
        auto reversed = wallet::WalletService(m_db).reverse(actor, sale->spend.id, reason);
        if (!reversed)
            return reversed.error();
        sale->balance = reversed->balance;
        after.insert(QStringLiteral("wallet_reversal_id"), reversed->entry.id);
    }
    if (sale->redemption.id != 0) {
        // The bill never happened, so neither did the coupon's use: the claim is usable again.
        if (auto s = storage::execOnce(m_db, QStringLiteral("DELETE FROM redemptions WHERE id = ?"),
                { sale->redemption.id });
            !s)
            return s.error();
        after.insert(QStringLiteral("claim_code_freed"), sale->redemption.claimCode);
    }
    if (auto s = audit::AuditLog::record(m_db, actor, QStringLiteral("counter.void"),
            QStringLiteral("visit"), visitId, voided->branchId,
            { { QStringLiteral("paid"), voided->amount } }, after);
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return sale;
}

Result<Sale> CounterService::refundSale(
    const auth::Actor &actor, qint64 visitId, qint64 amount, const QString &reason)
{
    if (auto s = actor.requireManagerOrOwner(Tr::tr("refund sales")); !s)
        return s.error();
    storage::WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    visits::VisitService visitService(m_db);
    auto sale = visitService.find(actor, visitId);
    if (!sale)
        return sale.error();
    auto paid = saleOf(*sale);
    if (!paid)
        return paid.error();
    visits::RefundRequest r;
    r.visitId = visitId;
    r.amount = amount;
    r.reason = reason;
    auto refunded = visitService.refund(actor, r); // checks the amount, reason and the sale
    if (!refunded)
        return refunded.error();
    Sale out = *paid;
    out.visit = *refunded;
    QJsonObject after { { QStringLiteral("reason"), reason.trimmed() },
        { QStringLiteral("refund_visit_id"), refunded->id }, { QStringLiteral("amount"), amount } };
    if (paid->spend.id != 0) {
        wallet::Request w;
        w.personId = sale->personId;
        w.branchId = sale->branchId;
        w.amount = amount;
        w.visitId = refunded->id;
        w.note = reason.trimmed();
        auto back = wallet::WalletService(m_db).refund(actor, w);
        if (!back)
            return back.error();
        out.spend = back->entry;
        out.balance = back->balance;
        after.insert(QStringLiteral("wallet_entry_id"), back->entry.id);
    }
    if (auto s = audit::AuditLog::record(m_db, actor, QStringLiteral("counter.refund"),
            QStringLiteral("visit"), visitId, sale->branchId,
            { { QStringLiteral("paid"), sale->amount } }, after);
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return out;
}

Result<wallet::Outcome> CounterService::refundTopUp(
    const auth::Actor &actor, qint64 entryId, const QString &reason)
{
    if (auto s = actor.requireManagerOrOwner(Tr::tr("refund top-ups")); !s)
        return s.error();
    if (reason.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput,
            Tr::tr("Say why the top-up is refunded: a reason is required."),
            QStringLiteral("reason"));
    storage::WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    wallet::WalletService walletService(m_db);
    auto original = walletService.entry(entryId);
    if (!original)
        return original.error();
    if (original->kind != wallet::EntryKind::TopUp)
        return Error(Error::Code::InvalidInput,
            Tr::tr("Wallet entry %1 is not a top-up.").arg(entryId), QStringLiteral("entry"));
    auto reversed = walletService.reverse(actor, entryId, reason);
    if (!reversed)
        return reversed.error();
    if (auto s = audit::AuditLog::record(m_db, actor, QStringLiteral("counter.refund_topup"),
            QStringLiteral("wallet_entry"), entryId, original->branchId,
            { { QStringLiteral("principal"), original->principal } },
            { { QStringLiteral("reason"), reason.trimmed() },
                { QStringLiteral("reversal_id"), reversed->entry.id },
                { QStringLiteral("bonus_taken_back"), -reversed->bonusEntry.bonus } });
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return reversed;
}

} // namespace core::counter
