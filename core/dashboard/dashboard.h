#pragma once

#include "core/auth/actor.h"
#include "core/common/result.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace core::storage {
class Database;
}

namespace core::dashboard {

// Local calendar days of the chain's time zone, both ends included, and the UTC seconds they
// span: [fromUtc, toUtc).
struct Period
{
    QDate from;
    QDate to;
    qint64 fromUtc = 0;
    qint64 toUtc = 0;

    // The period before this one to compare with. A period from the 1st of a month compares
    // with the same days as many months before (whole months with whole months, this month so
    // far with the same days of the previous month); any other period with as many days just
    // before it.
    Period previous() const;
};

// The figures of one branch (or the chain) over one period. Money in minor units.
struct Figures
{
    qint64 members = 0; // people whose membership started before the period's end
    qint64 newMembers = 0; // membership started in the period
    qint64 visits = 0; // sales, voided ones excluded
    qint64 revenue = 0; // sales minus refunds, voided ones excluded
    // Wallet balances as they are now, in both periods: a past balance needs the ledger since
    // then joined to people (about 1 s for one month of a 10,000,000-entry ledger).
    qint64 storedValue = 0;
    qint64 topUps = 0; // stored value topped up in the period (principal, not bonus)
    qint64 couponClaims = 0;
    qint64 redemptions = 0;
    // The repeat-visit rate: of the identified people (visits with a person) with at least one
    // visit in the period, the share with at least two. For a branch, visits at that branch;
    // for the chain, visits at any of the branches reported, so the chain's rate is not the
    // sum or the mean of the branches'.
    qint64 visitors = 0; // identified people with a visit in the period
    qint64 repeatVisitors = 0; // of them, with two visits or more
    qint64 reviews = 0; // reviews written in the period
    qint64 ratingSum = 0; // sum of their ratings (1-5)

    qint64 averageBill() const; // revenue / visits, rounded half away from zero; 0 without visits
    double repeatRate() const; // 0..1; 0 without visitors
    double averageRating() const; // 0 without reviews

    // Adds the additive figures (visitors and repeat visitors too: see Dashboard::compute).
    Figures &operator+=(const Figures &other);
};

struct Row
{
    qint64 branchId = 0; // 0: the chain total
    QString code;
    QString name;
    Figures current;
    Figures previous;
};

struct Report
{
    Period period;
    Period comparison;
    QVector<Row> branches; // ordered by branch code
    Row total; // the chain: every branch reported (see Dashboard::compute)
};

struct Query
{
    QDate from;
    QDate to; // included
    QVector<qint64> branchIds; // empty: every branch the actor may see
};

// The dashboard (issue 4, "the chain at a glance"): the figures of each branch and the chain
// for a period and the period before it. Members and stored value are counted by home branch;
// everything else by the branch where it happened.
class Dashboard
{
public:
    explicit Dashboard(storage::Database &db);

    // Owners see every branch; managers and cashiers their own, and are refused others.
    // The total row sums the branches' additive figures; for an owner reporting on every
    // branch it also holds what belongs to no branch (people without a home branch, coupon
    // claims through a channel). Its repeat-visit rate is computed over the chain.
    Result<Report> compute(const auth::Actor &actor, const Query &query);

    // The period of local dates `from`..`to` in the chain's time zone.
    Result<Period> period(const QDate &from, const QDate &to);

private:
    storage::Database &m_db;
};

} // namespace core::dashboard
