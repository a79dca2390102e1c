#pragma once

#include "core/coupons/claim.h"
#include "core/coupons/coupon.h"
#include "core/people/person.h"
#include "core/visits/visit.h"
#include "core/wallet/walletservice.h"

#include <QString>
#include <QVector>

#include <optional>

namespace core::counter {

// A coupon the person can use at this branch today, with what it needs.
struct UsableCoupon
{
    coupons::Claim claim;
    coupons::Coupon coupon; // minSpend: the bill (after the tier discount) must reach it
};

// What the counter shows once the person is found.
struct Card
{
    people::Person person;
    QString tierName; // empty: no tier
    int discountBp = 0; // the tier's discount, basis points
    wallet::Balance balance;
    QVector<UsableCoupon> coupons;
};

// How a bill is paid. Wallet: from the stored-value balance; Cash and Card: outside ChainCard,
// recorded so that the visit counts for revenue and retention.
enum class Tender { Wallet, Cash, Card };

QString tenderName(Tender tender); // "wallet", "cash", "card"
std::optional<Tender> tenderFromName(const QString &name);

// What a bill comes to. `gross` is the bill as typed; the tier discount is taken first, and the
// coupon applies to what is left (its minimum spend and its discount are judged on
// `afterTier`). `toPay` is what the person pays: what visits.amount records.
struct Quote
{
    qint64 gross = 0;
    qint64 tierDiscount = 0;
    qint64 afterTier = 0;
    qint64 couponDiscount = 0;
    qint64 toPay = 0;
    int discountBp = 0;
};

struct PayRequest
{
    qint64 personId = 0; // or the phone
    QString phone; // Cash/Card only: an unknown phone registers a guest
    qint64 branchId = 0;
    qint64 amount = 0; // the gross bill, minor units, > 0
    Tender tender = Tender::Wallet;
    QString claimCode; // optional: one coupon
    QString receiptNo; // optional: generated; also the sale's idempotency key
    qint64 occurredAt = 0; // 0: now
};

// A sale written by the counter (or, for a replayed receipt, the one written the first time).
struct Sale
{
    visits::Visit visit;
    Quote quote;
    Tender tender = Tender::Wallet;
    coupons::Redemption redemption; // id 0: no coupon
    wallet::Entry spend; // id 0: not paid from the wallet (or nothing to pay)
    wallet::Balance balance; // the wallet after the sale
    bool replayed = false;
};

struct TopUpRequest
{
    qint64 personId = 0; // or the phone (an unknown phone registers a guest)
    QString phone;
    qint64 branchId = 0;
    qint64 amount = 0; // principal, minor units
    std::optional<qint64> bonus; // nullopt: the chain's bonus rules
    QString idempotencyKey;
    QString note;
};

} // namespace core::counter
