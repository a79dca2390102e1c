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
    // The table this step rebuilds, when others reference it (create the new form, copy every
    // row with its id, drop, rename: SQLite's documented way to change what ALTER TABLE cannot).
    // The step runs with foreign keys off and the legacy rename, so neither the drop nor
    // references in other tables' triggers stop it. Before it commits, the table must have as
    // many rows as before (the ids others refer to are kept) and its own references must hold
    // (PRAGMA foreign_key_check on it). A check of every table would read every visit: 86 s on
    // a chain of ten million.
    QString rebuilds = {};
};

const std::vector<Migration> &migrations();
int latestSchemaVersion();

// Recomputes the dashboard's home_balances (schema 4 on) from wallets: for writers that ran
// with triggers off (BulkInserter::disableTriggers).
QStringList homeBalancesRebuild();

} // namespace core::storage
