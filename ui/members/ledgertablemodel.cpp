#include "ui/members/ledgertablemodel.h"

namespace ui::members {

using core::wallet::EntryKind;

LedgerTableModel::LedgerTableModel(ChainFormat format, QObject *parent)
    : RecordTableModel(std::move(format), ColumnCount, parent)
{
}

QString LedgerTableModel::kindText(EntryKind kind)
{
    switch (kind) {
    case EntryKind::TopUp: return tr("Top-up");
    case EntryKind::Bonus: return tr("Bonus");
    case EntryKind::Spend: return tr("Spend");
    case EntryKind::Refund: return tr("Refund");
    case EntryKind::Reversal: return tr("Reversal");
    case EntryKind::Adjustment: return tr("Adjustment");
    }
    return {};
}

QString LedgerTableModel::header(int column) const
{
    switch (Column(column)) {
    case When: return tr("When");
    case Branch: return tr("Branch");
    case Kind: return tr("Kind");
    case Principal: return tr("Principal");
    case Bonus: return tr("Bonus");
    case Operator: return tr("Operator");
    case Note: return tr("Note");
    case ColumnCount: break;
    }
    return {};
}

QString LedgerTableModel::text(const core::wallet::Entry &e, int column) const
{
    switch (Column(column)) {
    case When: return m_format.dateTime(e.occurredAt);
    case Branch: return m_format.branch(e.branchId);
    case Kind: return kindText(e.kind);
    case Principal: return e.principal == 0 ? QString() : m_format.money(e.principal);
    case Bonus: return e.bonus == 0 ? QString() : m_format.money(e.bonus);
    case Operator: return e.operatorName;
    case Note: return e.note;
    case ColumnCount: break;
    }
    return {};
}

QVariant LedgerTableModel::raw(const core::wallet::Entry &e, int column) const
{
    switch (Column(column)) {
    case When: return e.occurredAt;
    case Branch: return e.branchId;
    case Kind: return core::wallet::kindName(e.kind);
    case Principal: return e.principal;
    case Bonus: return e.bonus;
    case Operator: return e.operatorName;
    case Note: return e.note;
    case ColumnCount: break;
    }
    return {};
}

} // namespace ui::members
