#include "core/tiers/tierservice.h"

#include "core/audit/auditlog.h"
#include "core/common/clock.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"
#include "core/storage/writetransaction.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace core::tiers {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tiers)
};

const QString selectTier = QStringLiteral(
    "SELECT id, name, rank, rule, threshold, coalesce(window_days, 0), discount_bp FROM tiers");

Tier readTier(const QSqlQuery &q)
{
    Tier t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.rank = q.value(2).toInt();
    t.rule = ruleFromName(q.value(3).toString()).value_or(Rule::CumulativeTopUp);
    t.threshold = q.value(4).toLongLong();
    t.windowDays = q.value(5).toInt();
    t.discountBp = q.value(6).toInt();
    return t;
}

QJsonObject toJson(const Tier &t)
{
    return { { QStringLiteral("name"), t.name },
             { QStringLiteral("rank"), t.rank },
             { QStringLiteral("rule"), ruleName(t.rule) },
             { QStringLiteral("threshold"), t.threshold },
             { QStringLiteral("window_days"), t.windowDays },
             { QStringLiteral("discount_bp"), t.discountBp } };
}

constexpr qint64 secondsPerDay = 86400;
constexpr int maxWindowDays = 3660;

} // namespace

QString ruleName(Rule rule)
{
    switch (rule) {
    case Rule::CumulativeTopUp: return QStringLiteral("cumulative_topup");
    case Rule::SingleTopUp: return QStringLiteral("single_topup");
    case Rule::SpendWindow: return QStringLiteral("spend_window");
    }
    return {};
}

std::optional<Rule> ruleFromName(const QString &name)
{
    for (Rule r : { Rule::CumulativeTopUp, Rule::SingleTopUp, Rule::SpendWindow }) {
        if (ruleName(r) == name)
            return r;
    }
    return std::nullopt;
}

Status TierService::validate(const Tier &tier)
{
    if (tier.name.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput, Tr::tr("Give the tier a name."),
                     QStringLiteral("name"));
    if (tier.rank <= 0)
        return Error(Error::Code::InvalidInput,
                     Tr::tr("The rank of a tier must be 1 or more."), QStringLiteral("rank"));
    if (tier.threshold <= 0)
        return Error(Error::Code::InvalidInput,
                     Tr::tr("The threshold of a tier must be more than zero."),
                     QStringLiteral("threshold"));
    if (tier.discountBp < 0 || tier.discountBp > 10000)
        return Error(Error::Code::InvalidInput,
                     Tr::tr("The discount must lie between 0% and 100%."),
                     QStringLiteral("discount"));
    if (tier.rule == Rule::SpendWindow) {
        if (tier.windowDays <= 0 || tier.windowDays > maxWindowDays)
            return Error(Error::Code::InvalidInput,
                         Tr::tr("A spending window must be between 1 and %1 days.").arg(maxWindowDays),
                         QStringLiteral("window_days"));
    } else if (tier.windowDays != 0) {
        return Error(Error::Code::InvalidInput,
                     Tr::tr("Only the spend-over-a-window rule takes a number of days."),
                     QStringLiteral("window_days"));
    }
    return {};
}

