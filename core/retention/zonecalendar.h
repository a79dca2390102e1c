#pragma once

#include <QTimeZone>

#include <vector>

namespace core::retention {

// Local calendar days and months of UTC epoch seconds in one time zone, fast enough to apply to
// every visit of a chain (tens of millions): the zone's offset changes are read from QTimeZone
// once, then each conversion is a lookup. Never uses the system time zone.
//
// A day is numbered from 1970-01-01 (local); a month index is year * 12 + (month - 1).
class ZoneCalendar
{
public:
    explicit ZoneCalendar(const QTimeZone &zone);

    int offsetAt(qint64 utcSeconds) const;
    // Inline for the common case: after the zone's last offset change (for zones without
    // daylight saving time, most of the time).
    qint64 dayOf(qint64 utcSeconds) const
    {
        if (utcSeconds >= m_stableFrom && utcSeconds < m_last)
            return floorDiv(utcSeconds + m_stableOffset, 86400);
        return floorDiv(utcSeconds + offsetAt(utcSeconds), 86400);
    }
    int monthOf(qint64 utcSeconds) const { return monthOfDay(dayOf(utcSeconds)); }

    int monthOfDay(qint64 day) const
    {
        const qint64 i = day - m_firstDay;
        if (i >= 0 && i < qint64(m_monthOfDay.size()))
            return m_monthOfDay[size_t(i)];
        return civilMonthOfDay(day);
    }

    static int monthIndex(int year, int month) { return year * 12 + (month - 1); }
    static int yearOfMonth(int monthIndex) { return monthIndex / 12; }
    static int monthOfMonth(int monthIndex) { return monthIndex % 12 + 1; }
    // "2025-03"
    static QString monthName(int monthIndex);

private:
    static qint64 floorDiv(qint64 a, qint64 b)
    {
        const qint64 q = a / b;
        return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
    }
    static int civilMonthOfDay(qint64 day);

    QTimeZone m_zone;
    // Offsets in force from m_changes[i] (UTC seconds) until the next change; m_offsets[0] holds
    // before the first change. Built for [m_first, m_last); outside, QTimeZone is asked.
    std::vector<qint64> m_changes;
    std::vector<int> m_offsets;
    qint64 m_first = 0;
    qint64 m_last = 0;
    qint64 m_stableFrom = 0; // the last change in the table: one offset from here to m_last
    int m_stableOffset = 0;
    // The month index of each local day from m_firstDay on.
    std::vector<int> m_monthOfDay;
    qint64 m_firstDay = 0;
};

} // namespace core::retention
