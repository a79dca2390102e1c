#include "core/csv/datetimeparser.h"

#include "core/csv/fieldparsers.h"

#include <QCoreApplication>

namespace core::csv {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CsvFields)
};

bool isDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

// Up to `max` ASCII digits at `pos`; returns how many were read.
int readDigits(QStringView s, qsizetype &pos, int max, int *value)
{
    int n = 0;
    int v = 0;
    while (n < max && pos < s.size() && isDigit(s[pos])) {
        v = v * 10 + (s[pos].unicode() - '0');
        ++pos;
        ++n;
    }
    *value = v;
    return n;
}

void skipSpaces(QStringView s, qsizetype &pos)
{
    while (pos < s.size() && s[pos].isSpace())
        ++pos;
}

bool isAt(QStringView s, qsizetype pos, char16_t c)
{
    return pos < s.size() && s[pos].unicode() == c;
}

struct DateScan
{
    enum Outcome { Ok, NoMatch, Ambiguous, NoSuchDate };
    Outcome outcome = NoMatch;
    bool numeric = false; // first/second/year with / - or .
    int first = 0;
    int second = 0;
};

// A date at `pos`; on Ok, `pos` is just after it.
DateScan scanDate(QStringView s, qsizetype &pos, DateOrder order, LocalDateTime &out)
{
    DateScan scan;
    int lead = 0;
    const int leadDigits = readDigits(s, pos, 8, &lead);
    int year = 0, month = 0, day = 0;
    if (leadDigits == 8) { // 20250314
        if (pos < s.size() && !s[pos].isSpace() && s[pos] != QLatin1Char('T'))
            return scan;
        year = lead / 10000;
        month = lead / 100 % 100;
        day = lead % 100;
    } else if (leadDigits == 4) { // 2025-03-14, 2025/3/14, 2025.3.14, 2025年3月14日
        year = lead;
        if (pos >= s.size())
            return scan;
        const char16_t sep = s[pos].unicode();
        const bool cjk = sep == u'年';
        if (!cjk && sep != '-' && sep != '/' && sep != '.')
            return scan;
        ++pos;
        if (readDigits(s, pos, 2, &month) == 0 || !isAt(s, pos, cjk ? u'月' : sep))
            return scan;
        ++pos;
        if (readDigits(s, pos, 2, &day) == 0)
            return scan;
        if (cjk && (isAt(s, pos, u'日') || isAt(s, pos, u'号')))
            ++pos;
    } else if (leadDigits == 1 || leadDigits == 2) { // 31/12/2025, 7/28/26, 31.12.2025
        if (pos >= s.size())
            return scan;
        const char16_t sep = s[pos].unicode();
        if (sep != '-' && sep != '/' && sep != '.')
            return scan;
        ++pos;
        int second = 0;
        if (readDigits(s, pos, 2, &second) == 0 || !isAt(s, pos, sep))
            return scan;
        ++pos;
        const int yearDigits = readDigits(s, pos, 4, &year);
        if (yearDigits != 2 && yearDigits != 4)
            return scan;
        if (yearDigits == 2)
            year += 2000;
        scan.numeric = true;
        scan.first = lead;
        scan.second = second;
        DateOrder effective = order;
        if (effective == DateOrder::Unknown) {
            if (lead > 12 && second <= 12)
                effective = DateOrder::DayFirst;
            else if (second > 12 && lead <= 12)
                effective = DateOrder::MonthFirst;
            else if (lead == second || sep == '.')
                effective = DateOrder::DayFirst;
            else if (lead <= 12 && second <= 12) {
                scan.outcome = DateScan::Ambiguous;
                return scan;
            } else {
                scan.outcome = DateScan::NoSuchDate;
                return scan;
            }
        }
        day = effective == DateOrder::DayFirst ? lead : second;
        month = effective == DateOrder::DayFirst ? second : lead;
    } else {
        return scan;
    }
    if (!datetext::isValidDate(year, month, day)) {
        scan.outcome = DateScan::NoSuchDate;
        return scan;
    }
    out = LocalDateTime();
    out.year = year;
    out.month = month;
    out.day = day;
    scan.outcome = DateScan::Ok;
    return scan;
}

