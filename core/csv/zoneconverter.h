#pragma once

#include <QTimeZone>

#include <vector>

namespace core::csv {

// Wall-clock times of one time zone to UTC epoch seconds, fast enough for every row of a
// ten-million-row import. The zone's offset changes from 1900 to 2100 are read from QTimeZone
// once; a conversion is then one comparison for a time after the zone's last change (every
// zone without daylight saving time today, such as Asia/Shanghai) or a binary search over the
// changes (America/New_York). Outside that span QTimeZone is asked for each value (a few
// microseconds).
//
// Local times that never happen (the hour skipped when clocks go forward) are moved forward by
// the length of the gap: 02:30 on a spring-forward night in New York is read as 03:30 EDT, as
// if the clock had not been changed yet. Local times that happen twice (the hour repeated when
// clocks go back) are read as the first of the two, still on daylight saving time. Either way
// no value is refused for falling in a gap, and the answer does not depend on the system zone.
//
// Immutable after construction: one converter may serve several threads.
class ZoneConverter
{
public:
    explicit ZoneConverter(const QTimeZone &zone = QTimeZone::utc());

    const QTimeZone &zone() const { return m_zone; }

    // `localSeconds`: the wall-clock time as seconds since 1970-01-01 00:00 of the same calendar
    // (see localSeconds()).
    qint64 toUtc(qint64 localSeconds) const
    {
        if (localSeconds >= m_stableFrom && localSeconds < m_stableUntil)
            return localSeconds - m_stableOffset;
        return toUtcSearch(localSeconds);
    }

    // Days since 1970-01-01 of a proleptic Gregorian date; the date must be valid.
    static qint64 daysFromCivil(int year, int month, int day);
    static qint64 localSeconds(int year, int month, int day, int secondOfDay)
    {
        return daysFromCivil(year, month, day) * 86400 + secondOfDay;
    }

private:
    qint64 toUtcSearch(qint64 localSeconds) const;
    qint64 toUtcByQt(qint64 localSeconds) const;

    QTimeZone m_zone;
    // Segment i has offset m_offsets[i] from m_starts[i] (UTC) to m_starts[i + 1]; the last one
    // runs to m_end. Empty when the zone offers no transition data and has daylight saving
    // time: then every value goes through QTimeZone.
    std::vector<qint64> m_starts;
    std::vector<int> m_offsets;
    qint64 m_end = 0;
    // Local times in [m_stableFrom, m_stableUntil) lie well inside the last segment.
    qint64 m_stableFrom = 0;
    qint64 m_stableUntil = 0;
    int m_stableOffset = 0;
};

} // namespace core::csv
