#include "core/retention/retentioncell.h"

#include <QtAlgorithms>

namespace core::retention {

void Cell::add(const PersonRow &row, qint64 sign)
{
    size += sign;
    if (row.returnDays >= 0) {
        returned30 += row.returnDays <= 30 ? sign : 0;
        returned60 += row.returnDays <= 60 ? sign : 0;
        returned90 += row.returnDays <= 90 ? sign : 0;
    }
    converted += row.converted ? sign : 0;
    for (quint64 mask = row.monthsMask; mask != 0; mask &= mask - 1)
        retained[size_t(qCountTrailingZeroBits(mask))] += sign;
}

void Cell::add(const Cell &other)
{
    size += other.size;
    returned30 += other.returned30;
    returned60 += other.returned60;
    returned90 += other.returned90;
    converted += other.converted;
    for (size_t k = 0; k < retained.size(); ++k)
        retained[k] += other.retained[k];
}

QString Cell::retainedText() const
{
    int last = int(retained.size()) - 1;
    while (last > 0 && retained[size_t(last)] == 0)
        --last;
    QString text;
    for (int k = 0; k <= last; ++k) {
        if (k > 0)
            text += QLatin1Char(' ');
        text += QString::number(retained[size_t(k)]);
    }
    return text;
}

bool Cell::setRetainedText(const QString &text)
{
    retained.fill(0);
    size_t k = 0;
    qint64 value = 0;
    bool inNumber = false;
    for (const QChar c : text) {
        if (c.isDigit()) {
            value = value * 10 + c.digitValue();
            inNumber = true;
        } else if (c == QLatin1Char(' ')) {
            if (!inNumber || k >= retained.size())
                return false;
            retained[k++] = value;
            value = 0;
            inNumber = false;
        } else {
            return false;
        }
    }
    if (inNumber) {
        if (k >= retained.size())
            return false;
        retained[k] = value;
    }
    return true;
}

CellKey keyOf(const PersonRow &row)
{
    return CellKey { int(row.group), row.cohortMonth, row.branchId };
}

} // namespace core::retention
