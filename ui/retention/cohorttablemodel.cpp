#include "ui/retention/cohorttablemodel.h"

#include <QColor>
#include <QLocale>

namespace ui::retention {

CohortTableModel::CohortTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void CohortTableModel::setCohorts(QVector<core::retention::Cohort> cohorts)
{
    beginResetModel();
    m_cohorts = std::move(cohorts);
    m_months = 0;
    for (const auto &cohort : m_cohorts)
        m_months = qMax(m_months, int(cohort.retained.size()));
    endResetModel();
}

void CohortTableModel::setShowPercent(bool percent)
{
    if (m_percent == percent)
        return;
    m_percent = percent;
    if (!m_cohorts.isEmpty())
        emit dataChanged(index(0, FirstMonth), index(rowCount() - 1, columnCount() - 1),
                         { Qt::DisplayRole });
}

int CohortTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cohorts.size());
}

int CohortTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstMonth + m_months;
}

QVariant CohortTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &cohort = m_cohorts.at(index.row());
    if (index.column() == Cohort) {
        if (role == Qt::DisplayRole || role == RawRole)
            return cohort.month;
        return {};
    }
    if (index.column() == Size) {
        if (role == Qt::DisplayRole)
            return QLocale().toString(cohort.size);
        if (role == RawRole)
            return cohort.size;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    const int k = index.column() - FirstMonth;
    if (k >= cohort.retained.size())
        return {}; // the month has not come yet for this cohort
    const qint64 count = cohort.retained.at(k);
    const double share = cohort.size > 0 ? double(count) / double(cohort.size) : 0.0;
    switch (role) {
    case Qt::DisplayRole:
        return m_percent ? QLocale().toString(share * 100.0, 'f', 1) + QLatin1Char('%')
                         : QLocale().toString(count);
    case RawRole:
        return m_percent ? QVariant(share) : QVariant(count);
    case ShareRole:
        return share;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole: {
        // From white to a deep teal as the share grows; readable text on every shade.
        const int alpha = qBound(0, int(share * 220.0), 220);
        return QColor(0, 121, 107, alpha);
    }
    case Qt::ForegroundRole:
        return share > 0.55 ? QColor(Qt::white) : QVariant();
    case Qt::ToolTipRole:
        return tr("%1: %2 of %3 people visited in month %4")
            .arg(cohort.month, QLocale().toString(count), QLocale().toString(cohort.size))
            .arg(k);
    default:
        return {};
    }
}

QVariant CohortTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Cohort: return tr("Cohort");
    case Size: return tr("People");
    default: return tr("Month %1").arg(section - FirstMonth);
    }
}

} // namespace ui::retention
