#pragma once

#include "core/auth/actor.h"
#include "core/common/result.h"

#include <QDate>

#include <functional>

namespace core::storage {
class Database;
}

namespace core::demo {

struct DemoOptions
{
    int branches = 20;
    int members = 20000;
    qint64 visits = 200000;
    quint64 seed = 1;
    QDate endDate; // last day of history in the chain's timezone; invalid = yesterday
};

struct DemoSummary
{
    int branches = 0;
    qint64 people = 0, members = 0, visits = 0, walletEntries = 0, coupons = 0, claims = 0,
           redemptions = 0, reviews = 0;
    qint64 elapsedMs = 0;
};

// Fills an empty chain with a deterministic, realistic demo history (issue 2, "Demo data"):
// branches in several cities, members who top up and come back, coupon claimers who mostly do
// not, anonymous bills, weekly and holiday seasonality, wallet ledgers, redemptions and
// reviews, about 18 months ending at endDate. The same options and seed give the same database
// content, ids included, on every platform.
//
// Exactly options.members people become members (have topped up) and exactly options.visits
// bills are written; guests (coupon claimers, visitors known by phone) come on top.
class DemoGenerator
{
public:
    explicit DemoGenerator(storage::Database &db);

    // A clear translated message naming the bad option.
    static Status validate(const DemoOptions &options);

    // Owner only. Refuses (Conflict) when the chain already has branches or people (or tiers
    // or coupons, which the demo defines itself). progress(permille) may be called from the
    // generating thread; returning false cancels: then nothing is written at all.
    Result<DemoSummary> generate(const auth::Actor &actor, const DemoOptions &options,
                                 const std::function<bool(int permille)> &progress = {});

    // Tests only: write through QSqlQuery even where the sqlite3 C API is available.
    void setForceQtSql(bool force) { m_forceQtSql = force; }

private:
    storage::Database &m_db;
    bool m_forceQtSql = false;
};

} // namespace core::demo
