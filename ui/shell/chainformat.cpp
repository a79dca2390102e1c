#include "ui/shell/chainformat.h"

#include "core/common/money.h"

#include <QDateTime>
#include <QLocale>

namespace ui {

ChainFormat::ChainFormat(const core::chain::ChainSettings &settings)
    : m_zone(settings.timeZone())
    , m_decimals(settings.decimals())
{
}

QString ChainFormat::date(qint64 utcSeconds) const
{
    if (utcSeconds == 0)
        return {};
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(utcSeconds, m_zone).date(),
                              QLocale::ShortFormat);
}

QString ChainFormat::dateTime(qint64 utcSeconds) const
{
    if (utcSeconds == 0)
        return {};
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(utcSeconds, m_zone),
                              QLocale::ShortFormat);
}

QString ChainFormat::money(qint64 minor) const
{
    return core::money::toDisplay(minor, QLocale(), m_decimals);
}

} // namespace ui
