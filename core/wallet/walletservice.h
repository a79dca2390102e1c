#pragma once

#include "core/auth/actor.h"
#include "core/common/result.h"
#include "core/wallet/walletrules.h"

#include <QString>
#include <QVector>

#include <optional>

namespace core::storage {
class Database;
}

namespace core::wallet {

// The kinds of ledger entry (the `kind` column of wallet_entries).
enum class EntryKind { TopUp, Bonus, Spend, Refund, Reversal, Adjustment };

QString kindName(EntryKind kind);
std::optional<EntryKind> kindFromName(const QString &name);

// One row of the append-only ledger. Amounts are signed minor units: credits positive, debits
// negative, split into the principal (money paid in) and the bonus (充值送, given away).
struct Entry
{
    qint64 id = 0;
    qint64 personId = 0;
    qint64 branchId = 0;
    EntryKind kind = EntryKind::TopUp;
    qint64 principal = 0;
    qint64 bonus = 0;
    qint64 occurredAt = 0;
    qint64 operatorId = 0; // 0: the local owner
    QString operatorName;
    QString idempotencyKey; // empty: none
    qint64 reverses = 0;    // for a reversal: the entry it negates
    qint64 visitId = 0;
    QString note;

    qint64 amount() const { return principal + bonus; }
};

// The running row of `wallets`: what a payment reads. toppedUp is the cumulative principal
// ever topped up (net of reversed top-ups), which the cumulative_topup tier rule reads.
struct Balance
{
    qint64 personId = 0;
    QString phone; // E.164
    qint64 principal = 0;
    qint64 bonus = 0;
    qint64 toppedUp = 0;

    qint64 total() const { return principal + bonus; }
};

// Whom an operation is for, and how much. The person is named by id, or else by phone (in any
// form the chain's region normalises).
struct Request
{
    qint64 personId = 0;
    QString phone;
    qint64 branchId = 0;
    qint64 amount = 0; // minor units, > 0
    qint64 bonus = 0;  // top-up only: bonus given with it (充值送), >= 0
    // Top-up only: the bonus is the chain's bonus rules' for the amount (WalletRules::bonusFor);
    // `bonus` must then be 0. Imports of past ledgers leave it false and bring their own rows.
    bool ruleBonus = false;
    QString idempotencyKey;
    qint64 visitId = 0; // spend/refund: the bill it pays, optional
    QString note;
    qint64 occurredAt = 0; // UTC seconds; 0: clock::now(). Imports of past entries set it.
};

// What an operation wrote (or, for a replayed idempotency key, what it wrote the first time).
struct Outcome
{
    Entry entry;      // the operation's entry (a top-up's principal entry)
    Entry bonusEntry; // a top-up with a bonus: the bonus entry; id 0 otherwise
    Balance balance;  // the wallet after the operation (now, for a replay)
    bool replayed = false;
};

// The stored-value ledger (DESIGN.md, "Wallet"). Every operation appends entries to
// wallet_entries and updates the person's wallets row in the same BEGIN IMMEDIATE transaction,
// together with an audit-log entry per ledger entry, so the ledger sum and the running row
// always agree and two counters spending the same balance queue instead of overdrawing it.
//
// Rules:
// - amounts are > 0 (adjustments: non-zero and signed); neither bucket of a wallet ever goes
//   below zero: an operation that would is refused with Error::Code::Conflict;
// - SPEND ORDER (the chain setting WalletRules::spendOrder, read at each operation): a spend
//   takes bonus first, principal first, or both in proportion (WalletRules::spendSplit). A
//   refund gives back in the opposite order, out of what the person has spent and not yet had
//   refunded per bucket (WalletRules::refundSplit);
// - a top-up without an explicit bonus and with `ruleBonus` gets the chain's bonus rules' bonus
//   (the highest threshold the amount reaches);
// - TOP-UP REFUNDS: reversing a top-up gives back its principal only, refused when the
//   principal bucket no longer holds it; the bonus given with it (its "/bonus" entry, or the
//   bonus entry written right after it in the same transaction) is then forfeited or kept as
//   WalletRules::topUpRefundBonus says: forfeited, it is reversed whole when the bonus bucket
//   still holds it, and otherwise what the bucket holds is taken back by an adjustment;
// - the total refunded to a person never exceeds the total they have spent (both net of
//   reversals);
// - an idempotency key makes a retry harmless: the same key for the same operation, person
//   and amounts returns the original entry with `replayed` set and writes nothing; the same key
//   for anything else is refused with Conflict. A top-up's bonus entry stores the key with
//   "/bonus" appended;
// - spending at another branch than the top-up's is normal; the actor needs scope for the
//   branch where the operation happens (DESIGN.md, roles);
// - the first top-up starts the membership (people.member_since) and every top-up and spend
//   re-evaluates the person's tier (tiers::TierService::evaluate) in the same transaction.
class WalletService
{
public:
    explicit WalletService(storage::Database &db);

