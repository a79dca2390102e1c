#include "core/people/phonenormalizer.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <functional>

using core::Error;
using core::people::PhoneNormalizer;

namespace {

// The ways people write one number: the forms a counter, a form or a spreadsheet produce.
QString written(const QString &digits, int style)
{
    const auto group = [&](const QList<int> &sizes, const QString &sep) {
        QStringList parts;
        int at = 0;
        for (int n : sizes) {
            parts << digits.mid(at, n);
            at += n;
        }
        if (at < digits.size())
            parts << digits.mid(at);
        return parts.join(sep);
    };
    switch (style % 6) {
    case 0:
        return digits;
    case 1:
        return group({ 3, 4, 4 }, QStringLiteral(" "));
    case 2:
        return group({ 3, 4, 4 }, QStringLiteral("-"));
    case 3:
        return QStringLiteral("  ") + digits + QStringLiteral(" ");
    case 4:
        return group({ 3, 4 }, QStringLiteral("."));
    default:
        return group({ 3, 4, 4 }, QString(QChar(0x00A0)));
    }
}

QString randomDigits(QRandomGenerator &rng, int count)
{
    QString out;
    for (int i = 0; i < count; ++i)
        out += QChar(u'0' + char16_t(rng.bounded(10)));
    return out;
}

struct Mismatch
{
    int compared = 0;
    QStringList problems;
};

// Normalises `input` both ways and records any difference in outcome or in the E.164 form.
void compareBothPaths(const PhoneNormalizer &phones, const QString &input, Mismatch &m)
{
    const auto fast = phones.normalize(input);
    const auto slow = phones.normalizeWithoutFastPath(input);
    ++m.compared;
    if (fast.ok() != slow.ok() || (fast.ok() && *fast != *slow)) {
        m.problems << QStringLiteral("%1: normalize %2, libphonenumber %3")
                          .arg(input, fast.ok() ? *fast : QStringLiteral("refused"),
                              slow.ok() ? *slow : QStringLiteral("refused"));
    }
}

} // namespace

class TestPhone : public QObject
{
    Q_OBJECT
private slots:
    void normalizes_data();
    void normalizes();
    void refuses_data();
    void refuses();
    void refusalNamesFieldAndInput();
    void fastPathAgreesWithLibphonenumberCn();
    void fastPathAgreesWithLibphonenumberNanp();
    void timing();
    void lastFour_data();
    void lastFour();
    void knownRegions_data();
    void knownRegions();
};

void TestPhone::normalizes_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("e164");
    const QString cnMobile = QStringLiteral("+8613812345678");
    const QString canada = QStringLiteral("+19055550142");
    const auto row
        = [](const char *name, const char *region, const QString &input, const QString &e164) {
              QTest::newRow(name) << QString::fromLatin1(region) << input << e164;
          };
    row("CN plain", "CN", QStringLiteral("13812345678"), cnMobile);
    row("CN spaced", "CN", QStringLiteral("138 1234 5678"), cnMobile);
    row("CN dashed", "CN", QStringLiteral("138-1234-5678"), cnMobile);
    row("CN dotted", "CN", QStringLiteral("138.1234.5678"), cnMobile);
    row("CN parentheses", "CN", QStringLiteral("(138) 1234 5678"), cnMobile);
    row("CN no-break spaces", "CN", QStringLiteral("138\u00A01234\u00A05678"), cnMobile);
    row("CN padded", "CN", QStringLiteral("  13812345678\t"), cnMobile);
    row("CN +86 dashed", "CN", QStringLiteral("+86 138-1234-5678"), cnMobile);
    row("CN +86 compact", "CN", QStringLiteral("+8613812345678"), cnMobile);
    row("CN 0086", "CN", QStringLiteral("008613812345678"), cnMobile);
    row("CN 0086 spaced", "CN", QStringLiteral("0086 138 1234 5678"), cnMobile);
    row("CN 86 prefix", "CN", QStringLiteral("86 13812345678"), cnMobile);
    row("CN 86 compact", "CN", QStringLiteral("8613812345678"), cnMobile);
    row("CN slash (slow path)", "CN", QStringLiteral("138/1234/5678"), cnMobile);
    row("CN 199 range", "CN", QStringLiteral("19912345678"), QStringLiteral("+8619912345678"));
    row("CN 166 range", "CN", QStringLiteral("166 0000 1111"), QStringLiteral("+8616600001111"));
    row("CN 1740x (slow path)", "CN", QStringLiteral("17400123456"),
        QStringLiteral("+8617400123456"));
    row("CN Beijing landline", "CN", QStringLiteral("010 6552 9988"),
        QStringLiteral("+861065529988"));
    row("CN region, NANP in E.164", "CN", QStringLiteral("+1 (905) 555-0142"), canada);
    row("CN region lower case", "cn", QStringLiteral("13812345678"), cnMobile);
    row("US ten digits", "US", QStringLiteral("9055550142"), canada);
    row("US written", "US", QStringLiteral("(905) 555-0142"), canada);
    row("US +1 written", "US", QStringLiteral("+1 (905) 555-0142"), canada);
    row("US leading 1", "US", QStringLiteral("1 905 555 0142"), canada);
    row("US dotted", "US", QStringLiteral("905.555.0142"), canada);
    row("US New York", "US", QStringLiteral("212-555-0199"), QStringLiteral("+12125550199"));
    row("US region, CN mobile in E.164", "US", QStringLiteral("+86 138 1234 5678"), cnMobile);
    row("CA ten digits", "CA", QStringLiteral("9055550142"), canada);
    row("CA +1 written", "CA", QStringLiteral("+1 (905) 555-0142"), canada);
    row("CA Toronto", "CA", QStringLiteral("416 555 0100"), QStringLiteral("+14165550100"));
    row("GB mobile", "GB", QStringLiteral("07400 123456"), QStringLiteral("+447400123456"));
}

