#pragma once

#include "core/maintenance/finding.h"

#include <QVector>

namespace core::storage {
class Database;
}

namespace core::maintenance {

// The wallet checks that need every ledger entry in order, done in one pass over the ledger
// (its person index), because on a large chain each pass costs seconds:
// - wallet_balance: each wallets row equals the sums of its person's entries;
// - wallet_topped_up: its topped_up equals the top-ups net of reversed top-ups (as
//   WalletService keeps it);
// - wallet_negative: no wallet is negative, and no prefix of a person's ledger (in id order,
//   the order entries were written) took the principal or the bonus below zero.
// Entries without a wallets row are wallet_missing's business, not these checks'.
class LedgerCheck
{
public:
    static QVector<Finding> run(storage::Database &db);
};

} // namespace core::maintenance
