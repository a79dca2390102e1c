#pragma once

#include "core/auth/actor.h"
#include "core/common/result.h"
#include "core/visits/visit.h"

#include <QVector>

#include <optional>

namespace core::storage {
class Database;
}

namespace core::visits {

// Bills (DESIGN.md, "Visit"). Every write runs in one BEGIN IMMEDIATE transaction together
// with its audit-log entry.
//
// Rules:
// - recording: cashiers, managers and the owner, at a branch in their scope; amount >= 0,
//   a receipt number, a time no later than a day ahead of now; a receipt number already
//   recorded at the same branch is refused with Conflict (so a re-import adds nothing);
// - refunds: managers and the owner of the sale's branch, with a reason; a refund is a row
//   of its own (kind 'refund', negative amount, refund_of the sale) and the refunds of a sale
//   (voided ones excepted) never add up to more than the sale;
// - voids: managers and the owner of the visit's branch, with a reason; set voided_at. A
//   visit already voided, or a sale with refunds standing, cannot be voided (void the refund
//   first);
// - reading: the owner everywhere, staff at their own branch.
class VisitService
{
public:
    explicit VisitService(storage::Database &db);

    Result<Visit> record(const auth::Actor &actor, const NewVisit &visit);
    // Returns the refund row.
    Result<Visit> refund(const auth::Actor &actor, const RefundRequest &request);
    // Returns the visit as voided.
    Result<Visit> voidVisit(const auth::Actor &actor, qint64 visitId, const QString &reason);

    Result<Visit> find(const auth::Actor &actor, qint64 visitId);
    Result<Visit> findByReceipt(
        const auth::Actor &actor, qint64 branchId, const QString &receiptNo);
    // What has been refunded of a sale so far (minor units, >= 0; voided refunds excluded).
    Result<qint64> refundedTotal(const auth::Actor &actor, qint64 saleId);
    // Newest first: every visit for the owner, the visits at their own branch for staff.
    Result<QVector<Visit>> listForPerson(
        const auth::Actor &actor, qint64 personId, int limit = 500);

    // The largest bill accepted, far above any real one, so sums cannot overflow.
    static constexpr qint64 MaxAmount = Q_INT64_C(100000000000000);
    static constexpr int MaxReceiptLength = 64;

private:
    Status loadSettings();
    Result<std::optional<Visit>> lookup(const QString &where, qint64 id, const QString &text = {});
    Result<Visit> load(qint64 visitId);
    Result<QString> branchCode(qint64 branchId);
    Result<qint64> refunded(qint64 saleId);
    Result<Visit> insert(const Visit &visit);
    QString display(qint64 minor) const;

    storage::Database &m_db;
    QString m_region;
    int m_decimals = 2;
    bool m_loaded = false;
};

} // namespace core::visits
