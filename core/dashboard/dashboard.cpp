#include "core/dashboard/dashboard.h"

#include "core/chain/chainsettings.h"
#include "core/chain/salesql.h"
#include "core/common/log.h"
#include "core/storage/bulkinserter.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace core::dashboard {

namespace {

using Field = qint64 Figures::*;
using ByBranch = QHash<qint64, Figures>;

QString tr(const char *text)
{
    return QCoreApplication::translate("core::dashboard::Dashboard", text);
}

// Runs a query whose rows are "branch_id, value..." and adds each value into its field of the
// row's branch (a NULL branch adds into 0: no branch).
Status addRows(storage::Database &db, const QString &sql, std::initializer_list<QVariant> values,
    std::initializer_list<Field> fields, ByBranch &into)
{
    QElapsedTimer timer;
    timer.start();
    auto q = storage::prepare(db, sql);
    if (!q)
        return q.error();
    if (auto s = storage::exec(*q, values); !s)
        return s;
    while (q->next()) {
        Figures &f = into[q->value(0).toLongLong()];
        int column = 1;
        for (Field field : fields)
            f.*field += q->value(column++).toLongLong();
    }
    qCDebug(lcDashboard) << timer.elapsed() << "ms:" << sql.left(80);
    return {};
}

// Counts the distinct people of `ids` (each id once per visit) as visitors, and those with two
// visits or more as repeat visitors. Sorts `ids`.
void countVisitors(std::vector<qint64> &ids, Figures &f)
{
    std::sort(ids.begin(), ids.end());
    for (size_t i = 0; i < ids.size();) {
        size_t j = i + 1;
        while (j < ids.size() && ids[j] == ids[i])
            ++j;
        ++f.visitors;
        if (j - i > 1)
            ++f.repeatVisitors;
        i = j;
    }
}

// Which branches a report covers, as SQL. `in` ("IN (1, 2)") names them: with the
// (branch_id, time) indexes, each branch's period is then one range. `all` is set when the
// report covers the whole chain, so that rows of no branch (people without a home branch,
// claims through a channel) count for the total.
struct Scope
{
    QString in;
    bool all = false;
    // A condition on `column` for tables where rows of no branch exist: for a range of an
    // index on (column, ...), or for a scan of every row (where the whole chain needs none).
    QString range(const QString &column) const
    {
        const QString listed = column + QLatin1Char(' ') + in;
        return all ? QStringLiteral("(%1 OR %2 IS NULL)").arg(listed, column) : listed;
    }
    QString scan(const QString &column) const
    {
        return all ? QStringLiteral("1 = 1") : column + QLatin1Char(' ') + in;
    }
};

// The stock figures as they are now: members and stored value by home branch.
Status collectNow(storage::Database &db, const Scope &scope, ByBranch &now)
{
    if (auto s = addRows(db,
            QStringLiteral("SELECT home_branch_id, count(*) FROM people"
                           " WHERE %1 AND member_since IS NOT NULL"
                           " GROUP BY home_branch_id")
                .arg(scope.scan(QStringLiteral("home_branch_id"))),
            {}, { &Figures::members }, now);
        !s)
        return s;
    // home_balances keys people without a home branch as 0.
    return addRows(db,
        QStringLiteral("SELECT branch_id, balance FROM home_balances WHERE %1")
            .arg(scope.scan(QStringLiteral("branch_id"))),
        {}, { &Figures::storedValue }, now);
}

// Visits, revenue and visitors of the period in one pass over its visits (a range of
// visits_branch_time per branch). Visitors are counted here rather than with a GROUP BY
// (branch, person) in SQL, which makes SQLite sort every visit of the period through a
// temporary b-tree, several times slower than sorting the person ids in memory.
Status collectVisits(
    storage::Database &db, const Scope &scope, const Period &p, ByBranch &out, Figures &chain)
{
    QElapsedTimer timer;
    timer.start();
    storage::BulkInserter reader(db);
    auto q = reader.prepare(
        QStringLiteral("SELECT branch_id, person_id, %1, amount FROM visits"
                       " WHERE branch_id %2 AND occurred_at >= ? AND occurred_at < ? AND %3")
            .arg(chain::salesql::saleCount, scope.in, chain::salesql::notVoided));
    if (!q)
        return q.error();
    (*q)->bindInt(0, p.fromUtc);
    (*q)->bindInt(1, p.toUtc);
    QHash<qint64, std::vector<qint64>> visitorsOf; // person ids of each branch's sales
    std::vector<qint64> *ids = nullptr;
    Figures *figures = nullptr;
    qint64 branch = -1;
    for (auto row = (*q)->fetch();; row = (*q)->next()) {
        if (!row)
            return row.error();
        if (!*row)
            break;
        const qint64 b = (*q)->columnInt(0);
        if (b != branch) {
            branch = b;
            figures = &out[b];
            ids = &visitorsOf[b];
        }
        const qint64 person = (*q)->columnInt(1); // 0: an anonymous bill
        const qint64 sale = (*q)->columnInt(2);
        figures->visits += sale;
        figures->revenue += (*q)->columnInt(3);
        if (sale != 0 && person != 0)
            ids->push_back(person);
    }
    std::vector<qint64> everyone;
    for (auto it = visitorsOf.begin(); it != visitorsOf.end(); ++it) {
        everyone.insert(everyone.end(), it->begin(), it->end());
        countVisitors(*it, out[it.key()]);
    }
    countVisitors(everyone, chain);
    qCDebug(lcDashboard) << timer.elapsed() << "ms: visits" << everyone.size();
    return {};
}

// The figures of one period for every branch of `scope` (0: no branch), and the chain's
// visitors and repeat visitors in `chain`.
Status collect(storage::Database &db, const Scope &scope, const ByBranch &now, const Period &p,
    ByBranch &out, Figures &chain)
{
    const QVariant from = p.fromUtc, to = p.toUtc;
    if (auto s = collectVisits(db, scope, p, out, chain); !s)
        return s;

    // `later`: the members who joined from the period's end to now, taken off `now` below.
    ByBranch later;
    const struct
    {
        QString sql;
        std::initializer_list<QVariant> values;
        std::initializer_list<Field> fields;
        ByBranch &into;
    } queries[] = {
        { QStringLiteral("SELECT home_branch_id, sum(CASE WHEN member_since < ? THEN 1 ELSE 0 END),"
                         " sum(CASE WHEN member_since >= ? THEN 1 ELSE 0 END)"
                         " FROM people WHERE %1 AND member_since >= ? GROUP BY home_branch_id")
                .arg(scope.range(QStringLiteral("home_branch_id"))),
            { to, to, from }, { &Figures::newMembers, &Figures::members }, later },
        { QStringLiteral("SELECT branch_id, sum(principal) FROM wallet_entries"
                         " WHERE branch_id %1 AND occurred_at >= ? AND occurred_at < ?"
                         " AND kind = 'topup' GROUP BY branch_id")
                .arg(scope.in),
            { from, to }, { &Figures::topUps }, out },
        { QStringLiteral("SELECT branch_id, count(*) FROM coupon_claims"
                         " WHERE claimed_at >= ? AND claimed_at < ? AND %1 GROUP BY branch_id")
                .arg(scope.scan(QStringLiteral("branch_id"))),
            { from, to }, { &Figures::couponClaims }, out },
        { QStringLiteral("SELECT branch_id, count(*) FROM redemptions"
                         " WHERE redeemed_at >= ? AND redeemed_at < ? AND branch_id %1"
                         " GROUP BY branch_id")
                .arg(scope.in),
            { from, to }, { &Figures::redemptions }, out },
        { QStringLiteral("SELECT branch_id, count(*), sum(rating) FROM reviews"
                         " WHERE branch_id %1 AND created_at >= ? AND created_at < ?"
                         " GROUP BY branch_id")
                .arg(scope.in),
            { from, to }, { &Figures::reviews, &Figures::ratingSum }, out },
    };
    for (const auto &q : queries) {
        if (auto s = addRows(db, q.sql, q.values, q.fields, q.into); !s)
            return s;
    }
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        Figures &f = out[it.key()];
        f.members = it->members - later.value(it.key()).members;
        f.storedValue = it->storedValue;
        f.newMembers = later.value(it.key()).newMembers;
    }
    return {};
}

} // namespace