void TestPhone::normalizes()
{
    QFETCH(QString, region);
    QFETCH(QString, input);
    QFETCH(QString, e164);
    const PhoneNormalizer phones(region);
    const auto fast = phones.normalize(input);
    QVERIFY2(fast.ok(), qPrintable(fast.error().message()));
    QCOMPARE(*fast, e164);
    const auto slow = phones.normalizeWithoutFastPath(input);
    QVERIFY2(slow.ok(), qPrintable(slow.error().message()));
    QCOMPARE(*slow, e164);
}

void TestPhone::refuses_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("input");
    const auto row = [](const char *name, const char *region, const QString &input) {
        QTest::newRow(name) << QString::fromLatin1(region) << input;
    };
    row("empty", "CN", QString());
    row("blank", "CN", QStringLiteral("   "));
    row("letters", "CN", QStringLiteral("abc"));
    row("too short", "CN", QStringLiteral("12345"));
    row("CN ten digits", "CN", QStringLiteral("1381234567"));
    row("CN twelve digits", "CN", QStringLiteral("138123456789"));
    // Shaped like mobiles, but not in the numbering plan: the fast path used to take them.
    row("CN 140 prefix", "CN", QStringLiteral("14012345678"));
    row("CN 154 prefix", "CN", QStringLiteral("154 1234 5678"));
    row("CN 179 prefix", "CN", QStringLiteral("+86 179 1234 5678"));
    row("CN 194 prefix", "CN", QStringLiteral("008619412345678"));
    row("CN 1749 range", "CN", QStringLiteral("17490123456"));
    row("CN 12 prefix", "CN", QStringLiteral("12812345678"));
    row("NANP number in CN region", "CN", QStringLiteral("9055550142"));
    row("CN mobile in US region", "US", QStringLiteral("13812345678"));
    row("US N11 area code", "US", QStringLiteral("211 555 0142"));
    row("US 555 area code", "US", QStringLiteral("+1 555 555 0142"));
    row("US unassigned area code", "US", QStringLiteral("999-555-0142"));
    row("US exchange starting with 1", "US", QStringLiteral("905 155 0142"));
    row("US nine digits", "US", QStringLiteral("905555014"));
    row("unknown region", "XX", QStringLiteral("13812345678"));
}

void TestPhone::refuses()
{
    QFETCH(QString, region);
    QFETCH(QString, input);
    const PhoneNormalizer phones(region);
    const auto fast = phones.normalize(input);
    QVERIFY2(
        !fast.ok(), qPrintable(QStringLiteral("accepted as ") + (fast.ok() ? *fast : QString())));
    QCOMPARE(fast.error().code(), Error::Code::InvalidInput);
    QVERIFY(fast.error().message().contains(input.trimmed()));
    const auto slow = phones.normalizeWithoutFastPath(input);
    QVERIFY(!slow.ok());
    QCOMPARE(slow.error().message(), fast.error().message());
}

