#pragma once

#include "core/auth/actor.h"
#include "core/common/result.h"

#include <QString>
#include <QVector>

#include <optional>

namespace core::storage {
class Database;
}

namespace core::tiers {

// How a person qualifies for a tier. All three are about stored value, so whoever holds a tier
// is a member (has topped up); coupon claims and visits alone never make one.
enum class Rule {
    CumulativeTopUp, // total principal topped up (net of reversed top-ups) >= threshold
    SingleTopUp,     // one top-up (not reversed) of at least threshold
    SpendWindow,     // wallet spending, net of refunds, over the last windowDays >= threshold
};

QString ruleName(Rule rule); // "cumulative_topup", "single_topup", "spend_window"
std::optional<Rule> ruleFromName(const QString &name);

struct Tier
{
    qint64 id = 0;
    QString name;
    int rank = 1; // higher is better; unique
    Rule rule = Rule::CumulativeTopUp;
    qint64 threshold = 0; // minor units, > 0
    int windowDays = 0;   // spend_window only, > 0; 0 for the other rules
    int discountBp = 0;   // benefit: discount in basis points, 0..10000
};

// The chain's membership tiers (DESIGN.md, "Tier"). The owner defines them; evaluate() moves a
// person up to the best tier they qualify for.
class TierService
{
public:
    explicit TierService(storage::Database &db) : m_db(db) { }

    Result<Tier> create(const auth::Actor &actor, const Tier &tier);
    // The owner changes a tier's name, rank, rule, threshold or discount. People keep the tier
    // they hold (never downgraded); a lower bar lifts people at their next top-up or spend.
    Status update(const auth::Actor &actor, const Tier &tier);
    // The owner removes a tier nobody holds.
    Status remove(const auth::Actor &actor, qint64 tierId);
    // Lowest rank first.
    Result<QVector<Tier>> list();
    Result<Tier> find(qint64 tierId);

    // Sets people.tier_id to the highest-ranked tier the person qualifies for when that ranks
    // above their current tier; never downgrades. Joins the caller's transaction (the wallet
    // calls it inside a top-up or a spend).
    Status evaluate(qint64 personId);

    static Status validate(const Tier &tier);

private:
    // The tier using `tier`'s name or rank, other than itself: a Conflict naming it.
    Status refuseClash(const Tier &tier);
    Result<bool> qualifies(qint64 personId, const Tier &tier);

    storage::Database &m_db;
};

} // namespace core::tiers
