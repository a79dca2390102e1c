#include "core/retention/zonecalendar.h"

#include <QDateTime>

#include <algorithm>

namespace core::retention {

namespace {

constexpr qint64 secondsPerDay = 86400;
// The span served from tables: 1970-01-01 to 2100-01-01 UTC. Anything outside is still right,
// only slower.
constexpr qint64 tableFirst = 0;
constexpr qint64 tableLast = Q_INT64_C(4102444800);

} // namespace

// Days since 1970-01-01 to (year, month), the proleptic Gregorian calendar (H. Hinnant's
// civil_from_days).
int ZoneCalendar::civilMonthOfDay(qint64 day)
{
    const qint64 z = day + 719468;
    const qint64 era = floorDiv(z, 146097);
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    return int(year * 12 + (month - 1));
}

ZoneCalendar::ZoneCalendar(const QTimeZone &zone)
    : m_zone(zone)
    , m_first(tableFirst)
    , m_last(tableLast)
{
    const QDateTime from = QDateTime::fromSecsSinceEpoch(m_first, QTimeZone::utc());
    const QDateTime to = QDateTime::fromSecsSinceEpoch(m_last, QTimeZone::utc());
    m_offsets.push_back(m_zone.isValid() ? m_zone.offsetFromUtc(from) : 0);
    if (m_zone.isValid() && m_zone.hasTransitions()) {
        const QTimeZone::OffsetDataList changes = m_zone.transitions(from, to);
        for (const QTimeZone::OffsetData &change : changes) {
            const qint64 at = change.atUtc.toSecsSinceEpoch();
            if (at <= m_first || at >= m_last)
                continue;
            if (change.offsetFromUtc == m_offsets.back())
                continue;
            m_changes.push_back(at);
            m_offsets.push_back(change.offsetFromUtc);
        }
    }
    m_stableFrom = m_changes.empty() ? m_first : m_changes.back();
    m_stableOffset = m_offsets.back();
    m_firstDay = floorDiv(m_first, secondsPerDay) - 1;
    const qint64 lastDay = floorDiv(m_last, secondsPerDay) + 1;
    m_monthOfDay.reserve(size_t(lastDay - m_firstDay + 1));
    for (qint64 day = m_firstDay; day <= lastDay; ++day)
        m_monthOfDay.push_back(civilMonthOfDay(day));
}

int ZoneCalendar::offsetAt(qint64 utcSeconds) const
{
    if (utcSeconds < m_first || utcSeconds >= m_last) {
        if (!m_zone.isValid())
            return 0;
        return m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSeconds, QTimeZone::utc()));
    }
    if (m_changes.empty())
        return m_offsets.front();
    const auto it = std::upper_bound(m_changes.begin(), m_changes.end(), utcSeconds);
    return m_offsets[size_t(it - m_changes.begin())];
}

QString ZoneCalendar::monthName(int monthIndex)
{
    return QStringLiteral("%1-%2")
        .arg(yearOfMonth(monthIndex), 4, 10, QLatin1Char('0'))
        .arg(monthOfMonth(monthIndex), 2, 10, QLatin1Char('0'));
}

} // namespace core::retention
