#include "core/reviews/reviewservice.h"

#include "core/audit/auditlog.h"
#include "core/chain/chainsettings.h"
#include "core/common/clock.h"
#include "core/people/personservice.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"
#include "core/storage/writetransaction.h"
#include "core/visits/visitservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace core::reviews {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Reviews)
};

const QString selectReview = QStringLiteral(
    "SELECT r.id, r.visit_id, r.person_id, r.branch_id, v.receipt_no, r.rating, r.text,"
    " r.created_at, coalesce(r.reply, ''), coalesce(r.replied_at, 0), coalesce(r.replied_by, 0)"
    " FROM reviews r JOIN visits v ON v.id = r.visit_id");

constexpr qint64 secondsPerDay = 24 * 60 * 60;

Review readReview(const QSqlQuery &q)
{
    Review r;
    r.id = q.value(0).toLongLong();
    r.visitId = q.value(1).toLongLong();
    r.personId = q.value(2).toLongLong();
    r.branchId = q.value(3).toLongLong();
    r.receiptNo = q.value(4).toString();
    r.rating = q.value(5).toInt();
    r.text = q.value(6).toString();
    r.createdAt = q.value(7).toLongLong();
    r.reply = q.value(8).toString();
    r.repliedAt = q.value(9).toLongLong();
    r.repliedBy = q.value(10).toLongLong();
    return r;
}

Status validText(const QString &text, bool required)
{
    if (required && text.isEmpty())
        return Error(
            Error::Code::InvalidInput, Tr::tr("The reply has no text."), QStringLiteral("text"));
    if (text.size() > ReviewService::MaxTextLength)
        return Error(Error::Code::InvalidInput,
            Tr::tr("The text is longer than %1 characters.").arg(ReviewService::MaxTextLength),
            QStringLiteral("text"));
    return {};
}

qint64 scopeOf(const auth::Actor &actor)
{
    if (actor.isOwner())
        return 0;
    return actor.branchId() != 0 ? actor.branchId() : -1;
}

} // namespace

ReviewService::ReviewService(storage::Database &db)
    : m_db(db)
{
}

Result<QVector<Review>> ReviewService::reviewsWhere(
    const QString &where, std::initializer_list<QVariant> values)
{
    auto q = storage::prepare(m_db, selectReview + QStringLiteral(" WHERE ") + where);
    if (!q)
        return q.error();
    if (auto s = storage::exec(*q, values); !s)
        return s.error();
    QVector<Review> out;
    while (q->next())
        out.push_back(readReview(*q));
    return out;
}

