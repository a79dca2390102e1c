#include "core/common/money.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTest>

#include <limits>

using core::Error;
namespace money = core::money;

namespace {

constexpr qint64 int64Max = std::numeric_limits<qint64>::max();

// A random magnitude below 10^digits: every order of size gets its share.
qint64 randomAmount(QRandomGenerator &rng, int digits)
{
    quint64 bound = 1;
    for (int i = 0; i < digits; ++i)
        bound *= 10;
    return qint64(rng.generate64() % bound);
}

} // namespace

class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void decimalsFor_data();
    void decimalsFor();
    void parseAccepts_data();
    void parseAccepts();
    void parseRefuses_data();
    void parseRefuses();
    void refusalNamesFieldAndText();
    void toPlain_data();
    void toPlain();
    void plainRoundTrip();
    void displayRoundTrip_data();
    void displayRoundTrip();
    void displayUsesLocaleSeparators();
};

void TestMoney::decimalsFor_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("decimals");
    QTest::newRow("CNY") << QStringLiteral("CNY") << 2;
    QTest::newRow("cny lower case") << QStringLiteral("cny") << 2;
    QTest::newRow("USD") << QStringLiteral("USD") << 2;
    QTest::newRow("EUR") << QStringLiteral("EUR") << 2;
    QTest::newRow("JPY") << QStringLiteral("JPY") << 0;
    QTest::newRow("KRW") << QStringLiteral("KRW") << 0;
    QTest::newRow("KWD") << QStringLiteral("KWD") << 3;
    QTest::newRow("BHD") << QStringLiteral("BHD") << 3;
}

void TestMoney::decimalsFor()
{
    QFETCH(QString, currency);
    QFETCH(int, decimals);
    QCOMPARE(money::decimalsFor(currency), decimals);
}

void TestMoney::parseAccepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<qint64>("minor");
    const auto row = [](const char *name, const QString &text, int decimals, qint64 minor) {
        QTest::newRow(name) << text << decimals << minor;
    };
    row("plain", QStringLiteral("12.34"), 2, 1234);
    row("grouped", QStringLiteral("1,234.50"), 2, 123450);
    row("two groups", QStringLiteral("1,234,567.89"), 2, 123456789);
    row("yuan sign", QStringLiteral("¥12.34"), 2, 1234);
    row("full-width yuan sign", QStringLiteral("￥12.34"), 2, 1234);
    row("dollar and space", QStringLiteral("$ 5"), 2, 500);
    row("half", QStringLiteral("0.5"), 2, 50);
    row("leading dot", QStringLiteral(".5"), 2, 50);
    row("one decimal", QStringLiteral("12.3"), 2, 1230);
    row("whole", QStringLiteral("7"), 2, 700);
    row("spaces around", QStringLiteral("  7 "), 2, 700);
    row("tab and newline", QStringLiteral("\t7\n"), 2, 700);
    row("zero", QStringLiteral("0"), 2, 0);
    row("zero with decimals", QStringLiteral("0.00"), 2, 0);
    row("negative", QStringLiteral("-80.00"), 2, -8000);
    row("negative grouped with sign", QStringLiteral("-¥1,234.50"), 2, -123450);
    row("sign after currency", QStringLiteral("¥-3"), 2, -300);
    row("explicit plus", QStringLiteral("+4.20"), 2, 420);
    row("trailing dot", QStringLiteral("12."), 2, 1200);
    row("leading zeros", QStringLiteral("007.10"), 2, 710);
    row("yen whole", QStringLiteral("1,500"), 0, 1500);
    row("yen sign", QStringLiteral("¥980"), 0, 980);
    row("dinar three decimals", QStringLiteral("1.234"), 3, 1234);
    row("dinar one decimal", QStringLiteral("1.2"), 3, 1200);
    row("largest CNY", QStringLiteral("92233720368547758.07"), 2, int64Max);
    row("most negative CNY", QStringLiteral("-92233720368547758.07"), 2, -int64Max);
    row("largest JPY", QStringLiteral("9223372036854775807"), 0, int64Max);
}

