#include "core/csv/csvreader.h"
#include "core/csv/csvwriter.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace core::csv;
using Cell = CsvWriter::Cell;

namespace {

QByteArray written(const QList<QStringList> &records, bool excel, Cell cell = Cell::Text)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&buffer, excel);
        for (const QStringList &record : records) {
            if (!writer.writeRecord(record, cell).ok())
                return "write failed";
        }
        if (!writer.flush().ok())
            return "flush failed";
    }
    return buffer.data();
}

QList<QStringList> readBack(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvOptions options;
    options.delimiter = u','; // a one-column file would otherwise be a guess
    CsvReader reader(&buffer, options);
    CsvRecord record;
    QList<QStringList> records;
    for (;;) {
        const auto next = reader.readRecord(record);
        if (!next.ok() || !*next)
            break;
        records.append(record.fields());
    }
    return records;
}

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT
private slots:
    void quoting_data();
    void quoting();
    void excelBytes();
    void plainBytes();
    void neutralisation_data();
    void neutralisation();
    void perFieldKinds();
    void roundTrip_data();
    void roundTrip();
    void neutralisedCellReadsBackWithQuote();
    void diskFull();
    void readOnlyDevice();
};

void TestCsvWriter::quoting_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("plain") << QStringLiteral("plain") << QByteArray("plain");
    QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("LF") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
    QTest::newRow("CR") << QStringLiteral("a\rb") << QByteArray("\"a\rb\"");
    QTest::newRow("leading space") << QStringLiteral(" a") << QByteArray("\" a\"");
    QTest::newRow("trailing space") << QStringLiteral("a ") << QByteArray("\"a \"");
    QTest::newRow("inner space") << QStringLiteral("a b") << QByteArray("a b");
    QTest::newRow("semicolon") << QStringLiteral("a;b") << QByteArray("a;b");
    QTest::newRow("chinese") << QStringLiteral("张三") << QByteArray("张三");
    QTest::newRow("empty alone") << QString() << QByteArray("\"\"");
}

void TestCsvWriter::quoting()
{
    QFETCH(QString, field);
    QFETCH(QByteArray, bytes);
    QCOMPARE(written({ { field } }, false), bytes + "\n");
    // Alone, an empty field is written "" so that the record is not a blank line.
    const QByteArray inRecord = field.isEmpty() ? QByteArray() : bytes;
    QCOMPARE(written({ { field, QStringLiteral("x") } }, false), inRecord + ",x\n");
}

void TestCsvWriter::excelBytes()
{
    const QByteArray bytes = written({ { QStringLiteral("phone"), QStringLiteral("name") },
                                       { QStringLiteral("+8613800138000"), QStringLiteral("张三") } },
                                     true, Cell::Verbatim);
    QCOMPARE(bytes, QByteArray("\xEF\xBB\xBFphone,name\r\n+8613800138000,张三\r\n"));
    QCOMPARE(written({}, true), QByteArray("\xEF\xBB\xBF"));
}

void TestCsvWriter::plainBytes()
{
    QCOMPARE(written({ { QStringLiteral("a"), QString() }, { QString(), QStringLiteral("b") } }, false),
             QByteArray("a,\n,b\n"));
    QCOMPARE(written({}, false), QByteArray());
}

void TestCsvWriter::neutralisation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<Cell>("cell");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("=1+1 text") << QStringLiteral("=1+1") << Cell::Text << QByteArray("'=1+1");
    QTest::newRow("+cmd text") << QStringLiteral("+cmd") << Cell::Text << QByteArray("'+cmd");
    QTest::newRow("-2+3 text") << QStringLiteral("-2+3") << Cell::Text << QByteArray("'-2+3");
    QTest::newRow("@SUM text") << QStringLiteral("@SUM(A1:A9)") << Cell::Text << QByteArray("'@SUM(A1:A9)");
    QTest::newRow("tab text") << QStringLiteral("\tx") << Cell::Text << QByteArray("'\tx");
    QTest::newRow("CR text") << QStringLiteral("\rx") << Cell::Text << QByteArray("\"'\rx\"");
    QTest::newRow("NUL text") << QString(QChar(0)) + QStringLiteral("x") << Cell::Text
                              << QByteArray("'\0x", 3);
    QTest::newRow("formula with comma") << QStringLiteral("=HYPERLINK(\"x\",\"y\")") << Cell::Text
                                        << QByteArray("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
    QTest::newRow("inner = text") << QStringLiteral("a=b") << Cell::Text << QByteArray("a=b");
    QTest::newRow("phone verbatim") << QStringLiteral("+8613800138000") << Cell::Verbatim
                                    << QByteArray("+8613800138000");
    QTest::newRow("amount verbatim") << QStringLiteral("-80.00") << Cell::Verbatim << QByteArray("-80.00");
    QTest::newRow("date verbatim") << QStringLiteral("2025-03-14 12:30:00") << Cell::Verbatim
                                   << QByteArray("2025-03-14 12:30:00");
    QTest::newRow("phone as text is neutralised") << QStringLiteral("+8613800138000") << Cell::Text
                                                  << QByteArray("'+8613800138000");
}

