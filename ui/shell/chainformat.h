#pragma once

#include "core/chain/chainsettings.h"

#include <QHash>
#include <QString>
#include <QTimeZone>

namespace ui {

// How pages show chain data: times in the chain's timezone and the user's locale, money in the
// chain's currency digits, branches by code.
class ChainFormat
{
public:
    explicit ChainFormat(const core::chain::ChainSettings &settings);

    // Empty for 0 (no such time).
    QString date(qint64 utcSeconds) const;
    QString dateTime(qint64 utcSeconds) const;
    QString money(qint64 minor) const;
    int decimals() const { return m_decimals; }
    const QTimeZone &zone() const { return m_zone; }

    void setBranchCodes(QHash<qint64, QString> codes) { m_branches = std::move(codes); }
    // The branch's code; empty for 0 or a branch unknown here.
    QString branch(qint64 branchId) const { return m_branches.value(branchId); }

private:
    QTimeZone m_zone;
    int m_decimals = 2;
    QHash<qint64, QString> m_branches;
};

} // namespace ui