    // Cashiers and up, at their branch. A person unknown by phone is registered as a guest at
    // the branch first.
    Result<Outcome> topUp(const auth::Actor &actor, const Request &request);
    // A bonus on its own (a birthday gift, a promotion, or the bonus row of an imported
    // ledger): `request.amount` goes to the bonus bucket. Managers and the owner.
    Result<Outcome> grantBonus(const auth::Actor &actor, const Request &request);
    // Cashiers and up, at their branch.
    Result<Outcome> spend(const auth::Actor &actor, const Request &request);
    // Managers and the owner, at their branch.
    Result<Outcome> refund(const auth::Actor &actor, const Request &request);
    // Managers and the owner, in the entry's branch: appends the exact negation of an earlier
    // entry (a reversal cannot itself be reversed; each entry is reversed at most once). For a
    // top-up, the bonus that came with it follows the top-up refund rule (see above) and
    // Outcome::bonusEntry is the entry that took it back (id 0 when it was kept).
    Result<Outcome> reverse(const auth::Actor &actor, qint64 entryId, const QString &note = {});
    // The owner only: a signed correction of either bucket, with a note saying why.
    Result<Outcome> adjust(const auth::Actor &actor, qint64 personId, qint64 branchId,
                           qint64 principalDelta, qint64 bonusDelta, const QString &note,
                           const QString &idempotencyKey = {});

    // Anyone at a counter may check a balance by phone, wherever the person joined.
    Result<Balance> balance(const auth::Actor &actor, qint64 personId);
    Result<Balance> balanceByPhone(const auth::Actor &actor, const QString &phone);
    // Oldest first. Owners and staff of the person's home branch see every entry; staff of
    // another branch see the entries made at their own branch.
    Result<QVector<Entry>> ledger(const auth::Actor &actor, qint64 personId);
    // The same entries newest first, at most `limit` of them (a member's page).
    Result<QVector<Entry>> latestEntries(const auth::Actor &actor, qint64 personId, int limit);
    Result<Entry> entry(qint64 entryId);

    // The largest amount one operation may move, far above any real bill, so sums cannot
    // overflow.
    static constexpr qint64 MaxAmount = Q_INT64_C(100000000000000);

private:
    struct Settings
    {
        QString region;
        int decimals = 2;
        WalletRules rules;
    };
    struct Person
    {
        qint64 id = 0;
        QString phone;
        qint64 memberSince = 0;
    };

    struct Start
    {
        Person person;
        std::optional<Entry> original; // the entry the request's key wrote before
    };

    Status loadSettings();
    Result<Start> start(const auth::Actor &actor, const Request &request, bool registerIfUnknown,
                        const QString &key);
    Result<Person> resolvePerson(const auth::Actor &actor, const Request &request, bool registerIfUnknown);
    Status requireOpenBranch(qint64 branchId);
    Result<Balance> readBalance(qint64 personId);
    // `order` and `limit` close the query: the ledger() scope rule before them.
    Result<QVector<Entry>> entriesOf(const auth::Actor &actor, qint64 personId,
                                     const QString &order, int limit);
    Result<std::optional<Entry>> findByKey(const QString &key);
    Result<Outcome> replay(const Entry &original, EntryKind kind, qint64 personId,
                           qint64 principal, qint64 bonus, const QString &key,
                           bool anyBonus = false);
    Result<std::optional<Entry>> bonusOfTopUp(const Entry &topUp);
    Result<Entry> append(const auth::Actor &actor, Entry entry, Balance &balance,
                         qint64 toppedUpDelta);
    QString display(qint64 minor) const;

    storage::Database &m_db;
    std::optional<Settings> m_settings;
};

} // namespace core::wallet
