#include "core/csv/datetimeparser.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTest>
#include <QTimeZone>

using core::Error;
using namespace core::csv;

Q_DECLARE_METATYPE(DateOrder)

namespace {

QTimeZone zone(const char *id)
{
    return QTimeZone(QByteArray(id));
}

QString utcIso(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

// Dates and times of CSV cells (DateTimeParser); the other cell readers: tst_fieldparsers.
class TestDateTimes : public QObject
{
    Q_OBJECT
private slots:
    void dateTimes_data();
    void dateTimes();
    void dateTimeRefusals_data();
    void dateTimeRefusals();
    void detectOrder_data();
    void detectOrder();
    void explicitFormats_data();
    void explicitFormats();
    void explicitFormatRefusals_data();
    void explicitFormatRefusals();
    void dateAndTimeColumns_data();
    void dateAndTimeColumns();
    void datesAlone_data();
    void datesAlone();
    void zoneNames_data();
    void zoneNames();
    void isoSpeed_data();
    void isoSpeed();
};

void TestDateTimes::dateTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<DateOrder>("order");
    QTest::addColumn<QString>("utc");
    const auto row = [](const char *name, const QString &text, const char *zoneId, DateOrder order,
                        const char *utc) {
        QTest::newRow(name) << text << QString::fromLatin1(zoneId) << order << QString::fromLatin1(utc);
    };
    const DateOrder any = DateOrder::Unknown, dmy = DateOrder::DayFirst, mdy = DateOrder::MonthFirst;
    const char *sh = "Asia/Shanghai";
    const char *ny = "America/New_York";
    row("iso date", QStringLiteral("2025-03-14"), sh, any, "2025-03-13T16:00:00Z");
    row("iso minutes", QStringLiteral("2025-03-14 12:30"), sh, any, "2025-03-14T04:30:00Z");
    row("iso seconds", QStringLiteral("2025-03-14 12:30:00"), sh, any, "2025-03-14T04:30:00Z");
    row("iso T", QStringLiteral("2025-03-14T12:30:00"), sh, any, "2025-03-14T04:30:00Z");
    row("iso Z honoured", QStringLiteral("2025-03-14T12:30:00Z"), sh, any, "2025-03-14T12:30:00Z");
    row("iso +08:00 honoured", QStringLiteral("2025-03-14T12:30:00+08:00"), ny, any, "2025-03-14T04:30:00Z");
    row("iso -05:00 honoured", QStringLiteral("2025-03-14T12:30:00-05:00"), sh, any, "2025-03-14T17:30:00Z");
    row("iso milliseconds and Z", QStringLiteral("2025-03-14T12:30:00.123Z"), sh, any, "2025-03-14T12:30:00Z");
    row("23:30 Shanghai is 15:30 UTC", QStringLiteral("2025-03-14 23:30"), sh, any, "2025-03-14T15:30:00Z");
    row("00:30 Shanghai is the day before in UTC", QStringLiteral("2025-03-15 00:30"), sh, any,
        "2025-03-14T16:30:00Z");
    row("year first with slashes", QStringLiteral("2025/3/14"), sh, any, "2025-03-13T16:00:00Z");
    row("year first with slashes and time", QStringLiteral("2025/3/14 12:30"), sh, any, "2025-03-14T04:30:00Z");
    row("year first with dots", QStringLiteral("2025.3.14"), sh, any, "2025-03-13T16:00:00Z");
    row("chinese date", QStringLiteral("2025年3月14日"), sh, any, "2025-03-13T16:00:00Z");
    row("chinese date and time", QStringLiteral("2025年3月14日 12:30"), sh, any, "2025-03-14T04:30:00Z");
    row("chinese hours and minutes", QStringLiteral("2025年3月14日 12时30分"), sh, any, "2025-03-14T04:30:00Z");
    row("chinese afternoon", QStringLiteral("2025年3月14日 下午1:30"), sh, any, "2025-03-14T05:30:00Z");
    row("compact", QStringLiteral("20250314"), sh, any, "2025-03-13T16:00:00Z");
    row("US 12-hour PM (Loyverse)", QStringLiteral("7/28/26 1:33 PM"), ny, any, "2026-07-28T17:33:00Z");
    row("US 12-hour midnight", QStringLiteral("7/28/26 12:05 AM"), ny, any, "2026-07-28T04:05:00Z");
    row("US 24-hour", QStringLiteral("7/28/2026 13:33"), ny, any, "2026-07-28T17:33:00Z");
    row("day first", QStringLiteral("31/12/2025 14:05"), sh, any, "2025-12-31T06:05:00Z");
    row("day first with dots", QStringLiteral("31.12.2025"), sh, any, "2025-12-30T16:00:00Z");
    row("dots are day first", QStringLiteral("01.02.2025"), sh, any, "2025-01-31T16:00:00Z");
    row("same day and month", QStringLiteral("3/3/2025"), sh, any, "2025-03-02T16:00:00Z");
    row("ambiguous read day first", QStringLiteral("3/4/2025"), sh, dmy, "2025-04-02T16:00:00Z");
    row("ambiguous read month first", QStringLiteral("3/4/2025"), sh, mdy, "2025-03-03T16:00:00Z");
    row("dashes month first (Square birthdays)", QStringLiteral("05-01-2024"), sh, mdy, "2024-04-30T16:00:00Z");
    row("two-digit year is 20yy", QStringLiteral("31/12/25"), sh, any, "2025-12-30T16:00:00Z");
    row("Shopify", QStringLiteral("2024-05-01 10:22:33 -0400"), sh, any, "2024-05-01T14:22:33Z");
    row("Loyverse US", QStringLiteral("5/1/24 10:22 AM"), ny, mdy, "2024-05-01T14:22:00Z");
    row("Loyverse day first", QStringLiteral("01/10/2026 23:50"), sh, dmy, "2026-10-01T15:50:00Z");
    row("Toast payments", QStringLiteral("05/01/2024 10:22:33"), ny, mdy, "2024-05-01T14:22:33Z");
    row("full-width digits", QStringLiteral("２０２５-０３-１４ １２:３０"), sh, any, "2025-03-14T04:30:00Z");
    row("New York winter", QStringLiteral("2025-01-15 12:00"), ny, any, "2025-01-15T17:00:00Z");
    row("New York summer", QStringLiteral("2025-07-15 12:00"), ny, any, "2025-07-15T16:00:00Z");
    row("New York skipped hour moves forward", QStringLiteral("2025-03-09 02:30"), ny, any,
        "2025-03-09T07:30:00Z");
    row("New York repeated hour takes the first", QStringLiteral("2025-11-02 01:30"), ny, any,
        "2025-11-02T05:30:00Z");
    row("New York after the repeated hour", QStringLiteral("2025-11-02 02:30"), ny, any, "2025-11-02T07:30:00Z");
    row("Shanghai daylight saving of 1988", QStringLiteral("1988-07-01 12:00"), sh, any, "1988-07-01T03:00:00Z");
    row("leap day", QStringLiteral("2024-02-29"), "UTC", any, "2024-02-29T00:00:00Z");
    row("UTC suffix", QStringLiteral("2025-03-14 12:30 UTC"), sh, any, "2025-03-14T12:30:00Z");
    row("spaces around", QStringLiteral("  2025-03-14 12:30  "), sh, any, "2025-03-14T04:30:00Z");
    row("comma before the time", QStringLiteral("2025-03-14, 12:30"), sh, any, "2025-03-14T04:30:00Z");
    row("New York summer of 2090", QStringLiteral("2090-07-15 12:00"), ny, any, "2090-07-15T16:00:00Z");
    row("New York winter of 2090", QStringLiteral("2090-12-15 12:00"), ny, any, "2090-12-15T17:00:00Z");
    row("Shanghai 1900", QStringLiteral("1950-01-01 08:00"), sh, any, "1950-01-01T00:00:00Z");
    row("after 2100 through QTimeZone", QStringLiteral("2150-07-01 12:00"), ny, any, "2150-07-01T16:00:00Z");
}

void TestDateTimes::dateTimes()
{
    QFETCH(QString, text);
    QFETCH(QString, zone);
    QFETCH(DateOrder, order);
    QFETCH(QString, utc);
    const DateTimeParser parser(QTimeZone(zone.toLatin1()), order);
    const auto parsed = parser.parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message()));
    QCOMPARE(utcIso(*parsed), utc);
}

