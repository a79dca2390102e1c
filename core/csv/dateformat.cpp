#include "core/csv/dateformat.h"

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

char16_t lower(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'A' && u <= 'Z') ? char16_t(u + 32) : u;
}

bool startsWithNoCase(QStringView text, const char *ascii)
{
    qsizetype i = 0;
    for (; ascii[i] != 0; ++i) {
        if (i >= text.size() || lower(text[i]) != char16_t(ascii[i]))
            return false;
    }
    return true;
}

// Reads between `min` and `max` ASCII digits at `pos`.
bool readNumber(QStringView text, qsizetype &pos, int min, int max, int *value)
{
    int n = 0;
    int v = 0;
    while (n < max && pos + n < text.size() && isDigit(text[pos + n])) {
        v = v * 10 + (text[pos + n].unicode() - '0');
        ++n;
    }
    if (n < min)
        return false;
    pos += n;
    *value = v;
    return true;
}

} // namespace

namespace datetext {

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (month < 1 || month > 12)
        return 0;
    return month == 2 && isLeapYear(year) ? 29 : days[month - 1];
}

bool isValidDate(int year, int month, int day)
{
    return year >= 1 && year <= 9999 && day >= 1 && day <= daysInMonth(year, month);
}

int monthFromName(QStringView text, int *length)
{
    static const char *const names[12] = { "january", "february", "march", "april",
                                            "may", "june", "july", "august",
                                            "september", "october", "november", "december" };
    for (int m = 0; m < 12; ++m) {
        const char *name = names[m];
        qsizetype n = 0;
        while (name[n] != 0 && n < text.size() && lower(text[n]) == char16_t(name[n]))
            ++n;
        // The full name, or its first three letters ("Sep"; also "Sept").
        const bool full = name[n] == 0;
        if (full || n >= 3) {
            if (!full && n < text.size() && text[n].isLetter())
                continue;
            *length = int(n);
            return m + 1;
        }
    }
    return 0;
}

int readOffset(QStringView text, int *offsetSeconds)
{
    if (text.isEmpty())
        return 0;
    switch (text[0].unicode()) { // the common case, nothing there, without string compares
    case 'Z': case 'z': case '+': case '-': case 0x2212: case 'U': case 'u': case 'G': case 'g':
        break;
    default:
        return 0;
    }
    qsizetype i = 0;
    if (startsWithNoCase(text, "utc") || startsWithNoCase(text, "gmt"))
        i = 3;
    else if (!text.isEmpty() && (text[0] == QLatin1Char('Z') || text[0] == QLatin1Char('z'))) {
        *offsetSeconds = 0;
        return 1;
    }
    if (i >= text.size()
        || (text[i] != QLatin1Char('+') && text[i] != QLatin1Char('-') && text[i] != QChar(0x2212))) {
        *offsetSeconds = 0;
        return int(i); // "UTC" alone, or nothing at all
    }
    const bool negative = text[i] != QLatin1Char('+');
    qsizetype pos = i + 1;
    int hours = 0;
    int minutes = 0;
    const qsizetype start = pos;
    if (!readNumber(text, pos, 1, 2, &hours))
        return 0;
    if (pos < text.size() && text[pos] == QLatin1Char(':')) {
        ++pos;
        if (!readNumber(text, pos, 2, 2, &minutes))
            return 0;
    } else if (pos - start == 2 && pos + 1 < text.size() && isDigit(text[pos])) {
        if (!readNumber(text, pos, 2, 2, &minutes))
            return 0;
    }
    if (hours > 14 || minutes > 59)
        return 0;
    *offsetSeconds = (negative ? -1 : 1) * (hours * 3600 + minutes * 60);
    return int(pos);
}