qint64 Figures::averageBill() const
{
    if (visits == 0)
        return 0;
    const qint64 half = visits / 2;
    return (revenue >= 0 ? revenue + half : revenue - half) / visits;
}

double Figures::repeatRate() const
{
    return visitors == 0 ? 0.0 : double(repeatVisitors) / double(visitors);
}

double Figures::averageRating() const
{
    return reviews == 0 ? 0.0 : double(ratingSum) / double(reviews);
}

Figures &Figures::operator+=(const Figures &o)
{
    for (Field f : { &Figures::members, &Figures::newMembers, &Figures::visits, &Figures::revenue,
             &Figures::storedValue, &Figures::topUps, &Figures::couponClaims, &Figures::redemptions,
             &Figures::visitors, &Figures::repeatVisitors, &Figures::reviews, &Figures::ratingSum })
        this->*f += o.*f;
    return *this;
}

Period Period::previous() const
{
    Period p;
    if (from.day() == 1) {
        // Month-aligned: as many months back, day for day (the 1st to the 4th of March against
        // the 1st to the 4th of February); whole months against whole months.
        const int months = (to.year() - from.year()) * 12 + to.month() - from.month() + 1;
        p.from = from.addMonths(-months);
        p.to = to.day() == to.daysInMonth() ? from.addDays(-1) : to.addMonths(-months);
    } else {
        const qint64 days = from.daysTo(to) + 1;
        p.from = from.addDays(-days);
        p.to = to.addDays(-days);
    }
    return p;
}

