#include "ui/members/visittablemodel.h"

namespace ui::members {

using core::visits::VisitSource;

VisitTableModel::VisitTableModel(ChainFormat format, QObject *parent)
    : RecordTableModel(std::move(format), ColumnCount, parent)
{
}

QString VisitTableModel::header(int column) const
{
    switch (Column(column)) {
    case When: return tr("When");
    case Branch: return tr("Branch");
    case Receipt: return tr("Receipt");
    case Kind: return tr("Kind");
    case Amount: return tr("Amount");
    case Source: return tr("Source");
    case ColumnCount: break;
    }
    return {};
}

QString VisitTableModel::text(const core::visits::Visit &v, int column) const
{
    switch (Column(column)) {
    case When: return m_format.dateTime(v.occurredAt);
    case Branch: return m_format.branch(v.branchId);
    case Receipt: return v.receiptNo;
    case Kind: {
        const QString kind = v.isSale() ? tr("Sale") : tr("Refund");
        return v.isVoided() ? tr("%1 (voided %2)").arg(kind, m_format.date(v.voidedAt)) : kind;
    }
    case Amount: return m_format.money(v.amount);
    case Source:
        switch (v.source) {
        case VisitSource::Counter: return tr("Counter");
        case VisitSource::Import: return tr("Import");
        case VisitSource::Demo: return tr("Demo data");
        }
        return {};
    case ColumnCount: break;
    }
    return {};
}

QVariant VisitTableModel::raw(const core::visits::Visit &v, int column) const
{
    switch (Column(column)) {
    case When: return v.occurredAt;
    case Branch: return v.branchId;
    case Receipt: return v.receiptNo;
    case Kind: return core::visits::kindName(v.kind);
    case Amount: return v.amount;
    case Source: return core::visits::sourceName(v.source);
    case ColumnCount: break;
    }
    return {};
}

} // namespace ui::members