int readAmPm(QStringView text, bool *pm)
{
    struct Mark
    {
        const char16_t *text;
        bool pm;
    };
    if (text.isEmpty())
        return 0;
    switch (text[0].unicode()) { // the common case, nothing there, without string compares
    case 'a': case 'A': case 'p': case 'P': case u'上': case u'凌': case u'早': case u'中':
    case u'下': case u'晚':
        break;
    default:
        return 0;
    }
    static const Mark marks[] = {
        { u"a.m.", false }, { u"p.m.", true }, { u"am", false }, { u"pm", true },
        { u"上午", false }, { u"凌晨", false }, { u"早上", false }, { u"中午", true },
        { u"下午", true }, { u"晚上", true },
    };
    for (const Mark &mark : marks) {
        const QStringView candidate(mark.text);
        if (text.size() >= candidate.size()
            && text.first(candidate.size()).compare(candidate, Qt::CaseInsensitive) == 0) {
            *pm = mark.pm;
            return int(candidate.size());
        }
    }
    return 0;
}

} // namespace datetext

Result<DateFormat> DateFormat::compile(const QString &pattern)
{
    DateFormat f;
    f.m_pattern = pattern;
    const auto bad = [&](const QString &why) {
        return Error(Error::Code::InvalidInput,
                     Tr::tr("The date format \"%1\" cannot be used: %2").arg(pattern, why),
                     QStringLiteral("date-format"));
    };
    const auto add = [&](Type type, int min = 1, int max = 2) {
        Token t;
        t.type = type;
        t.minDigits = min;
        t.maxDigits = max;
        f.m_tokens.append(t);
    };
    const auto addLiteral = [&](QChar c) {
        if (f.m_tokens.isEmpty() || f.m_tokens.last().type != Type::Literal)
            add(Type::Literal);
        f.m_tokens.last().literal.append(c);
    };
    bool sawYear = false, sawMonth = false, sawDay = false, sawAmPm = false;
    qsizetype i = 0;
    while (i < pattern.size()) {
        const QChar c = pattern[i];
        qsizetype run = 1;
        while (i + run < pattern.size() && pattern[i + run] == c)
            ++run;
        const char16_t u = c.unicode();
        if (u == '\'') {
            if (run >= 2) { // '' is a quote
                addLiteral(c);
                i += 2;
                continue;
            }
            const qsizetype close = pattern.indexOf(QLatin1Char('\''), i + 1);
            if (close < 0)
                return bad(Tr::tr("a quote is not closed"));
            for (qsizetype k = i + 1; k < close; ++k)
                addLiteral(pattern[k]);
            i = close + 1;
            continue;
        }
        if (c.isSpace()) {
            if (f.m_tokens.isEmpty() || f.m_tokens.last().type != Type::Space)
                add(Type::Space);
            i += run;
            continue;
        }
        if ((u == 'A' || u == 'a') && i + 1 < pattern.size()
            && (pattern[i + 1] == QLatin1Char('P') || pattern[i + 1] == QLatin1Char('p'))) {
            add(Type::AmPm);
            sawAmPm = true;
            i += 2;
            continue;
        }
        switch (u) {
        case 'd':
            if (run > 4)
                return bad(Tr::tr("\"%1\" is not a day").arg(QString(run, c)));
            if (run >= 3)
                add(Type::WeekdayName);
            else
                add(Type::Day, int(run), 2);
            sawDay = sawDay || run <= 2;
            if (run <= 2 && f.m_order == DateOrder::Unknown)
                f.m_order = DateOrder::DayFirst;
            break;
        case 'M':
            if (run > 4)
                return bad(Tr::tr("\"%1\" is not a month").arg(QString(run, c)));
            if (run == 3)
                add(Type::MonthShortName);
            else if (run == 4)
                add(Type::MonthLongName);
            else
                add(Type::Month, int(run), 2);
            sawMonth = true;
            if (f.m_order == DateOrder::Unknown)
                f.m_order = DateOrder::MonthFirst;
            break;
        case 'y':
            if (run != 2 && run != 4)
                return bad(Tr::tr("a year is yy or yyyy"));
            add(run == 2 ? Type::Year2 : Type::Year4, int(run), int(run));
            sawYear = true;
            break;
        case 'H':
        case 'h':
        case 'm':
        case 's':
            if (run > 2)
                return bad(Tr::tr("\"%1\" has too many letters").arg(QString(run, c)));
            add(u == 'H' ? Type::Hour24 : u == 'h' ? Type::Hour12 : u == 'm' ? Type::Minute : Type::Second,
                int(run), 2);
            break;
        case 'z':
            add(Type::Millis, run >= 3 ? 3 : 1, 9);
            break;
        case 'A':
        case 'a':
            add(Type::AmPm);
            sawAmPm = true;
            break;
        case 't':
            add(Type::Offset);
            break;
        default:
            for (qsizetype k = 0; k < run; ++k)
                addLiteral(c);
            break;
        }
        i += run;
    }
    if (!sawYear || !sawMonth || !sawDay)
        return bad(Tr::tr("it needs a year (yyyy or yy), a month (M, MM or MMM) and a day (d or dd)"));
    if (!sawAmPm) {
        for (Token &t : f.m_tokens) {
            if (t.type == Type::Hour12)
                t.type = Type::Hour24;
        }
    }
    return f;
}

