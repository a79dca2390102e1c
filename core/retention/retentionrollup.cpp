#include "core/retention/retentionrollup.h"

#include "core/retention/rollupbuilder.h"
#include "core/storage/bulkinserter.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"
#include "core/storage/writetransaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlQuery>

#include <algorithm>
#include <set>

Q_LOGGING_CATEGORY(lcRetention, "chaincard.retention", QtInfoMsg)

namespace core::retention {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Retention)
};

Status run(storage::Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql))
        return storage::toError(q.lastError());
    return {};
}

// A read transaction, so the reads of a rebuild share one snapshot; joins a caller's.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(storage::Database &db)
        : m_db(db)
        , m_own(db.transactionDepth() == 0)
    {
        if (m_own)
            m_status = run(m_db, QStringLiteral("BEGIN"));
    }
    ~ReadSnapshot()
    {
        if (m_own && m_status)
            (void)run(m_db, QStringLiteral("COMMIT"));
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;
    const Status &status() const { return m_status; }

private:
    storage::Database &m_db;
    bool m_own;
    Status m_status;
};

const QString insertPerson = QStringLiteral(
    "INSERT INTO retention_people (person_id, grp, start_at, cohort_month, branch_id,"
    " months_mask, return_days, converted_at) VALUES ");
const QString personValues = QStringLiteral("(?,?,?,?,?,?,?,?)");
constexpr int rowsPerInsert = 64;

void bindPerson(QSqlQuery &q, int base, const PersonRow &row)
{
    q.bindValue(base, row.personId);
    q.bindValue(base + 1, int(row.group));
    q.bindValue(base + 2, row.startAt);
    q.bindValue(base + 3, row.cohortMonth);
    q.bindValue(base + 4, row.branchId);
    q.bindValue(base + 5, qint64(row.monthsMask));
    q.bindValue(base + 6, row.returnDays >= 0 ? QVariant(row.returnDays) : QVariant());
    q.bindValue(base + 7, row.converted ? QVariant(row.convertedAt) : QVariant());
}

QString multiRowInsert(int rows)
{
    QString sql = insertPerson;
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            sql += QLatin1Char(',');
        sql += personValues;
    }
    return sql;
}

void bindPerson(storage::BulkStatement &statement, int base, const PersonRow &row)
{
    statement.bindInt(base, row.personId);
    statement.bindInt(base + 1, int(row.group));
    statement.bindInt(base + 2, row.startAt);
    statement.bindInt(base + 3, row.cohortMonth);
    statement.bindInt(base + 4, row.branchId);
    statement.bindInt(base + 5, qint64(row.monthsMask));
    if (row.returnDays >= 0)
        statement.bindInt(base + 6, row.returnDays);
    else
        statement.bindNull(base + 6);
    if (row.converted)
        statement.bindInt(base + 7, row.convertedAt);
    else
        statement.bindNull(base + 7);
}

// A rebuild writes about a million rows: through the bulk seam (the sqlite3 C API where it is
// safe), several rows per statement.
Status insertPeople(
    storage::Database &db, const std::vector<PersonRow> &rows, const ProgressRange &progress)
{
    storage::BulkInserter bulk(db);
    auto many = bulk.prepare(multiRowInsert(rowsPerInsert));
    if (!many)
        return many.error();
    auto one = bulk.prepare(multiRowInsert(1));
    if (!one)
        return one.error();
    size_t i = 0;
    for (; i + rowsPerInsert <= rows.size(); i += rowsPerInsert) {
        for (int r = 0; r < rowsPerInsert; ++r)
            bindPerson(**many, r * 8, rows[i + size_t(r)]);
        if (auto s = (*many)->step(); !s)
            return s;
        if ((i & 0xffff) < rowsPerInsert && !progress.report(qint64(i), qint64(rows.size())))
            return cancelledError();
    }
    for (; i < rows.size(); ++i) {
        bindPerson(**one, 0, rows[i]);
        if (auto s = (*one)->step(); !s)
            return s;
    }
    return {};
}

Status upsertCell(QSqlQuery &q, const CellKey &key, const Cell &cell)
{
    return storage::exec(q,
        { key.group, key.month, key.branch, cell.size, cell.returned30, cell.returned60,
            cell.returned90, cell.converted, cell.retainedText() });
}

