#pragma once

#include "core/auth/actor.h"
#include "core/common/result.h"

#include <QString>
#include <QVector>

namespace core::storage {
class Database;
}

namespace core::chain {

// Counts of every kind of record, for one branch or the chain.
struct Counts
{
    qint64 people = 0;      // by home branch
    qint64 members = 0;     // people with a membership start
    qint64 visits = 0;      // sales, voided ones excluded
    qint64 revenue = 0;     // minor units, refunds subtracted
    qint64 walletEntries = 0;
    qint64 storedValue = 0; // outstanding balance (chain total only)
    qint64 coupons = 0;     // templates (chain total only)
    qint64 couponClaims = 0;
    qint64 redemptions = 0;
    qint64 reviews = 0;
};

struct BranchCounts
{
    qint64 branchId = 0;
    QString code;
    QString name;
    Counts counts;
};

struct ChainStats
{
    Counts total; // over the branches the actor may see
    QVector<BranchCounts> branches;
    qint64 users = 0;
    qint64 auditEntries = 0;

    // Owners: the chain and every branch. Managers and cashiers: their branch only.
    static Result<ChainStats> collect(storage::Database &db, const auth::Actor &actor);
};

} // namespace core::chain
