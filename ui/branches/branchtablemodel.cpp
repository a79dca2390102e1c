#include "ui/branches/branchtablemodel.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace ui::branches {

BranchTableModel::BranchTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BranchTableModel::setBranches(QVector<core::branches::Branch> branches)
{
    beginResetModel();
    m_branches = std::move(branches);
    endResetModel();
}

int BranchTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_branches.size());
}

int BranchTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BranchTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::branches::Branch &b = m_branches.at(index.row());
    if (role == IdRole)
        return b.id;
    if (role == Qt::ForegroundRole)
        return b.active ? QVariant()
                        : QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
    if (role != Qt::DisplayRole && role != RawRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Code: return b.code;
    case Name: return b.name;
    case City: return b.city;
    case Address: return b.address;
    case Phone: return b.phone;
    case Coordinates:
        if (!b.latitude || !b.longitude)
            return {};
        if (role == RawRole) // by latitude
            return *b.latitude;
        return tr("%1, %2").arg(
            QLocale().toString(*b.latitude, 'f', 4), QLocale().toString(*b.longitude, 'f', 4));
    case TimeZone:
        return b.timezone.isEmpty() && role == Qt::DisplayRole ? tr("The chain's") : b.timezone;
    case Active:
        if (role == RawRole)
            return b.active;
        return b.active ? tr("Open") : tr("Closed");
    default: return {};
    }
}

QVariant BranchTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code: return tr("Code");
    case Name: return tr("Name");
    case City: return tr("City");
    case Address: return tr("Address");
    case Phone: return tr("Phone");
    case Coordinates:
        return tr("Coordinates");
    case TimeZone: return tr("Time zone");
    case Active: return tr("Status");
    default: return {};
    }
}

} // namespace ui::branches
