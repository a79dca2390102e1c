#pragma once

#include "core/auth/actor.h"
#include "core/common/result.h"
#include "core/maintenance/finding.h"

#include <QString>
#include <QVector>

namespace core::storage {
class Database;
}

namespace core::maintenance {

struct CheckReport
{
    QVector<Finding> findings;
    qint64 elapsedMs = 0;

    bool ok() const;
    QVector<Finding> failures() const;
    const Finding *find(const QString &name) const;
};

struct CheckOptions
{
    // SQLite's quick_check instead of integrity_check (skips matching index entries to rows),
    // and wallet_negative on totals only instead of every ledger entry by entry: several
    // times faster on a large chain.
    bool quick = false;
};

// The integrity check: SQLite's own checks (pages, foreign keys) and the project's invariants
// (DESIGN.md, "Domain and invariants"): every wallet equals its ledger and never went
// negative, topped_up and member_since follow the top-ups, reversals negate exactly their
// entry, redemptions have their claim within its window and scope, reviews belong to their
// visit's person and branch and came within the review window, refunds stay within their sale
// at its branch, the append-only triggers and the receipt index exist, the audit log has no
// holes. Each invariant is one SQL query (the wallet totals share one pass, see LedgerCheck);
// all of them read one snapshot of the database, so the check may run while others write. A
// check whose query fails (a damaged file) is reported as failed with the reason, and the
// others still run.
class Checker
{
public:
    using Options = CheckOptions;

    // The owner only.
    static Result<CheckReport> run(
        storage::Database &db, const auth::Actor &actor, const Options &options = {});
};

} // namespace core::maintenance
