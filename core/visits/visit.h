#pragma once

#include <QString>

#include <optional>

namespace core::visits {

// A sale, or a refund of part or all of an earlier sale (a row of its own with a negative
// amount that points at the sale).
enum class VisitKind { Sale, Refund };

// Where the bill came from: typed at the counter, read from a POS export, or demo data.
enum class VisitSource { Counter, Import, Demo };

QString kindName(VisitKind kind);
std::optional<VisitKind> kindFromName(const QString &name);
QString sourceName(VisitSource source);
std::optional<VisitSource> sourceFromName(const QString &name);

// One bill at one branch (a row of `visits`). Amounts are minor units: a sale's is >= 0, a
// refund's <= 0. The amount is what was paid: for a counter sale the bill after the member's
// tier discount and the coupon (core::counter::CounterService keeps the gross bill and both
// discounts in its counter.sale audit entry, the coupon's discount in the redemption); for an
// imported POS row, what the POS recorded as the sale. The receipt number is unique per branch, so a re-imported POS file adds
// nothing twice.
struct Visit
{
    qint64 id = 0;
    qint64 branchId = 0;
    qint64 personId = 0; // 0: an anonymous bill (revenue, not retention)
    qint64 occurredAt = 0;
    qint64 amount = 0;
    VisitKind kind = VisitKind::Sale;
    qint64 refundOf = 0; // a refund: the sale it refunds
    qint64 voidedAt = 0; // 0: not voided
    VisitSource source = VisitSource::Counter;
    QString receiptNo;

    bool isVoided() const { return voidedAt != 0; }
    bool isSale() const { return kind == VisitKind::Sale; }
};

// A bill to record. The person is named by id, or by phone (a phone the chain does not know
// registers a guest at the branch), or by neither for an anonymous bill.
struct NewVisit
{
    qint64 branchId = 0;
    qint64 personId = 0;
    QString phone;
    qint64 amount = 0; // minor units, >= 0
    QString receiptNo;
    qint64 occurredAt = 0; // 0: clock::now()
    VisitSource source = VisitSource::Counter;
};

// Money given back on an earlier sale. The refund row needs a receipt number of its own
// (unique at the sale's branch); when none is given one is derived from the sale's
// ("R123/refund-1").
struct RefundRequest
{
    qint64 visitId = 0; // the sale
    qint64 amount = 0; // minor units, > 0
    QString reason; // required; kept in the audit log
    QString receiptNo;
    qint64 occurredAt = 0; // 0: clock::now()
    VisitSource source = VisitSource::Counter;
};

} // namespace core::visits
