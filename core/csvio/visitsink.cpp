#include "core/csvio/visitsink.h"

#include "core/common/money.h"
#include "core/storage/sql.h"

#include <QCoreApplication>
#include <QDateTime>

namespace core::csvio {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

const QString receiptField = QStringLiteral("receipt_no");

} // namespace

Status VisitSink::begin()
{
    m_bulk = std::make_unique<storage::BulkInserter>(m_ctx.db());
    auto find = m_bulk->prepare(
        QStringLiteral("SELECT id, person_id, occurred_at, amount, kind FROM visits"
                       " WHERE branch_id = ? AND receipt_no = ?"));
    auto insert = m_bulk->prepare(
        QStringLiteral("INSERT INTO visits (branch_id, person_id, occurred_at, amount, kind,"
                       " refund_of, source, receipt_no) VALUES (?,?,?,?,?,?,'import',?)"));
    if (!find || !insert)
        return !find ? find.error() : insert.error();
    m_find = std::move(*find);
    m_insert = std::move(*insert);
    return {};
}

Result<bool> VisitSink::findReceipt(qint64 branchId, const QByteArray &receipt)
{
    m_find->bindInt(0, branchId);
    m_find->bindText(1, receipt.constData(), int(receipt.size()));
    return m_find->fetch();
}

struct VisitSink::Bill : PreparedRow
{
    bool voided = false;
    qint64 branchId = 0;
    QString branchCode;
    qint64 at = 0;
    qint64 value = 0; // negative for a refund
    bool refund = false;
    QString phone;
    QString receipt; // as the file gives it; empty when it gives none
};

Result<std::unique_ptr<PreparedRow>> VisitSink::prepare(const ImportRow &row) const
{
    auto bill = std::make_unique<Bill>();
    if (row.kind == csv::RowKind::Void) {
        bill->voided = true;
        return std::unique_ptr<PreparedRow>(std::move(bill));
    }
    auto branch = m_ctx.branch(row, QStringLiteral("branch"), true);
    if (!branch)
        return branch.error();
    auto at = m_ctx.time(row, QStringLiteral("occurred_at"), true);
    if (!at)
        return at.error();
    auto amount = m_ctx.amount(row, QStringLiteral("amount"), true);
    if (!amount)
        return amount.error();
    auto phone = m_ctx.phone(row, QStringLiteral("phone"), false);
    if (!phone)
        return phone.error();
    bill->receipt = row.text(receiptField);
    if (bill->receipt.size() > 64)
        return ImportContext::fieldError(receiptField, Tr::tr("A receipt number has at most 64 characters."));
    bill->refund = row.kind == csv::RowKind::Refund || **amount < 0;
    bill->value = bill->refund ? -qAbs(**amount) : **amount;
    bill->branchId = (*branch)->id;
    bill->branchCode = (*branch)->code;
    bill->at = **at;
    bill->phone = *phone;
    return std::unique_ptr<PreparedRow>(std::move(bill));
}

Result<Outcome> VisitSink::write(PreparedRow &row)
{
    const Bill &bill = static_cast<const Bill &>(row);
    if (bill.voided)
        return Outcome::Skipped;
    const bool refund = bill.refund;
    const qint64 branchId = bill.branchId;
    QString receipt = bill.receipt;
    if (receipt.isEmpty())
        receipt = m_keys.next(QStringLiteral("csv-"),
                              { bill.branchCode, QString::number(bill.at), QString::number(bill.value), bill.phone });

    // The sale a refund gives money back on: the bill with the same receipt number.
    qint64 refundOf = 0;
    if (refund && !bill.receipt.isEmpty()) {
        auto found = findReceipt(branchId, receipt.toUtf8());
        if (!found)
            return found.error();
        if (*found && m_find->columnText(4) == QLatin1String("sale")) {
            refundOf = m_find->columnInt(0);
            receipt += QStringLiteral("/refund");
        }
        m_find->done();
    }

    qint64 personId = 0;
    if (!bill.phone.isEmpty()) {
        auto known = m_ctx.personId(bill.phone);
        if (!known)
            return known.error();
        personId = *known;
    }
    const QByteArray receiptUtf8 = receipt.toUtf8();
    auto found = findReceipt(branchId, receiptUtf8);
    if (!found)
        return found.error();
    if (*found) {
        const bool same = m_find->columnInt(1) == personId && m_find->columnInt(2) == bill.at
            && m_find->columnInt(3) == bill.value;
        m_find->done();
        if (same)
            return Outcome::Unchanged;
        return ImportContext::fieldError(receiptField,
            Tr::tr("Receipt %1 at branch %2 is already recorded with another time, amount or person;"
                   " it is not changed by an import.")
                .arg(receipt, bill.branchCode));
    }
    if (!bill.phone.isEmpty() && personId == 0) {
        auto created = m_ctx.ensurePerson(bill.phone, branchId, bill.at);
        if (!created)
            return created.error();
        personId = *created;
    }
    static const QByteArray sale("sale");
    static const QByteArray refundKind("refund");
    const QByteArray &kind = refund ? refundKind : sale;
    m_insert->bindInt(0, branchId);
    m_insert->bindOptional(1, personId);
    m_insert->bindInt(2, bill.at);
    m_insert->bindInt(3, bill.value);
    m_insert->bindText(4, kind.constData(), int(kind.size()));
    m_insert->bindOptional(5, refundOf);
    m_insert->bindText(6, receiptUtf8.constData(), int(receiptUtf8.size()));
    if (auto s = m_insert->step(); !s)
        return s.error();
    return Outcome::Inserted;
}

} // namespace core::csvio
