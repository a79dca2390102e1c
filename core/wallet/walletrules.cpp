#include "core/wallet/walletrules.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace core::wallet {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wallet)
};

// The largest threshold or bonus a rule may name (the wallet's MaxAmount).
constexpr qint64 maxRuleAmount = Q_INT64_C(100000000000000);
constexpr int maxRules = 20;

} // namespace

qint64 mulDivRound(qint64 a, qint64 b, qint64 c)
{
    Q_ASSERT(a >= 0 && b >= 0 && c > 0);
    // The remainder stays below c < 2^63, so shifting it left never loses a bit.
    // 128-bit product by 32-bit halves, then long division bit by bit: portable C++17
    // (no __int128 on MSVC) and exact.
    const quint64 ua = quint64(a), ub = quint64(b), uc = quint64(c);
    const quint64 aLo = ua & 0xffffffffu, aHi = ua >> 32, bLo = ub & 0xffffffffu, bHi = ub >> 32;
    const quint64 ll = aLo * bLo, lh = aLo * bHi, hl = aHi * bLo, hh = aHi * bHi;
    const quint64 mid = (ll >> 32) + (lh & 0xffffffffu) + (hl & 0xffffffffu);
    quint64 lo = (ll & 0xffffffffu) | (mid << 32);
    quint64 hi = hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
    quint64 quotient = 0, remainder = 0;
    for (int bit = 127; bit >= 0; --bit) {
        const quint64 next = bit >= 64 ? (hi >> (bit - 64)) & 1u : (lo >> bit) & 1u;
        const bool carry = remainder >> 63;
        remainder = (remainder << 1) | next;
        quotient <<= 1;
        if (carry || remainder >= uc) {
            remainder -= uc;
            quotient |= 1u;
        }
    }
    // Half up: the remainder is at least half the divisor.
    if (remainder >= uc - remainder)
        ++quotient;
    return qint64(quotient);
}

qint64 WalletRules::bonusFor(qint64 amount) const
{
    qint64 bonus = 0;
    qint64 best = -1;
    for (const BonusRule &r : bonusRules) {
        if (amount >= r.threshold && r.threshold > best) {
            best = r.threshold;
            bonus = r.bonus;
        }
    }
    return bonus;
}

Status WalletRules::validate() const
{
    if (bonusRules.size() > maxRules)
        return Error(Error::Code::InvalidInput,
            Tr::tr("At most %1 top-up bonus rules can be set.").arg(maxRules),
            QStringLiteral("bonus-rules"));
    for (int i = 0; i < bonusRules.size(); ++i) {
        const BonusRule &r = bonusRules.at(i);
        if (r.threshold <= 0 || r.threshold > maxRuleAmount)
            return Error(Error::Code::InvalidInput,
                Tr::tr("Top-up bonus rule %1: the top-up it needs must be more than zero.")
                    .arg(i + 1),
                QStringLiteral("bonus-rules"));
        if (r.bonus <= 0 || r.bonus > maxRuleAmount)
            return Error(Error::Code::InvalidInput,
                Tr::tr("Top-up bonus rule %1: the bonus must be more than zero.").arg(i + 1),
                QStringLiteral("bonus-rules"));
        for (int j = 0; j < i; ++j) {
            if (bonusRules.at(j).threshold == r.threshold)
                return Error(Error::Code::InvalidInput,
                    Tr::tr("Top-up bonus rules %1 and %2 need the same top-up; keep one.")
                        .arg(j + 1)
                        .arg(i + 1),
                    QStringLiteral("bonus-rules"));
        }
    }
    return {};
}

