#pragma once

#include "ui/shell/chainformat.h"

#include <QAbstractTableModel>
#include <QVector>

namespace ui::members {

// A read-only table of records a core service returned (a member's ledger, visits, claims...):
// the rows are the records as given, and a subclass says per column what to show (text(),
// formatted) and what to sort by (raw(), RawRole).
template<typename Record>
class RecordTableModel : public QAbstractTableModel
{
public:
    enum Role { RawRole = Qt::UserRole };

    void setRecords(QVector<Record> records)
    {
        beginResetModel();
        m_records = std::move(records);
        endResetModel();
    }
    const QVector<Record> &records() const { return m_records; }
    // How the next setRecords() shows times, money and branches.
    void setFormat(ChainFormat format) { m_format = std::move(format); }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_records.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_columns;
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Record &record = m_records.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole: return text(record, index.column());
        case RawRole: return raw(record, index.column());
        case Qt::TextAlignmentRole:
            if (isAmount(index.column()))
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        default: return {};
        }
    }
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0
            && section < m_columns)
            return header(section);
        return QAbstractTableModel::headerData(section, orientation, role);
    }

protected:
    RecordTableModel(ChainFormat format, int columns, QObject *parent)
        : QAbstractTableModel(parent)
        , m_format(std::move(format))
        , m_columns(columns)
    {
    }

    virtual QString header(int column) const = 0;
    virtual QString text(const Record &record, int column) const = 0;
    virtual QVariant raw(const Record &record, int column) const = 0;
    virtual bool isAmount(int column) const
    {
        Q_UNUSED(column);
        return false;
    }

    ChainFormat m_format;

private:
    QVector<Record> m_records;
    int m_columns;
};

} // namespace ui::members
