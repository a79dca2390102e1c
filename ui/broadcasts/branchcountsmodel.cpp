#include "ui/broadcasts/branchcountsmodel.h"

#include <QLocale>

namespace ui::broadcasts {

BranchCountsModel::BranchCountsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BranchCountsModel::setCounts(QVector<core::broadcasts::BranchCounts> counts)
{
    beginResetModel();
    m_rows = std::move(counts);
    endResetModel();
}

int BranchCountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BranchCountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BranchCountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::broadcasts::BranchCounts &c = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == Branch ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != RawRole)
        return {};
    const bool raw = role == RawRole;
    const auto number
        = [&](qint64 n) -> QVariant { return raw ? QVariant(n) : QVariant(QLocale().toString(n)); };
    switch (index.column()) {
    case Branch: // people without a home branch have none to show
        return c.branchCode.isEmpty() && !raw ? tr("No home branch") : c.branchCode;
    case Recipients:
        return number(c.recipients);
    case Sent:
        return number(c.sent);
    case Failed:
        return number(c.failed);
    case Deferred:
        return number(c.deferred);
    default:
        return {};
    }
}

QVariant BranchCountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Branch:
        return tr("Branch");
    case Recipients:
        return tr("Recipients");
    case Sent:
        return tr("Sent");
    case Failed:
        return tr("Failed");
    case Deferred:
        return tr("Deferred");
    default:
        return {};
    }
}

} // namespace ui::broadcasts
