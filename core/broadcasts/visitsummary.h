#pragma once

#include "core/common/result.h"

#include <QString>

namespace core::storage {
class Database;
}

namespace core::broadcasts {

// What a broadcast's audience needs from the visits, one row per person with visits (table
// visit_summary, schema 6), so that resolving a chain-wide audience reads a million rows in
// order instead of grouping ten million visits:
// - home_branch_id: the branch with the most sales (not voided) at or after the window start,
//   ties to the one visited most recently, a remaining tie to the lower branch id; NULL when
//   there is none in the window (the person keeps people.home_branch_id);
// - window_lo, window_hi: the answer holds for every window start W with window_lo < W <=
//   window_hi (NULL: unbounded), since no counted sale lies in between;
// - branches: distinct branches of all their visits (refunds and voided ones too);
// - last_visit_at: their latest visit of any kind.
// A row is recomputed when the window moves outside its range, when its person's visits change
// (the triggers of schema 6 note the person in visit_summary_dirty) and when visits were added
// above visit_summary_state.visit_mark. Everything else is read as it stands.
class VisitSummary
{
public:
    // Brings the summary up to date for a window starting at `windowStart`. Runs inside the
    // caller's write transaction (a broadcast's), so the audience it reads is the one written.
    static Status refresh(storage::Database &db, qint64 windowStart);

    // Past this many people (or new visits) to bring up to date, refresh() recomputes every
    // row in one grouped pass over the visits.
    static constexpr qint64 fullRebuildAbove = 100000;

    // Called before the caller's write transaction: when refresh() would rebuild every row
    // (the first broadcast after the upgrade to schema 6, or after a large import), computes
    // them in a read transaction into a temporary table while other connections keep writing
    // (about 40 s over 10,000,000 visits), then swaps them in with a short write transaction.
    // What changed meanwhile is above the new mark or noted by the triggers, and refresh()
    // takes it from there. Otherwise does nothing. `rebuildAbove`: for tests.
    static Status prepare(
        storage::Database &db, qint64 windowStart, qint64 rebuildAbove = fullRebuildAbove);

    // A query of (person_id, home, lo, hi, branches, last) computed from the visits that `where`
    // keeps (visits as v, joined with `join`), each person's window starting at `windowStart`
    // (an SQL expression). refresh() and the integrity check share it.
    static QString computeSql(
        const QString &windowStart, const QString &join, const QString &where);

    // The integrity check's query: ids of people whose summary row differs from their visits
    // (rows still marked for a refresh aside).
    static QString checkSql();
};

} // namespace core::broadcasts