void TestPhone::refusalNamesFieldAndInput()
{
    const PhoneNormalizer phones(QStringLiteral("CN"));
    const auto refused = phones.normalize(QStringLiteral("138-1234"), QStringLiteral("phone"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field(), QStringLiteral("phone"));
    const QString message = refused.error().message();
    QVERIFY2(message.startsWith(QStringLiteral("phone: \"138-1234\" is not a phone number: ")),
        qPrintable(message));
    const auto empty = phones.normalize(QString(), QStringLiteral("mobile"));
    QVERIFY(!empty.ok());
    QVERIFY2(empty.error().message().contains(QStringLiteral("empty")),
        qPrintable(empty.error().message()));
}

void TestPhone::fastPathAgreesWithLibphonenumberCn()
{
    const PhoneNormalizer phones(QStringLiteral("CN"));
    QRandomGenerator rng(42);
    Mismatch m;
    // Every four-digit prefix of an 11-digit number starting with 1, in rotating written forms,
    // so every branch of the mobile table meets libphonenumber's verdict.
    for (int prefix = 1000; prefix <= 1999; ++prefix) {
        for (int i = 0; i < 2; ++i) {
            const QString digits = QString::number(prefix) + randomDigits(rng, 7);
            compareBothPaths(phones, written(digits, prefix + i), m);
        }
    }
    // The international forms on a random sample.
    for (int i = 0; i < 1000; ++i) {
        const QString digits = QStringLiteral("1") + randomDigits(rng, 10);
        switch (i % 4) {
        case 0:
            compareBothPaths(phones, QStringLiteral("+86 ") + written(digits, i), m);
            break;
        case 1:
            compareBothPaths(phones, QStringLiteral("0086") + digits, m);
            break;
        case 2:
            compareBothPaths(phones, QStringLiteral("86 ") + digits, m);
            break;
        default:
            compareBothPaths(phones, QStringLiteral("+1") + randomDigits(rng, 10), m);
            break;
        }
    }
    QVERIFY2(m.problems.isEmpty(), qPrintable(m.problems.mid(0, 20).join(QLatin1Char('\n'))));
    QVERIFY(m.compared >= 3000);
}

void TestPhone::fastPathAgreesWithLibphonenumberNanp()
{
    QRandomGenerator rng(7);
    Mismatch m;
    for (const char *region : { "US", "CA" }) {
        const PhoneNormalizer phones(QString::fromLatin1(region));
        // Every area code, with exchanges from the whole range 000-999.
        for (int area = 200; area <= 999; ++area) {
            const QString digits = QString::number(area) + randomDigits(rng, 7);
            switch (area % 4) {
            case 0:
                compareBothPaths(phones, digits, m);
                break;
            case 1:
                compareBothPaths(phones, QStringLiteral("+1 ") + digits, m);
                break;
            case 2:
                compareBothPaths(phones, QStringLiteral("1-") + digits, m);
                break;
            default:
                compareBothPaths(phones,
                    QStringLiteral("(%1) %2-%3")
                        .arg(digits.left(3), digits.mid(3, 3), digits.mid(6)),
                    m);
                break;
            }
        }
    }
    QVERIFY2(m.problems.isEmpty(), qPrintable(m.problems.mid(0, 20).join(QLatin1Char('\n'))));
    QCOMPARE(m.compared, 1600);
}

void TestPhone::timing()
{
    // Not an assertion: a figure for the log, since the bulk paths depend on it.
    const PhoneNormalizer phones(QStringLiteral("CN"));
    QRandomGenerator rng(1);
    QStringList inputs;
    for (int i = 0; i < 5000; ++i)
        inputs << written(QStringLiteral("13") + randomDigits(rng, 9), i);
    const auto measure = [&](const std::function<bool(const QString &)> &normalize) {
        QElapsedTimer timer;
        timer.start();
        int accepted = 0;
        for (const QString &input : std::as_const(inputs))
            accepted += normalize(input) ? 1 : 0;
        const double micros = double(timer.nsecsElapsed()) / 1000.0 / double(inputs.size());
        return std::make_pair(micros, accepted);
    };
    const auto fast = measure([&](const QString &s) { return phones.normalize(s).ok(); });
    const auto slow
        = measure([&](const QString &s) { return phones.normalizeWithoutFastPath(s).ok(); });
    qDebug("phone normalisation of %lld CN mobiles: fast path %.2f µs a number, libphonenumber"
           " %.2f µs a number",
        qint64(inputs.size()), fast.first, slow.first);
    QCOMPARE(fast.second, int(inputs.size()));
    QCOMPARE(slow.second, int(inputs.size()));
}

void TestPhone::lastFour_data()
{
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("last");
    QTest::newRow("CN mobile") << QStringLiteral("+8613812345678") << QStringLiteral("5678");
    QTest::newRow("NANP") << QStringLiteral("+19055550142") << QStringLiteral("0142");
    QTest::newRow("leading zeros kept")
        << QStringLiteral("+8613800000007") << QStringLiteral("0007");
}

void TestPhone::lastFour()
{
    QFETCH(QString, e164);
    QFETCH(QString, last);
    QCOMPARE(PhoneNormalizer::lastFour(e164), last);
}

void TestPhone::knownRegions_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<bool>("known");
    QTest::newRow("CN") << QStringLiteral("CN") << true;
    QTest::newRow("cn lower case") << QStringLiteral("cn") << true;
    QTest::newRow("US") << QStringLiteral("US") << true;
    QTest::newRow("CA") << QStringLiteral("CA") << true;
    QTest::newRow("HK") << QStringLiteral("HK") << true;
    QTest::newRow("GB") << QStringLiteral("GB") << true;
    QTest::newRow("unknown XX") << QStringLiteral("XX") << false;
    QTest::newRow("alpha-3 CHN") << QStringLiteral("CHN") << false;
    QTest::newRow("UK is not ISO") << QStringLiteral("UK") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("non-geographic 001") << QStringLiteral("001") << false;
}

void TestPhone::knownRegions()
{
    QFETCH(QString, region);
    QFETCH(bool, known);
    QCOMPARE(PhoneNormalizer::isKnownRegion(region), known);
}

QTEST_GUILESS_MAIN(TestPhone)
#include "tst_phone.moc"
