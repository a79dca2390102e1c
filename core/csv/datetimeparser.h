#pragma once

#include "core/common/result.h"
#include "core/csv/dateformat.h"
#include "core/csv/zoneconverter.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QTimeZone>

#include <memory>

namespace core::csv {

// Reads the dates and times of one CSV column into UTC epoch seconds.
//
// Forms read without being told: ISO 8601 (2025-03-14, 2025-03-14 12:30, 2025-03-14T12:30:00,
// with Z or +08:00/-0400 offsets, which are then honoured), 2025/3/14 [12:30], 2025.3.14,
// 2025年3月14日 [12:30 | 12时30分], 20250314, and day/month/year forms with / - or .
// (31/12/2025 14:05, 7/28/26 1:33 PM, 05-01-2024, 31.12.2025) whose order of day and month
// comes from the column (see detect()). Times: H:mm[:ss[.fff]], with AM/PM, a.m./p.m. or
// 上午/下午 before or after; an offset after the time (Z, +08:00, -0400, UTC+8). Values without
// an offset are wall-clock times of the chain's time zone (see ZoneConverter for the hour
// that is skipped or repeated when clocks change). Two-digit years are 2000 + yy.
//
// An ambiguous value (3/4/2025: 3 April or March 4) is never guessed: detect() decides the
// order for the whole column from its values, and a column where every value is ambiguous is
// an error that asks for --date-format. Dotted dates (31.12.2025) are day first by the
// convention of every country that writes them. A value whose day and month are equal (3/3/2025)
// reads the same either way and needs no decision.
//
// The common forms are read by hand, digit by digit, and converted through a table of the
// zone's offset changes (well under 100 ns a value; tst_fieldparsers_dates prints figures);
// copies are cheap and a parser may be used from several threads.
class DateTimeParser
{
public:
    explicit DateTimeParser(const QTimeZone &zone = QTimeZone::utc(),
                            DateOrder order = DateOrder::Unknown);

    // The parser for one column, from its values (all of them, or as many as the importer
    // can look at first; empty ones are skipped). `explicitFormat` (--date-format) always wins:
    // a QDateTime format such as "dd/MM/yyyy HH:mm" or "d/M/yy h:mm AP", or just the order
    // "DMY" / "MDY". `column` names the column in the error.
    static Result<DateTimeParser> detect(const QStringList &samples, const QString &explicitFormat,
                                         const QTimeZone &zone, const QString &column = {});
    // The parser for an explicit format or order alone.
    static Result<DateTimeParser> withFormat(const QString &explicitFormat, const QTimeZone &zone);

    // UTC epoch seconds.
    Result<qint64> parse(QStringView text) const;
    // A date column and a time column that belong together (Square "Date" + "Time", Toast
    // "Opened Date" + "Opened Time"). An empty time reads the date alone, as midnight.
    Result<qint64> parse(QStringView date, QStringView time) const;
    // A date with no time of day, or midnight: birthdays.
    Result<QDate> parseDate(QStringView text) const;
    // The value as written, before the time zone is applied.
    Result<LocalDateTime> parseLocal(QStringView text) const;

    qint64 toUtc(const LocalDateTime &local) const;

    // The same parser (order, format) for wall-clock times of another zone: for files that
    // name the zone of each row (Square's "Time Zone" column).
    DateTimeParser withZone(const QTimeZone &zone) const;
    // A zone as exports name it: an IANA id ("Asia/Shanghai"), an offset ("UTC+8", "+08:00",
    // "GMT-05:00", "UTC"), or one of the Rails-style names Square writes ("Eastern Time (US &
    // Canada)", "Pacific Time (US & Canada)", "London", "Sydney", "Beijing"...). An invalid
    // QTimeZone when the name is none of these.
    static QTimeZone zoneFromName(QStringView name);

    DateOrder order() const { return m_order; }
    const QTimeZone &zone() const { return m_converter->zone(); }
    // The explicit format, if any.
    QString format() const;

private:
    enum class Status { Ok, NoMatch, Ambiguous, NoSuchDate, NoSuchTime, FormatMismatch, Mixed };

    Status scan(QStringView text, LocalDateTime &out) const;
    Status scanJoined(QStringView date, QStringView time, LocalDateTime &out) const;
    Error error(Status status, QStringView text) const;

    DateOrder m_order = DateOrder::Unknown;
    std::shared_ptr<const ZoneConverter> m_converter;
    std::shared_ptr<const DateFormat> m_format;

    friend class DateOrderSniffer;
};

// Decides the order of day and month of one column from its values, fed one at a time (so an
// importer can look at a column while it streams the file once).
class DateOrderSniffer
{
public:
    void add(QStringView value);

    // DayFirst or MonthFirst when some value decides it; Unknown when no value needs an order
    // (ISO dates, dotted dates, 3/3/2025). An error when values contradict each other, or when
    // some need an order and none gives it.
    Result<DateOrder> result(const QString &column = {}) const;

private:
    int m_dayFirst = 0;
    int m_monthFirst = 0;
    int m_ambiguous = 0;
    QString m_dayFirstExample;
    QString m_monthFirstExample;
    QString m_ambiguousExample;
};

} // namespace core::csv
