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
    // The step rebuilds a table that others reference (create the new form, copy, drop, rename:
    // SQLite's documented way to change what ALTER TABLE cannot). It runs with foreign keys off
    // and the legacy rename, so neither the drop nor references in other tables' triggers stop
    // it, and PRAGMA foreign_key_check must find nothing before it commits.
    bool rebuildsTables = false;
};

const std::vector<Migration> &migrations();
int latestSchemaVersion();

// Recomputes the dashboard's home_balances (schema 4 on) from wallets: for writers that ran
// with triggers off (BulkInserter::disableTriggers).
QStringList homeBalancesRebuild();

} // namespace core::storage
