#include "core/retention/retentionengine.h"

#include "core/chain/chainsettings.h"
#include "core/retention/progressrange.h"
#include "core/retention/retentionrollup.h"
#include "core/retention/zonecalendar.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <limits>
#include <map>

namespace core::retention {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Retention)
};

int monthOf(const QDate &date)
{
    return ZoneCalendar::monthIndex(date.year(), date.month());
}

Cohort makeCohort(int month, const Cell &cell, int lastMonth, int months)
{
    Cohort c;
    c.month = ZoneCalendar::monthName(month);
    c.monthIndex = month;
    c.size = cell.size;
    c.returned30 = cell.returned30;
    c.returned60 = cell.returned60;
    c.returned90 = cell.returned90;
    c.converted = cell.converted;
    const int kMax = lastMonth > month ? std::min(months, lastMonth - month) : 0;
    c.retained.reserve(kMax + 1);
    for (int k = 0; k <= kMax; ++k)
        c.retained.push_back(cell.retained[size_t(k)]);
    return c;
}

// The month of the latest sale: one step back along visits_branch_time per branch, instead of
// a scan of every visit.
Result<int> latestVisitMonth(storage::Database &db, const ZoneCalendar &calendar)
{
    auto latest = storage::scalar(db,
        QStringLiteral("SELECT max((SELECT v.occurred_at FROM visits v"
                       " WHERE v.branch_id = b.id AND v.kind = 'sale' AND v.voided_at IS NULL"
                       " ORDER BY v.occurred_at DESC LIMIT 1)) FROM branches b"));
    if (!latest)
        return latest.error();
    if (latest->isNull())
        return -1;
    return calendar.monthOf(latest->toLongLong());
}

Status fillBranches(storage::Database &db, const auth::Actor &actor, const QVector<qint64> &filter,
    const std::map<qint64, Cell> perBranch[2], QVector<BranchRetention> &out)
{
    auto q
        = storage::prepare(db, QStringLiteral("SELECT id, code, name FROM branches ORDER BY code"));
    if (!q)
        return q.error();
    if (auto s = storage::exec(*q); !s)
        return s;
    const auto fill = [&perBranch](BranchRetention &row) {
        const auto member = perBranch[0].find(row.branchId);
        if (member != perBranch[0].end()) {
            row.members = member->second.size;
            row.membersReturned30 = member->second.returned30;
            row.membersReturned60 = member->second.returned60;
            row.membersReturned90 = member->second.returned90;
        }
        const auto coupon = perBranch[1].find(row.branchId);
        if (coupon != perBranch[1].end()) {
            row.claimers = coupon->second.size;
            row.claimersReturned30 = coupon->second.returned30;
            row.claimersReturned60 = coupon->second.returned60;
            row.claimersReturned90 = coupon->second.returned90;
            row.converted = coupon->second.converted;
        }
    };
    while (q->next()) {
        BranchRetention row;
        row.branchId = q->value(0).toLongLong();
        if (!actor.canAccessBranch(row.branchId)
            || (!filter.isEmpty() && !filter.contains(row.branchId)))
            continue;
        row.code = q->value(1).toString();
        row.name = q->value(2).toString();
        fill(row);
        out.push_back(row);
    }
    // Claims made through a channel have no branch: only the owner's unfiltered view shows them.
    if (actor.isOwner() && filter.isEmpty()
        && (perBranch[0].count(0) > 0 || perBranch[1].count(0) > 0)) {
        BranchRetention row;
        row.name = Tr::tr("No branch (online claims)");
        fill(row);
        out.push_back(row);
    }
    return {};
}

} // namespace