void TestDateTimes::dateTimeRefusals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DateOrder>("order");
    QTest::addColumn<QString>("mentions");
    const auto row = [](const char *name, const QString &text, DateOrder order, const char *mentions) {
        QTest::newRow(name) << text << order << QString::fromUtf8(mentions);
    };
    const DateOrder any = DateOrder::Unknown;
    row("30 February", QStringLiteral("2025-02-30"), any, "does not exist");
    row("29 February of a common year", QStringLiteral("2025-02-29"), any, "does not exist");
    row("month 13", QStringLiteral("2025-13-01"), any, "does not exist");
    row("hour 25", QStringLiteral("2025-03-14 25:00"), any, "time of day");
    row("minute 60", QStringLiteral("2025-03-14 12:60"), any, "time of day");
    row("13 PM", QStringLiteral("7/28/26 13:33 PM"), any, "time of day");
    row("words", QStringLiteral("yesterday"), any, "2025-03-14");
    row("ambiguous is never guessed", QStringLiteral("3/4/2025"), any, "--date-format");
    row("day first but the month is 31", QStringLiteral("12/31/2025"), DateOrder::DayFirst, "does not exist");
    row("month first but the month is 31", QStringLiteral("31/12/2025"), DateOrder::MonthFirst, "does not exist");
    row("trailing words", QStringLiteral("2025-03-14 12:30 tomorrow"), any, "2025-03-14 12:30 tomorrow");
    row("empty", QString(), any, "2025-03-14");
    row("year and month only", QStringLiteral("2025-03"), any, "2025-03");
    row("one-digit year", QStringLiteral("3/4/5"), any, "3/4/5");
    row("three-digit year", QStringLiteral("3/14/202"), any, "3/14/202");
    row("hour without minutes", QStringLiteral("2025-03-14 12"), any, "2025-03-14 12");
    row("offset out of range", QStringLiteral("2025-03-14 12:30 +15:00"), any, "+15:00");
}