void TestMoney::parseAccepts()
{
    QFETCH(QString, text);
    QFETCH(int, decimals);
    QFETCH(qint64, minor);
    const auto parsed = money::parse(text, decimals);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message()));
    QCOMPARE(*parsed, minor);
}

void TestMoney::parseRefuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("decimals");
    const auto row = [](const char *name, const QString &text, int decimals) {
        QTest::newRow(name) << text << decimals;
    };
    row("letters", QStringLiteral("abc"), 2);
    row("empty", QString(), 2);
    row("blank", QStringLiteral("   "), 2);
    row("only a sign", QStringLiteral("-"), 2);
    row("only a currency sign", QStringLiteral("¥"), 2);
    row("only a dot", QStringLiteral("."), 2);
    row("too many decimals for CNY", QStringLiteral("1.234"), 2);
    row("decimals for JPY", QStringLiteral("1.5"), 0);
    row("four decimals for KWD", QStringLiteral("1.2345"), 3);
    row("exponent", QStringLiteral("1e3"), 2);
    row("hex", QStringLiteral("0x10"), 2);
    row("two dots", QStringLiteral("1.2.3"), 2);
    row("comma in fraction", QStringLiteral("1.234,5"), 2);
    row("European decimal comma", QStringLiteral("12,34"), 2);
    row("short group before dot", QStringLiteral("1,23.4"), 2);
    row("long group", QStringLiteral("1,2345"), 2);
    row("leading comma", QStringLiteral(",123"), 2);
    row("double comma", QStringLiteral("1,,234"), 2);
    row("trailing comma", QStringLiteral("1,"), 2);
    row("first group too long", QStringLiteral("1234,567.00"), 2);
    row("first group zero-padded", QStringLiteral("01,234"), 2);
    row("space inside", QStringLiteral("1 234"), 2);
    row("two minus signs", QStringLiteral("--5"), 2);
    row("plus then minus", QStringLiteral("+-5"), 2);
    row("minus then plus", QStringLiteral("-+5"), 2);
    row("signs around currency", QStringLiteral("-¥-5"), 2);
    row("plus, currency, minus", QStringLiteral("+¥-5"), 2);
    row("trailing currency", QStringLiteral("12.34¥"), 2);
    row("currency code", QStringLiteral("CNY 12.34"), 2);
    row("accounting parentheses", QStringLiteral("(5.00)"), 2);
    row("full-width digits", QStringLiteral("１２"), 2);
    row("overflow in units", QStringLiteral("92233720368547759"), 2);
    row("overflow by the fraction", QStringLiteral("92233720368547758.08"), 2);
    row("negative overflow", QStringLiteral("-92233720368547758.08"), 2);
    row("overflow JPY", QStringLiteral("9223372036854775808"), 0);
    row("huge", QStringLiteral("99999999999999999999999999"), 2);
}

void TestMoney::parseRefuses()
{
    QFETCH(QString, text);
    QFETCH(int, decimals);
    const auto parsed = money::parse(text, decimals);
    QVERIFY2(
        !parsed.ok(), qPrintable(QStringLiteral("accepted as %1").arg(parsed.ok() ? *parsed : 0)));
    QCOMPARE(parsed.error().code(), Error::Code::InvalidInput);
    QVERIFY(!parsed.error().message().isEmpty());
}

void TestMoney::refusalNamesFieldAndText()
{
    const auto parsed = money::parse(QStringLiteral("1.234"), 2, QStringLiteral("--amount"));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().field(), QStringLiteral("--amount"));
    QVERIFY2(parsed.error().message().contains(QStringLiteral("--amount"))
            && parsed.error().message().contains(QStringLiteral("1.234"))
            && parsed.error().message().contains(QStringLiteral("decimal")),
        qPrintable(parsed.error().message()));
    const auto letters = money::parse(QStringLiteral("12a"));
    QVERIFY(!letters.ok());
    QVERIFY2(letters.error().message().contains(QStringLiteral("'a'")),
        qPrintable(letters.error().message()));
    QVERIFY(letters.error().field().isEmpty());
}

