#pragma once

#include <QStringList>

#include <vector>

namespace core::storage {

// One schema step. Steps are cumulative: version N is reached by applying 1..N in order, each
// in its own transaction together with `PRAGMA user_version = N`.
struct Migration
{
    int version;
    QStringList statements;
};

const std::vector<Migration> &migrations();
int latestSchemaVersion();

// Recomputes the dashboard's home_balances (schema 4 on) from wallets: for writers that ran
// with triggers off (BulkInserter::disableTriggers).
QStringList homeBalancesRebuild();

} // namespace core::storage
