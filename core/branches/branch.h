#pragma once

#include <QString>

#include <optional>

namespace core::branches {

struct Branch
{
    qint64 id = 0;
    QString code; // short and unique, e.g. B01
    QString name;
    QString city;
    QString address;
    QString phone;
    std::optional<double> latitude; // coordinates are not money: doubles are fine here
    std::optional<double> longitude;
    QString timezone; // empty: the chain's
    bool active = true;
};

} // namespace core::branches