Result<Tier> TierService::create(const auth::Actor &actor, const Tier &tier)
{
    if (auto s = actor.requireOwner(Tr::tr("define membership tiers")); !s)
        return s.error();
    if (auto s = validate(tier); !s)
        return s.error();
    Tier t = tier;
    t.name = t.name.trimmed();
    storage::WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (auto s = refuseClash(t); !s)
        return s.error();
    auto q = storage::prepare(m_db, QStringLiteral("INSERT INTO tiers (rank, name, rule, threshold,"
                                                   " window_days, discount_bp) VALUES (?,?,?,?,?,?)"));
    if (!q)
        return q.error();
    if (auto s = storage::exec(*q, { t.rank, t.name, ruleName(t.rule), t.threshold,
                                     t.windowDays > 0 ? QVariant(t.windowDays) : QVariant(),
                                     t.discountBp });
        !s)
        return s.error();
    t.id = q->lastInsertId().toLongLong();
    if (auto s = audit::AuditLog::record(m_db, actor, QStringLiteral("tier.create"),
                                         QStringLiteral("tier"), t.id, 0, {}, toJson(t));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return t;
}

Status TierService::refuseClash(const Tier &tier)
{
    auto clash = storage::scalar(m_db,
        QStringLiteral("SELECT name FROM tiers WHERE (rank = ? OR name = ?) AND id <> ? LIMIT 1"),
        { tier.rank, tier.name, tier.id });
    if (!clash)
        return clash.error();
    if (clash->isValid())
        return Error(Error::Code::Conflict,
            Tr::tr("The tier \"%1\" already has that name or rank %2.")
                .arg(clash->toString())
                .arg(tier.rank),
            QStringLiteral("rank"));
    return {};
}

Status TierService::update(const auth::Actor &actor, const Tier &tier)
{
    if (auto s = actor.requireOwner(Tr::tr("define membership tiers")); !s)
        return s;
    if (auto s = validate(tier); !s)
        return s;
    Tier t = tier;
    t.name = t.name.trimmed();
    storage::WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto before = find(t.id);
    if (!before)
        return before.error();
    if (auto s = refuseClash(t); !s)
        return s;
    if (auto s = storage::execOnce(m_db,
            QStringLiteral("UPDATE tiers SET rank = ?, name = ?, rule = ?, threshold = ?,"
                           " window_days = ?, discount_bp = ? WHERE id = ?"),
            { t.rank, t.name, ruleName(t.rule), t.threshold,
                t.windowDays > 0 ? QVariant(t.windowDays) : QVariant(), t.discountBp, t.id });
        !s)
        return s;
    if (auto s = audit::AuditLog::record(m_db, actor, QStringLiteral("tier.update"),
            QStringLiteral("tier"), t.id, 0, toJson(*before), toJson(t));
        !s)
        return s;
    return tx.commit();
}

Status TierService::remove(const auth::Actor &actor, qint64 tierId)
{
    if (auto s = actor.requireOwner(Tr::tr("define membership tiers")); !s)
        return s;
    storage::WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto tier = find(tierId);
    if (!tier)
        return tier.error();
    auto holders = storage::scalar(
        m_db, QStringLiteral("SELECT count(*) FROM people WHERE tier_id = ?"), { tierId });
    if (!holders)
        return holders.error();
    if (const qint64 n = holders->toLongLong(); n > 0)
        return Error(Error::Code::Conflict,
            Tr::tr("%n people hold the tier \"%1\"; it cannot be removed.", nullptr, int(n))
                .arg(tier->name));
    if (auto s = storage::execOnce(
            m_db, QStringLiteral("DELETE FROM tiers WHERE id = ?"), { tierId });
        !s)
        return s;
    if (auto s = audit::AuditLog::record(m_db, actor, QStringLiteral("tier.delete"),
            QStringLiteral("tier"), tierId, 0, toJson(*tier), {});
        !s)
        return s;
    return tx.commit();
}

Result<QVector<Tier>> TierService::list()
{
    auto q = storage::prepare(m_db, selectTier + QStringLiteral(" ORDER BY rank"));
    if (!q)
        return q.error();
    if (auto s = storage::exec(*q); !s)
        return s.error();
    QVector<Tier> out;
    while (q->next())
        out.push_back(readTier(*q));
    return out;
}

Result<Tier> TierService::find(qint64 tierId)
{
    auto q = storage::prepare(m_db, selectTier + QStringLiteral(" WHERE id = ?"));
    if (!q)
        return q.error();
    if (auto s = storage::exec(*q, { tierId }); !s)
        return s.error();
    if (!q->next())
        return Error(Error::Code::NotFound, Tr::tr("There is no tier with id %1.").arg(tierId));
    return readTier(*q);
}

Result<bool> TierService::qualifies(qint64 personId, const Tier &tier)
{
    Result<QVariant> value = QVariant();
    switch (tier.rule) {
    case Rule::CumulativeTopUp:
        value = storage::scalar(m_db, QStringLiteral("SELECT topped_up FROM wallets WHERE person_id = ?"),
                                { personId }, 0);
        break;
    case Rule::SingleTopUp:
        value = storage::scalar(
            m_db,
            QStringLiteral("SELECT coalesce(max(e.principal), 0) FROM wallet_entries e"
                           " WHERE e.person_id = ? AND e.kind = 'topup' AND NOT EXISTS"
                           " (SELECT 1 FROM wallet_entries r WHERE r.reverses = e.id)"),
            { personId }, 0);
        break;
    case Rule::SpendWindow:
        // Net wallet spending: spends minus refunds, reversals of either counted.
        value = storage::scalar(
            m_db,
            QStringLiteral("SELECT coalesce(sum(-(e.principal + e.bonus)), 0)"
                           " FROM wallet_entries e LEFT JOIN wallet_entries r ON r.id = e.reverses"
                           " WHERE e.person_id = ? AND e.occurred_at >= ?"
                           " AND (e.kind IN ('spend', 'refund')"
                           "  OR (e.kind = 'reversal' AND r.kind IN ('spend', 'refund')))"),
            { personId, clock::now() - qint64(tier.windowDays) * secondsPerDay }, 0);
        break;
    }
    if (!value)
        return value.error();
    return value->toLongLong() >= tier.threshold;
}

Status TierService::evaluate(qint64 personId)
{
    storage::WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto current = storage::scalar(
        m_db,
        QStringLiteral("SELECT coalesce(t.rank, 0) FROM people p LEFT JOIN tiers t"
                       " ON t.id = p.tier_id WHERE p.id = ?"),
        { personId }, -1);
    if (!current)
        return current.error();
    if (current->toInt() < 0)
        return Error(Error::Code::NotFound, Tr::tr("There is no person with id %1.").arg(personId));
    auto tiers = list();
    if (!tiers)
        return tiers.error();
    const int currentRank = current->toInt();
    // Best first; the first tier that qualifies is the one, unless it is no better.
    for (auto it = tiers->crbegin(); it != tiers->crend(); ++it) {
        if (it->rank <= currentRank)
            break;
        auto ok = qualifies(personId, *it);
        if (!ok)
            return ok.error();
        if (*ok) {
            if (auto s = storage::execOnce(m_db, QStringLiteral("UPDATE people SET tier_id = ? WHERE id = ?"),
                                           { it->id, personId });
                !s)
                return s;
            break;
        }
    }
    return tx.commit();
}

} // namespace core::tiers