const QString upsertCellSql = QStringLiteral(
    "INSERT INTO retention_cells (grp, cohort_month, branch_id, size, returned_30, returned_60,"
    " returned_90, converted, retained) VALUES (?,?,?,?,?,?,?,?,?)"
    " ON CONFLICT (grp, cohort_month, branch_id) DO UPDATE SET size = excluded.size,"
    " returned_30 = excluded.returned_30, returned_60 = excluded.returned_60,"
    " returned_90 = excluded.returned_90, converted = excluded.converted,"
    " retained = excluded.retained");

bool negative(const Cell &cell)
{
    if (cell.size < 0 || cell.returned30 < 0 || cell.returned60 < 0 || cell.returned90 < 0
        || cell.converted < 0)
        return true;
    for (qint64 r : cell.retained) {
        if (r < 0 || r > cell.size)
            return true;
    }
    return false;
}

} // namespace

RetentionRollup::RetentionRollup(storage::Database &db, const QTimeZone &zone)
    : m_db(db)
    , m_calendar(zone)
    , m_timezone(QString::fromUtf8(zone.id()))
{
}

Result<RetentionRollup::State> RetentionRollup::readState()
{
    auto q = storage::prepare(m_db,
        QStringLiteral("SELECT rollup_version, timezone, generation, visit_mark,"
                       " wallet_mark, claim_mark,"
                       " (SELECT count(*) FROM retention_dirty)"
                       " FROM retention_state WHERE id = 1"));
    if (!q)
        return q.error();
    if (auto s = storage::exec(*q); !s)
        return s.error();
    State state;
    if (q->next()) {
        state.version = q->value(0).toInt();
        state.timezone = q->value(1).toString();
        state.generation = q->value(2).toLongLong();
        state.marks
            = { q->value(3).toLongLong(), q->value(4).toLongLong(), q->value(5).toLongLong() };
        state.dirty = q->value(6).toLongLong();
    }
    return state;
}

Result<RetentionRollup::Marks> RetentionRollup::currentMarks()
{
    auto q = storage::prepare(m_db,
        QStringLiteral("SELECT (SELECT coalesce(max(id), 0) FROM visits),"
                       " (SELECT coalesce(max(id), 0) FROM wallet_entries),"
                       " (SELECT coalesce(max(id), 0) FROM coupon_claims)"));
    if (!q)
        return q.error();
    if (auto s = storage::exec(*q); !s)
        return s.error();
    if (!q->next())
        return Marks();
    return Marks { q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong() };
}

// Patching costs about 70 µs a person (a few indexed reads each) and holds the write lock; a
// rebuild about 0.4 µs a visit and holds it only for its final write.
qint64 RetentionRollup::incrementalLimit(qint64 visits)
{
    return std::clamp<qint64>(visits / 200, 1000, IncrementalLimit);
}

bool RetentionRollup::stale(const State &state) const
{
    return state.version != Version || state.timezone != m_timezone;
}

Result<RetentionRollup::Outcome> RetentionRollup::refresh(
    const Progress &progress, bool forceRebuild)
{
    for (int attempt = 0; attempt < 4; ++attempt) {
        auto state = readState();
        if (!state)
            return state.error();
        if (!forceRebuild && !stale(*state)) {
            auto marks = currentMarks();
            if (!marks)
                return marks.error();
            const qint64 backlog = state->dirty + (marks->visit - state->marks.visit)
                + (marks->wallet - state->marks.wallet) + (marks->claim - state->marks.claim);
            if (backlog == 0)
                return Outcome();
            if (backlog <= incrementalLimit(marks->visit)) {
                auto patched = patch(progress);
                if (!patched)
                    return patched.error();
                if (*patched)
                    return **patched;
            }
        }
        auto rebuilt = rebuild(progress);
        if (!rebuilt)
            return rebuilt.error();
        if (*rebuilt)
            return **rebuilt;
        forceRebuild = false; // another process rebuilt meanwhile: see whether that will do
    }
    return Error(Error::Code::Locked,
        Tr::tr("Another ChainCard window keeps rebuilding the retention figures; try "
               "again in a minute."));
}

