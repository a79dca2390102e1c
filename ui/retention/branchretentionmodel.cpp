#include "ui/retention/branchretentionmodel.h"

#include <QLocale>

namespace ui::retention {

namespace {

struct Figure
{
    qint64 count = 0;
    qint64 of = -1; // -1: a plain count, otherwise shown as a share of this
};

Figure figure(const core::retention::BranchRetention &b, int column)
{
    using M = BranchRetentionModel;
    switch (column) {
    case M::Members: return { b.members };
    case M::MembersReturned30: return { b.membersReturned30, b.members };
    case M::MembersReturned90: return { b.membersReturned90, b.members };
    case M::Claimers: return { b.claimers };
    case M::ClaimersReturned30: return { b.claimersReturned30, b.claimers };
    case M::ClaimersReturned60: return { b.claimersReturned60, b.claimers };
    case M::ClaimersReturned90: return { b.claimersReturned90, b.claimers };
    case M::Converted: return { b.converted, b.claimers };
    default: return {};
    }
}

} // namespace

BranchRetentionModel::BranchRetentionModel(QObject *parent) : QAbstractTableModel(parent) { }

void BranchRetentionModel::setBranches(QVector<core::retention::BranchRetention> branches)
{
    beginResetModel();
    m_branches = std::move(branches);
    endResetModel();
}

double BranchRetentionModel::share(qint64 part, qint64 whole)
{
    return whole > 0 ? double(part) / double(whole) : 0.0;
}

int BranchRetentionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_branches.size());
}

int BranchRetentionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BranchRetentionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &b = m_branches.at(index.row());
    if (role == IdRole)
        return b.branchId;
    if (index.column() == Code || index.column() == Name) {
        if (role != Qt::DisplayRole && role != RawRole)
            return {};
        if (b.branchId == 0)
            return index.column() == Code ? QString() : tr("Without a branch (channel claims)");
        return index.column() == Code ? b.code : b.name;
    }
    const Figure f = figure(b, index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (f.of < 0)
            return QLocale().toString(f.count);
        return tr("%1% (%2)")
            .arg(QLocale().toString(share(f.count, f.of) * 100.0, 'f', 1),
                 QLocale().toString(f.count));
    case RawRole:
        return f.of < 0 ? QVariant(f.count) : QVariant(share(f.count, f.of));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant BranchRetentionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code: return tr("Code");
    case Name: return tr("Branch");
    case Members: return tr("Members");
    case MembersReturned30: return tr("Members back ≤30 d");
    case MembersReturned90: return tr("Members back ≤90 d");
    case Claimers: return tr("Coupon claimers");
    case ClaimersReturned30: return tr("Claimers back ≤30 d");
    case ClaimersReturned60: return tr("Claimers back ≤60 d");
    case ClaimersReturned90: return tr("Claimers back ≤90 d");
    case Converted: return tr("Became members");
    default: return {};
    }
}

} // namespace ui::retention