void TestDateTimes::dateTimeRefusals()
{
    QFETCH(QString, text);
    QFETCH(DateOrder, order);
    QFETCH(QString, mentions);
    const DateTimeParser parser(zone("Asia/Shanghai"), order);
    const auto parsed = parser.parse(text);
    QVERIFY2(!parsed.ok(), qPrintable(utcIso(parsed.ok() ? *parsed : 0)));
    QCOMPARE(parsed.error().code(), Error::Code::InvalidInput);
    QVERIFY2(parsed.error().message().contains(mentions), qPrintable(parsed.error().message()));
}

void TestDateTimes::detectOrder_data()
{
    QTest::addColumn<QStringList>("samples");
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("value");   // parsed with the detected parser when ok
    QTest::addColumn<QString>("expected"); // its UTC time, or a word of the error
    const auto row = [](const char *name, const QStringList &samples, const QString &format, bool ok,
                        const QString &value, const char *expected) {
        QTest::newRow(name) << samples << format << ok << value << QString::fromUtf8(expected);
    };
    const QString none;
    row("only ambiguous values asks for --date-format",
        { QStringLiteral("3/4/2025"), QStringLiteral("5/6/2025") }, none, false, none, "--date-format");
    row("the error names the column", { QStringLiteral("3/4/2025") }, none, false, none, "消费时间");
    row("one value over 12 first decides day first for all",
        { QStringLiteral("3/4/2025"), QStringLiteral("5/6/2025"), QStringLiteral("25/12/2025") }, none, true,
        QStringLiteral("3/4/2025"), "2025-04-02T16:00:00Z");
    row("one value over 12 second decides month first for all",
        { QStringLiteral("3/4/2025 10:00"), QStringLiteral("12/25/2025 11:00") }, none, true,
        QStringLiteral("3/4/2025"), "2025-03-03T16:00:00Z");
    row("contradicting values are refused", { QStringLiteral("25/12/2025"), QStringLiteral("12/25/2025") }, none,
        false, none, "--date-format");
    row("ISO needs no decision", { QStringLiteral("2025-03-14"), QStringLiteral("2025-03-15") }, none, true,
        QStringLiteral("2025-03-14 12:30"), "2025-03-14T04:30:00Z");
    row("dotted dates need no decision", { QStringLiteral("01.02.2025") }, none, true,
        QStringLiteral("01.02.2025"), "2025-01-31T16:00:00Z");
    row("empty values are skipped", { QString(), QStringLiteral("  "), QStringLiteral("3/3/2025") }, none, true,
        QStringLiteral("3/3/2025"), "2025-03-02T16:00:00Z");
    row("explicit format wins over the samples", { QStringLiteral("25/12/2025") }, QStringLiteral("MM/dd/yyyy"),
        true, QStringLiteral("03/04/2025"), "2025-03-03T16:00:00Z");
    row("explicit order wins over the samples", { QStringLiteral("25/12/2025") }, QStringLiteral("MDY"), true,
        QStringLiteral("3/4/2025"), "2025-03-03T16:00:00Z");
    row("explicit day-first order", { QStringLiteral("3/4/2025") }, QStringLiteral("dmy"), true,
        QStringLiteral("3/4/2025"), "2025-04-02T16:00:00Z");
}