bool DateFormat::match(QStringView text, LocalDateTime &out) const
{
    int year = -1, month = -1, day = -1, hour = -1, minute = 0, second = 0;
    bool twoDigitYear = false, pm = false, sawAmPm = false, hour12 = false;
    int offset = 0;
    bool sawOffset = false;
    qsizetype pos = 0;
    while (pos < text.size() && text[pos].isSpace())
        ++pos;
    for (const Token &t : m_tokens) {
        int value = 0;
        switch (t.type) {
        case Type::Literal:
            for (const QChar c : t.literal) {
                if (pos >= text.size() || lower(text[pos]) != lower(c))
                    return false;
                ++pos;
            }
            break;
        case Type::Space:
            while (pos < text.size() && text[pos].isSpace())
                ++pos;
            break;
        case Type::Day:
        case Type::Month:
        case Type::Year2:
        case Type::Year4:
        case Type::Hour24:
        case Type::Hour12:
        case Type::Minute:
        case Type::Second:
        case Type::Millis:
            if (!readNumber(text, pos, t.minDigits, t.maxDigits, &value))
                return false;
            if (t.type == Type::Day)
                day = value;
            else if (t.type == Type::Month)
                month = value;
            else if (t.type == Type::Year2 || t.type == Type::Year4) {
                year = value;
                twoDigitYear = t.type == Type::Year2;
            } else if (t.type == Type::Hour24 || t.type == Type::Hour12) {
                hour = value;
                hour12 = t.type == Type::Hour12;
            } else if (t.type == Type::Minute)
                minute = value;
            else if (t.type == Type::Second)
                second = value;
            break;
        case Type::MonthShortName:
        case Type::MonthLongName: {
            int length = 0;
            month = datetext::monthFromName(text.sliced(pos), &length);
            if (month == 0)
                return false;
            pos += length;
            if (pos < text.size() && text[pos] == QLatin1Char('.'))
                ++pos; // "Sep."
            break;
        }
        case Type::WeekdayName: {
            const qsizetype start = pos;
            while (pos < text.size() && text[pos].isLetter())
                ++pos;
            if (pos == start)
                return false;
            break;
        }
        case Type::AmPm: {
            const int n = datetext::readAmPm(text.sliced(pos), &pm);
            if (n == 0)
                return false;
            sawAmPm = true;
            pos += n;
            break;
        }
        case Type::Offset: {
            const int n = datetext::readOffset(text.sliced(pos), &offset);
            if (n == 0)
                return false;
            sawOffset = true;
            pos += n;
            break;
        }
        }
    }
    while (pos < text.size() && text[pos].isSpace())
        ++pos;
    if (pos != text.size())
        return false;
    if (twoDigitYear)
        year += 2000;
    if (!datetext::isValidDate(year, month, day))
        return false;
    if (hour >= 0) {
        if (hour12 && sawAmPm) {
            if (hour > 12)
                return false;
            hour = (hour % 12) + (pm ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second > 59)
            return false;
    }
    out = LocalDateTime();
    out.year = year;
    out.month = month;
    out.day = day;
    out.hasTime = hour >= 0;
    out.secondOfDay = hour >= 0 ? hour * 3600 + minute * 60 + second : 0;
    out.hasOffset = sawOffset;
    out.offsetSeconds = offset;
    return true;
}

} // namespace core::csv
