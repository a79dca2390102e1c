#pragma once

#include "core/retention/retentionresult.h"

#include <QAbstractTableModel>

namespace ui::retention {

// One row per cohort of one group, one column per month since the start: the cohort table.
// Cells show a share of the cohort or a count; BackgroundRole shades them by share, RawRole
// gives the number sorting uses.
class CohortTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Cohort, Size, FirstMonth }; // month k is column FirstMonth + k
    enum Role { RawRole = Qt::UserRole, ShareRole };

    explicit CohortTableModel(QObject *parent = nullptr);

    void setCohorts(QVector<core::retention::Cohort> cohorts);
    void setShowPercent(bool percent);
    bool showPercent() const { return m_percent; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<core::retention::Cohort> m_cohorts;
    int m_months = 0; // the longest `retained` among the cohorts
    bool m_percent = true;
};

} // namespace ui::retention
