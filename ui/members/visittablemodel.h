#pragma once

#include "core/visits/visit.h"
#include "ui/members/recordtablemodel.h"

namespace ui::members {

// A member's bills, newest first (core::visits::VisitService::listForPerson).
class VisitTableModel final : public RecordTableModel<core::visits::Visit>
{
    Q_OBJECT
public:
    enum Column { When, Branch, Receipt, Kind, Amount, Source, ColumnCount };

    explicit VisitTableModel(ChainFormat format, QObject *parent = nullptr);

private:
    QString header(int column) const override;
    QString text(const core::visits::Visit &visit, int column) const override;
    QVariant raw(const core::visits::Visit &visit, int column) const override;
    bool isAmount(int column) const override { return column == Amount; }
};

} // namespace ui::members
