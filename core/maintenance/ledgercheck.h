#pragma once

#include "core/maintenance/finding.h"

#include <QVector>

namespace core::storage {
class Database;
}

namespace core::maintenance {

// The wallet checks that need every ledger entry, sharing their passes over the ledger
// because on a large chain each pass costs seconds:
// - wallet_balance: each wallets row equals the sums of its person's entries;
// - wallet_topped_up: its topped_up equals the top-ups net of reversed top-ups (as
//   WalletService keeps it);
// - wallet_negative: no wallet and no ledger total is negative; with `history`, also no
//   prefix of a person's ledger (in id order, the order entries were written) took the
//   principal or the bonus below zero. That walk costs several times the rest on a large
//   chain, so the quick check leaves it out.
// Entries without a wallets row are wallet_missing's business, not these checks'.
class LedgerCheck
{
public:
    static QVector<Finding> run(storage::Database &db, bool history);
};

} // namespace core::maintenance
