#include "core/csv/fieldparsers.h"

#include <QTest>

#include <optional>

using core::Error;
using namespace core::csv;

// The readers of single CSV cells; dates and times: tst_fieldparsers_dates.
class TestFieldParsers : public QObject
{
    Q_OBJECT
private slots:
    void amounts_data();
    void amounts();
    void amountRefusals_data();
    void amountRefusals();
    void booleans_data();
    void booleans();
    void integers_data();
    void integers();
    void genders_data();
    void genders();
    void emails_data();
    void emails();
    void text_data();
    void text();
    void names_data();
    void names();
    void contacts_data();
    void contacts();
};

void TestFieldParsers::amounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<qint64>("minor");
    const auto row = [](const char *name, const QString &text, int decimals, qint64 minor) {
        QTest::newRow(name) << text << decimals << minor;
    };
    row("one decimal", QStringLiteral("128.5"), 2, 12850);
    row("grouped", QStringLiteral("1,234.50"), 2, 123450);
    row("yuan sign", QStringLiteral("¥12.34"), 2, 1234);
    row("full-width yuan sign", QStringLiteral("￥12.34"), 2, 1234);
    row("negative", QStringLiteral("-80.00"), 2, -8000);
    row("CN¥", QStringLiteral("CN¥12.34"), 2, 1234);
    row("US$", QStringLiteral("US$5"), 2, 500);
    row("negative US$", QStringLiteral("-US$5"), 2, -500);
    row("dollar", QStringLiteral("$5.00"), 2, 500);
    row("euro", QStringLiteral("€3.20"), 2, 320);
    row("pound", QStringLiteral("£7"), 2, 700);
    row("RMB", QStringLiteral("RMB 12"), 2, 1200);
    row("yuan after", QStringLiteral("12.34元"), 2, 1234);
    row("euro after", QStringLiteral("12.34 €"), 2, 1234);
    row("accounting negative", QStringLiteral("(12.34)"), 2, -1234);
    row("accounting negative with currency (Square fees)", QStringLiteral("($33.62)"), 2, -3362);
    row("trailing minus", QStringLiteral("12.34-"), 2, -1234);
    row("Square refund", QStringLiteral("-$45.00"), 2, -4500);
    row("Square trailing space", QStringLiteral("$1,149.00 "), 2, 114900);
    row("full-width digits", QStringLiteral("１２.５"), 2, 1250);
    row("yen without decimals", QStringLiteral("¥980"), 0, 980);
}

void TestFieldParsers::amounts()
{
    QFETCH(QString, text);
    QFETCH(int, decimals);
    QFETCH(qint64, minor);
    const auto parsed = parseAmount(text, decimals);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message()));
    QCOMPARE(*parsed, minor);
}

void TestFieldParsers::amountRefusals_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("junk") << QStringLiteral("abc");
    QTest::newRow("empty") << QString();
    QTest::newRow("two dots") << QStringLiteral("12.3.4");
    QTest::newRow("too many decimals") << QStringLiteral("1.234");
    QTest::newRow("decimal comma") << QStringLiteral("12,34");
    QTest::newRow("two signs") << QStringLiteral("(-5)");
    QTest::newRow("only a currency") << QStringLiteral("US$");
    QTest::newRow("floating point notation") << QStringLiteral("1e3");
}

void TestFieldParsers::amountRefusals()
{
    QFETCH(QString, text);
    const auto parsed = parseAmount(text, 2);
    QVERIFY2(!parsed.ok(), qPrintable(QString::number(parsed.ok() ? *parsed : 0)));
    QCOMPARE(parsed.error().code(), Error::Code::InvalidInput);
    QVERIFY(!parsed.error().message().isEmpty());
}

void TestFieldParsers::booleans_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // 1 yes, 0 no, -1 not given, -2 refused
    const auto row = [](const char *name, const QString &text, int expected) {
        QTest::newRow(name) << text << expected;
    };
    row("yes", QStringLiteral("yes"), 1);
    row("YES", QStringLiteral(" YES "), 1);
    row("y", QStringLiteral("y"), 1);
    row("1", QStringLiteral("1"), 1);
    row("true", QStringLiteral("True"), 1);
    row("是", QStringLiteral("是"), 1);
    row("已同意", QStringLiteral("已同意"), 1);
    row("Subscribed (Square)", QStringLiteral("Subscribed"), 1);
    row("OPTED IN", QStringLiteral("OPTED IN"), 1);
    row("opted  in (two spaces)", QStringLiteral("opted  in"), 1);
    row("full-width yes", QStringLiteral("ｙｅｓ"), 1);
    row("no", QStringLiteral("no"), 0);
    row("n", QStringLiteral("N"), 0);
    row("0", QStringLiteral("0"), 0);
    row("false", QStringLiteral("false"), 0);
    row("否", QStringLiteral("否"), 0);
    row("未同意", QStringLiteral("未同意"), 0);
    row("Unsubscribed (Square)", QStringLiteral("Unsubscribed"), 0);
    row("empty", QString(), -1);
    row("blank", QStringLiteral("   "), -1);
    row("Unknown (Square)", QStringLiteral("Unknown"), -1);
    row("未知", QStringLiteral("未知"), -1);
    row("maybe", QStringLiteral("maybe"), -2);
    row("2", QStringLiteral("2"), -2);
}