void TestCsvWriter::neutralisation()
{
    QFETCH(QString, field);
    QFETCH(Cell, cell);
    QFETCH(QByteArray, bytes);
    QCOMPARE(written({ { field, QStringLiteral("x") } }, false, cell), bytes + ",x\n");
    if (cell == Cell::Text)
        QCOMPARE(CsvWriter::neutralised(field).startsWith(u'\''), CsvWriter::looksLikeFormula(field));
}

void TestCsvWriter::perFieldKinds()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.addField(QStringLiteral("+8613800138000"), Cell::Verbatim);
    writer.addField(QStringLiteral("=cmd|' /C calc'!A0"));
    writer.addField(QStringLiteral("-80.00"), Cell::Verbatim);
    QVERIFY(writer.endRecord().ok());
    QVERIFY(writer.writeRecord({ QStringLiteral("-1"), QStringLiteral("-2"), QStringLiteral("-3") },
                               { Cell::Verbatim, Cell::Text })
                    .ok());
    QVERIFY(writer.flush().ok());
    QCOMPARE(buffer.data(), QByteArray("+8613800138000,'=cmd|' /C calc'!A0,-80.00\n-1,'-2,'-3\n"));
}

void TestCsvWriter::roundTrip_data()
{
    QTest::addColumn<bool>("excel");
    QTest::newRow("plain") << false;
    QTest::newRow("excel") << true;
}

void TestCsvWriter::roundTrip()
{
    QFETCH(bool, excel);
    const QList<QStringList> records = {
        { QStringLiteral("phone"), QStringLiteral("name"), QStringLiteral("notes") },
        { QStringLiteral("+8613800138000"), QStringLiteral("张三"), QStringLiteral("a,b") },
        { QStringLiteral("-80.00"), QStringLiteral("\"quoted\""), QStringLiteral("line1\nline2") },
        { QStringLiteral("x"), QStringLiteral("crlf\r\ninside"), QStringLiteral(" padded ") },
        { QString(), QString(), QString() },
        { QStringLiteral("only") },
        { QString() },
        { QStringLiteral("😀"), QStringLiteral("\"\""), QStringLiteral("\r") },
    };
    const QByteArray bytes = written(records, excel, Cell::Verbatim);
    QCOMPARE(readBack(bytes), records);
}

void TestCsvWriter::neutralisedCellReadsBackWithQuote()
{
    // The reader leaves the ' in place: see the comment in csvwriter.h.
    const QByteArray bytes = written({ { QStringLiteral("=1+1"), QStringLiteral("-2") } }, true);
    QCOMPARE(readBack(bytes), QList<QStringList>({ { QStringLiteral("'=1+1"), QStringLiteral("'-2") } }));
}

void TestCsvWriter::diskFull()
{
    if (!QFile::exists(QStringLiteral("/dev/full")))
        QSKIP("no /dev/full on this system");
    QFile file(QStringLiteral("/dev/full"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    CsvWriter writer(&file, true);
    QVERIFY(writer.writeRecord({ QStringLiteral("a"), QStringLiteral("b") }).ok()); // buffered
    const core::Status flushed = writer.flush();
    QVERIFY(!flushed.ok());
    QCOMPARE(flushed.error().code(), core::Error::Code::Io);
    QVERIFY2(flushed.error().message().contains(QStringLiteral("/dev/full")),
             qPrintable(flushed.error().message()));
    QVERIFY(!writer.writeRecord({ QStringLiteral("c") }).ok()); // and it stays failed
}

void TestCsvWriter::readOnlyDevice()
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadOnly);
    CsvWriter writer(&buffer);
    QVERIFY(writer.writeRecord({ QStringLiteral("a") }).ok());
    QVERIFY(!writer.flush().ok());
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
