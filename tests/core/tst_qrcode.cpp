// The member code's QR code (issue 4, "Members"), checked without a decoder: the size that
// goes with the version, the three finder patterns and the timing patterns where the standard
// puts them, and the same matrix for the same text every time.
#include "core/common/qrcode.h"
#include "core/people/personservice.h"

#include <QTest>

#include "tests/support/testchain.h"

using namespace testsupport;
using core::QrCode;

namespace {

// A finder pattern with its top-left module at (x, y): a dark 7x7 ring, a light ring, a dark
// 3x3 centre; and the light separator around it (inside the matrix).
bool finderAt(const QrCode &qr, int x, int y)
{
    for (int dy = -1; dy <= 7; ++dy) {
        for (int dx = -1; dx <= 7; ++dx) {
            const int ring = qMax(qAbs(dx - 3), qAbs(dy - 3)); // 0 centre .. 4 separator
            const bool dark = ring <= 1 || ring == 3;
            const int mx = x + dx, my = y + dy;
            if (mx < 0 || my < 0 || mx >= qr.size() || my >= qr.size())
                continue;
            if (qr.isDark(mx, my) != dark)
                return false;
        }
    }
    return true;
}

QString matrix(const QrCode &qr)
{
    QString out;
    for (int y = 0; y < qr.size(); ++y) {
        for (int x = 0; x < qr.size(); ++x)
            out += qr.isDark(x, y) ? QLatin1Char('#') : QLatin1Char('.');
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace

class TestQrCode : public QObject
{
    Q_OBJECT
private slots:
    void structure_data();
    void structure();
    void deterministicAndDistinct();
    void memberCodeFitsTheSmallestVersion();
    void refusals();
};

void TestQrCode::structure_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("correction");
    QTest::addColumn<int>("minVersion");
    QTest::addColumn<int>("maxVersion");
    const int m = int(QrCode::Correction::Medium);
    QTest::newRow("member code") << core::people::PersonService::memberCodeFor(17) << m << 1 << 1;
    QTest::newRow("member code, high") << core::people::PersonService::memberCodeFor(17) << int(QrCode::Correction::High) << 1 << 2;
    QTest::newRow("a web address") << QStringLiteral("https://example.com/m/1000000017?b=B01")
                                   << m << 3 << 3;
    QTest::newRow("chinese text") << QStringLiteral("金面馆 会员 李娜") << m << 2 << 2;
    // Version 7 at the least by the standard's capacity table; in 8-bit mode rather than
    // numeric they would need version 13.
    QTest::newRow("300 digits") << QString(300, QLatin1Char('7')) << m << 7 << 8;
    QTest::newRow("1000 letters") << QString(1000, QLatin1Char('x')) << int(QrCode::Correction::Low)
                                  << 20 << 40;
}

void TestQrCode::structure()
{
    QFETCH(QString, text);
    QFETCH(int, correction);
    QFETCH(int, minVersion);
    QFETCH(int, maxVersion);
    auto qr = QrCode::encode(text, QrCode::Correction(correction));
    CC_VERIFY_OK(qr);
    QVERIFY2(qr->version() >= minVersion && qr->version() <= maxVersion,
             qPrintable(QString::number(qr->version())));
    QCOMPARE(qr->size(), 17 + 4 * qr->version());
    const int far = qr->size() - 7;
    QVERIFY(finderAt(*qr, 0, 0));
    QVERIFY(finderAt(*qr, far, 0));
    QVERIFY(finderAt(*qr, 0, far));
    QVERIFY(!finderAt(*qr, far, far)); // the fourth corner holds data
    // Timing patterns: row 6 and column 6 alternate between the finders, dark on even modules.
    for (int i = 8; i < far - 1; ++i) {
        QCOMPARE(qr->isDark(i, 6), i % 2 == 0);
        QCOMPARE(qr->isDark(6, i), i % 2 == 0);
    }
    // The dark module beside the bottom-left finder (ISO/IEC 18004, 7.9.1).
    QVERIFY(qr->isDark(8, qr->size() - 8));
    QVERIFY(!qr->isDark(-1, 0));
    QVERIFY(!qr->isDark(0, qr->size()));
}

void TestQrCode::deterministicAndDistinct()
{
    const QString code = core::people::PersonService::memberCodeFor(17);
    auto a = QrCode::encode(code);
    auto b = QrCode::encode(code);
    CC_VERIFY_OK(a);
    CC_VERIFY_OK(b);
    QCOMPARE(matrix(*a), matrix(*b));
    auto other = QrCode::encode(core::people::PersonService::memberCodeFor(2));
    CC_VERIFY_OK(other);
    QCOMPARE(other->size(), a->size());
    QVERIFY(matrix(*other) != matrix(*a));
    // Roughly half the modules are dark (masking sees to it), not all or none.
    const QString m = matrix(*a);
    const double dark = double(m.count(QLatin1Char('#'))) / double(a->size() * a->size());
    QVERIFY2(dark > 0.3 && dark < 0.7, qPrintable(QString::number(dark)));
}

void TestQrCode::memberCodeFitsTheSmallestVersion()
{
    // Ten digits in numeric mode fit version 1 even at the highest correction: a 21x21 code
    // that a counter scanner reads from a phone screen at arm's length.
    for (qint64 id : { 1, 42, 999999, 899999999 }) {
        auto qr = QrCode::encode(core::people::PersonService::memberCodeFor(id),
                                 QrCode::Correction::High);
        CC_VERIFY_OK(qr);
        QCOMPARE(qr->version(), 1);
        QCOMPARE(qr->size(), 21);
    }
}

void TestQrCode::refusals()
{
    CC_VERIFY_ERROR(QrCode::encode(QString()), core::Error::Code::InvalidInput);
    auto tooLong = QrCode::encode(QString(8000, QLatin1Char('x')));
    CC_VERIFY_ERROR(tooLong, core::Error::Code::InvalidInput);
    QVERIFY(tooLong.error().message().contains(QStringLiteral("8000")));
}

QTEST_GUILESS_MAIN(TestQrCode)
#include "tst_qrcode.moc"