Split WalletRules::spendSplit(SpendOrder order, qint64 amount, qint64 principal, qint64 bonus)
{
    Split s;
    switch (order) {
    case SpendOrder::BonusFirst:
        s.bonus = std::min(bonus, amount);
        s.principal = amount - s.bonus;
        break;
    case SpendOrder::PrincipalFirst:
        s.principal = std::min(principal, amount);
        s.bonus = amount - s.principal;
        break;
    case SpendOrder::Proportional: {
        const qint64 total = principal + bonus;
        s.bonus = total > 0 ? std::min(bonus, mulDivRound(amount, bonus, total)) : 0;
        s.principal = amount - s.bonus;
        if (s.principal > principal) { // cannot happen for amount <= total; kept safe
            s.principal = principal;
            s.bonus = amount - principal;
        }
        break;
    }
    }
    return s;
}

Split WalletRules::refundSplit(
    SpendOrder order, qint64 amount, qint64 openPrincipal, qint64 openBonus)
{
    switch (order) {
    case SpendOrder::BonusFirst: // taken last: principal; given back first
        return spendSplit(SpendOrder::PrincipalFirst, amount, openPrincipal, openBonus);
    case SpendOrder::PrincipalFirst:
        return spendSplit(SpendOrder::BonusFirst, amount, openPrincipal, openBonus);
    case SpendOrder::Proportional:
        return spendSplit(SpendOrder::Proportional, amount, openPrincipal, openBonus);
    }
    return {};
}

QString WalletRules::orderName(SpendOrder order)
{
    switch (order) {
    case SpendOrder::BonusFirst:
        return QStringLiteral("bonus_first");
    case SpendOrder::PrincipalFirst:
        return QStringLiteral("principal_first");
    case SpendOrder::Proportional:
        return QStringLiteral("proportional");
    }
    return {};
}

std::optional<SpendOrder> WalletRules::orderFromName(const QString &name)
{
    for (SpendOrder o :
        { SpendOrder::BonusFirst, SpendOrder::PrincipalFirst, SpendOrder::Proportional })
        if (orderName(o) == name)
            return o;
    return std::nullopt;
}

QString WalletRules::orderDisplayName(SpendOrder order)
{
    switch (order) {
    case SpendOrder::BonusFirst:
        return Tr::tr("Bonus first");
    case SpendOrder::PrincipalFirst:
        return Tr::tr("Principal first");
    case SpendOrder::Proportional:
        return Tr::tr("In proportion");
    }
    return {};
}

QString WalletRules::refundBonusName(TopUpRefundBonus rule)
{
    return rule == TopUpRefundBonus::Forfeit ? QStringLiteral("forfeit") : QStringLiteral("keep");
}

std::optional<TopUpRefundBonus> WalletRules::refundBonusFromName(const QString &name)
{
    if (name == QLatin1String("forfeit"))
        return TopUpRefundBonus::Forfeit;
    if (name == QLatin1String("keep"))
        return TopUpRefundBonus::Keep;
    return std::nullopt;
}

QString WalletRules::rulesToText(const QVector<BonusRule> &rules)
{
    QStringList parts;
    for (const BonusRule &r : rules)
        parts << QString::number(r.threshold) + QLatin1Char(':') + QString::number(r.bonus);
    return parts.join(QLatin1Char(';'));
}

Result<QVector<BonusRule>> WalletRules::rulesFromText(const QString &text)
{
    QVector<BonusRule> out;
    const QStringList parts = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QStringList pair = part.trimmed().split(QLatin1Char(':'));
        bool okThreshold = false, okBonus = false;
        BonusRule r;
        if (pair.size() == 2) {
            r.threshold = pair.at(0).trimmed().toLongLong(&okThreshold);
            r.bonus = pair.at(1).trimmed().toLongLong(&okBonus);
        }
        if (!okThreshold || !okBonus)
            return Error(Error::Code::InvalidInput,
                Tr::tr("The stored top-up bonus rule \"%1\" is not of the form "
                       "threshold:bonus.")
                    .arg(part),
                QStringLiteral("bonus-rules"));
        out.push_back(r);
    }
    std::sort(out.begin(), out.end(),
        [](const BonusRule &a, const BonusRule &b) { return a.threshold < b.threshold; });
    return out;
}

} // namespace core::wallet