enum class TimeScan { Ok, NoMatch, NoSuchTime };

// A time at `pos` (with its AM/PM mark and UTC offset, if any), into `out`.
TimeScan scanTime(QStringView s, qsizetype &pos, LocalDateTime &out)
{
    bool pm = false;
    int mark = datetext::readAmPm(s.sliced(pos), &pm);
    const bool markFirst = mark > 0;
    pos += mark;
    skipSpaces(s, pos);
    int hour = 0, minute = 0, second = 0;
    if (readDigits(s, pos, 2, &hour) == 0)
        return TimeScan::NoMatch;
    if (isAt(s, pos, ':')) {
        ++pos;
        if (readDigits(s, pos, 2, &minute) != 2)
            return TimeScan::NoMatch;
        if (isAt(s, pos, ':')) {
            ++pos;
            if (readDigits(s, pos, 2, &second) != 2)
                return TimeScan::NoMatch;
            if ((isAt(s, pos, '.') || isAt(s, pos, ',')) && pos + 1 < s.size() && isDigit(s[pos + 1])) {
                ++pos; // fractions of a second are dropped
                while (pos < s.size() && isDigit(s[pos]))
                    ++pos;
            }
        }
    } else if (isAt(s, pos, u'时') || isAt(s, pos, u'点') || isAt(s, pos, u'點')) {
        ++pos;
        if (readDigits(s, pos, 2, &minute) > 0) {
            if (isAt(s, pos, u'分'))
                ++pos;
            if (readDigits(s, pos, 2, &second) > 0 && isAt(s, pos, u'秒'))
                ++pos;
        }
    } else {
        return TimeScan::NoMatch;
    }
    const qsizetype afterTime = pos;
    skipSpaces(s, pos);
    if (!markFirst) {
        mark = datetext::readAmPm(s.sliced(pos), &pm);
        pos = mark > 0 ? pos + mark : afterTime;
    }
    if (mark > 0) {
        if (hour > 12)
            return TimeScan::NoSuchTime;
        hour = hour % 12 + (pm ? 12 : 0);
    }
    if (hour > 23 || minute > 59 || second > 59)
        return TimeScan::NoSuchTime;
    const qsizetype beforeOffset = pos;
    skipSpaces(s, pos);
    int offset = 0;
    const int offsetLength = datetext::readOffset(s.sliced(pos), &offset);
    if (offsetLength > 0) {
        pos += offsetLength;
        out.hasOffset = true;
        out.offsetSeconds = offset;
    } else {
        pos = beforeOffset;
    }
    out.hasTime = true;
    out.secondOfDay = hour * 3600 + minute * 60 + second;
    return TimeScan::Ok;
}

bool needsHalfWidth(QStringView s)
{
    for (const QChar c : s) {
        if (c.unicode() == 0x3000 || (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E))
            return true;
    }
    return false;
}

} // namespace

DateTimeParser::DateTimeParser(const QTimeZone &zone, DateOrder order)
    : m_order(order)
    , m_converter(std::make_shared<const ZoneConverter>(zone))
{
}

Result<DateTimeParser> DateTimeParser::withFormat(const QString &explicitFormat, const QTimeZone &zone)
{
    const QString f = explicitFormat.trimmed();
    if (f.compare(QLatin1String("DMY"), Qt::CaseInsensitive) == 0)
        return DateTimeParser(zone, DateOrder::DayFirst);
    if (f.compare(QLatin1String("MDY"), Qt::CaseInsensitive) == 0)
        return DateTimeParser(zone, DateOrder::MonthFirst);
    Result<DateFormat> compiled = DateFormat::compile(f);
    if (!compiled)
        return compiled.error();
    DateTimeParser parser(zone, compiled->order());
    parser.m_format = std::make_shared<const DateFormat>(std::move(compiled).value());
    return parser;
}

