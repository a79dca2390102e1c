#pragma once

#include "core/retention/personrow.h"

#include <QString>

#include <array>
#include <map>
#include <tuple>

namespace core::retention {

// Which people a cell adds up: one group, one cohort month, one cohort branch.
struct CellKey
{
    int group = 0;
    int month = 0;
    qint64 branch = 0;

    bool operator<(const CellKey &other) const
    {
        return std::tie(group, month, branch) < std::tie(other.group, other.month, other.branch);
    }
};

// The sums the report needs for one cell. The rollup keeps one per (group, month, branch) so a
// report reads thousands of cells instead of a million people.
struct Cell
{
    qint64 size = 0;
    qint64 returned30 = 0;
    qint64 returned60 = 0;
    qint64 returned90 = 0;
    qint64 converted = 0;
    std::array<qint64, MaskMonths> retained {};

    // Adds (sign 1) or takes away (sign -1) one person's row.
    void add(const PersonRow &row, qint64 sign);
    void add(const Cell &other);

    // "104 61 55": the retained counts up to the last that is not zero.
    QString retainedText() const;
    bool setRetainedText(const QString &text);
};

using CellMap = std::map<CellKey, Cell>;

CellKey keyOf(const PersonRow &row);

} // namespace core::retention
