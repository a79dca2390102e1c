#pragma once

#include "core/wallet/walletservice.h"
#include "ui/members/recordtablemodel.h"

namespace ui::members {

// A member's wallet ledger, newest first (core::wallet::WalletService::latestEntries).
class LedgerTableModel final : public RecordTableModel<core::wallet::Entry>
{
    Q_OBJECT
public:
    enum Column { When, Branch, Kind, Principal, Bonus, Operator, Note, ColumnCount };

    explicit LedgerTableModel(ChainFormat format, QObject *parent = nullptr);

    static QString kindText(core::wallet::EntryKind kind);

private:
    QString header(int column) const override;
    QString text(const core::wallet::Entry &entry, int column) const override;
    QVariant raw(const core::wallet::Entry &entry, int column) const override;
    bool isAmount(int column) const override { return column == Principal || column == Bonus; }
};

} // namespace ui::members