void TestFieldParsers::booleans()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    const auto parsed = parseBool(text);
    if (expected == -2) {
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message().contains(text), qPrintable(parsed.error().message()));
        return;
    }
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message()));
    QCOMPARE(parsed->has_value(), expected >= 0);
    if (expected >= 0)
        QCOMPARE(parsed->value(), expected == 1);
}

void TestFieldParsers::integers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected"); // -1: refused (range 1..5)
    QTest::newRow("5") << QStringLiteral("5") << qint64(5);
    QTest::newRow("spaces") << QStringLiteral(" 3 ") << qint64(3);
    QTest::newRow("spreadsheet 4.0") << QStringLiteral("4.0") << qint64(4);
    QTest::newRow("plus sign") << QStringLiteral("+2") << qint64(2);
    QTest::newRow("full-width") << QStringLiteral("５") << qint64(5);
    QTest::newRow("out of range") << QStringLiteral("6") << qint64(-1);
    QTest::newRow("zero") << QStringLiteral("0") << qint64(-1);
    QTest::newRow("fraction") << QStringLiteral("4.5") << qint64(-1);
    QTest::newRow("words") << QStringLiteral("five") << qint64(-1);
    QTest::newRow("empty") << QString() << qint64(-1);
}

void TestFieldParsers::integers()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    const auto parsed = parseInteger(text, 1, 5);
    QCOMPARE(parsed.ok(), expected >= 0);
    if (expected >= 0)
        QCOMPARE(*parsed, expected);
    else
        QVERIFY(!parsed.error().message().isEmpty());
}

void TestFieldParsers::genders_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // "!": refused
    const auto row = [](const char *name, const QString &text, const char *expected) {
        QTest::newRow(name) << text << QString::fromLatin1(expected);
    };
    row("female", QStringLiteral("female"), "female");
    row("F", QStringLiteral("F"), "female");
    row("女", QStringLiteral("女"), "female");
    row("女士", QStringLiteral("女士"), "female");
    row("Male", QStringLiteral("Male"), "male");
    row("M", QStringLiteral("m"), "male");
    row("男", QStringLiteral("男"), "male");
    row("other", QStringLiteral("Other"), "other");
    row("其他", QStringLiteral("其他"), "other");
    row("empty", QString(), "");
    row("unknown", QStringLiteral("unknown"), "");
    row("保密", QStringLiteral("保密"), "");
    row("nonsense", QStringLiteral("banana"), "!");
}

void TestFieldParsers::genders()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto parsed = parseGender(text);
    QCOMPARE(parsed.ok(), expected != QLatin1String("!"));
    if (parsed.ok())
        QCOMPARE(*parsed, expected);
}

void TestFieldParsers::emails_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // "!": refused
    const auto row = [](const char *name, const QString &text, const char *expected) {
        QTest::newRow(name) << text << QString::fromLatin1(expected);
    };
    row("plain", QStringLiteral("ana@example.com"), "ana@example.com");
    row("domain lower-cased", QStringLiteral(" Ana@Example.COM "), "Ana@example.com");
    row("plus and dots", QStringLiteral("a.b+c@shop.co"), "a.b+c@shop.co");
    row("full-width at", QStringLiteral("ana＠example.com"), "ana@example.com");
    row("empty", QString(), "");
    row("no at", QStringLiteral("ana.example.com"), "!");
    row("two ats", QStringLiteral("a@@b.com"), "!");
    row("nothing after", QStringLiteral("ana@"), "!");
    row("no dot in domain", QStringLiteral("a@b"), "!");
    row("space", QStringLiteral("a b@c.com"), "!");
    row("empty label", QStringLiteral("a@b..com"), "!");
}

void TestFieldParsers::emails()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto parsed = parseEmail(text);
    QCOMPARE(parsed.ok(), expected != QLatin1String("!"));
    if (parsed.ok())
        QCOMPARE(*parsed, expected);
    else
        QVERIFY2(parsed.error().message().contains(QLatin1String("e-mail")), qPrintable(parsed.error().message()));
}

