#pragma once

#include "core/reviews/review.h"
#include "ui/members/recordtablemodel.h"

namespace ui::members {

// A member's verified reviews, newest first (core::reviews::ReviewService::list).
class ReviewTableModel final : public RecordTableModel<core::reviews::Review>
{
    Q_OBJECT
public:
    enum Column { When, Branch, Receipt, Rating, Text, Reply, ColumnCount };

    explicit ReviewTableModel(ChainFormat format, QObject *parent = nullptr);

private:
    QString header(int column) const override;
    QString text(const core::reviews::Review &review, int column) const override;
    QVariant raw(const core::reviews::Review &review, int column) const override;
};

} // namespace ui::members
