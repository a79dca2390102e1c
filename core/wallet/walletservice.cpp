#include "core/wallet/walletservice.h"

// The writes of the ledger; the reads and look-ups are in walletreads.cpp.

#include "core/audit/auditlog.h"
#include "core/chain/chainsettings.h"
#include "core/common/clock.h"
#include "core/common/money.h"
#include "core/people/personservice.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"
#include "core/storage/writetransaction.h"
#include "core/tiers/tierservice.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace core::wallet {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wallet)
};

const QString bonusKeySuffix = QStringLiteral("/bonus");
constexpr int maxKeyLength = 200;

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

Status validateAmount(qint64 amount, const QString &field, bool allowZero = false)
{
    if (amount < 0 || (amount == 0 && !allowZero))
        return Error(
            Error::Code::InvalidInput, Tr::tr("The %1 must be more than zero.").arg(field), field);
    if (amount > WalletService::MaxAmount)
        return Error(Error::Code::InvalidInput,
            Tr::tr("The %1 is larger than any single payment ChainCard accepts.").arg(field),
            field);
    return {};
}

Result<QString> validateKey(const QString &key)
{
    const QString trimmed = key.trimmed();
    if (trimmed.size() > maxKeyLength)
        return Error(Error::Code::InvalidInput,
            Tr::tr("The reference key is longer than %1 characters.").arg(maxKeyLength),
            QStringLiteral("ref"));
    return trimmed;
}

QString actionFor(EntryKind kind)
{
    return QStringLiteral("wallet.") + kindName(kind);
}

} // namespace

Status WalletService::requireOpenBranch(qint64 branchId)
{
    if (branchId == 0)
        return Error(Error::Code::InvalidInput, Tr::tr("Choose the branch where this happens."),
            QStringLiteral("branch"));
    auto active = storage::scalar(
        m_db, QStringLiteral("SELECT active FROM branches WHERE id = ?"), { branchId }, -1);
    if (!active)
        return active.error();
    if (active->toInt() < 0)
        return Error(Error::Code::NotFound, Tr::tr("There is no branch with id %1.").arg(branchId),
            QStringLiteral("branch"));
    // A closed branch keeps its history but takes no new money.
    if (active->toInt() == 0)
        return Error(Error::Code::Conflict,
            Tr::tr("Branch %1 has been deactivated; it takes no new wallet operations.")
                .arg(branchId),
            QStringLiteral("branch"));
    return {};
}

// The opening every write shares, inside its transaction: the branch takes money, the person
// (registered as a guest at the branch when unknown and `registerIfUnknown`), and what an
// earlier use of `key` wrote, if it was used.
Result<WalletService::Start> WalletService::start(
    const auth::Actor &actor, const Request &request, bool registerIfUnknown, const QString &key)
{
    if (auto s = requireOpenBranch(request.branchId); !s)
        return s.error();
    auto person = resolvePerson(actor, request, registerIfUnknown);
    if (!person)
        return person.error();
    Start out { *person, std::nullopt };
    if (!key.isEmpty()) {
        auto original = findByKey(key);
        if (!original)
            return original.error();
        out.original = *original;
    }
    return out;
}