Result<DateTimeParser> DateTimeParser::detect(const QStringList &samples, const QString &explicitFormat,
                                              const QTimeZone &zone, const QString &column)
{
    if (!explicitFormat.trimmed().isEmpty())
        return withFormat(explicitFormat, zone);
    DateOrderSniffer sniffer;
    for (const QString &sample : samples)
        sniffer.add(sample);
    const Result<DateOrder> order = sniffer.result(column);
    if (!order)
        return order.error();
    return DateTimeParser(zone, *order);
}

DateTimeParser DateTimeParser::withZone(const QTimeZone &zone) const
{
    DateTimeParser copy(*this);
    copy.m_converter = std::make_shared<const ZoneConverter>(zone);
    return copy;
}

QTimeZone DateTimeParser::zoneFromName(QStringView name)
{
    const QStringView n = name.trimmed();
    if (n.isEmpty())
        return QTimeZone();
    const QByteArray id = n.toLatin1();
    if (n.contains(QLatin1Char('/')) && QTimeZone::isTimeZoneIdAvailable(id))
        return QTimeZone(id);
    int offset = 0;
    if (datetext::readOffset(n, &offset) == n.size())
        return offset == 0 ? QTimeZone::utc() : QTimeZone(offset);
    // Rails' ActiveSupport::TimeZone names, as Square's exports write them.
    static const struct
    {
        const char *name;
        const char *iana;
    } rails[] = {
        { "Eastern Time (US & Canada)", "America/New_York" },
        { "Central Time (US & Canada)", "America/Chicago" },
        { "Mountain Time (US & Canada)", "America/Denver" },
        { "Pacific Time (US & Canada)", "America/Los_Angeles" },
        { "Arizona", "America/Phoenix" },
        { "Alaska", "America/Juneau" },
        { "Hawaii", "Pacific/Honolulu" },
        { "Atlantic Time (Canada)", "America/Halifax" },
        { "Newfoundland", "America/St_Johns" },
        { "Saskatchewan", "America/Regina" },
        { "London", "Europe/London" },
        { "Edinburgh", "Europe/London" },
        { "Dublin", "Europe/Dublin" },
        { "Paris", "Europe/Paris" },
        { "Madrid", "Europe/Madrid" },
        { "Sydney", "Australia/Sydney" },
        { "Melbourne", "Australia/Melbourne" },
        { "Brisbane", "Australia/Brisbane" },
        { "Adelaide", "Australia/Adelaide" },
        { "Perth", "Australia/Perth" },
        { "Tokyo", "Asia/Tokyo" },
        { "Beijing", "Asia/Shanghai" },
        { "Hong Kong", "Asia/Hong_Kong" },
        { "Taipei", "Asia/Taipei" },
        { "Singapore", "Asia/Singapore" },
        { "UTC", "UTC" },
    };
    for (const auto &entry : rails) {
        if (n.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0)
            return QTimeZone(QByteArray(entry.iana));
    }
    if (QTimeZone::isTimeZoneIdAvailable(id))
        return QTimeZone(id);
    return QTimeZone();
}

QString DateTimeParser::format() const
{
    return m_format ? m_format->pattern() : QString();
}

