#include "core/chain/chainstats.h"

#include "core/chain/salesql.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"

#include <QHash>

namespace core::chain {

namespace {

// Runs a "branch_id, value" grouping query and adds each value into `field` of its branch.
Status addPerBranch(storage::Database &db, const QString &sql, QHash<qint64, Counts> &byBranch,
                    qint64 Counts::*field)
{
    auto q = storage::prepare(db, sql);
    if (!q)
        return q.error();
    if (auto s = storage::exec(*q); !s)
        return s;
    while (q->next())
        byBranch[q->value(0).toLongLong()].*field += q->value(1).toLongLong();
    return {};
}

} // namespace

Result<ChainStats> ChainStats::collect(storage::Database &db, const auth::Actor &actor)
{
    QHash<qint64, Counts> byBranch;
    const struct
    {
        QString sql;
        qint64 Counts::*field;
    } perBranch[] = {
        { QStringLiteral("SELECT home_branch_id, count(*) FROM people GROUP BY home_branch_id"),
          &Counts::people },
        { QStringLiteral("SELECT home_branch_id, count(*) FROM people"
                         " WHERE member_since IS NOT NULL GROUP BY home_branch_id"),
          &Counts::members },
        { QStringLiteral("SELECT branch_id, sum(%1) FROM visits WHERE %2 GROUP BY branch_id")
              .arg(salesql::saleCount, salesql::notVoided),
          &Counts::visits },
        { QStringLiteral("SELECT branch_id, sum(amount) FROM visits WHERE %1 GROUP BY branch_id")
              .arg(salesql::notVoided),
          &Counts::revenue },
        { QStringLiteral("SELECT branch_id, count(*) FROM wallet_entries GROUP BY branch_id"),
          &Counts::walletEntries },
        { QStringLiteral("SELECT branch_id, count(*) FROM coupon_claims GROUP BY branch_id"),
          &Counts::couponClaims },
        { QStringLiteral("SELECT branch_id, count(*) FROM redemptions GROUP BY branch_id"),
          &Counts::redemptions },
        { QStringLiteral("SELECT branch_id, count(*) FROM reviews GROUP BY branch_id"),
          &Counts::reviews },
    };
    for (const auto &p : perBranch) {
        if (auto s = addPerBranch(db, p.sql, byBranch, p.field); !s)
            return s.error();
    }

    ChainStats out;
    auto branches = storage::prepare(db, QStringLiteral("SELECT id, code, name FROM branches ORDER BY code"));
    if (!branches)
        return branches.error();
    if (auto s = storage::exec(*branches); !s)
        return s.error();
    while (branches->next()) {
        const qint64 id = branches->value(0).toLongLong();
        if (!actor.canAccessBranch(id))
            continue;
        BranchCounts b { id, branches->value(1).toString(), branches->value(2).toString(),
                         byBranch.value(id) };
        out.branches.push_back(b);
        for (const auto &p : perBranch)
            out.total.*(p.field) += b.counts.*(p.field);
    }

    if (actor.isOwner()) {
        // Rows with no branch (a claim through a channel) count for the chain only.
        for (const auto &p : perBranch)
            out.total.*(p.field) += byBranch.value(0).*(p.field);
        const struct
        {
            const char *sql;
            qint64 *target;
        } chainWide[] = {
            { "SELECT coalesce(sum(principal + bonus), 0) FROM wallets", &out.total.storedValue },
            { "SELECT count(*) FROM coupons", &out.total.coupons },
            { "SELECT count(*) FROM users", &out.users },
            { "SELECT count(*) FROM audit_log", &out.auditEntries },
        };
        for (const auto &c : chainWide) {
            auto v = storage::scalar(db, QString::fromLatin1(c.sql));
            if (!v)
                return v.error();
            *c.target = v->toLongLong();
        }
    }
    return out;
}

} // namespace core::chain
