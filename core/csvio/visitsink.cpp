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
    auto find = storage::prepare(m_ctx.db(),
        QStringLiteral("SELECT id, person_id, occurred_at, amount, kind FROM visits"
                       " WHERE branch_id = ? AND receipt_no = ?"));
    auto insert = storage::prepare(m_ctx.db(),
        QStringLiteral("INSERT INTO visits (branch_id, person_id, occurred_at, amount, kind,"
                       " refund_of, source, receipt_no) VALUES (?,?,?,?,?,?,'import',?)"));
    if (!find || !insert)
        return !find ? find.error() : insert.error();
    m_find.emplace(std::move(*find));
    m_insert.emplace(std::move(*insert));
    return {};
}

Result<Outcome> VisitSink::apply(const ImportRow &row)
{
    if (row.kind == csv::RowKind::Void)
        return Outcome::Skipped;
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
    const bool refund = row.kind == csv::RowKind::Refund || **amount < 0;
    const qint64 value = refund ? -qAbs(**amount) : **amount;
    const qint64 branchId = (*branch)->id;
    QString receipt = row.text(receiptField);
    if (receipt.size() > 64)
        return ImportContext::fieldError(receiptField, Tr::tr("A receipt number has at most 64 characters."));
    if (receipt.isEmpty())
        receipt = m_keys.next(QStringLiteral("csv-"),
                              { (*branch)->code, QString::number(**at), QString::number(value), *phone });

    // The sale a refund gives money back on: the bill with the same receipt number.
    qint64 refundOf = 0;
    if (refund && !row.text(receiptField).isEmpty()) {
        if (auto s = storage::exec(*m_find, { branchId, receipt }); !s)
            return s.error();
        if (m_find->next() && m_find->value(4).toString() == QLatin1String("sale"))
            refundOf = m_find->value(0).toLongLong();
        m_find->finish();
        if (refundOf != 0)
            receipt += QStringLiteral("/refund");
    }

    qint64 personId = 0;
    if (!phone->isEmpty()) {
        auto known = m_ctx.personId(*phone);
        if (!known)
            return known.error();
        personId = *known;
    }
    if (auto s = storage::exec(*m_find, { branchId, receipt }); !s)
        return s.error();
    if (m_find->next()) {
        const bool same = m_find->value(1).toLongLong() == personId && m_find->value(2).toLongLong() == **at
            && m_find->value(3).toLongLong() == value;
        m_find->finish();
        if (same)
            return Outcome::Unchanged;
        return ImportContext::fieldError(receiptField,
            Tr::tr("Receipt %1 at branch %2 is already recorded with another time, amount or person;"
                   " it is not changed by an import.")
                .arg(receipt, (*branch)->code));
    }
    m_find->finish();
    if (!phone->isEmpty() && personId == 0) {
        auto created = m_ctx.ensurePerson(*phone, branchId, **at);
        if (!created)
            return created.error();
        personId = *created;
    }
    if (auto s = storage::exec(*m_insert,
            { branchId, storage::nullIfZero(personId), **at, value,
              refund ? QStringLiteral("refund") : QStringLiteral("sale"), storage::nullIfZero(refundOf),
              receipt });
        !s)
        return s.error();
    return Outcome::Inserted;
}

} // namespace core::csvio
