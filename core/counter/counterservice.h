#pragma once

#include "core/auth/actor.h"
#include "core/common/result.h"
#include "core/counter/countertypes.h"

#include <QString>
#include <QVector>

namespace core::storage {
class Database;
}

namespace core::counter {

// What a cashier does at the counter (issue 7): find the person, show their card, top up, take
// a bill from the balance (tier discount, optionally one coupon) or record one paid in cash or
// by card, and, for a manager or the owner, refund or void a recent transaction.
//
// Every write is ONE BEGIN IMMEDIATE transaction: the visit, the coupon's redemption and the
// wallet entry are written by their own services joining it (storage::WriteTransaction nests),
// each with its audit entry, plus a "counter.*" audit entry for the whole; anything refused
// leaves nothing written.
//
// visits.amount of a counter sale is what was paid: the bill after the tier discount and the
// coupon (Quote::toPay); the gross bill and both discounts are kept in the counter.sale audit
// entry, and the coupon's discount in its redemption. Retention and revenue count what was
// paid.
//
// A sale's receipt number is its idempotency key: a receipt already recorded at the branch for
// the same person, coupon and tender is the same sale sent twice (a double Enter) and is
// returned with `replayed` set; the wallet spend carries the key "counter/<branch>/<receipt>"
// too. Top-ups take an idempotency key of their own.
class CounterService
{
public:
    explicit CounterService(storage::Database &db);

    // The people a typed or scanned text names, anywhere in the chain (DESIGN.md: staff may
    // look a member up at the counter wherever they joined): four digits, the last four of the
    // phone (at most `limit`, newest first); a member code (what the member's QR code holds,
    // typed by a scanner); otherwise a phone number in any form the chain's region reads.
    // None found: an empty list.
    Result<QVector<people::Person>> find(
        const auth::Actor &actor, const QString &text, int limit = 20);
    // The card of a person at `branchId` (in the actor's scope).
    Result<Card> card(const auth::Actor &actor, qint64 personId, qint64 branchId);
    // What a bill of `gross` comes to for this person here, with the coupon of `claimCode`
    // (empty: none) checked as pay() will: the claim is theirs, usable here now, and the bill
    // after the tier discount reaches its minimum spend.
    Result<Quote> quote(const auth::Actor &actor, qint64 personId, qint64 branchId, qint64 gross,
        const QString &claimCode = {});

    // Cashiers and up, at their branch.
    Result<wallet::Outcome> topUp(const auth::Actor &actor, const TopUpRequest &request);
    Result<Sale> pay(const auth::Actor &actor, const PayRequest &request);

    // Managers and the owner, at the sale's branch, with a reason: voids a counter sale, gives
    // a wallet payment back (the exact reversal of its spend) and frees its coupon claim.
    Result<Sale> voidSale(const auth::Actor &actor, qint64 visitId, const QString &reason);
    // Managers and the owner, at the sale's branch, with a reason: gives back part or all of
    // what a counter sale took (`amount`, minor units): a refund row of the visit and, when the
    // sale was paid from the balance, a wallet refund of the same amount (back in the opposite
    // of the spending order). The refund row is Sale::visit; the coupon stays used.
    Result<Sale> refundSale(
        const auth::Actor &actor, qint64 visitId, qint64 amount, const QString &reason);
    // Managers and the owner: gives back the principal of a top-up; its bonus is forfeited or
    // kept as the chain's top-up refund rule says (wallet::WalletService::reverse).
    Result<wallet::Outcome> refundTopUp(
        const auth::Actor &actor, qint64 entryId, const QString &reason);

    // A fresh receipt number for a counter sale: "C" + local date and time + a random part,
    // made when a sale is started so that a double Enter sends the same one.
    static QString newReceiptNo();

    // Bills above this (minor units, before the currency's decimals: 2000.00 for a currency
    // with cents) ask for a second confirmation at the counter.
    static constexpr qint64 LargeAmount = 200000;

private:
    Result<Quote> quoteIn(const auth::Actor &actor, qint64 personId, qint64 branchId, qint64 gross,
        const QString &claimCode);
    Result<std::optional<Sale>> replay(const auth::Actor &actor, const visits::Visit &visit,
        qint64 personId, const PayRequest &request);
    Result<Sale> saleOf(const visits::Visit &visit);

    storage::Database &m_db;
};

} // namespace core::counter
