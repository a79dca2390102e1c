#include "core/retention/rollupbuilder.h"

#include "core/retention/rowstream.h"
#include "core/retention/zonecalendar.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

#include <algorithm>
#include <atomic>
#include <functional>
#include <thread>
#include <unordered_map>
#include <unordered_set>

Q_LOGGING_CATEGORY(lcRetentionBuild, "chaincard.retention.build", QtInfoMsg)

namespace core::retention {

namespace {

// Person id -> slot. People ids are dense in practice (INTEGER PRIMARY KEY), so the id itself
// is the slot and no lookup is needed; odd ids get dense slots through a hash.
class SlotMap
{
public:
    SlotMap(qint64 maxId, qint64 count)
        : m_identity(maxId >= 0 && maxId <= identityLimit && maxId <= 2 * count + 1024)
        , m_size(m_identity ? maxId + 1 : 0)
    {
    }

    bool identity() const { return m_identity; }

    int find(qint64 id) const
    {
        if (m_identity)
            return id >= 0 && id < m_size ? int(id) : -1;
        return m_other.value(id, -1);
    }

    void set(qint64 id, int slot) { m_other.insert(id, slot); }

private:
    static constexpr qint64 identityLimit = Q_INT64_C(16) * 1024 * 1024;
    bool m_identity;
    qint64 m_size;
    QHash<qint64, int> m_other;
};

void prefetch(const void *address)
{
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(address, 1);
#else
    Q_UNUSED(address);
#endif
}

// A rebuild reads the folds of a million people in random order: with 4 KiB pages nearly every
// visit would also miss the TLB. Linux backs the array with 2 MiB pages when asked before the
// pages are first touched (transparent huge pages in "madvise" mode, the usual default).
void adviseHugePages(const void *begin, size_t bytes)
{
#ifdef Q_OS_LINUX
    constexpr quintptr huge = 2 * 1024 * 1024;
    const quintptr from = (quintptr(begin) + huge - 1) & ~(huge - 1);
    const quintptr to = (quintptr(begin) + bytes) & ~(huge - 1);
    if (to > from)
        (void)madvise(reinterpret_cast<void *>(from), to - from, MADV_HUGEPAGE);
#else
    Q_UNUSED(begin);
    Q_UNUSED(bytes);
#endif
}

// Both groups' folds of one person, on one cache line.
struct alignas(64) Folds
{
    VisitFold group[2];
};

constexpr int batchSize = 4096;

struct FoldContext
{
    const SlotMap &slotMap;
    const std::vector<bool> &hasStart;
    const ZoneCalendar &calendar;
    std::atomic<qint64> &seen;
    std::atomic<bool> &stop;
};

// Folds the counted visits with fromId < id <= toId into `folds`. Visits come in table order,
// so each lands on a random person: a batch is read first, asking the memory for each person's
// folds as its row arrives, then folded, so the cache misses overlap the reading.
Status foldVisits(storage::Database &db, qint64 fromId, qint64 toId, const FoldContext &context,
    std::vector<Folds> &folds, const std::function<bool()> &keepGoing)
{
    RowStream visits(db,
        QStringLiteral("SELECT person_id, occurred_at FROM visits"
                       " WHERE id > ? AND id <= ? AND person_id IS NOT NULL"
                       " AND kind = 'sale' AND voided_at IS NULL"));
    if (auto s = visits.start({ fromId, toId }); !s)
        return s;
    struct Pending
    {
        int slot;
        qint64 at;
    };
    std::vector<Pending> batch;
    batch.reserve(batchSize);
    bool more = true;
    while (more) {
        int read = 0;
        while (read < batchSize && (more = visits.next())) {
            ++read;
            const int slot = context.slotMap.find(visits.integer(0));
            if (slot < 0 || !context.hasStart[size_t(slot)])
                continue;
            prefetch(&folds[size_t(slot)]);
            batch.push_back({ slot, visits.integer(1) });
        }
        for (const Pending &p : batch) {
            Folds &f = folds[size_t(p.slot)];
            const qint64 day = context.calendar.dayOf(p.at);
            const int month = context.calendar.monthOfDay(day);
            f.group[0].addVisit(p.at, day, month);
            if (f.group[1].active)
                f.group[1].addVisit(p.at, day, month);
        }
        batch.clear();
        context.seen += read;
        if (!keepGoing())
            return cancelledError();
    }
    return visits.status();
}

quint64 packedKey(const PersonRow &row)
{
    // group: 1 bit, month: 23 bits (year up to ~350000), branch: 40 bits.
    return (quint64(row.group == Group::Coupon ? 1 : 0) << 63)
        | (quint64(row.cohortMonth & 0x7fffff) << 40) | (quint64(row.branchId) & 0xffffffffffULL);
}

} // namespace

qint64 RollupBuilder::parallelThreshold = 1000000;

void RollupBuilder::setParallelThresholdForTesting(qint64 visits)
{
    parallelThreshold = visits;
}

RollupBuilder::RollupBuilder(storage::Database &db, const ZoneCalendar &calendar)
    : m_db(db)
    , m_calendar(calendar)
{
}

Status RollupBuilder::compute(
    const ProgressRange &progress, std::vector<PersonRow> &rows, CellMap &cells)
{
    QElapsedTimer timer;
    timer.start();
    rows.clear();
    cells.clear();
    auto counts = storage::prepare(m_db,
        QStringLiteral("SELECT (SELECT coalesce(max(id), 0) FROM people),"
                       " (SELECT count(*) FROM people),"
                       " (SELECT coalesce(max(id), 0) FROM visits)"));
    if (!counts)
        return counts.error();
    if (auto s = storage::exec(*counts); !s)
        return s;
    counts->next();
    const qint64 maxPerson = counts->value(0).toLongLong();
    const qint64 peopleCount = counts->value(1).toLongLong();
    const qint64 visitEstimate = counts->value(2).toLongLong();
    counts->finish();

    SlotMap slotMap(maxPerson, peopleCount);
    std::vector<PersonStarts> starts;
    std::vector<qint64> personOf;
    if (slotMap.identity()) {
        starts.resize(size_t(maxPerson) + 1);
    } else {
        starts.reserve(size_t(peopleCount));
        personOf.reserve(size_t(peopleCount));
    }
    // The slot of a person, made on first sight; -1 for an id past the snapshot's people.
    const auto slotFor = [&](qint64 personId) {
        int slot = slotMap.find(personId);
        if (slot < 0 && !slotMap.identity()) {
            slot = int(starts.size());
            slotMap.set(personId, slot);
            starts.emplace_back();
            personOf.push_back(personId);
        }
        return slot;
    };
    const auto personAt
        = [&](size_t slot) { return slotMap.identity() ? qint64(slot) : personOf[slot]; };

    // A top-up that was reversed never started a membership (as for the single_topup tier).
    // Both reads walk small indexes instead of the whole ledger: the unique index on `reverses`
    // and wallet_entries_topup (schema version 2).
    std::unordered_set<qint64> reversed;
    RowStream reversals(m_db,
        QStringLiteral("SELECT reverses FROM wallet_entries"
                       " WHERE reverses IS NOT NULL"));
    if (auto s = reversals.start(); !s)
        return s;
    while (reversals.next())
        reversed.insert(reversals.integer(0));
    if (!reversals.status())
        return reversals.status();
    RowStream topUps(m_db,
        QStringLiteral("SELECT person_id, occurred_at, id, branch_id"
                       " FROM wallet_entries WHERE kind = 'topup'"));
    if (auto s = topUps.start(); !s)
        return s;
    while (topUps.next()) {
        if (!reversed.empty() && reversed.count(topUps.integer(2)) > 0)
            continue;
        const int slot = slotFor(topUps.integer(0));
        if (slot >= 0)
            starts[size_t(slot)].offerTopUp(
                topUps.integer(1), topUps.integer(2), topUps.integer(3));
    }
    if (!topUps.status())
        return topUps.status();
    qCDebug(lcRetentionBuild) << "top-ups read:" << timer.elapsed() << "ms";
    if (!progress.report(40))
        return cancelledError();

    RowStream claims(m_db,
        QStringLiteral("SELECT person_id, claimed_at, id,"
                       " coalesce(branch_id, 0) FROM coupon_claims"));
    if (auto s = claims.start(); !s)
        return s;
    while (claims.next()) {
        const int slot = slotFor(claims.integer(0));
        if (slot >= 0)
            starts[size_t(slot)].offerClaim(
                claims.integer(1), claims.integer(2), claims.integer(3));
    }
    if (!claims.status())
        return claims.status();
    qCDebug(lcRetentionBuild) << "claims read:" << timer.elapsed() << "ms";
    if (!progress.report(80))
        return cancelledError();

    // The visit pass touches one cache line per visit: both groups' folds of the person.
    std::vector<Folds> folds;
    folds.reserve(starts.size());
    adviseHugePages(folds.data(), starts.size() * sizeof(Folds));
    folds.resize(starts.size());
    std::vector<bool> hasStart(starts.size());
    qint64 rowCount = 0;
    for (size_t slot = 0; slot < starts.size(); ++slot) {
        PersonRow made[2];
        const int n = rowsFor(personAt(slot), starts[slot], m_calendar, made);
        for (int i = 0; i < n; ++i)
            folds[slot].group[i] = made[i];
        hasStart[slot] = n > 0;
        rowCount += n;
    }
    rows.reserve(size_t(rowCount));

    const ProgressRange visitProgress = progress.slice(100, 900);
    std::atomic<qint64> seen { 0 };
    std::atomic<bool> stop { false };
    const FoldContext context { slotMap, hasStart, m_calendar, seen, stop };
    const auto mainKeepsGoing = [&]() {
        if (!visitProgress.report(seen.load(), visitEstimate)) {
            stop = true;
            return false;
        }
        return !stop.load();
    };
    // A second connection could not start reading under a caller's write transaction (its
    // opening probes the write lock), so that case stays on one thread.
    if (visitEstimate < parallelThreshold || QThread::idealThreadCount() < 2
        || m_db.transactionDepth() > 0) {
        if (auto s = foldVisits(m_db, 0, visitEstimate, context, folds, mainKeepsGoing); !s)
            return s;
    } else {
        // Reading the rows costs more than folding them: a second connection reads the upper
        // half of the table on another thread into its own copy of the folds. Its snapshot
        // may be newer than ours; whatever changed since claimRebuild() is patched afterwards
        // anyway (retention_dirty, ids above the marks).
        const qint64 split = visitEstimate / 2;
        std::vector<Folds> upper;
        upper.reserve(folds.size());
        adviseHugePages(upper.data(), folds.size() * sizeof(Folds));
        upper.assign(folds.begin(), folds.end());
        Status upperStatus;
        bool upperDone = false;
        std::thread worker([&]() {
            storage::OpenOptions options;
            options.mode = storage::OpenOptions::Mode::OpenExisting;
            auto db = storage::Database::open(m_db.path(), options);
            if (!db)
                return; // the main thread reads this half instead
            upperStatus = foldVisits(
                **db, split, visitEstimate, context, upper, [&stop]() { return !stop.load(); });
            upperDone = true;
        });
        Status lower = foldVisits(m_db, 0, split, context, folds, mainKeepsGoing);
        if (!lower)
            stop = true;
        qCDebug(lcRetentionBuild) << "lower half of the visits read:" << timer.elapsed() << "ms";
        worker.join();
        qCDebug(lcRetentionBuild) << "upper half of the visits read:" << timer.elapsed()
                                  << "ms, on a second thread:" << upperDone;
        if (!lower)
            return lower;
        if (!upperDone) {
            if (auto s = foldVisits(m_db, split, visitEstimate, context, folds, mainKeepsGoing); !s)
                return s;
        } else if (!upperStatus) {
            return upperStatus;
        } else {
            for (size_t slot = 0; slot < folds.size(); ++slot) {
                folds[slot].group[0].merge(upper[slot].group[0]);
                folds[slot].group[1].merge(upper[slot].group[1]);
            }
        }
    }
    qCDebug(lcRetentionBuild) << seen.load() << "visits folded:" << timer.elapsed() << "ms";

    // Rows in person order (slots are, or are sorted below), the folds put back.
    for (size_t slot = 0; slot < starts.size(); ++slot) {
        PersonRow made[2];
        const int n = rowsFor(personAt(slot), starts[slot], m_calendar, made);
        for (int i = 0; i < n; ++i) {
            static_cast<VisitFold &>(made[i]) = folds[slot].group[i];
            rows.push_back(made[i]);
        }
    }
    folds = {};
    starts = {};
    if (!slotMap.identity())
        std::sort(rows.begin(), rows.end(), [](const PersonRow &a, const PersonRow &b) {
            return a.personId < b.personId || (a.personId == b.personId && a.group < b.group);
        });

    // Cells through a flat hash first: a million std::map lookups would cost more than the rest.
    std::unordered_map<quint64, size_t> cellOf;
    std::vector<std::pair<CellKey, Cell>> flat;
    for (const PersonRow &row : rows) {
        const auto [it, added] = cellOf.emplace(packedKey(row), flat.size());
        if (added)
            flat.emplace_back(keyOf(row), Cell());
        flat[it->second].second.add(row, 1);
    }
    for (auto &[key, cell] : flat)
        cells.emplace(key, cell);
    qCDebug(lcRetentionBuild) << "rows and cells made:" << timer.elapsed() << "ms";
    if (!progress.report(1000))
        return cancelledError();
    return {};
}

} // namespace core::retention
