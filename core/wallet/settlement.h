#pragma once

#include "core/auth/actor.h"
#include "core/common/result.h"

#include <QVector>

namespace core::storage {
class Database;
}

namespace core::wallet {

// Money topped up at one branch and spent at another (issue 7, "Wallet rules"): what branches
// with different owners settle between them.
//
// The rule. Only the principal (money paid in) is settled; the bonus (充值送) is the chain's
// gift and is reported apart. Each person's principal is a queue of lots: a top-up, or any other
// entry that puts principal back on the card (a refund, the reversal of a spend, a positive
// adjustment), adds a lot at the entry's branch; every entry that takes principal off the card
// (a spend, the reversal of a top-up, a negative adjustment) takes it from the oldest lots
// first. Each unit taken makes a flow from the branch of its lot (which holds the cash) to the
// branch of the entry (which gave the meal, or paid the money back). Entries are read in the
// order they were written, per person; a flow belongs to the period of the entry's time. The
// liability of a branch at the period's end is what remains of its lots then (entries dated
// later are left out).
struct Flow
{
    qint64 fromBranchId = 0; // where the money was topped up
    qint64 toBranchId = 0; // where it was spent or paid back
    qint64 amount = 0; // principal, minor units
};

struct BranchPosition
{
    qint64 branchId = 0;
    qint64 toppedUp = 0; // principal topped up here in the period
    qint64 spentHere = 0; // principal spent (or paid back) here in the period, from any branch
    qint64 bonusSpent = 0; // bonus spent here in the period (not settled)
    // What the other branches owe this one for the period: principal of other branches spent
    // here, less principal topped up here and spent elsewhere. Negative: this branch owes.
    qint64 owed = 0;
    qint64 liability = 0; // principal of this branch's lots still on cards at the period's end
};

struct SettlementReport
{
    qint64 fromUtc = 0;
    qint64 toUtc = 0;
    QVector<Flow> flows; // non-zero flows, by (from, to); same-branch ones too
    QVector<BranchPosition> branches; // every branch with something to show, by id
};

class Settlement
{
public:
    explicit Settlement(storage::Database &db);

    // The period [fromUtc, toUtc). Managers and the owner; a manager's report keeps the flows
    // into or out of their branch and their branch's position only (the ledger is read whole:
    // a lot topped up elsewhere decides which branch their spending draws on).
    Result<SettlementReport> compute(const auth::Actor &actor, qint64 fromUtc, qint64 toUtc);

private:
    storage::Database &m_db;
};

} // namespace core::wallet
