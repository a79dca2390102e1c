#pragma once

#include "core/branches/branch.h"

#include <QAbstractTableModel>
#include <QVector>

namespace ui::branches {

// The chain's branches as a table. Display text is formatted here; RawRole gives the value
// sorting uses. Closed branches are greyed.
class BranchTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Code, Name, City, Address, Phone, Coordinates, TimeZone, Active, ColumnCount };
    enum Role { RawRole = Qt::UserRole, IdRole };

    explicit BranchTableModel(QObject *parent = nullptr);

    void setBranches(QVector<core::branches::Branch> branches);
    const core::branches::Branch &branchAt(int row) const { return m_branches.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<core::branches::Branch> m_branches;
};

} // namespace ui::branches