void TestDateTimes::detectOrder()
{
    QFETCH(QStringList, samples);
    QFETCH(QString, format);
    QFETCH(bool, ok);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    const auto parser = DateTimeParser::detect(samples, format, zone("Asia/Shanghai"), QStringLiteral("消费时间"));
    QCOMPARE(parser.ok(), ok);
    if (!ok) {
        QVERIFY2(parser.error().message().contains(expected), qPrintable(parser.error().message()));
        QCOMPARE(parser.error().field(), QStringLiteral("消费时间"));
        return;
    }
    const auto parsed = parser->parse(value);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message()));
    QCOMPARE(utcIso(*parsed), expected);
}

void TestDateTimes::explicitFormats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("utc");
    const auto row = [](const char *name, const QString &format, const QString &text, const char *utc) {
        QTest::newRow(name) << format << text << QString::fromLatin1(utc);
    };
    row("day first 24-hour", QStringLiteral("dd/MM/yyyy HH:mm"), QStringLiteral("14/03/2025 12:30"),
        "2025-03-14T04:30:00Z");
    row("12-hour with two-digit year", QStringLiteral("d/M/yy h:mm AP"), QStringLiteral("7/8/26 1:33 PM"),
        "2026-08-07T05:33:00Z");
    row("lower-case am/pm", QStringLiteral("d/M/yy h:mm ap"), QStringLiteral("7/8/26 12:10 am"),
        "2026-08-06T16:10:00Z");
    row("month first", QStringLiteral("MM/dd/yyyy"), QStringLiteral("03/04/2025"), "2025-03-03T16:00:00Z");
    row("chinese pattern", QStringLiteral("yyyy年M月d日 H时m分"), QStringLiteral("2025年3月14日 9时5分"),
        "2025-03-14T01:05:00Z");
    row("month names", QStringLiteral("MMM d, yyyy"), QStringLiteral("Mar 14, 2025"), "2025-03-13T16:00:00Z");
    row("long month names", QStringLiteral("d MMMM yyyy"), QStringLiteral("14 September 2025"),
        "2025-09-13T16:00:00Z");
    row("weekday ignored", QStringLiteral("ddd, d MMM yyyy"), QStringLiteral("Fri, 14 Mar 2025"),
        "2025-03-13T16:00:00Z");
    row("dotted two-digit year", QStringLiteral("dd.MM.yy"), QStringLiteral("31.12.25"), "2025-12-30T16:00:00Z");
    row("quoted T and offset", QStringLiteral("yyyy-MM-dd'T'HH:mm:ss t"),
        QStringLiteral("2025-03-14T12:30:00 +0200"), "2025-03-14T10:30:00Z");
    row("milliseconds", QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"), QStringLiteral("2025-03-14 12:30:00.250"),
        "2025-03-14T04:30:00Z");
    row("ISO still read beside the format", QStringLiteral("dd/MM/yyyy HH:mm"), QStringLiteral("2025-03-14"),
        "2025-03-13T16:00:00Z");
    row("the format's order for a date alone", QStringLiteral("dd/MM/yyyy HH:mm"), QStringLiteral("03/04/2025"),
        "2025-04-02T16:00:00Z");
}

void TestDateTimes::explicitFormats()
{
    QFETCH(QString, format);
    QFETCH(QString, text);
    QFETCH(QString, utc);
    const auto parser = DateTimeParser::withFormat(format, zone("Asia/Shanghai"));
    QVERIFY2(parser.ok(), qPrintable(parser.error().message()));
    QCOMPARE(parser->format(), format);
    const auto parsed = parser->parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message()));
    QCOMPARE(utcIso(*parsed), utc);
}