Result<Review> ReviewService::add(const auth::Actor &actor, const ReviewRequest &request)
{
    if (request.rating < 1 || request.rating > 5)
        return Error(Error::Code::InvalidInput,
            Tr::tr("A rating is 1 to 5 stars, not %1.").arg(request.rating),
            QStringLiteral("rating"));
    const QString text = request.text.trimmed();
    if (auto s = validText(text, false); !s)
        return s.error();
    if (request.branchId == 0)
        return Error(Error::Code::InvalidInput, Tr::tr("Choose the branch of the reviewed bill."),
            QStringLiteral("branch"));
    if (request.phone.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput, Tr::tr("Give the phone of the person reviewing."),
            QStringLiteral("phone"));
    if (auto s = actor.requireBranch(request.branchId, Tr::tr("record reviews")); !s)
        return s.error();
    auto settings = chain::ChainStore::load(m_db);
    if (!settings)
        return settings.error();
    storage::WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto visit
        = visits::VisitService(m_db).findByReceipt(actor, request.branchId, request.receiptNo);
    if (!visit)
        return visit.error();
    auto code = storage::scalar(
        m_db, QStringLiteral("SELECT code FROM branches WHERE id = ?"), { request.branchId });
    if (!code)
        return code.error();
    const QString where = Tr::tr("receipt %1 at branch %2").arg(visit->receiptNo, code->toString());
    if (!visit->isSale())
        return Error(Error::Code::Conflict,
            Tr::tr("The bill of %1 is a refund; only a sale can be reviewed.").arg(where),
            QStringLiteral("receipt"));
    if (visit->isVoided())
        return Error(Error::Code::Conflict,
            Tr::tr("The bill of %1 was voided and cannot be reviewed.").arg(where),
            QStringLiteral("receipt"));
    if (visit->personId == 0)
        return Error(Error::Code::Conflict,
            Tr::tr("The bill of %1 was paid anonymously: no one can review it.").arg(where),
            QStringLiteral("receipt"));
    people::PersonService persons(m_db, people::PhoneNormalizer(settings->region));
    auto person = persons.findByPhone(request.phone);
    if (!person && person.error().code() != Error::Code::NotFound)
        return person.error();
    if (!person || person->id != visit->personId)
        return Error(Error::Code::PermissionDenied,
            Tr::tr("Only the person who paid %1 may review it.").arg(where),
            QStringLiteral("phone"));
    auto existing = storage::scalar(
        m_db, QStringLiteral("SELECT id FROM reviews WHERE visit_id = ?"), { visit->id }, 0);
    if (!existing)
        return existing.error();
    if (existing->toLongLong() != 0)
        return Error(Error::Code::Conflict,
            Tr::tr("The bill of %1 already has a review (id %2); a bill is reviewed once.")
                .arg(where)
                .arg(existing->toLongLong()),
            QStringLiteral("receipt"));
    const qint64 now = request.createdAt != 0 ? request.createdAt : clock::now();
    if (now < visit->occurredAt)
        return Error(Error::Code::InvalidInput,
            Tr::tr("A review of %1 cannot be written before the visit itself.").arg(where),
            QStringLiteral("created_at"));
    const qint64 closes = visit->occurredAt + qint64(settings->reviewDays) * secondsPerDay;
    if (now > closes)
        return Error(Error::Code::Conflict,
            Tr::tr("Reviews of %1 closed on %2, %3 days after the visit.")
                .arg(where,
                    QDateTime::fromSecsSinceEpoch(closes, settings->timeZone())
                        .toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                .arg(settings->reviewDays),
            QStringLiteral("receipt"));
    Review r;
    r.visitId = visit->id;
    r.personId = visit->personId;
    r.branchId = visit->branchId;
    r.receiptNo = visit->receiptNo;
    r.rating = request.rating;
    r.text = text;
    r.createdAt = now;
    auto q = storage::prepare(m_db,
        QStringLiteral("INSERT INTO reviews (visit_id, person_id,"
                       " branch_id, rating, text, created_at)"
                       " VALUES (?,?,?,?,?,?)"));
    if (!q)
        return q.error();
    if (auto s
        = storage::exec(*q, { r.visitId, r.personId, r.branchId, r.rating, r.text, r.createdAt });
        !s)
        return s.error();
    r.id = q->lastInsertId().toLongLong();
    if (auto s = audit::AuditLog::record(m_db, actor, QStringLiteral("review.add"),
            QStringLiteral("review"), r.id, r.branchId, {},
            { { QStringLiteral("visit_id"), r.visitId },
                { QStringLiteral("receipt_no"), r.receiptNo },
                { QStringLiteral("person_id"), r.personId }, { QStringLiteral("rating"), r.rating },
                { QStringLiteral("text"), r.text } });
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return r;
}

Result<Review> ReviewService::reply(const auth::Actor &actor, qint64 reviewId, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (auto s = validText(trimmed, true); !s)
        return s.error();
    if (auto s = actor.requireManagerOrOwner(Tr::tr("reply to reviews")); !s)
        return s.error();
    storage::WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto review = find(actor, reviewId);
    if (!review)
        return review.error();
    Review after = *review;
    after.reply = trimmed;
    after.repliedAt = clock::now();
    after.repliedBy = actor.userId();
    if (auto s = storage::execOnce(m_db,
            QStringLiteral("UPDATE reviews SET reply = ?, replied_at = ?,"
                           " replied_by = ? WHERE id = ?"),
            { after.reply, after.repliedAt, storage::nullIfZero(after.repliedBy), reviewId });
        !s)
        return s.error();
    QJsonObject before;
    if (review->hasReply())
        before = { { QStringLiteral("reply"), review->reply },
            { QStringLiteral("replied_at"), review->repliedAt } };
    if (auto s = audit::AuditLog::record(m_db, actor, QStringLiteral("review.reply"),
            QStringLiteral("review"), reviewId, review->branchId, before,
            { { QStringLiteral("reply"), after.reply },
                { QStringLiteral("replied_at"), after.repliedAt } });
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return after;
}

Result<Review> ReviewService::find(const auth::Actor &actor, qint64 reviewId)
{
    auto found = reviewsWhere(QStringLiteral("r.id = ?"), { reviewId });
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error(Error::Code::NotFound, Tr::tr("There is no review with id %1.").arg(reviewId),
            QStringLiteral("review"));
    if (auto s = actor.requireBranch(found->first().branchId, Tr::tr("read or answer reviews")); !s)
        return s.error();
    return found->first();
}

Result<QVector<Review>> ReviewService::list(const auth::Actor &actor, const ReviewFilter &filter)
{
    if (filter.minRating < 1 || filter.maxRating > 5 || filter.minRating > filter.maxRating)
        return Error(Error::Code::InvalidInput,
            Tr::tr("Ratings run from 1 to 5, the lowest first (not %1 to %2).")
                .arg(filter.minRating)
                .arg(filter.maxRating),
            QStringLiteral("rating"));
    // Every branch named must be the actor's to read; none named: the actor's scope.
    QStringList branches;
    for (qint64 id : filter.branchIds) {
        if (auto s = actor.requireBranch(id, Tr::tr("read reviews")); !s)
            return s.error();
        branches << QString::number(id);
    }
    if (branches.isEmpty() && scopeOf(actor) != 0)
        branches << QString::number(scopeOf(actor));
    const QString where = branches.isEmpty()
        ? QStringLiteral("1")
        : QStringLiteral("r.branch_id IN (%1)").arg(branches.join(QLatin1Char(',')));
    // A person's reviews are found through their visits (visits_person, then the unique
    // reviews.visit_id), since reviews has no index on the person.
    const QString person = filter.personId != 0
        ? QStringLiteral(" AND r.visit_id IN (SELECT id FROM visits WHERE person_id = %1)")
              .arg(filter.personId)
        : QString();
    return reviewsWhere(where + QStringLiteral(" AND r.rating BETWEEN ? AND ?") + person
            + QStringLiteral(" ORDER BY r.created_at DESC, r.id DESC LIMIT ?"),
        { filter.minRating, filter.maxRating, qMax(1, filter.limit) });
}

Result<QVector<BranchRating>> ReviewService::averages(const auth::Actor &actor)
{
    const qint64 scope = scopeOf(actor);
    auto q = storage::prepare(m_db,
        QStringLiteral("SELECT b.id, b.code, count(r.id), coalesce(sum(r.rating), 0)"
                       " FROM branches b LEFT JOIN reviews r ON r.branch_id = b.id"
                       " WHERE ? = 0 OR b.id = ?"
                       " GROUP BY b.id, b.code ORDER BY b.code"));
    if (!q)
        return q.error();
    if (auto s = storage::exec(*q, { scope, scope }); !s)
        return s.error();
    QVector<BranchRating> out;
    while (q->next()) {
        BranchRating b;
        b.branchId = q->value(0).toLongLong();
        b.branchCode = q->value(1).toString();
        b.reviews = q->value(2).toLongLong();
        b.ratingSum = q->value(3).toLongLong();
        out.push_back(b);
    }
    return out;
}

} // namespace core::reviews