Dashboard::Dashboard(storage::Database &db)
    : m_db(db)
{
}

Result<Period> Dashboard::period(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid())
        return Error(Error::Code::InvalidInput, tr("The period needs a first and a last day."),
            QStringLiteral("period"));
    if (from > to)
        return Error(Error::Code::InvalidInput,
            tr("The period's first day (%1) is after its last day (%2).")
                .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)),
            QStringLiteral("period"));
    auto settings = chain::ChainStore::load(m_db);
    if (!settings)
        return settings.error();
    const QTimeZone zone = settings->timeZone();
    return Period { from, to, from.startOfDay(zone).toSecsSinceEpoch(),
        to.addDays(1).startOfDay(zone).toSecsSinceEpoch() };
}

Result<Report> Dashboard::compute(const auth::Actor &actor, const Query &query)
{
    Report report;
    auto period = this->period(query.from, query.to);
    if (!period)
        return period.error();
    report.period = *period;
    const Period previous = period->previous();
    auto comparison = this->period(previous.from, previous.to);
    if (!comparison)
        return comparison.error();
    report.comparison = *comparison;

    for (qint64 id : query.branchIds) {
        if (auto s = actor.requireBranch(id, tr("see the dashboard")); !s)
            return s.error();
    }
    auto branches = storage::prepare(
        m_db, QStringLiteral("SELECT id, code, name FROM branches ORDER BY code"));
    if (!branches)
        return branches.error();
    if (auto s = storage::exec(*branches); !s)
        return s.error();
    QStringList ids;
    while (branches->next()) {
        const qint64 id = branches->value(0).toLongLong();
        if (!actor.canAccessBranch(id)
            || (!query.branchIds.isEmpty() && !query.branchIds.contains(id)))
            continue;
        report.branches.push_back(
            { id, branches->value(1).toString(), branches->value(2).toString(), {}, {} });
        ids.append(QString::number(id));
    }
    for (qint64 id : query.branchIds) {
        if (!ids.contains(QString::number(id)))
            return Error(Error::Code::NotFound, tr("There is no branch with id %1.").arg(id));
    }

    Scope scope;
    scope.in = QStringLiteral("IN (%1)").arg(
        ids.isEmpty() ? QStringLiteral("NULL") : ids.join(QLatin1Char(',')));
    scope.all = actor.isOwner() && query.branchIds.isEmpty();
    ByBranch now, current, before;
    Figures chainNow, chainBefore;
    if (auto s = collectNow(m_db, scope, now); !s)
        return s.error();
    if (auto s = collect(m_db, scope, now, report.period, current, chainNow); !s)
        return s.error();
    if (auto s = collect(m_db, scope, now, report.comparison, before, chainBefore); !s)
        return s.error();

    report.total.name = tr("Chain total");
    for (Row &row : report.branches) {
        row.current = current.value(row.branchId);
        row.previous = before.value(row.branchId);
        report.total.current += row.current;
        report.total.previous += row.previous;
    }
    if (scope.all) {
        report.total.current += current.value(0);
        report.total.previous += before.value(0);
    }
    report.total.current.visitors = chainNow.visitors;
    report.total.current.repeatVisitors = chainNow.repeatVisitors;
    report.total.previous.visitors = chainBefore.visitors;
    report.total.previous.repeatVisitors = chainBefore.repeatVisitors;
    return report;
}

} // namespace core::dashboard