void TestDateTimes::explicitFormatRefusals_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("text"); // empty: the format itself is refused
    QTest::addColumn<QString>("mentions");
    QTest::newRow("value not in the format") << QStringLiteral("dd/MM/yyyy") << QStringLiteral("03/14/2025")
                                             << QStringLiteral("dd/MM/yyyy");
    QTest::newRow("no such date in the format") << QStringLiteral("dd/MM/yyyy") << QStringLiteral("30/02/2025")
                                                << QStringLiteral("30/02/2025");
    QTest::newRow("12-hour clock past 12") << QStringLiteral("d/M/yy h:mm AP") << QStringLiteral("7/8/26 13:33 PM")
                                           << QStringLiteral("7/8/26 13:33 PM");
    QTest::newRow("format without a date") << QStringLiteral("HH:mm") << QString() << QStringLiteral("HH:mm");
    QTest::newRow("three-letter year") << QStringLiteral("dd/MM/yyy") << QString() << QStringLiteral("yyy");
    QTest::newRow("unclosed quote") << QStringLiteral("yyyy-MM-dd'T") << QString() << QStringLiteral("quote");
}

void TestDateTimes::explicitFormatRefusals()
{
    QFETCH(QString, format);
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    const auto parser = DateTimeParser::withFormat(format, zone("Asia/Shanghai"));
    if (text.isEmpty()) {
        QVERIFY(!parser.ok());
        QCOMPARE(parser.error().field(), QStringLiteral("date-format"));
        QVERIFY2(parser.error().message().contains(mentions), qPrintable(parser.error().message()));
        return;
    }
    QVERIFY2(parser.ok(), qPrintable(parser.error().message()));
    const auto parsed = parser->parse(text);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message().contains(mentions), qPrintable(parsed.error().message()));
}

void TestDateTimes::dateAndTimeColumns_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("time");
    QTest::addColumn<DateOrder>("order");
    QTest::addColumn<QString>("utc"); // empty: refused
    QTest::newRow("Square date and time") << QStringLiteral("2024-05-01") << QStringLiteral("10:22:33")
                                          << DateOrder::Unknown << QStringLiteral("2024-05-01T14:22:33Z");
    QTest::newRow("Toast opened date and time") << QStringLiteral("05/01/24") << QStringLiteral("10:22 AM")
                                                << DateOrder::MonthFirst << QStringLiteral("2024-05-01T14:22:00Z");
    QTest::newRow("old Square file without time") << QStringLiteral("12/27/2018") << QString()
                                                  << DateOrder::Unknown << QStringLiteral("2018-12-27T05:00:00Z");
    QTest::newRow("time with offset") << QStringLiteral("2024-05-01") << QStringLiteral("10:22:33 -0700")
                                      << DateOrder::Unknown << QStringLiteral("2024-05-01T17:22:33Z");
    QTest::newRow("a time in both columns") << QStringLiteral("2024-05-01 09:00") << QStringLiteral("10:22")
                                            << DateOrder::Unknown << QString();
    QTest::newRow("not a time") << QStringLiteral("2024-05-01") << QStringLiteral("noon") << DateOrder::Unknown
                                << QString();
}

void TestDateTimes::dateAndTimeColumns()
{
    QFETCH(QString, date);
    QFETCH(QString, time);
    QFETCH(DateOrder, order);
    QFETCH(QString, utc);
    const DateTimeParser parser(zone("America/New_York"), order);
    const auto parsed = parser.parse(date, time);
    if (utc.isEmpty()) {
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message().contains(date), qPrintable(parsed.error().message()));
        return;
    }
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message()));
    QCOMPARE(utcIso(*parsed), utc);
}

void TestDateTimes::datesAlone_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date"); // invalid: refused
    QTest::newRow("iso") << QStringLiteral("1990-05-17") << QDate(1990, 5, 17);
    QTest::newRow("midnight is still a date") << QStringLiteral("1990-05-17 00:00:00") << QDate(1990, 5, 17);
    QTest::newRow("chinese") << QStringLiteral("1990年5月17日") << QDate(1990, 5, 17);
    QTest::newRow("day first") << QStringLiteral("17/05/1990") << QDate(1990, 5, 17);
    QTest::newRow("a time of day is refused") << QStringLiteral("1990-05-17 12:00") << QDate();
    QTest::newRow("no such day") << QStringLiteral("1990-04-31") << QDate();
}