void TestFieldParsers::text_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("simplified");
    QTest::addColumn<QString>("halfWidth");
    QTest::newRow("spaces collapsed") << QStringLiteral("  张  三 \n") << QStringLiteral("张 三")
                                      << QStringLiteral("  张  三 \n");
    QTest::newRow("ideographic space") << QStringLiteral("\u3000王\u3000五\u3000") << QStringLiteral("王 五")
                                       << QStringLiteral(" 王 五 ");
    QTest::newRow("full-width digits") << QStringLiteral("１３８ ００１３ ８０００") << QStringLiteral("１３８ ００１３ ８０００")
                                       << QStringLiteral("138 0013 8000");
    QTest::newRow("full-width letters and signs") << QStringLiteral("ＢＯ１＋") << QStringLiteral("ＢＯ１＋")
                                                  << QStringLiteral("BO1+");
    QTest::newRow("no-break space") << QStringLiteral("a\u00a0\u00a0b") << QStringLiteral("a b")
                                    << QStringLiteral("a\u00a0\u00a0b");
    QTest::newRow("already simple") << QStringLiteral("Ana Li") << QStringLiteral("Ana Li") << QStringLiteral("Ana Li");
    QTest::newRow("a tab inside") << QStringLiteral("Ana\tLi") << QStringLiteral("Ana Li") << QStringLiteral("Ana\tLi");
    QTest::newRow("a space at the end") << QStringLiteral("Ana ") << QStringLiteral("Ana") << QStringLiteral("Ana ");
    QTest::newRow("empty") << QString() << QString() << QString();
}

void TestFieldParsers::text()
{
    QFETCH(QString, text);
    QFETCH(QString, simplified);
    QFETCH(QString, halfWidth);
    // A string and a view of it read the same (a string that needs nothing back is shared).
    QCOMPARE(simplifiedText(text), simplified);
    QCOMPARE(simplifiedText(QStringView(text)), simplified);
    QCOMPARE(toHalfWidth(text), halfWidth);
    QCOMPARE(toHalfWidth(QStringView(text)), halfWidth);
    QCOMPARE(trimmedText(QStringLiteral(" \u3000a\nb ")), QStringLiteral("a\nb"));
}

void TestFieldParsers::names_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("name");
    QTest::newRow("western") << QStringLiteral("Ada") << QStringLiteral("Lovelace") << QStringLiteral("Ada Lovelace");
    QTest::newRow("chinese family first") << QStringLiteral("伟") << QStringLiteral("张") << QStringLiteral("张伟");
    QTest::newRow("chinese two-character given") << QStringLiteral("小明") << QStringLiteral("欧阳")
                                                 << QStringLiteral("欧阳小明");
    QTest::newRow("mixed scripts keep the space") << QStringLiteral("Wei") << QStringLiteral("张")
                                                  << QStringLiteral("Wei 张");
    QTest::newRow("given only") << QStringLiteral(" Ada ") << QString() << QStringLiteral("Ada");
    QTest::newRow("family only") << QString() << QStringLiteral("张") << QStringLiteral("张");
    QTest::newRow("neither") << QString() << QString() << QString();
}

void TestFieldParsers::names()
{
    QFETCH(QString, given);
    QFETCH(QString, family);
    QFETCH(QString, name);
    QCOMPARE(joinPersonName(given, family), name);
}

void TestFieldParsers::contacts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("email");
    QTest::newRow("email then phone") << QStringLiteral("ana@example.com, +66 81 234 5678")
                                      << QStringLiteral("+66 81 234 5678") << QStringLiteral("ana@example.com");
    QTest::newRow("phone only") << QStringLiteral("13812345678") << QStringLiteral("13812345678") << QString();
    QTest::newRow("email only") << QStringLiteral("bo@example.com") << QString() << QStringLiteral("bo@example.com");
    QTest::newRow("chinese separator") << QStringLiteral("138 1234 5678，zhang@example.cn")
                                       << QStringLiteral("138 1234 5678") << QStringLiteral("zhang@example.cn");
    QTest::newRow("empty") << QString() << QString() << QString();
}

void TestFieldParsers::contacts()
{
    QFETCH(QString, text);
    QFETCH(QString, phone);
    QFETCH(QString, email);
    QCOMPARE(phoneFromContacts(text), phone);
    QCOMPARE(emailFromContacts(text), email);
}

QTEST_GUILESS_MAIN(TestFieldParsers)
#include "tst_fieldparsers.moc"
