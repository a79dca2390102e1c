#include "ui/members/reviewtablemodel.h"

namespace ui::members {

ReviewTableModel::ReviewTableModel(ChainFormat format, QObject *parent)
    : RecordTableModel(std::move(format), ColumnCount, parent)
{
}

QString ReviewTableModel::header(int column) const
{
    switch (Column(column)) {
    case When: return tr("When");
    case Branch: return tr("Branch");
    case Receipt: return tr("Receipt");
    case Rating: return tr("Rating");
    case Text: return tr("Review");
    case Reply: return tr("Reply");
    case ColumnCount: break;
    }
    return {};
}

QString ReviewTableModel::text(const core::reviews::Review &r, int column) const
{
    switch (Column(column)) {
    case When: return m_format.dateTime(r.createdAt);
    case Branch: return m_format.branch(r.branchId);
    case Receipt: return r.receiptNo;
    case Rating:
        return QString(r.rating, QChar(0x2605)) + QString(5 - qBound(0, r.rating, 5), QChar(0x2606));
    case Text: return r.text;
    case Reply: return r.reply;
    case ColumnCount: break;
    }
    return {};
}

QVariant ReviewTableModel::raw(const core::reviews::Review &r, int column) const
{
    switch (Column(column)) {
    case When: return r.createdAt;
    case Branch: return r.branchId;
    case Receipt: return r.receiptNo;
    case Rating: return r.rating;
    case Text: return r.text;
    case Reply: return r.reply;
    case ColumnCount: break;
    }
    return {};
}

} // namespace ui::members
