#pragma once

#include <QString>
#include <QVector>

namespace core::reviews {

// A verified review: tied to one visit (a sale) and written by that visit's person.
struct Review
{
    qint64 id = 0;
    qint64 visitId = 0;
    qint64 personId = 0;
    qint64 branchId = 0;
    QString receiptNo;
    int rating = 0; // 1..5
    QString text;
    qint64 createdAt = 0;
    QString reply; // empty: not answered yet
    qint64 repliedAt = 0;
    qint64 repliedBy = 0; // user id; 0: the local owner

    bool hasReply() const { return repliedAt != 0; }
};

// A review as the counter or an import takes it: the bill by branch and receipt number, the
// writer by phone.
struct ReviewRequest
{
    qint64 branchId = 0;
    QString receiptNo;
    QString phone;
    int rating = 0;
    QString text;
    qint64 createdAt = 0; // UTC seconds; 0: clock::now(). The review window is judged at it.
};

// Which reviews to list; branchIds empty: every branch in the actor's scope (naming a branch
// outside it is refused); personId 0: by anyone.
struct ReviewFilter
{
    QVector<qint64> branchIds;
    qint64 personId = 0;
    int minRating = 1;
    int maxRating = 5;
    int limit = 500;
};

// A branch's standing on the dashboard. The average is for display; sum and count are exact.
struct BranchRating
{
    qint64 branchId = 0;
    QString branchCode;
    qint64 reviews = 0;
    qint64 ratingSum = 0;

    double average() const { return reviews == 0 ? 0.0 : double(ratingSum) / double(reviews); }
};

} // namespace core::reviews
