#pragma once

#include "core/csvio/rowsink.h"
#include "core/storage/bulkinserter.h"


#include <memory>

namespace core::csvio {

// Bills from a POS or another system. A receipt number is unique per branch, so a bill already
// recorded is left alone (and one recorded with other values is an error, never overwritten);
// a file without receipt numbers gets derived ones. Refund rows become refunds (of the sale
// with the same receipt when there is one); voided or cancelled receipts are skipped and
// counted. A phone the chain does not know registers a guest who joined at that bill.
class VisitSink : public TwoStepSink
{
public:
    using TwoStepSink::TwoStepSink;
    QStringList timeFields() const override { return { QStringLiteral("occurred_at") }; }
    bool needsSavepoint() const override { return false; }
    DeferrableIndexes deferrableIndexes() const override
    {
        return { QStringLiteral("visits"), { QStringLiteral("visits_person") } };
    }
    Status begin() override;
    Result<std::unique_ptr<PreparedRow>> prepare(const ImportRow &row) const override;
    Result<Outcome> write(PreparedRow &row) override;

private:
    struct Bill;
    // The bill recorded at the branch under the receipt number, if any: whether found.
    Result<bool> findReceipt(qint64 branchId, const QByteArray &receipt);

    std::unique_ptr<storage::BulkInserter> m_bulk;
    std::unique_ptr<storage::BulkStatement> m_find;
    std::unique_ptr<storage::BulkStatement> m_insert;
    DerivedKeys m_keys;
};

} // namespace core::csvio
