#include "core/csv/zoneconverter.h"

#include <QDateTime>

#include <algorithm>

namespace core::csv {

namespace {

// The span served from the table: 1900-01-01 to 2100-01-01 UTC.
constexpr qint64 tableFirst = Q_INT64_C(-2208988800);
constexpr qint64 tableEnd = Q_INT64_C(4102444800);
// No zone is more than 14 hours from UTC; 18 hours leave room.
constexpr qint64 reach = 18 * 3600;
constexpr qint64 margin = 2 * 86400;

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

} // namespace

ZoneConverter::ZoneConverter(const QTimeZone &zone)
    : m_zone(zone.isValid() ? zone : QTimeZone::utc())
    , m_end(tableEnd)
{
    const QDateTime from = QDateTime::fromSecsSinceEpoch(tableFirst, QTimeZone::utc());
    const QDateTime to = QDateTime::fromSecsSinceEpoch(tableEnd, QTimeZone::utc());
    if (m_zone.hasTransitions()) {
        m_starts.push_back(tableFirst);
        m_offsets.push_back(m_zone.offsetFromUtc(from));
        const QTimeZone::OffsetDataList changes = m_zone.transitions(from, to);
        for (const QTimeZone::OffsetData &change : changes) {
            const qint64 at = change.atUtc.toSecsSinceEpoch();
            if (at <= m_starts.back() || at >= tableEnd || change.offsetFromUtc == m_offsets.back())
                continue;
            m_starts.push_back(at);
            m_offsets.push_back(change.offsetFromUtc);
        }
        // Qt 6.4's transitions() stops where the zone database stops spelling changes out
        // (2037), while nextTransition() goes on by the zone's rule.
        for (;;) {
            const QTimeZone::OffsetData next = m_zone.nextTransition(
                QDateTime::fromSecsSinceEpoch(m_starts.back() + 1, QTimeZone::utc()));
            if (!next.atUtc.isValid())
                break;
            const qint64 at = next.atUtc.toSecsSinceEpoch();
            if (at <= m_starts.back() || at >= tableEnd)
                break;
            // Kept even when only the zone's name changes: the walk goes on from it.
            m_starts.push_back(at);
            m_offsets.push_back(next.offsetFromUtc);
        }
    } else if (!m_zone.hasDaylightTime()) {
        // A fixed offset (UTC, "UTC+08:00") or a backend without transition data for a zone
        // that has never changed.
        m_starts.push_back(tableFirst);
        m_offsets.push_back(m_zone.offsetFromUtc(QDateTime::currentDateTimeUtc()));
    }
    if (m_zone.hasTransitions() && !m_starts.empty()) {
        // Should a backend still list fewer changes than the zone goes on to make, probe the
        // two years after the last one listed; if the offset still moves, values after it go
        // through QTimeZone.
        const qint64 last = m_starts.back();
        for (qint64 probe = last + 15 * 86400; probe < last + 2 * 366 * 86400 && probe < tableEnd;
             probe += 30 * 86400) {
            if (m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(probe, QTimeZone::utc()))
                != m_offsets.back()) {
                m_end = last;
                break;
            }
        }
    }
    if (!m_starts.empty()) {
        m_stableOffset = m_offsets.back();
        m_stableFrom = m_starts.back() + m_stableOffset + margin;
        m_stableUntil = m_end + m_stableOffset - margin;
        if (m_stableUntil < m_stableFrom)
            m_stableUntil = m_stableFrom;
    }
}

qint64 ZoneConverter::daysFromCivil(int year, int month, int day)
{
    // H. Hinnant's days_from_civil.
    const qint64 y = qint64(year) - (month <= 2 ? 1 : 0);
    const qint64 era = floorDiv(y, 400);
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

qint64 ZoneConverter::toUtcSearch(qint64 local) const
{
    if (m_starts.empty() || local < tableFirst + margin || local >= m_end - margin)
        return toUtcByQt(local);
    const auto offsetAt = [this](qint64 utc) {
        const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), utc);
        return m_offsets[size_t(std::max<qint64>(0, (it - m_starts.begin()) - 1))];
    };
    // The offset in force a little before and a little after: the answer is one of the two.
    const int before = offsetAt(local - reach);
    const int after = offsetAt(local + reach);
    if (before == after)
        return local - before;
    if (offsetAt(local - before) == before)
        return local - before; // first of two, or the only one
    if (offsetAt(local - after) == after)
        return local - after;
    return local - before; // in the gap: read with the offset before it
}

qint64 ZoneConverter::toUtcByQt(qint64 local) const
{
    const auto offsetAt = [this](qint64 utc) {
        return m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utc, QTimeZone::utc()));
    };
    const int before = offsetAt(local - reach);
    const int after = offsetAt(local + reach);
    if (before != after && offsetAt(local - before) != before && offsetAt(local - after) == after)
        return local - after;
    return local - before;
}

} // namespace core::csv