void TestMoney::toPlain_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("plain");
    QTest::newRow("zero") << qint64(0) << 2 << QStringLiteral("0.00");
    QTest::newRow("one fen") << qint64(1) << 2 << QStringLiteral("0.01");
    QTest::newRow("no grouping") << qint64(123450) << 2 << QStringLiteral("1234.50");
    QTest::newRow("negative fen") << qint64(-5) << 2 << QStringLiteral("-0.05");
    QTest::newRow("negative") << qint64(-8000) << 2 << QStringLiteral("-80.00");
    QTest::newRow("yen") << qint64(1500) << 0 << QStringLiteral("1500");
    QTest::newRow("negative yen") << qint64(-3) << 0 << QStringLiteral("-3");
    QTest::newRow("dinar") << qint64(1234) << 3 << QStringLiteral("1.234");
    QTest::newRow("max") << int64Max << 2 << QStringLiteral("92233720368547758.07");
    QTest::newRow("min") << std::numeric_limits<qint64>::min() << 2
                         << QStringLiteral("-92233720368547758.08");
}

void TestMoney::toPlain()
{
    QFETCH(qint64, minor);
    QFETCH(int, decimals);
    QFETCH(QString, plain);
    QCOMPARE(money::toPlain(minor, decimals), plain);
}

void TestMoney::plainRoundTrip()
{
    QRandomGenerator rng(20260101);
    for (int decimals : { 0, 2, 3 }) {
        for (int i = 0; i < 2000; ++i) {
            // Magnitudes spread over every order, negatives included.
            qint64 value = randomAmount(rng, int(rng.bounded(18)) + 1);
            if (rng.bounded(2))
                value = -value;
            const QString plain = money::toPlain(value, decimals);
            const auto back = money::parse(plain, decimals);
            QVERIFY2(back.ok(), qPrintable(plain));
            QCOMPARE(*back, value);
        }
        for (qint64 edge : { qint64(0), int64Max, -int64Max, qint64(1), qint64(-1) }) {
            const auto back = money::parse(money::toPlain(edge, decimals), decimals);
            QVERIFY(back.ok());
            QCOMPARE(*back, edge);
        }
    }
}

void TestMoney::displayRoundTrip_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("symbol");
    QTest::newRow("en_US, CNY, ¥")
        << QLocale(QLocale::English, QLocale::UnitedStates) << 2 << QStringLiteral("¥");
    QTest::newRow("zh_CN, CNY, ¥")
        << QLocale(QLocale::Chinese, QLocale::China) << 2 << QStringLiteral("¥");
    QTest::newRow("C, CNY, no symbol") << QLocale::c() << 2 << QString();
    QTest::newRow("en_US, JPY") << QLocale(QLocale::English, QLocale::UnitedStates) << 0
                                << QStringLiteral("¥");
    QTest::newRow("en_US, KWD") << QLocale(QLocale::English, QLocale::UnitedStates) << 3
                                << QString();
}

void TestMoney::displayRoundTrip()
{
    QFETCH(QLocale, locale);
    QFETCH(int, decimals);
    QFETCH(QString, symbol);
    QRandomGenerator rng(7);
    for (int i = 0; i < 1000; ++i) {
        qint64 value = randomAmount(rng, int(rng.bounded(15)) + 1);
        if (i % 3 == 0)
            value = -value;
        const QString shown = money::toDisplay(value, locale, decimals, symbol);
        const auto back = money::parse(shown, decimals);
        QVERIFY2(back.ok(), qPrintable(shown + QStringLiteral(": ") + back.error().message()));
        QCOMPARE(*back, value);
    }
}

void TestMoney::displayUsesLocaleSeparators()
{
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(money::toDisplay(123450, en, 2, QStringLiteral("¥")), QStringLiteral("¥1,234.50"));
    QCOMPARE(money::toDisplay(-123450, en, 2, QStringLiteral("¥")), QStringLiteral("-¥1,234.50"));
    QCOMPARE(money::toDisplay(5, en), QStringLiteral("0.05"));
    QCOMPARE(money::toDisplay(1500, en, 0), QStringLiteral("1,500"));
    const QLocale de(QLocale::German, QLocale::Germany);
    QCOMPARE(money::toDisplay(123450, de), QStringLiteral("1.234,50"));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
