#include "ui/users/usertablemodel.h"

#include <QGuiApplication>
#include <QPalette>

namespace ui::users {

UserTableModel::UserTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void UserTableModel::setUsers(QVector<core::auth::User> users, QHash<qint64, QString> branchNames)
{
    beginResetModel();
    m_users = std::move(users);
    m_branchNames = std::move(branchNames);
    endResetModel();
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::auth::User &u = m_users.at(index.row());
    if (role == IdRole)
        return u.id;
    if (role == Qt::ForegroundRole)
        return u.active ? QVariant()
                        : QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
    if (role != Qt::DisplayRole && role != RawRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Username:
        return u.username;
    case DisplayName:
        return u.displayName;
    case Role:
        if (role == RawRole)
            return int(u.role);
        return core::auth::roleDisplayName(u.role);
    case Branch:
        if (u.branchId == 0)
            return role == RawRole ? QString() : tr("Whole chain");
        return m_branchNames.value(u.branchId, QString::number(u.branchId));
    case Active:
        if (role == RawRole)
            return u.active;
        return u.active ? tr("Active") : tr("Disabled");
    default:
        return {};
    }
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Username:
        return tr("Username");
    case DisplayName:
        return tr("Name");
    case Role:
        return tr("Role");
    case Branch:
        return tr("Branch");
    case Active:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace ui::users
