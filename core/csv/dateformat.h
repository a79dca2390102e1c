#pragma once

#include "core/common/result.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace core::csv {

// A date and time as written in a cell, before any time zone is applied.
struct LocalDateTime
{
    int year = 0;
    int month = 0;
    int day = 0;
    int secondOfDay = 0;
    bool hasTime = false;
    bool hasOffset = false; // the value names its own UTC offset ("Z", "+08:00", "-0400")
    int offsetSeconds = 0;
};

// The order of day and month in numeric dates such as 3/4/2025.
enum class DateOrder { Unknown, DayFirst, MonthFirst };

// An explicit date format given by the user (--date-format), in Qt's QDateTime format syntax:
// d dd M MM MMM MMMM yy yyyy (ddd dddd are read and ignored), H HH h hh m mm s ss z zzz,
// AP/ap/A/a, t (a UTC offset or Z), 'quoted text'; any other character stands for itself and
// a space matches one or more spaces. Unlike QDateTime::fromString, two-digit years are
// 2000 + yy, month names are the English ones whatever the locale, and matching is a quick
// walk over the compiled tokens, fit for millions of rows.
class DateFormat
{
public:
    static Result<DateFormat> compile(const QString &pattern);

    const QString &pattern() const { return m_pattern; }
    // Which of day and month comes first in the pattern.
    DateOrder order() const { return m_order; }

    // False when `text` does not have the pattern's shape; a value of the right shape that
    // names no real date or time (month 13, 25:00, 30 February) is not a match either.
    bool match(QStringView text, LocalDateTime &out) const;

private:
    enum class Type {
        Literal, Space, Day, Month, MonthShortName, MonthLongName, WeekdayName, Year2, Year4,
        Hour24, Hour12, Minute, Second, Millis, AmPm, Offset
    };
    struct Token
    {
        Type type = Type::Literal;
        int minDigits = 1;
        int maxDigits = 2;
        QString literal;
    };

    QString m_pattern;
    QList<Token> m_tokens;
    DateOrder m_order = DateOrder::Unknown;
};

// Helpers the parsers share.
namespace datetext {
bool isLeapYear(int year);
int daysInMonth(int year, int month);
bool isValidDate(int year, int month, int day);
// "Jan"/"January" (English, any case) → 1..12 with the length read, or 0.
int monthFromName(QStringView text, int *length);
// Reads a UTC offset at the start of `text`: "Z", "+08:00", "+0800", "+08", "-4", "UTC",
// "UTC+8", "GMT-05:00". Returns the characters read (0: none).
int readOffset(QStringView text, int *offsetSeconds);
// Reads "AM"/"PM"/"a.m."/"p.m."/"上午"/"下午" at the start of `text`; returns characters read.
int readAmPm(QStringView text, bool *pm);
} // namespace datetext

} // namespace core::csv
