#pragma once

#include "core/common/result.h"
#include "core/retention/personrow.h"
#include "core/retention/progressrange.h"
#include "core/retention/retentioncell.h"

#include <vector>

namespace core::storage {
class Database;
}

namespace core::retention {

class ZoneCalendar;

// Computes every person's rollup rows and the cells from scratch: the first top-ups and claims
// are read into memory, then the visits are read once in table order (sequential I/O: walking
// the person index would fetch each visit's row at random) and folded into their person's
// rows. Reads only; the caller holds a read transaction so all three reads share a snapshot.
class RollupBuilder
{
public:
    RollupBuilder(storage::Database &db, const ZoneCalendar &calendar);

    // Rows come out sorted by person, then group.
    Status compute(const ProgressRange &progress, std::vector<PersonRow> &rows, CellMap &cells);

    // From this many visits on, two threads read them (the second with its own connection).
    static void setParallelThresholdForTesting(qint64 visits);

private:
    static qint64 parallelThreshold;

    storage::Database &m_db;
    const ZoneCalendar &m_calendar;
};

} // namespace core::retention
