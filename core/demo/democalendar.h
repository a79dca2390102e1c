#pragma once

#include "core/demo/demorandom.h"

#include <QDate>
#include <QTimeZone>

#include <vector>

namespace core::demo {

// The demo's history: whole local days of the chain's timezone, ending with `endDate`, with how
// busy a restaurant is on each (weekends and the Spring Festival, May Day and National Day
// holidays above ordinary weekdays) and at which hours (lunch and dinner). Times inside the
// generator are seconds since the first local midnight ("relative"), which fit 32 bits.
class DemoCalendar
{
public:
    static constexpr int Months = 18;

    DemoCalendar(const QDate &endDate, const QTimeZone &zone);

    int days() const { return int(m_midnight.size()) - 1; }
    qint64 base() const { return m_midnight.front(); }          // epoch of the first midnight
    quint32 end() const { return quint32(m_midnight.back() - base()); } // relative, exclusive
    quint32 dayStart(int day) const { return quint32(m_midnight[size_t(day)] - base()); }
    int dayOf(quint32 relative) const;
    const QDate &firstDate() const { return m_first; }

    // Relative weight of a day (about 100 for an ordinary weekday).
    int weight(int day) const { return m_weight[size_t(day)]; }
    int maxWeight() const { return m_maxWeight; }

    // A day in [first, last] drawn by weight (rejection sampling, a bounded number of tries).
    int pickDay(Random &random, int first, int last) const;
    // A relative time on `day` at a restaurant hour (or, `anyHour`, between 8:00 and 23:00 for
    // things done on a phone such as claiming a coupon).
    quint32 timeOn(Random &random, int day, bool anyHour = false) const;
    // A time within [from, to) (relative, to > from) drawn like a visit (day weights, meal
    // hours); uniformly when a few tries find no meal hour in a short range.
    quint32 visitTimeBetween(Random &random, quint32 from, quint32 to) const;

private:
    QDate m_first;
    std::vector<qint64> m_midnight; // days + 1 entries: each day's start, then the end
    std::vector<int> m_weight;
    int m_maxWeight = 1;
};

} // namespace core::demo
