#pragma once

#include "core/common/result.h"

#include <QString>
#include <QVector>

#include <optional>

namespace core::wallet {

// Which bucket a payment from the balance takes first (a chain setting, `wallet_spend_order`).
enum class SpendOrder {
    BonusFirst, // the bonus (充值送) first, then the principal
    PrincipalFirst, // the money paid in first, then the bonus
    Proportional, // both in proportion to what the wallet holds of each
};

// What a refund of a top-up does with the bonus that came with it (`wallet_topup_refund_bonus`).
// A top-up refunds its principal only, never the bonus as money: with Forfeit the bonus given
// with it is taken back (as much of it as is still in the bonus bucket); with Keep the person
// keeps it.
enum class TopUpRefundBonus { Forfeit, Keep };

// Top up at least `threshold`, get `bonus` on top (e.g. 1000.00 -> +100.00). Minor units.
struct BonusRule
{
    qint64 threshold = 0;
    qint64 bonus = 0;

    bool operator==(const BonusRule &o) const
    {
        return threshold == o.threshold && bonus == o.bonus;
    }
};

// How much of a payment (or a refund) comes from (goes to) each bucket.
struct Split
{
    qint64 principal = 0;
    qint64 bonus = 0;
};

// The chain's stored-value rules, kept in the settings table and edited by the owner through
// chain::ChainStore (ChainSettings::wallet).
struct WalletRules
{
    QVector<BonusRule> bonusRules; // ascending threshold, thresholds unique
    SpendOrder spendOrder = SpendOrder::BonusFirst;
    TopUpRefundBonus topUpRefundBonus = TopUpRefundBonus::Forfeit;

    // The bonus of the highest threshold `amount` reaches; 0 when it reaches none.
    qint64 bonusFor(qint64 amount) const;

    // Rules sorted by threshold; the first invalid one named, with a translated reason.
    Status validate() const;

    // A payment of `amount` (<= principal + bonus) out of a wallet holding `principal` and
    // `bonus`, in `order`. Both parts are >= 0, neither exceeds its bucket, and they add up to
    // `amount`. Proportional rounds the bonus part half up.
    static Split spendSplit(SpendOrder order, qint64 amount, qint64 principal, qint64 bonus);
    // A refund of `amount` (<= openPrincipal + openBonus: spent and not yet refunded, per
    // bucket) goes back in the opposite of the spending order: the bucket a payment takes last
    // is given back first (so refunding a whole payment restores exactly what it took when
    // nothing else happened in between); Proportional in proportion to what is open.
    static Split refundSplit(
        SpendOrder order, qint64 amount, qint64 openPrincipal, qint64 openBonus);

    // "bonus_first", "principal_first", "proportional".
    static QString orderName(SpendOrder order);
    static std::optional<SpendOrder> orderFromName(const QString &name);
    static QString orderDisplayName(SpendOrder order); // translated
    // "forfeit", "keep".
    static QString refundBonusName(TopUpRefundBonus rule);
    static std::optional<TopUpRefundBonus> refundBonusFromName(const QString &name);
    // Stored form: "threshold:bonus" pairs in minor units, separated by ';' ("100000:10000").
    static QString rulesToText(const QVector<BonusRule> &rules);
    static Result<QVector<BonusRule>> rulesFromText(const QString &text);
};

// a * b / c rounded half up, for a, b >= 0 and c > 0 when the result fits in 64 bits (b <= c
// or a <= c is enough): exact, without overflow or floating point.
qint64 mulDivRound(qint64 a, qint64 b, qint64 c);

} // namespace core::wallet
