#pragma once

#include "core/auth/userservice.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace ui::users {

// The chain's accounts as a table; branches are shown by code and name. Display text is
// formatted here; RawRole gives the value sorting uses. Disabled accounts are greyed.
class UserTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Username, DisplayName, Role, Branch, Active, ColumnCount };
    enum DataRole { RawRole = Qt::UserRole, IdRole };

    explicit UserTableModel(QObject *parent = nullptr);

    // `branchNames`: "B01 name" by branch id.
    void setUsers(QVector<core::auth::User> users, QHash<qint64, QString> branchNames);
    const core::auth::User &userAt(int row) const { return m_users.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<core::auth::User> m_users;
    QHash<qint64, QString> m_branchNames;
};

} // namespace ui::users