// The first use of `key` wrote `original`; the retry asks for (kind, person, principal, bonus):
// for a top-up the principal and bonus amounts, for a spend or refund the amount (and 0), for
// an adjustment the two signed deltas.
Result<Outcome> WalletService::replay(const Entry &original, EntryKind kind, qint64 personId,
    qint64 principal, qint64 bonus, const QString &key, bool anyBonus)
{
    Outcome out;
    out.entry = original;
    out.replayed = true;
    bool same = original.kind == kind && original.personId == personId;
    switch (kind) {
    case EntryKind::TopUp: {
        same = same && original.principal == principal;
        auto bonusEntry = findByKey(key + bonusKeySuffix);
        if (!bonusEntry)
            return bonusEntry.error();
        const qint64 givenBonus = *bonusEntry ? (*bonusEntry)->bonus : 0;
        // A bonus by the rules is whatever the rules gave the first time.
        same = same && (anyBonus || givenBonus == bonus);
        if (*bonusEntry)
            out.bonusEntry = **bonusEntry;
        break;
    }
    case EntryKind::Spend:
        same = same && -original.amount() == principal;
        break;
    case EntryKind::Refund:
        same = same && original.amount() == principal;
        break;
    default:
        same = same && original.principal == principal && original.bonus == bonus;
        break;
    }
    if (!same)
        return Error(Error::Code::Conflict,
            Tr::tr("The reference \"%1\" was already used for another operation (entry "
                   "%2, a %3 of %4); use a new reference for a new operation.")
                .arg(key)
                .arg(original.id)
                .arg(kindName(original.kind), display(original.amount())),
            QStringLiteral("ref"));
    auto balance = readBalance(original.personId);
    if (!balance)
        return balance.error();
    out.balance = *balance;
    return out;
}

