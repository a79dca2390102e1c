#pragma once

#include "core/common/result.h"
#include "core/retention/retentioncell.h"
#include "core/retention/retentionresult.h"
#include "core/retention/zonecalendar.h"

#include <QString>

#include <optional>
#include <vector>

namespace core::storage {
class Database;
}

namespace core::retention {

// Keeps the retention rollup (schema version 2: retention_people, retention_cells) equal to
// what the visits, top-ups and coupon claims say, so a report reads a few thousand cells.
//
// refresh() brings it up to date: nothing to do when no source row changed; otherwise the
// people whose rows changed (ids above the marks, or recorded in retention_dirty by the
// triggers) are recomputed one by one from their own rows, and their old contribution to the
// cells is replaced by the new one; when the rollup was never built, was built by another
// version of this code or for another time zone, or when too much changed (a bulk import, demo
// data), it is rebuilt from one pass over the visits instead.
//
// A patch runs in one write transaction (it is small: see incrementalLimit()). A rebuild
// computes from a read snapshot and writes in a short transaction, so counters keep taking
// payments meanwhile: claimRebuild() first moves the marks to the current ids and starts a new
// generation, so whatever changes during the rebuild is recorded for the next patch, and the
// final write removes only the dirty records of earlier generations.
class RetentionRollup
{
public:
    // Bump when the computation changes: stored rollups of another version are rebuilt.
    static constexpr int Version = 1;
    // More changed rows than incrementalLimit() since the last refresh: rebuild instead of
    // patching. It grows with the visits, up to IncrementalLimit.
    static constexpr qint64 IncrementalLimit = 20000;
    static qint64 incrementalLimit(qint64 visits);

    RetentionRollup(storage::Database &db, const QTimeZone &zone);

    struct Outcome
    {
        bool rebuilt = false;
        qint64 peopleRecomputed = 0;
    };
    // `progress` runs from 0 to 1000 over the work done here; returning false cancels it: a
    // cancelled patch writes nothing, a cancelled rebuild leaves the rollup marked stale, so the
    // next refresh rebuilds it.
    Result<Outcome> refresh(const Progress &progress = {}, bool forceRebuild = false);

    // The stored cells of cohort months [fromMonth, toMonth].
    Result<CellMap> cells(int fromMonth, int toMonth);

private:
    struct Marks
    {
        qint64 visit = 0;
        qint64 wallet = 0;
        qint64 claim = 0;
    };
    struct State
    {
        int version = 0;
        QString timezone;
        qint64 generation = 0;
        Marks marks;
        qint64 dirty = 0;
    };
    Result<State> readState();
    Result<Marks> currentMarks();
    bool stale(const State &state) const;

    // nullopt: more changed than IncrementalLimit, or the rollup went stale meanwhile.
    Result<std::optional<Outcome>> patch(const Progress &progress);
    // nullopt: another rebuild started meanwhile; try again.
    Result<std::optional<Outcome>> rebuild(const Progress &progress);
    Result<qint64> claimRebuild();
    Status computeAll(const Progress &progress, std::vector<PersonRow> &rows, CellMap &cells);
    Status writeAll(std::vector<PersonRow> &rows, const CellMap &cells, const Progress &progress);
    Status applyCellDeltas(const CellMap &deltas);

    storage::Database &m_db;
    ZoneCalendar m_calendar;
    QString m_timezone;
};

} // namespace core::retention