DateTimeParser::Status DateTimeParser::scan(QStringView text, LocalDateTime &out) const
{
    QStringView s = text.trimmed();
    QString halfWidth;
    if (needsHalfWidth(s)) {
        halfWidth = toHalfWidth(s);
        s = halfWidth;
    }
    if (m_format && m_format->match(s, out))
        return Status::Ok;
    qsizetype pos = 0;
    const DateScan date = scanDate(s, pos, m_order, out);
    Status status = Status::Ok;
    if (date.outcome == DateScan::NoMatch)
        status = Status::NoMatch;
    else if (date.outcome == DateScan::Ambiguous)
        status = Status::Ambiguous;
    else if (date.outcome == DateScan::NoSuchDate)
        status = Status::NoSuchDate;
    else if (pos < s.size()) {
        if (s[pos] == QLatin1Char('T'))
            ++pos;
        else if (s[pos] == QLatin1Char(',') || s[pos].isSpace()) {
            ++pos;
            skipSpaces(s, pos);
        } else {
            status = Status::NoMatch;
        }
        if (status == Status::Ok) {
            const TimeScan time = scanTime(s, pos, out);
            skipSpaces(s, pos);
            if (time == TimeScan::NoSuchTime)
                status = Status::NoSuchTime;
            else if (time == TimeScan::NoMatch || pos != s.size())
                status = Status::NoMatch;
        }
    }
    // With an explicit format, a value that is not in it is still read by the forms above, with
    // the format's order of day and month (2025-03-14 or 14/03/2025 in a column of
    // 14/03/2025 14:05); otherwise the error names the format.
    if (m_format && status != Status::Ok)
        return Status::FormatMismatch;
    return status;
}

DateTimeParser::Status DateTimeParser::scanJoined(QStringView date, QStringView time,
                                                  LocalDateTime &out) const
{
    const QStringView t = time.trimmed();
    if (m_format) {
        const QString joined = date.trimmed().toString() + QLatin1Char(' ') + t.toString();
        return scan(t.isEmpty() ? date : QStringView(joined), out);
    }
    const Status status = scan(date, out);
    if (status != Status::Ok || t.isEmpty())
        return status;
    if (out.hasTime && out.secondOfDay != 0)
        return Status::Mixed;
    QString halfWidth;
    QStringView s = t;
    if (needsHalfWidth(s)) {
        halfWidth = toHalfWidth(s);
        s = halfWidth;
    }
    qsizetype pos = 0;
    const TimeScan scanned = scanTime(s, pos, out);
    skipSpaces(s, pos);
    if (scanned == TimeScan::NoSuchTime)
        return Status::NoSuchTime;
    if (scanned == TimeScan::NoMatch || pos != s.size())
        return Status::NoMatch;
    return Status::Ok;
}

Error DateTimeParser::error(Status status, QStringView text) const
{
    const QString value = text.trimmed().toString();
    QString message;
    switch (status) {
    case Status::Ok:
        break;
    case Status::NoMatch:
        message = Tr::tr("\"%1\" is not a date and time ChainCard can read, such as "
                         "2025-03-14 12:30:00, 2025/3/14, 2025年3月14日 or 14/03/2025 14:05 "
                         "(give other forms with --date-format).")
                      .arg(value);
        break;
    case Status::Ambiguous:
        message = Tr::tr("\"%1\" can be read day first or month first; give the order with "
                         "--date-format, for example --date-format dd/MM/yyyy or "
                         "--date-format MM/dd/yyyy.")
                      .arg(value);
        break;
    case Status::NoSuchDate:
        message = Tr::tr("\"%1\" names a date that does not exist.").arg(value);
        break;
    case Status::NoSuchTime:
        message = Tr::tr("\"%1\" has a time of day that does not exist (hours 0-23, or 1-12 "
                         "with AM/PM; minutes and seconds 0-59).")
                      .arg(value);
        break;
    case Status::FormatMismatch:
        message = Tr::tr("\"%1\" does not match the date format \"%2\".").arg(value, format());
        break;
    case Status::Mixed:
        message = Tr::tr("\"%1\" has a time in the date column and another in the time column.")
                      .arg(value);
        break;
    }
    return Error(Error::Code::InvalidInput, message);
}

qint64 DateTimeParser::toUtc(const LocalDateTime &local) const
{
    const qint64 seconds =
        ZoneConverter::localSeconds(local.year, local.month, local.day, local.secondOfDay);
    return local.hasOffset ? seconds - local.offsetSeconds : m_converter->toUtc(seconds);
}

