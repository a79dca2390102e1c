#pragma once

#include "core/broadcasts/broadcastservice.h"

#include <QAbstractTableModel>
#include <QVector>

namespace ui::broadcasts {

// One broadcast's recipients per home branch: how many, sent, failed, deferred. RawRole gives
// the value sorting uses.
class BranchCountsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Branch, Recipients, Sent, Failed, Deferred, ColumnCount };
    enum DataRole { RawRole = Qt::UserRole };

    explicit BranchCountsModel(QObject *parent = nullptr);

    void setCounts(QVector<core::broadcasts::BranchCounts> counts);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<core::broadcasts::BranchCounts> m_rows;
};

} // namespace ui::broadcasts
