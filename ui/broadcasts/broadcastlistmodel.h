#pragma once

#include "core/broadcasts/broadcastservice.h"
#include "ui/shell/chainformat.h"

#include <QAbstractTableModel>
#include <QVector>

namespace ui::broadcasts {

// The broadcasts sent and queued, newest first, with their recipients' counts. Display text is
// formatted here (times in the chain's timezone); RawRole gives the value sorting uses.
class BroadcastListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Title,
        Channel,
        Created,
        SendAt,
        Status,
        Recipients,
        Sent,
        Failed,
        Waiting,
        ColumnCount
    };
    enum DataRole { RawRole = Qt::UserRole, IdRole };

    explicit BroadcastListModel(ChainFormat format, QObject *parent = nullptr);

    void setBroadcasts(QVector<core::broadcasts::BroadcastSummary> broadcasts);
    const core::broadcasts::BroadcastSummary &broadcastAt(int row) const { return m_rows.at(row); }
    // The row of broadcast `id`, or -1.
    int rowOf(qint64 id) const;

    // "Queued", "Sending"... for a broadcast status of the core.
    static QString statusText(const QString &status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ChainFormat m_format;
    QVector<core::broadcasts::BroadcastSummary> m_rows;
};

} // namespace ui::broadcasts
