#pragma once

#include "core/auth/actor.h"
#include "core/common/result.h"
#include "core/reviews/review.h"

#include <QVariant>
#include <QVector>

#include <initializer_list>

namespace core::storage {
class Database;
}

namespace core::reviews {

// Verified reviews (DESIGN.md, "Review"). Writes run in one BEGIN IMMEDIATE transaction with
// their audit-log entry.
//
// add() records a review for the bill with that receipt number at that branch, for staff of
// that branch and the owner. Refusals: no such bill (NotFound); a refund, a voided bill or an
// anonymous bill (Conflict); a phone that is not the bill's person's (PermissionDenied: only
// the person who ate there may review it); a second review of the same bill (Conflict); the
// chain's review window (ChainSettings::reviewDays after the visit) closed (Conflict); a
// rating outside 1..5 or a text too long (InvalidInput).
//
// reply(): managers and the owner of the review's branch; a later reply replaces the earlier
// one (the audit log keeps both).
class ReviewService
{
public:
    explicit ReviewService(storage::Database &db);

    Result<Review> add(const auth::Actor &actor, const ReviewRequest &request);
    Result<Review> reply(const auth::Actor &actor, qint64 reviewId, const QString &text);

    Result<Review> find(const auth::Actor &actor, qint64 reviewId);
    // Newest first, within the actor's scope: naming another branch is refused for staff.
    Result<QVector<Review>> list(const auth::Actor &actor, const ReviewFilter &filter = {});
    // Every branch in scope, by code, with its count and rating sum (0 reviews included).
    Result<QVector<BranchRating>> averages(const auth::Actor &actor);

    static constexpr int MaxTextLength = 2000;

private:
    Result<QVector<Review>> reviewsWhere(
        const QString &where, std::initializer_list<QVariant> values);

    storage::Database &m_db;
};

} // namespace core::reviews
