#pragma once

#include "core/retention/retentionresult.h"

#include <QAbstractTableModel>

namespace ui::retention {

// Per cohort branch: coupon claimers and how many came back or converted, against the
// members' return rates. RawRole gives the number sorting uses.
class BranchRetentionModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Code,
        Name,
        Members,
        MembersReturned30,
        MembersReturned90,
        Claimers,
        ClaimersReturned30,
        ClaimersReturned60,
        ClaimersReturned90,
        Converted,
        ColumnCount
    };
    enum Role { RawRole = Qt::UserRole, IdRole };

    explicit BranchRetentionModel(QObject *parent = nullptr);

    void setBranches(QVector<core::retention::BranchRetention> branches);
    const QVector<core::retention::BranchRetention> &branches() const { return m_branches; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // part / whole, 0 when whole is 0.
    static double share(qint64 part, qint64 whole);

private:
    QVector<core::retention::BranchRetention> m_branches;
};

} // namespace ui::retention