Result<std::optional<RetentionRollup::Outcome>> RetentionRollup::patch(const Progress &progress)
{
    using None = std::optional<Outcome>;
    storage::WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    // Read again under the write lock: nothing can change from here to the commit.
    auto state = readState();
    if (!state)
        return state.error();
    auto marks = currentMarks();
    if (!marks)
        return marks.error();
    if (stale(*state))
        return None();

    std::set<qint64> people;
    const struct
    {
        const char *sql;
        qint64 mark;
    } sources[] = {
        { "SELECT person_id FROM retention_dirty WHERE ? IS NOT NULL", 0 },
        { "SELECT person_id FROM visits WHERE id > ? AND person_id IS NOT NULL",
            state->marks.visit },
        { "SELECT person_id FROM wallet_entries WHERE id > ?"
          " AND kind IN ('topup', 'reversal')",
            state->marks.wallet },
        { "SELECT person_id FROM coupon_claims WHERE id > ?", state->marks.claim },
    };
    for (const auto &source : sources) {
        auto q = storage::prepare(m_db, QLatin1String(source.sql));
        if (!q)
            return q.error();
        if (auto s = storage::exec(*q, { source.mark }); !s)
            return s.error();
        while (q->next())
            people.insert(q->value(0).toLongLong());
        if (qint64(people.size()) > incrementalLimit(marks->visit))
            return None();
    }

    auto topUps = storage::prepare(m_db,
        QStringLiteral("SELECT e.occurred_at, e.id, e.branch_id FROM wallet_entries e"
                       " WHERE e.person_id = ? AND e.kind = 'topup' AND NOT EXISTS"
                       " (SELECT 1 FROM wallet_entries r WHERE r.reverses = e.id)"));
    auto claims = storage::prepare(m_db,
        QStringLiteral("SELECT claimed_at, id, coalesce(branch_id, 0)"
                       " FROM coupon_claims WHERE person_id = ?"));
    auto visits = storage::prepare(m_db,
        QStringLiteral("SELECT occurred_at FROM visits"
                       " WHERE person_id = ? AND kind = 'sale'"
                       " AND voided_at IS NULL"));
    auto old = storage::prepare(m_db,
        QStringLiteral("SELECT grp, start_at, cohort_month, branch_id,"
                       " months_mask, return_days, converted_at"
                       " FROM retention_people WHERE person_id = ?"));
    auto remove = storage::prepare(m_db,
        QStringLiteral("DELETE FROM retention_people"
                       " WHERE person_id = ?"));
    auto insert = storage::prepare(m_db, multiRowInsert(1));
    for (const auto *q : { &topUps, &claims, &visits, &old, &remove, &insert }) {
        if (!*q)
            return q->error();
    }

    CellMap deltas;
    const ProgressRange range(progress, 0, 1000);
    qint64 done = 0;
    for (const qint64 personId : people) {
        if ((++done & 0xff) == 0 && !range.report(done, qint64(people.size())))
            return cancelledError();
        PersonStarts starts;
        if (auto s = storage::exec(*topUps, { personId }); !s)
            return s.error();
        while (topUps->next())
            starts.offerTopUp(topUps->value(0).toLongLong(), topUps->value(1).toLongLong(),
                topUps->value(2).toLongLong());
        if (auto s = storage::exec(*claims, { personId }); !s)
            return s.error();
        while (claims->next())
            starts.offerClaim(claims->value(0).toLongLong(), claims->value(1).toLongLong(),
                claims->value(2).toLongLong());
        PersonRow rows[2];
        const int n = rowsFor(personId, starts, m_calendar, rows);
        if (n > 0) {
            if (auto s = storage::exec(*visits, { personId }); !s)
                return s.error();
            while (visits->next()) {
                const qint64 at = visits->value(0).toLongLong();
                const qint64 day = m_calendar.dayOf(at);
                const int month = m_calendar.monthOfDay(day);
                for (int i = 0; i < n; ++i)
                    rows[i].addVisit(at, day, month);
            }
        }
        if (auto s = storage::exec(*old, { personId }); !s)
            return s.error();
        while (old->next()) {
            PersonRow was;
            was.personId = personId;
            was.group = old->value(0).toInt() == 1 ? Group::Coupon : Group::Member;
            was.startAt = old->value(1).toLongLong();
            was.cohortMonth = old->value(2).toInt();
            was.branchId = old->value(3).toLongLong();
            was.monthsMask = quint64(old->value(4).toLongLong());
            was.returnDays = old->isNull(5) ? -1 : old->value(5).toInt();
            was.converted = !old->isNull(6);
            was.convertedAt = old->value(6).toLongLong();
            deltas[keyOf(was)].add(was, -1);
        }
        if (auto s = storage::exec(*remove, { personId }); !s)
            return s.error();
        for (int i = 0; i < n; ++i) {
            deltas[keyOf(rows[i])].add(rows[i], 1);
            bindPerson(*insert, 0, rows[i]);
            if (!insert->exec())
                return storage::toError(insert->lastError());
        }
    }
    auto applied = applyCellDeltas(deltas);
    if (!applied) {
        // Cells that would go negative: the rollup disagrees with itself. Start over.
        qCWarning(lcRetention) << "retention rollup inconsistent, rebuilding:"
                               << applied.error().message();
        return None();
    }
    if (auto s = run(m_db, QStringLiteral("DELETE FROM retention_dirty")); !s)
        return s.error();
    if (auto s = storage::execOnce(m_db,
            QStringLiteral("UPDATE retention_state SET visit_mark = ?,"
                           " wallet_mark = ?, claim_mark = ? WHERE id = 1"),
            { marks->visit, marks->wallet, marks->claim });
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    Outcome out;
    out.peopleRecomputed = qint64(people.size());
    return std::optional<Outcome>(out);
}

Status RetentionRollup::applyCellDeltas(const CellMap &deltas)
{
    auto read = storage::prepare(m_db,
        QStringLiteral("SELECT size, returned_30, returned_60, returned_90,"
                       " converted, retained FROM retention_cells"
                       " WHERE grp = ? AND cohort_month = ? AND branch_id = ?"));
    auto upsert = storage::prepare(m_db, upsertCellSql);
    auto remove = storage::prepare(m_db,
        QStringLiteral("DELETE FROM retention_cells WHERE grp = ?"
                       " AND cohort_month = ? AND branch_id = ?"));
    for (const auto *q : { &read, &upsert, &remove }) {
        if (!*q)
            return q->error();
    }
    for (const auto &[key, delta] : deltas) {
        if (auto s = storage::exec(*read, { key.group, key.month, key.branch }); !s)
            return s;
        Cell cell;
        if (read->next()) {
            cell.size = read->value(0).toLongLong();
            cell.returned30 = read->value(1).toLongLong();
            cell.returned60 = read->value(2).toLongLong();
            cell.returned90 = read->value(3).toLongLong();
            cell.converted = read->value(4).toLongLong();
            if (!cell.setRetainedText(read->value(5).toString()))
                return Error(Error::Code::Corrupt, QStringLiteral("unreadable retained counts"));
        }
        read->finish();
        cell.add(delta);
        if (negative(cell))
            return Error(Error::Code::Corrupt, QStringLiteral("a retention cell went negative"));
        const Status s = cell.size == 0
            ? storage::exec(*remove, { key.group, key.month, key.branch })
            : upsertCell(*upsert, key, cell);
        if (!s)
            return s;
    }
    return {};
}

// Marks the rollup stale and moves to a new generation: changes made from now on are recorded
// under it (or land above the new marks) and survive the rebuild's final write.
Result<qint64> RetentionRollup::claimRebuild()
{
    storage::WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (auto s = run(m_db,
            QStringLiteral("INSERT INTO retention_state (id) VALUES (1)"
                           " ON CONFLICT (id) DO NOTHING"));
        !s)
        return s.error();
    if (auto s = run(m_db,
            QStringLiteral("UPDATE retention_state SET rollup_version = 0,"
                           " generation = generation + 1,"
                           " visit_mark = (SELECT coalesce(max(id), 0) FROM visits),"
                           " wallet_mark = (SELECT coalesce(max(id), 0) FROM wallet_entries),"
                           " claim_mark = (SELECT coalesce(max(id), 0) FROM coupon_claims)"
                           " WHERE id = 1"));
        !s)
        return s.error();
    auto generation = storage::scalar(
        m_db, QStringLiteral("SELECT generation FROM retention_state WHERE id = 1"));
    if (!generation)
        return generation.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return generation->toLongLong();
}

Result<std::optional<RetentionRollup::Outcome>> RetentionRollup::rebuild(const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    auto generation = claimRebuild();
    if (!generation)
        return generation.error();
    std::vector<PersonRow> rows;
    CellMap cells;
    {
        ReadSnapshot snapshot(m_db);
        if (!snapshot.status().ok())
            return snapshot.status().error();
        RollupBuilder builder(m_db, m_calendar);
        if (auto s = builder.compute(ProgressRange(progress, 0, 800), rows, cells); !s)
            return s.error();
    }
    const qint64 computedMs = timer.elapsed();

    storage::WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto current = storage::scalar(
        m_db, QStringLiteral("SELECT generation FROM retention_state WHERE id = 1"));
    if (!current)
        return current.error();
    if (current->toLongLong() != *generation)
        return std::optional<Outcome>();
    for (const char *sql : { "DELETE FROM retention_people", "DELETE FROM retention_cells" }) {
        if (auto s = run(m_db, QLatin1String(sql)); !s)
            return s.error();
    }
    qCDebug(lcRetention) << "old rollup deleted:" << timer.elapsed() << "ms";
    if (auto s = insertPeople(m_db, rows, ProgressRange(progress, 800, 980)); !s)
        return s.error();
    qCDebug(lcRetention) << "people written:" << timer.elapsed() << "ms";
    auto upsert = storage::prepare(m_db, upsertCellSql);
    if (!upsert)
        return upsert.error();
    for (const auto &[key, cell] : cells) {
        if (auto s = upsertCell(*upsert, key, cell); !s)
            return s.error();
    }
    if (auto s = storage::execOnce(m_db,
            QStringLiteral("DELETE FROM retention_dirty"
                           " WHERE generation < ?"),
            { *generation });
        !s)
        return s.error();
    if (auto s = storage::execOnce(m_db,
            QStringLiteral("UPDATE retention_state SET"
                           " rollup_version = ?, timezone = ?"
                           " WHERE id = 1"),
            { Version, m_timezone });
        !s)
        return s.error();
    qCDebug(lcRetention) << "cells written:" << timer.elapsed() << "ms";
    if (auto s = tx.commit(); !s)
        return s.error();
    if (!ProgressRange(progress, 0, 1000).report(1000))
        return cancelledError();
    qCInfo(lcRetention) << "retention rollup rebuilt:" << rows.size() << "rows," << cells.size()
                        << "cells; computed in" << computedMs << "ms, total" << timer.elapsed()
                        << "ms";
    Outcome out;
    out.rebuilt = true;
    out.peopleRecomputed = qint64(rows.size());
    return std::optional<Outcome>(out);
}

Result<CellMap> RetentionRollup::cells(int fromMonth, int toMonth)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT grp, cohort_month, branch_id, size, returned_30,"
                                  " returned_60, returned_90, converted, retained"
                                  " FROM retention_cells WHERE cohort_month BETWEEN ? AND ?")))
        return storage::toError(q.lastError());
    if (auto s = storage::exec(q, { fromMonth, toMonth }); !s)
        return s.error();
    CellMap out;
    while (q.next()) {
        Cell cell;
        cell.size = q.value(3).toLongLong();
        cell.returned30 = q.value(4).toLongLong();
        cell.returned60 = q.value(5).toLongLong();
        cell.returned90 = q.value(6).toLongLong();
        cell.converted = q.value(7).toLongLong();
        if (!cell.setRetainedText(q.value(8).toString()))
            return Error(Error::Code::Corrupt,
                Tr::tr("The stored retention figures are damaged; run the report again "
                       "to rebuild them."));
        out.emplace(
            CellKey { q.value(0).toInt(), q.value(1).toInt(), q.value(2).toLongLong() }, cell);
    }
    return out;
}

} // namespace core::retention
