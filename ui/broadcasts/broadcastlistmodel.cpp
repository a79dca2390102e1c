#include "ui/broadcasts/broadcastlistmodel.h"

#include <QLocale>

namespace ui::broadcasts {

namespace bc = core::broadcasts;

BroadcastListModel::BroadcastListModel(ChainFormat format, QObject *parent)
    : QAbstractTableModel(parent)
    , m_format(std::move(format))
{
}

void BroadcastListModel::setBroadcasts(QVector<bc::BroadcastSummary> broadcasts)
{
    beginResetModel();
    m_rows = std::move(broadcasts);
    endResetModel();
}

int BroadcastListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == id)
            return row;
    return -1;
}

QString BroadcastListModel::statusText(const QString &status)
{
    if (status == QLatin1String("queued"))
        return tr("Queued");
    if (status == QLatin1String("sending"))
        return tr("Sending");
    if (status == QLatin1String("done"))
        return tr("Done");
    if (status == QLatin1String("cancelled"))
        return tr("Cancelled");
    return status;
}

int BroadcastListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BroadcastListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BroadcastListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bc::BroadcastSummary &b = m_rows.at(index.row());
    if (role == IdRole)
        return b.id;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Recipients ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                            : QVariant();
    if (role != Qt::DisplayRole && role != RawRole && role != Qt::ToolTipRole)
        return {};
    const bool raw = role == RawRole;
    const QLocale locale;
    const auto number
        = [&](qint64 n) -> QVariant { return raw ? QVariant(n) : locale.toString(n); };
    switch (index.column()) {
    case Title:
        return b.title;
    case Channel:
        if (raw)
            return int(b.channel);
        return b.channel == bc::ChannelKind::Webhook ? tr("Webhook") : tr("SMS file");
    case Created:
        return raw ? QVariant(b.createdAt) : QVariant(m_format.dateTime(b.createdAt));
    case SendAt:
        return raw ? QVariant(b.scheduledAt) : QVariant(m_format.dateTime(b.scheduledAt));
    case Status:
        return raw ? b.status : statusText(b.status);
    case Recipients:
        return number(b.recipients);
    case Sent:
        return number(b.sent);
    case Failed:
        return number(b.failed);
    case Waiting:
        return number(b.pending + b.deferred);
    default:
        return {};
    }
}

QVariant BroadcastListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Title");
    case Channel:
        return tr("Channel");
    case Created:
        return tr("Created");
    case SendAt:
        return tr("Send time");
    case Status:
        return tr("Status");
    case Recipients:
        return tr("Recipients");
    case Sent:
        return tr("Sent");
    case Failed:
        return tr("Failed");
    case Waiting:
        return tr("Waiting");
    default:
        return {};
    }
}

} // namespace ui::broadcasts