Result<Entry> WalletService::append(
    const auth::Actor &actor, Entry entry, Balance &balance, qint64 toppedUpDelta)
{
    const Balance before = balance;
    Balance after = balance;
    after.principal += entry.principal;
    after.bonus += entry.bonus;
    after.toppedUp += toppedUpDelta;
    if (after.principal < 0 || after.bonus < 0)
        return Error(Error::Code::Conflict,
            Tr::tr("This would make the balance of %1 negative (it is %2).")
                .arg(balance.phone, display(balance.total())),
            QStringLiteral("amount"));
    if (after.principal > std::numeric_limits<qint64>::max() / 4
        || after.bonus > std::numeric_limits<qint64>::max() / 4)
        return Error(Error::Code::Conflict,
            Tr::tr("The balance of %1 would exceed what ChainCard can hold.").arg(balance.phone),
            QStringLiteral("amount"));
    if (entry.occurredAt == 0)
        entry.occurredAt = clock::now();
    entry.operatorId = actor.userId();
    entry.operatorName = actor.name();
    auto q = storage::prepare(m_db,
        QStringLiteral("INSERT INTO wallet_entries (person_id, branch_id, kind, principal,"
                       " bonus, occurred_at, operator_id, operator, idempotency_key,"
                       " reverses, visit_id, note) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
    if (!q)
        return q.error();
    if (auto s = storage::exec(*q,
            { entry.personId, entry.branchId, kindName(entry.kind), entry.principal, entry.bonus,
                entry.occurredAt, storage::nullIfZero(entry.operatorId), entry.operatorName,
                textOrNull(entry.idempotencyKey), storage::nullIfZero(entry.reverses),
                storage::nullIfZero(entry.visitId), entry.note });
        !s)
        return s.error();
    entry.id = q->lastInsertId().toLongLong();
    if (auto s = storage::execOnce(m_db,
            QStringLiteral(
                "INSERT INTO wallets (person_id, principal, bonus, topped_up, updated_at)"
                " VALUES (?,?,?,?,?) ON CONFLICT (person_id) DO UPDATE SET"
                " principal = excluded.principal, bonus = excluded.bonus,"
                " topped_up = excluded.topped_up, updated_at = excluded.updated_at"),
            { entry.personId, after.principal, after.bonus, after.toppedUp, entry.occurredAt });
        !s)
        return s.error();
    const QJsonObject beforeJson { { QStringLiteral("principal"), before.principal },
        { QStringLiteral("bonus"), before.bonus } };
    QJsonObject afterJson { { QStringLiteral("principal"), after.principal },
        { QStringLiteral("bonus"), after.bonus },
        { QStringLiteral("entry_principal"), entry.principal },
        { QStringLiteral("entry_bonus"), entry.bonus },
        { QStringLiteral("person_id"), entry.personId } };
    if (!entry.idempotencyKey.isEmpty())
        afterJson.insert(QStringLiteral("ref"), entry.idempotencyKey);
    if (entry.reverses != 0)
        afterJson.insert(QStringLiteral("reverses"), entry.reverses);
    if (!entry.note.isEmpty())
        afterJson.insert(QStringLiteral("note"), entry.note);
    if (auto s = audit::AuditLog::record(m_db, actor, actionFor(entry.kind),
            QStringLiteral("wallet_entry"), entry.id, entry.branchId, beforeJson, afterJson);
        !s)
        return s.error();
    balance = after;
    return entry;
}

Result<Outcome> WalletService::topUp(const auth::Actor &actor, const Request &request)
{
    if (auto s = validateAmount(request.amount, QStringLiteral("amount")); !s)
        return s.error();
    if (request.ruleBonus && request.bonus != 0)
        return Error(Error::Code::InvalidInput,
            Tr::tr("Give either a bonus or the chain's bonus rules, not both."),
            QStringLiteral("bonus"));
    if (auto s = validateAmount(request.bonus, QStringLiteral("bonus"), true); !s)
        return s.error();
    auto key = validateKey(request.idempotencyKey);
    if (!key)
        return key.error();
    if (auto s = actor.requireBranch(request.branchId, Tr::tr("top up wallets")); !s)
        return s.error();
    if (auto s = loadSettings(); !s)
        return s.error();
    storage::WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto opened = start(actor, request, true, *key);
    if (!opened)
        return opened.error();
    const Person *person = &opened->person;
    if (opened->original)
        return replay(*opened->original, EntryKind::TopUp, person->id, request.amount,
            request.bonus, *key, request.ruleBonus);
    const qint64 bonus
        = request.ruleBonus ? m_settings->rules.bonusFor(request.amount) : request.bonus;
    auto balance = readBalance(person->id);
    if (!balance)
        return balance.error();
    Outcome out;
    Entry e;
    e.personId = person->id;
    e.branchId = request.branchId;
    e.kind = EntryKind::TopUp;
    e.principal = request.amount;
    e.idempotencyKey = *key;
    e.note = request.note.trimmed();
    e.occurredAt = request.occurredAt;
    auto written = append(actor, e, *balance, request.amount);
    if (!written)
        return written.error();
    out.entry = *written;
    if (bonus > 0) {
        Entry b = e;
        b.kind = EntryKind::Bonus;
        b.principal = 0;
        b.bonus = bonus;
        if (!key->isEmpty())
            b.idempotencyKey = *key + bonusKeySuffix;
        auto bonusWritten = append(actor, b, *balance, 0);
        if (!bonusWritten)
            return bonusWritten.error();
        out.bonusEntry = *bonusWritten;
    }
    // The earliest top-up starts the membership, also when an imported ledger brings an
    // older one after a newer.
    if (person->memberSince == 0 || out.entry.occurredAt < person->memberSince) {
        if (auto s = storage::execOnce(m_db,
                QStringLiteral("UPDATE people SET member_since = ? WHERE id = ?"
                               " AND (member_since IS NULL OR member_since > ?)"),
                { out.entry.occurredAt, person->id, out.entry.occurredAt });
            !s)
            return s.error();
    }
    if (auto s = tiers::TierService(m_db).evaluate(person->id); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    out.balance = *balance;
    return out;
}

Result<Outcome> WalletService::grantBonus(const auth::Actor &actor, const Request &request)
{
    if (auto s = validateAmount(request.amount, QStringLiteral("amount")); !s)
        return s.error();
    auto key = validateKey(request.idempotencyKey);
    if (!key)
        return key.error();
    if (auto s = actor.requireManagerOrOwner(Tr::tr("give bonuses")); !s)
        return s.error();
    if (auto s = actor.requireBranch(request.branchId, Tr::tr("give bonuses")); !s)
        return s.error();
    if (auto s = loadSettings(); !s)
        return s.error();
    storage::WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto opened = start(actor, request, true, *key);
    if (!opened)
        return opened.error();
    const Person *person = &opened->person;
    if (opened->original)
        return replay(*opened->original, EntryKind::Bonus, person->id, 0, request.amount, *key);
    auto balance = readBalance(person->id);
    if (!balance)
        return balance.error();
    Entry e;
    e.personId = person->id;
    e.branchId = request.branchId;
    e.kind = EntryKind::Bonus;
    e.bonus = request.amount;
    e.idempotencyKey = *key;
    e.note = request.note.trimmed();
    e.occurredAt = request.occurredAt;
    auto written = append(actor, e, *balance, 0);
    if (!written)
        return written.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    Outcome out;
    out.entry = *written;
    out.balance = *balance;
    return out;
}

Result<Outcome> WalletService::spend(const auth::Actor &actor, const Request &request)
{
    if (auto s = validateAmount(request.amount, QStringLiteral("amount")); !s)
        return s.error();
    if (request.bonus != 0)
        return Error(Error::Code::InvalidInput, Tr::tr("A bonus is only given with a top-up."),
            QStringLiteral("bonus"));
    auto key = validateKey(request.idempotencyKey);
    if (!key)
        return key.error();
    if (auto s = actor.requireBranch(request.branchId, Tr::tr("take wallet payments")); !s)
        return s.error();
    if (auto s = loadSettings(); !s)
        return s.error();
    storage::WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto opened = start(actor, request, false, *key);
    if (!opened)
        return opened.error();
    const Person *person = &opened->person;
    if (opened->original)
        return replay(*opened->original, EntryKind::Spend, person->id, request.amount, 0, *key);
    auto balance = readBalance(person->id);
    if (!balance)
        return balance.error();
    if (balance->total() < request.amount)
        return Error(Error::Code::Conflict,
            Tr::tr("The balance of %1 is %2, not enough to pay %3.")
                .arg(person->phone, display(balance->total()), display(request.amount)),
            QStringLiteral("amount"));
    const Split split = WalletRules::spendSplit(
        m_settings->rules.spendOrder, request.amount, balance->principal, balance->bonus);
    Entry e;
    e.personId = person->id;
    e.branchId = request.branchId;
    e.kind = EntryKind::Spend;
    e.principal = -split.principal;
    e.bonus = -split.bonus;
    e.idempotencyKey = *key;
    e.visitId = request.visitId;
    e.note = request.note.trimmed();
    e.occurredAt = request.occurredAt;
    auto written = append(actor, e, *balance, 0);
    if (!written)
        return written.error();
    if (auto s = tiers::TierService(m_db).evaluate(person->id); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    Outcome out;
    out.entry = *written;
    out.balance = *balance;
    return out;
}

Result<Outcome> WalletService::refund(const auth::Actor &actor, const Request &request)
{
    if (auto s = validateAmount(request.amount, QStringLiteral("amount")); !s)
        return s.error();
    if (request.bonus != 0)
        return Error(Error::Code::InvalidInput, Tr::tr("A bonus is only given with a top-up."),
            QStringLiteral("bonus"));
    auto key = validateKey(request.idempotencyKey);
    if (!key)
        return key.error();
    if (auto s = actor.requireManagerOrOwner(Tr::tr("refund to a wallet")); !s)
        return s.error();
    if (auto s = actor.requireBranch(request.branchId, Tr::tr("refund to wallets")); !s)
        return s.error();
    if (auto s = loadSettings(); !s)
        return s.error();
    storage::WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto opened = start(actor, request, false, *key);
    if (!opened)
        return opened.error();
    const Person *person = &opened->person;
    if (opened->original)
        return replay(*opened->original, EntryKind::Refund, person->id, request.amount, 0, *key);
    // What is left to refund: spending net of refunds, per bucket, reversals counted.
    auto q = storage::prepare(m_db,
        QStringLiteral("SELECT coalesce(sum(-e.principal), 0), coalesce(sum(-e.bonus), 0)"
                       " FROM wallet_entries e LEFT JOIN wallet_entries r ON r.id = e.reverses"
                       " WHERE e.person_id = ? AND (e.kind IN ('spend', 'refund')"
                       "  OR (e.kind = 'reversal' AND r.kind IN ('spend', 'refund')))"));
    if (!q)
        return q.error();
    if (auto s = storage::exec(*q, { person->id }); !s)
        return s.error();
    qint64 openPrincipal = 0;
    qint64 openBonus = 0;
    if (q->next()) {
        openPrincipal = std::max<qint64>(0, q->value(0).toLongLong());
        openBonus = std::max<qint64>(0, q->value(1).toLongLong());
    }
    if (request.amount > openPrincipal + openBonus)
        return Error(Error::Code::Conflict,
            Tr::tr("%1 can be refunded at most %2: refunds may not exceed what was spent.")
                .arg(person->phone, display(openPrincipal + openBonus)),
            QStringLiteral("amount"));
    auto balance = readBalance(person->id);
    if (!balance)
        return balance.error();
    const Split split = WalletRules::refundSplit(
        m_settings->rules.spendOrder, request.amount, openPrincipal, openBonus);
    Entry e;
    e.personId = person->id;
    e.branchId = request.branchId;
    e.kind = EntryKind::Refund;
    e.principal = split.principal;
    e.bonus = split.bonus;
    e.idempotencyKey = *key;
    e.visitId = request.visitId;
    e.note = request.note.trimmed();
    e.occurredAt = request.occurredAt;
    auto written = append(actor, e, *balance, 0);
    if (!written)
        return written.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    Outcome out;
    out.entry = *written;
    out.balance = *balance;
    return out;
}

Result<Outcome> WalletService::reverse(
    const auth::Actor &actor, qint64 entryId, const QString &note)
{
    if (auto s = actor.requireManagerOrOwner(Tr::tr("reverse wallet entries")); !s)
        return s.error();
    if (auto s = loadSettings(); !s)
        return s.error();
    storage::WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto original = entry(entryId);
    if (!original)
        return original.error();
    if (auto s = actor.requireBranch(original->branchId, Tr::tr("reverse wallet entries")); !s)
        return s.error();
    if (original->kind == EntryKind::Reversal)
        return Error(Error::Code::Conflict,
            Tr::tr("Entry %1 is itself a reversal and cannot be reversed; make an "
                   "adjustment instead.")
                .arg(entryId),
            QStringLiteral("entry"));
    auto already = storage::scalar(
        m_db, QStringLiteral("SELECT id FROM wallet_entries WHERE reverses = ?"), { entryId }, 0);
    if (!already)
        return already.error();
    if (already->toLongLong() != 0)
        return Error(Error::Code::Conflict,
            Tr::tr("Entry %1 was already reversed by entry %2.")
                .arg(entryId)
                .arg(already->toLongLong()),
            QStringLiteral("entry"));
    auto balance = readBalance(original->personId);
    if (!balance)
        return balance.error();
    if (balance->principal - original->principal < 0 || balance->bonus - original->bonus < 0)
        return Error(Error::Code::Conflict,
            Tr::tr("Reversing entry %1 would make the balance of %2 negative (it is %3).")
                .arg(entryId)
                .arg(balance->phone, display(balance->total())),
            QStringLiteral("entry"));
    Entry e;
    e.personId = original->personId;
    e.branchId = original->branchId;
    e.kind = EntryKind::Reversal;
    e.principal = -original->principal;
    e.bonus = -original->bonus;
    e.reverses = original->id;
    e.visitId = original->visitId;
    e.note = note.trimmed();
    const qint64 toppedUpDelta = original->kind == EntryKind::TopUp ? -original->principal : 0;
    auto written = append(actor, e, *balance, toppedUpDelta);
    if (!written)
        return written.error();
    Outcome out;
    out.entry = *written;
    if (original->kind == EntryKind::TopUp
        && m_settings->rules.topUpRefundBonus == TopUpRefundBonus::Forfeit) {
        auto bonus = bonusOfTopUp(*original);
        if (!bonus)
            return bonus.error();
        // Already taken back (reversed on its own earlier), or nothing left of it: nothing to do.
        Result<QVariant> reversed = QVariant(1);
        if (*bonus && balance->bonus > 0)
            reversed = storage::scalar(m_db,
                QStringLiteral("SELECT count(*) FROM wallet_entries WHERE reverses = ?"),
                { (*bonus)->id }, 0);
        if (!reversed)
            return reversed.error();
        if (reversed->toLongLong() == 0) {
            Entry b;
            b.personId = original->personId;
            b.branchId = original->branchId;
            b.note = note.trimmed();
            if (balance->bonus >= (*bonus)->bonus) {
                b.kind = EntryKind::Reversal;
                b.bonus = -(*bonus)->bonus;
                b.reverses = (*bonus)->id;
            } else { // part of it was spent: what is left of it goes
                b.kind = EntryKind::Adjustment;
                b.bonus = -balance->bonus;
                b.note = Tr::tr("Bonus of top-up %1 forfeited with its refund").arg(original->id)
                    + (b.note.isEmpty() ? QString() : QStringLiteral(": ") + b.note);
            }
            auto bonusWritten = append(actor, b, *balance, 0);
            if (!bonusWritten)
                return bonusWritten.error();
            out.bonusEntry = *bonusWritten;
        }
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    out.balance = *balance;
    return out;
}

// The bonus given with a top-up: the entry keyed "<key>/bonus", or, for a top-up without a
// key, the bonus entry topUp() wrote right after it in the same transaction (the next id, same
// person, branch and time).
Result<std::optional<Entry>> WalletService::bonusOfTopUp(const Entry &topUp)
{
    if (!topUp.idempotencyKey.isEmpty())
        return findByKey(topUp.idempotencyKey + bonusKeySuffix);
    auto next = entry(topUp.id + 1);
    if (!next) {
        if (next.error().code() == Error::Code::NotFound)
            return std::optional<Entry>();
        return next.error();
    }
    if (next->kind == EntryKind::Bonus && next->personId == topUp.personId
        && next->branchId == topUp.branchId && next->occurredAt == topUp.occurredAt
        && next->idempotencyKey.isEmpty())
        return std::optional<Entry>(*next);
    return std::optional<Entry>();
}

Result<Outcome> WalletService::adjust(const auth::Actor &actor, qint64 personId, qint64 branchId,
    qint64 principalDelta, qint64 bonusDelta, const QString &note, const QString &idempotencyKey)
{
    if (auto s = actor.requireOwner(Tr::tr("adjust wallets")); !s)
        return s.error();
    if (principalDelta + bonusDelta == 0 || (principalDelta == 0 && bonusDelta == 0))
        return Error(Error::Code::InvalidInput, Tr::tr("An adjustment must change the balance."),
            QStringLiteral("amount"));
    if (auto s = validateAmount(qAbs(principalDelta), QStringLiteral("amount"), true); !s)
        return s.error();
    if (auto s = validateAmount(qAbs(bonusDelta), QStringLiteral("bonus"), true); !s)
        return s.error();
    if (note.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput,
            Tr::tr("Say why the wallet is adjusted: a note is required."), QStringLiteral("note"));
    auto key = validateKey(idempotencyKey);
    if (!key)
        return key.error();
    if (auto s = loadSettings(); !s)
        return s.error();
    storage::WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Request request;
    request.personId = personId;
    request.branchId = branchId;
    auto opened = start(actor, request, false, *key);
    if (!opened)
        return opened.error();
    const Person *person = &opened->person;
    if (opened->original)
        return replay(
            *opened->original, EntryKind::Adjustment, person->id, principalDelta, bonusDelta, *key);
    auto balance = readBalance(person->id);
    if (!balance)
        return balance.error();
    Entry e;
    e.personId = person->id;
    e.branchId = branchId;
    e.kind = EntryKind::Adjustment;
    e.principal = principalDelta;
    e.bonus = bonusDelta;
    e.idempotencyKey = *key;
    e.note = note.trimmed();
    auto written = append(actor, e, *balance, 0);
    if (!written)
        return written.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    Outcome out;
    out.entry = *written;
    out.balance = *balance;
    return out;
}

} // namespace core::wallet
