#include "core/csvio/reviewsink.h"

#include "core/csv/fieldparsers.h"
#include "core/reviews/reviewservice.h"
#include "core/storage/sql.h"

#include <QCoreApplication>

namespace core::csvio {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

} // namespace

Result<Outcome> ReviewSink::apply(const ImportRow &row)
{
    auto receipt = m_ctx.required(row, QStringLiteral("receipt_no"));
    if (!receipt)
        return receipt.error();
    auto branch = m_ctx.branch(row, QStringLiteral("branch"), true);
    if (!branch)
        return branch.error();
    auto phone = m_ctx.phone(row, QStringLiteral("phone"), true);
    if (!phone)
        return phone.error();
    auto rating = csv::parseInteger(row.text(QStringLiteral("rating")), 1, 5);
    if (!rating)
        return Error(rating.error().code(), rating.error().message(), QStringLiteral("rating"));
    auto at = m_ctx.time(row, QStringLiteral("created_at"), false);
    if (!at)
        return at.error();
    const QString text = csv::trimmedText(row.text(QStringLiteral("text")));

    auto earlier = storage::scalar(m_ctx.db(),
        QStringLiteral("SELECT r.rating || ' ' || r.text FROM reviews r JOIN visits v ON v.id = r.visit_id"
                       " WHERE v.branch_id = ? AND v.receipt_no = ?"),
        { (*branch)->id, *receipt });
    if (!earlier)
        return earlier.error();
    if (!earlier->isNull()) {
        if (earlier->toString() == QString::number(*rating) + QLatin1Char(' ') + text)
            return Outcome::Unchanged;
        return ImportContext::fieldError(QStringLiteral("receipt_no"),
            Tr::tr("Receipt %1 at branch %2 already has another review; a bill is reviewed once.")
                .arg(*receipt, (*branch)->code));
    }
    reviews::ReviewRequest request;
    request.branchId = (*branch)->id;
    request.receiptNo = *receipt;
    request.phone = *phone;
    request.rating = int(*rating);
    request.text = text;
    request.createdAt = at->value_or(m_ctx.now());
    auto added = reviews::ReviewService(m_ctx.db()).add(m_ctx.actor(), request);
    if (!added)
        return added.error();
    return Outcome::Inserted;
}

} // namespace core::csvio