void TestDateTimes::datesAlone()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    const DateTimeParser parser(zone("Asia/Shanghai"));
    const auto parsed = parser.parseDate(text);
    QCOMPARE(parsed.ok(), date.isValid());
    if (date.isValid())
        QCOMPARE(*parsed, date);
}

void TestDateTimes::zoneNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("utc"); // of 2024-07-01 12:00 in that zone; empty: not a zone
    QTest::newRow("Square's Eastern Time") << QStringLiteral("Eastern Time (US & Canada)")
                                           << QStringLiteral("2024-07-01T16:00:00Z");
    QTest::newRow("Square's Pacific Time") << QStringLiteral("pacific time (us & canada)")
                                           << QStringLiteral("2024-07-01T19:00:00Z");
    QTest::newRow("Sydney") << QStringLiteral("Sydney") << QStringLiteral("2024-07-01T02:00:00Z");
    QTest::newRow("IANA id") << QStringLiteral("Asia/Shanghai") << QStringLiteral("2024-07-01T04:00:00Z");
    QTest::newRow("offset") << QStringLiteral("UTC+8") << QStringLiteral("2024-07-01T04:00:00Z");
    QTest::newRow("signed offset") << QStringLiteral("-05:00") << QStringLiteral("2024-07-01T17:00:00Z");
    QTest::newRow("UTC") << QStringLiteral("UTC") << QStringLiteral("2024-07-01T12:00:00Z");
    QTest::newRow("abbreviations are ambiguous") << QStringLiteral("CST") << QString();
    QTest::newRow("nonsense") << QStringLiteral("Somewhere") << QString();
}

void TestDateTimes::zoneNames()
{
    QFETCH(QString, name);
    QFETCH(QString, utc);
    const QTimeZone found = DateTimeParser::zoneFromName(name);
    QCOMPARE(found.isValid(), !utc.isEmpty());
    if (utc.isEmpty())
        return;
    const DateTimeParser parser = DateTimeParser(zone("Asia/Tokyo"), DateOrder::MonthFirst).withZone(found);
    QCOMPARE(parser.order(), DateOrder::MonthFirst);
    const auto parsed = parser.parse(QStringLiteral("7/1/2024 12:00"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message()));
    QCOMPARE(utcIso(*parsed), utc);
}

void TestDateTimes::isoSpeed_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<bool>("varied"); // one value, or dates spread over 1990-2040
    QTest::newRow("Asia/Shanghai, one value") << QStringLiteral("Asia/Shanghai") << false;
    QTest::newRow("America/New_York, one value") << QStringLiteral("America/New_York") << false;
    QTest::newRow("Asia/Shanghai, varied") << QStringLiteral("Asia/Shanghai") << true;
    QTest::newRow("America/New_York, varied") << QStringLiteral("America/New_York") << true;
}

// Figures for the report: the time to read one ISO value and convert it to UTC.
void TestDateTimes::isoSpeed()
{
    QFETCH(QString, zone);
    QFETCH(bool, varied);
    QElapsedTimer setup;
    setup.start();
    const DateTimeParser parser{ QTimeZone(zone.toLatin1()) };
    const qint64 setupUs = setup.nsecsElapsed() / 1000;
    QStringList values;
    if (varied) {
        for (int i = 0; i < 10000; ++i) {
            const QDateTime t = QDateTime(QDate(1990, 1, 1), QTime(0, 0), QTimeZone::utc())
                                    .addSecs(qint64(i) * 157679 + 3541);
            values.append(t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        }
    } else {
        values.append(QStringLiteral("2025-03-14 12:30:00"));
    }
    constexpr int rounds = 1000000;
    qint64 sum = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < rounds; ++i) {
        const auto parsed = parser.parse(values[i % values.size()]);
        sum += parsed.ok() ? *parsed : 0;
    }
    const double ns = double(timer.nsecsElapsed()) / rounds;
    QVERIFY(sum != 0);
    qInfo("%s: %.1f ns per value (parser set up in %lld us)", QTest::currentDataTag(), ns, setupUs);
    QVERIFY2(ns < 2000, "far slower than expected");
}

QTEST_GUILESS_MAIN(TestDateTimes)
#include "tst_fieldparsers_dates.moc"