Result<LocalDateTime> DateTimeParser::parseLocal(QStringView text) const
{
    LocalDateTime local;
    const Status status = scan(text, local);
    if (status != Status::Ok)
        return error(status, text);
    return local;
}

Result<qint64> DateTimeParser::parse(QStringView text) const
{
    LocalDateTime local;
    const Status status = scan(text, local);
    if (status != Status::Ok)
        return error(status, text);
    return toUtc(local);
}

Result<qint64> DateTimeParser::parse(QStringView date, QStringView time) const
{
    LocalDateTime local;
    const Status status = scanJoined(date, time, local);
    if (status != Status::Ok) {
        const QString joined = date.trimmed().toString() + QLatin1Char(' ') + time.trimmed().toString();
        return error(status, joined);
    }
    return toUtc(local);
}

Result<QDate> DateTimeParser::parseDate(QStringView text) const
{
    LocalDateTime local;
    const Status status = scan(text, local);
    if (status != Status::Ok)
        return error(status, text);
    if (local.hasTime && local.secondOfDay != 0)
        return Error(Error::Code::InvalidInput,
                     Tr::tr("\"%1\" has a time of day where a date alone is expected.")
                         .arg(text.trimmed().toString()));
    return QDate(local.year, local.month, local.day);
}

void DateOrderSniffer::add(QStringView value)
{
    QStringView s = value.trimmed();
    if (s.isEmpty())
        return;
    QString halfWidth;
    if (needsHalfWidth(s)) {
        halfWidth = toHalfWidth(s);
        s = halfWidth;
    }
    qsizetype pos = 0;
    LocalDateTime ignored;
    const DateScan scan = scanDate(s, pos, DateOrder::Unknown, ignored);
    if (!scan.numeric)
        return;
    if (scan.outcome == DateScan::Ambiguous) {
        if (m_ambiguous++ == 0)
            m_ambiguousExample = s.toString();
    } else if (scan.first > 12 && scan.second <= 12) {
        if (m_dayFirst++ == 0)
            m_dayFirstExample = s.toString();
    } else if (scan.second > 12 && scan.first <= 12) {
        if (m_monthFirst++ == 0)
            m_monthFirstExample = s.toString();
    }
}

Result<DateOrder> DateOrderSniffer::result(const QString &column) const
{
    if (m_dayFirst > 0 && m_monthFirst > 0)
        return Error(Error::Code::InvalidInput,
                     column.isEmpty()
                         ? Tr::tr("Some dates only make sense day first (\"%1\") and others only "
                                  "month first (\"%2\"); give the format with --date-format.")
                               .arg(m_dayFirstExample, m_monthFirstExample)
                         : Tr::tr("In column %1 some dates only make sense day first (\"%2\") and "
                                  "others only month first (\"%3\"); give the format with "
                                  "--date-format.")
                               .arg(column, m_dayFirstExample, m_monthFirstExample),
                     column);
    if (m_dayFirst > 0)
        return DateOrder::DayFirst;
    if (m_monthFirst > 0)
        return DateOrder::MonthFirst;
    if (m_ambiguous > 0)
        return Error(Error::Code::InvalidInput,
                     column.isEmpty()
                         ? Tr::tr("Every date such as \"%1\" can be read day first or month first; "
                                  "give the order with --date-format, for example --date-format "
                                  "dd/MM/yyyy or --date-format MM/dd/yyyy.")
                               .arg(m_ambiguousExample)
                         : Tr::tr("Every date in column %1 such as \"%2\" can be read day first or "
                                  "month first; give the order with --date-format, for example "
                                  "--date-format dd/MM/yyyy or --date-format MM/dd/yyyy.")
                               .arg(column, m_ambiguousExample),
                     column);
    return DateOrder::Unknown;
}

} // namespace core::csv
