#include "core/demo/democalendar.h"

#include <QDateTime>

#include <algorithm>
#include <iterator>

namespace core::demo {

namespace {

// The first day of the Spring Festival (正月初一) by Gregorian date. Years outside the table get
// no festival: the demo only needs the years around today.
struct FestivalDay
{
    int year, month, day;
};
const FestivalDay springFestival[] = {
    { 2018, 2, 16 }, { 2019, 2, 5 },  { 2020, 1, 25 }, { 2021, 2, 12 }, { 2022, 2, 1 },
    { 2023, 1, 22 }, { 2024, 2, 10 }, { 2025, 1, 29 }, { 2026, 2, 17 }, { 2027, 2, 6 },
    { 2028, 1, 26 }, { 2029, 2, 13 }, { 2030, 2, 3 },  { 2031, 1, 23 }, { 2032, 2, 11 },
    { 2033, 1, 31 }, { 2034, 2, 19 }, { 2035, 2, 8 },  { 2036, 1, 28 }, { 2037, 2, 15 },
};

// Busyness by weekday, Monday first: weekends are the peaks.
const int weekdayWeight[7] = { 82, 80, 86, 92, 118, 152, 138 };

// Busyness by local hour for bills: lunch and dinner.
const int visitHourWeight[24] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2,  14, 22, 9,
                                  3, 2, 3, 11, 20, 15, 6, 2, 1, 0 };
// Phones are used all day.
const int phoneHourWeight[24] = { 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 4, 6, 7, 5,
                                  4, 4, 4, 5, 6, 7, 8, 8, 6, 0 };

int sum(const int *weights, int count)
{
    int total = 0;
    for (int i = 0; i < count; ++i)
        total += weights[i];
    return total;
}

// Percent applied to a day's weekday weight for the holidays.
int holidayPercent(const QDate &date)
{
    const int m = date.month();
    const int d = date.day();
    if (m == 10 && d <= 7) // National Day golden week
        return 150;
    if (m == 5 && d <= 5) // May Day
        return 130;
    if (m == 2 && d == 14)
        return 135;
    for (const FestivalDay &f : springFestival) {
        if (f.year != date.year() && f.year != date.year() + 1)
            continue;
        const qint64 offset = QDate(f.year, f.month, f.day).daysTo(date);
        if (offset == -1) // New Year's Eve dinner
            return 190;
        if (offset >= 0 && offset <= 6)
            return 145;
        if (offset >= -8 && offset <= -2) // colleagues' year-end dinners
            return 120;
    }
    return 100;
}

} // namespace

DemoCalendar::DemoCalendar(const QDate &endDate, const QTimeZone &zone)
{
    m_first = endDate.addMonths(-Months).addDays(1);
    const int count = int(m_first.daysTo(endDate)) + 1;
    m_midnight.reserve(size_t(count) + 1);
    m_weight.reserve(size_t(count));
    for (int i = 0; i <= count; ++i) {
        const QDate date = m_first.addDays(i);
        m_midnight.push_back(QDateTime(date, QTime(0, 0), zone).toSecsSinceEpoch());
        if (i == count)
            break;
        const int w = weekdayWeight[date.dayOfWeek() - 1] * holidayPercent(date) / 100;
        m_weight.push_back(w);
        m_maxWeight = std::max(m_maxWeight, w);
    }
}

int DemoCalendar::dayOf(quint32 relative) const
{
    const qint64 at = base() + qint64(relative);
    // The first midnight after `at`, minus one.
    const auto it = std::upper_bound(m_midnight.begin(), m_midnight.end(), at);
    const int day = int(std::distance(m_midnight.begin(), it)) - 1;
    return std::clamp(day, 0, days() - 1);
}

int DemoCalendar::pickDay(Random &random, int first, int last) const
{
    const quint32 span = quint32(last - first + 1);
    int day = first;
    for (int attempt = 0; attempt < 8; ++attempt) {
        day = first + int(random.below(span));
        if (random.below(quint32(m_maxWeight)) < quint32(m_weight[size_t(day)]))
            break;
    }
    return day;
}

quint32 DemoCalendar::timeOn(Random &random, int day, bool anyHour) const
{
    const int *hours = anyHour ? phoneHourWeight : visitHourWeight;
    static const int visitTotal = sum(visitHourWeight, 24);
    static const int phoneTotal = sum(phoneHourWeight, 24);
    const int hour = random.pick(hours, 24, quint32(anyHour ? phoneTotal : visitTotal));
    const quint32 length = quint32(m_midnight[size_t(day) + 1] - m_midnight[size_t(day)]);
    const quint32 offset = quint32(hour) * 3600 + random.below(3600);
    return dayStart(day) + std::min(offset, length - 1);
}

quint32 DemoCalendar::visitTimeBetween(Random &random, quint32 from, quint32 to) const
{
    if (to - from >= 3600) {
        const int first = dayOf(from);
        const int last = dayOf(to - 1);
        for (int attempt = 0; attempt < 4; ++attempt) {
            const quint32 t = timeOn(random, pickDay(random, first, last));
            if (t >= from && t < to)
                return t;
        }
    }
    return from + random.below(to - from);
}

} // namespace core::demo
