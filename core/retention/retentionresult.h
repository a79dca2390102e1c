#pragma once

#include <QDate>
#include <QString>
#include <QVector>

#include <functional>

namespace core::retention {

// The two groups the report sets against each other (DESIGN.md, "Retention: the definitions").
enum class Group { Member = 0, Coupon = 1 };

// Called now and then with the share done in thousandths; returning false cancels the work.
using Progress = std::function<bool(int permille)>;

// What to report on. Months are calendar months in the chain's time zone; a QDate names its
// month (the day is ignored) and an invalid one leaves that end open.
struct RetentionQuery
{
    QDate from;
    QDate to; // also ends k: months after `to` are not reported
    QVector<qint64> branchIds; // cohort branches; empty: every branch in the actor's scope
    int months = 12; // the largest k reported, 0..MaxMonths

    static constexpr int MaxMonths = 60;
};

// One cohort: the people of a group whose start fell in one month.
struct Cohort
{
    QString month; // "2025-01"
    int monthIndex = 0; // year * 12 + month - 1
    qint64 size = 0;
    QVector<qint64> retained; // k = 0.. : people with a visit in month cohort + k
    qint64 returned30 = 0; // people with a visit on a later day, at most 30 days on
    qint64 returned60 = 0;
    qint64 returned90 = 0;
    qint64 converted = 0; // coupon group: people whose membership started after the claim
};

// One cohort branch, over the selected cohorts: the per-branch table of the page.
struct BranchRetention
{
    qint64 branchId = 0; // 0: claims made through a channel, without a branch
    QString code;
    QString name;
    qint64 members = 0;
    qint64 membersReturned30 = 0;
    qint64 membersReturned60 = 0;
    qint64 membersReturned90 = 0;
    qint64 claimers = 0; // people whose coupon start was at this branch
    qint64 claimersReturned30 = 0;
    qint64 claimersReturned60 = 0;
    qint64 claimersReturned90 = 0;
    qint64 converted = 0;
};

struct RetentionResult
{
    QVector<Cohort> member; // ascending by month
    QVector<Cohort> coupon;
    QVector<BranchRetention> branches; // by branch code; the branch-less row last
    int lastMonthIndex = -1; // the month k ends at (latest visit or `to`); -1: no visit yet
    bool rebuilt = false; // the rollup was rebuilt from scratch for this result

    const QVector<Cohort> &group(Group g) const { return g == Group::Member ? member : coupon; }
};

} // namespace core::retention
