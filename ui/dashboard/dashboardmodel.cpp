#include "ui/dashboard/dashboardmodel.h"

#include "core/common/money.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <optional>

namespace ui::dashboard {

using core::dashboard::Figures;

namespace {

bool isMoney(int column)
{
    return column == DashboardModel::Revenue || column == DashboardModel::AverageBill
        || column == DashboardModel::StoredValue || column == DashboardModel::TopUps;
}

// The change from `before` to `now` in percent; none when there is nothing to compare with.
std::optional<double> change(const QVariant &now, const QVariant &before)
{
    const double b = before.toDouble(), n = now.toDouble();
    if (b == 0.0 || n == b)
        return std::nullopt;
    return (n - b) / b * 100.0;
}

} // namespace

DashboardModel::DashboardModel(int decimals, QObject *parent)
    : QAbstractTableModel(parent)
    , m_decimals(decimals)
{
}

void DashboardModel::setReport(const core::dashboard::Report &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

const core::dashboard::Row &DashboardModel::row(int r) const
{
    return r < m_report.branches.size() ? m_report.branches.at(r) : m_report.total;
}

int DashboardModel::rowCount(const QModelIndex &parent) const
{
    // No rows before the first report; then the branches and the total.
    if (parent.isValid() || !m_report.period.from.isValid())
        return 0;
    return int(m_report.branches.size()) + 1;
}

int DashboardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DashboardModel::raw(const Figures &f, int column)
{
    switch (column) {
    case Members:
        return f.members;
    case NewMembers:
        return f.newMembers;
    case Visits:
        return f.visits;
    case Revenue:
        return f.revenue;
    case AverageBill:
        return f.averageBill();
    case StoredValue:
        return f.storedValue;
    case TopUps:
        return f.topUps;
    case CouponClaims:
        return f.couponClaims;
    case Redemptions:
        return f.redemptions;
    case RepeatRate:
        return f.repeatRate();
    case AverageRating:
        return f.averageRating();
    default:
        return {};
    }
}

QString DashboardModel::format(const QVariant &value, int column) const
{
    const QLocale locale;
    if (isMoney(column))
        return core::money::toDisplay(value.toLongLong(), locale, m_decimals);
    if (column == RepeatRate)
        return locale.toString(value.toDouble() * 100.0, 'f', 1) + QLatin1Char('%');
    if (column == AverageRating)
        return value.toDouble() == 0.0 ? QStringLiteral("–")
                                       : locale.toString(value.toDouble(), 'f', 2);
    return locale.toString(value.toLongLong());
}

QVariant DashboardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto &r = row(index.row());
    const bool total = r.branchId == 0;
    const int column = index.column();
    switch (role) {
    case BranchIdRole:
        return r.branchId;
    case IsTotalRole:
        return total;
    case Qt::FontRole: {
        if (!total)
            return {};
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    default:
        break;
    }
    if (column == Branch) {
        switch (role) {
        case Qt::DisplayRole:
            return total ? tr("Chain total") : r.code + QStringLiteral(" · ") + r.name;
        case SortRole:
            return total ? QString() : r.code;
        default:
            return {};
        }
    }
    const QVariant now = raw(r.current, column), before = raw(r.previous, column);
    const auto delta = change(now, before);
    switch (role) {
    case Qt::DisplayRole: {
        QString text = format(now, column);
        if (delta)
            text += QStringLiteral("  %1%2%").arg(
                *delta > 0 ? QStringLiteral("▲") : QStringLiteral("▼"),
                QLocale().toString(qAbs(*delta), 'f', qAbs(*delta) < 10 ? 1 : 0));
        return text;
    }
    case Qt::ForegroundRole:
        if (!delta)
            return {};
        return QBrush(*delta > 0 ? QColor(46, 125, 50) : QColor(198, 40, 40));
    case Qt::ToolTipRole:
        return tr("%1 to %2: %3\n%4 to %5: %6")
            .arg(QLocale().toString(m_report.period.from, QLocale::ShortFormat),
                QLocale().toString(m_report.period.to, QLocale::ShortFormat), format(now, column),
                QLocale().toString(m_report.comparison.from, QLocale::ShortFormat),
                QLocale().toString(m_report.comparison.to, QLocale::ShortFormat),
                format(before, column));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case SortRole:
        return now;
    case PreviousRole:
        return before;
    default:
        return {};
    }
}

QVariant DashboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Branch:
        return tr("Branch");
    case Members:
        return tr("Members");
    case NewMembers:
        return tr("New members");
    case Visits:
        return tr("Visits");
    case Revenue:
        return tr("Revenue");
    case AverageBill:
        return tr("Average bill");
    case StoredValue:
        return tr("Stored value");
    case TopUps:
        return tr("Top-ups");
    case CouponClaims:
        return tr("Coupon claims");
    case Redemptions:
        return tr("Redemptions");
    case RepeatRate:
        return tr("Repeat visits");
    case AverageRating:
        return tr("Rating");
    default:
        return {};
    }
}

} // namespace ui::dashboard