Status RetentionEngine::validate(const RetentionQuery &query)
{
    if (query.months < 0 || query.months > RetentionQuery::MaxMonths)
        return Error(Error::Code::InvalidInput,
            Tr::tr("The number of months must be between 0 and %1, not %2.")
                .arg(RetentionQuery::MaxMonths)
                .arg(query.months),
            QStringLiteral("months"));
    if (query.from.isValid() && query.to.isValid() && monthOf(query.from) > monthOf(query.to))
        return Error(Error::Code::InvalidInput,
            Tr::tr("The first cohort month (%1) comes after the last (%2).")
                .arg(ZoneCalendar::monthName(monthOf(query.from)),
                    ZoneCalendar::monthName(monthOf(query.to))),
            QStringLiteral("from"));
    return {};
}

Result<RetentionResult> RetentionEngine::run(
    const auth::Actor &actor, const RetentionQuery &query, const Progress &progress)
{
    if (auto s = actor.requireManagerOrOwner(Tr::tr("see retention reports")); !s)
        return s.error();
    if (auto s = validate(query); !s)
        return s.error();
    if (progress && !progress(0))
        return cancelledError();
    QVector<qint64> filter = query.branchIds;
    if (!actor.isOwner()) {
        for (qint64 branchId : filter) {
            if (auto s = actor.requireBranch(branchId, Tr::tr("see retention reports")); !s)
                return s.error();
        }
        if (filter.isEmpty())
            filter.push_back(actor.branchId());
    }
    auto settings = chain::ChainStore::load(m_db);
    if (!settings)
        return settings.error();
    const QTimeZone zone = settings->timeZone();
    const ZoneCalendar calendar(zone);

    RetentionRollup rollup(m_db, zone);
    // The refresh is 90% of the work; each thousandth is reported once.
    int reported = -1;
    const Progress refreshProgress = [&progress, &reported](int permille) {
        permille = permille * 9 / 10;
        if (permille == reported)
            return true;
        reported = permille;
        return progress(permille);
    };
    auto refreshed = rollup.refresh(progress ? refreshProgress : Progress());
    if (!refreshed)
        return refreshed.error();

    const int fromMonth
        = query.from.isValid() ? monthOf(query.from) : std::numeric_limits<int>::min();
    const int toMonth = query.to.isValid() ? monthOf(query.to) : std::numeric_limits<int>::max();
    auto cells = rollup.cells(fromMonth, toMonth);
    if (!cells && cells.error().code() == Error::Code::Corrupt) {
        if (auto again = rollup.refresh({}, true); !again)
            return again.error();
        cells = rollup.cells(fromMonth, toMonth);
    }
    if (!cells)
        return cells.error();
    auto latest = latestVisitMonth(m_db, calendar);
    if (!latest)
        return latest.error();

    RetentionResult result;
    result.rebuilt = refreshed->rebuilt;
    result.lastMonthIndex = query.to.isValid() ? toMonth : *latest;
    const QSet<qint64> wanted(filter.begin(), filter.end());
    std::map<int, Cell> perMonth[2];
    std::map<qint64, Cell> perBranch[2];
    for (const auto &[key, cell] : *cells) {
        if (!wanted.isEmpty() && !wanted.contains(key.branch))
            continue;
        perMonth[key.group][key.month].add(cell);
        perBranch[key.group][key.branch].add(cell);
    }
    for (int g = 0; g < 2; ++g) {
        QVector<Cohort> &cohorts = g == 0 ? result.member : result.coupon;
        for (const auto &[month, cell] : perMonth[g]) {
            if (cell.size > 0)
                cohorts.push_back(makeCohort(month, cell, result.lastMonthIndex, query.months));
        }
    }
    if (auto s = fillBranches(m_db, actor, query.branchIds, perBranch, result.branches); !s)
        return s.error();
    if (progress && !progress(1000))
        return cancelledError();
    return result;
}

Status RetentionEngine::rebuild(const auth::Actor &actor, const Progress &progress)
{
    if (auto s = actor.requireOwner(Tr::tr("rebuild the retention figures")); !s)
        return s;
    auto settings = chain::ChainStore::load(m_db);
    if (!settings)
        return settings.error();
    RetentionRollup rollup(m_db, settings->timeZone());
    auto done = rollup.refresh(progress, true);
    if (!done)
        return done.error();
    return {};
}

} // namespace core::retention
