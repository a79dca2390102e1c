#include "core/csv/csvreader.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTest>

#include <initializer_list>

using namespace core::csv;

using Rows = QList<QStringList>;

namespace {

Rows rows(std::initializer_list<std::initializer_list<const char *>> list)
{
    Rows result;
    for (const auto &record : list) {
        QStringList fields;
        for (const char *field : record)
            fields.append(QString::fromUtf8(field));
        result.append(fields);
    }
    return result;
}

QByteArray utf16(const char *utf8, bool bigEndian, bool bom)
{
    QStringEncoder encoder(bigEndian ? QStringConverter::Utf16BE : QStringConverter::Utf16LE);
    QByteArray bytes = encoder.encode(QString::fromUtf8(utf8));
    if (bom)
        bytes.prepend(bigEndian ? QByteArray("\xFE\xFF") : QByteArray("\xFF\xFE"));
    return bytes;
}

QByteArray gb18030(const QString &text)
{
    return QStringEncoder("GB18030").encode(text);
}

struct Outcome
{
    Rows rows;
    QList<qint64> lines;
    QList<qint64> numbers;
    QString error;
    qint64 errorLine = 0;
    int errors = 0;
    Encoding encoding = Encoding::Auto;
    char16_t delimiter = 0;
};

Outcome readAll(const QByteArray &bytes, CsvOptions options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, options);
    CsvRecord record;
    Outcome outcome;
    for (int guard = 0; guard < 100000; ++guard) {
        const auto next = reader.readRecord(record);
        if (!next.ok()) {
            if (outcome.errors++ == 0) {
                outcome.error = next.error().message();
                outcome.errorLine = reader.errorLine();
            }
            continue;
        }
        if (!*next)
            break;
        outcome.rows.append(record.fields());
        outcome.lines.append(record.line());
        outcome.numbers.append(record.number());
    }
    outcome.encoding = reader.encoding();
    outcome.delimiter = reader.delimiter();
    return outcome;
}

// Every case is read with buffers this small too, so that each quote, CR, LF and multibyte
// character in it falls across a buffer boundary at least once.
const qsizetype bufferSizes[] = { 1, 2, 3, 4, 5, 7, 13, 64, 1024 * 1024 };

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void encodings_data();
    void encodings();
    void delimiter_data();
    void delimiter();
    void errors_data();
    void errors();
    void lineNumbers_data();
    void lineNumbers();
    void megabyteField();
    void bytesAreUtf8();
    void gb18030IsAvailable();
    void gb18030Bytes();
    void gb18030ThroughCore5Compat();
    void chosenOptions();
    void manyRecordsStream();
};

void TestCsvReader::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Rows>("expected");
    QTest::newRow("plain") << QByteArray("a,b,c\n1,2,3\n") << rows({ { "a", "b", "c" }, { "1", "2", "3" } });
    QTest::newRow("quoted comma") << QByteArray("\"a,b\",c\n") << rows({ { "a,b", "c" } });
    QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",x\n")
                                    << rows({ { "say \"hi\"", "x" } });
    QTest::newRow("only doubled quotes") << QByteArray("\"\"\"\"\"\"\n") << rows({ { "\"\"" } });
    QTest::newRow("quoted LF") << QByteArray("\"line1\nline2\",x\n")
                               << rows({ { "line1\nline2", "x" } });
    QTest::newRow("quoted CRLF kept") << QByteArray("\"a\r\nb\",c\r\n") << rows({ { "a\r\nb", "c" } });
    QTest::newRow("CRLF") << QByteArray("a,b\r\nc,d\r\n") << rows({ { "a", "b" }, { "c", "d" } });
    QTest::newRow("LF") << QByteArray("a,b\nc,d\n") << rows({ { "a", "b" }, { "c", "d" } });
    QTest::newRow("lone CR") << QByteArray("a,b\rc,d\r") << rows({ { "a", "b" }, { "c", "d" } });
    QTest::newRow("CR then CRLF") << QByteArray("a\r\r\nb") << rows({ { "a" }, { "b" } });
    QTest::newRow("truncated last line") << QByteArray("a,b\nc,d") << rows({ { "a", "b" }, { "c", "d" } });
    QTest::newRow("truncated quoted last line") << QByteArray("a\n\"c,d\"") << rows({ { "a" }, { "c,d" } });
    QTest::newRow("blank lines") << QByteArray("\n\r\na,b\n\n\r\n\rc,d\n\n")
                                 << rows({ { "a", "b" }, { "c", "d" } });
    QTest::newRow("ragged rows") << QByteArray("a,b,c\n1\n1,2,3,4\n")
                                 << rows({ { "a", "b", "c" }, { "1" }, { "1", "2", "3", "4" } });
    QTest::newRow("empty fields") << QByteArray(",,\n") << rows({ { "", "", "" } });
    QTest::newRow("delimiter before end") << QByteArray("a,") << rows({ { "a", "" } });
    QTest::newRow("empty quoted field") << QByteArray("\"\"\nx\n") << rows({ { "" }, { "x" } });
    QTest::newRow("stray quote kept") << QByteArray("ab\"c,d\"\n") << rows({ { "ab\"c", "d\"" } });
    QTest::newRow("text after closing quote") << QByteArray("\"ab\"cd,e\n") << rows({ { "abcd", "e" } });
    QTest::newRow("spaces kept") << QByteArray(" a , b \n") << rows({ { " a ", " b " } });
    QTest::newRow("space before quote") << QByteArray(" \"a\",b\n") << rows({ { " \"a\"", "b" } });
    QTest::newRow("utf-8 chinese") << QByteArray("手机号,姓名\n13800138000,张三\n")
                                   << rows({ { "手机号", "姓名" }, { "13800138000", "张三" } });
    QTest::newRow("utf-8 BOM") << QByteArray("\xEF\xBB\xBFphone,name\n1,张\n")
                               << rows({ { "phone", "name" }, { "1", "张" } });
    QTest::newRow("utf-8 four-byte") << QByteArray("a,😀\n\"😀,\"\n") << rows({ { "a", "😀" }, { "😀," } });
    QTest::newRow("empty file") << QByteArray() << Rows();
    QTest::newRow("only blank lines") << QByteArray("\r\n\n\r") << Rows();
    QTest::newRow("only BOM") << QByteArray("\xEF\xBB\xBF") << Rows();
}

void TestCsvReader::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(Rows, expected);
    for (qsizetype size : bufferSizes) {
        CsvOptions options;
        options.bufferBytes = size;
        const Outcome outcome = readAll(input, options);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        if (outcome.rows != expected)
            qWarning() << "buffer of" << size << "bytes gave" << outcome.rows;
        QCOMPARE(outcome.rows, expected);
    }
}

void TestCsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<Rows>("expected");
    const Rows header = rows({ { "手机号", "姓名" }, { "13800138000", "张三" } });
    QTest::newRow("utf-8") << QByteArray("手机号,姓名\n13800138000,张三\n") << Encoding::Utf8 << header;
    QTest::newRow("utf-8 BOM") << QByteArray("\xEF\xBB\xBF手机号,姓名\n13800138000,张三\n")
                               << Encoding::Utf8 << header;
    // Bytes as Excel on Chinese Windows saves them (GBK, a subset of GB18030).
    QTest::newRow("GB18030") << QByteArray("\xca\xd6\xbb\xfa\xba\xc5,\xd0\xd5\xc3\xfb\r\n"
                                           "13800138000,\xd5\xc5\xc8\xfd\r\n")
                             << Encoding::Gb18030 << header;
    QTest::newRow("GB18030 four-byte") << gb18030(QStringLiteral("a,\u20AC\U0001F600\n"))
                                      << Encoding::Gb18030 << rows({ { "a", "€😀" } });
    const QByteArray asciiStart = QByteArray("phone,name\n").append(QByteArray("1,x\n").repeated(300));
    Rows longRows = rows({ { "phone", "name" } });
    for (int i = 0; i < 300; ++i)
        longRows.append({ QStringLiteral("1"), QStringLiteral("x") });
    longRows.append({ QStringLiteral("2"), QStringLiteral("张三") });
    QTest::newRow("GB18030 after ASCII rows") << asciiStart + gb18030(QStringLiteral("2,张三\n"))
                                             << Encoding::Gb18030 << longRows;
    QTest::newRow("utf-8 after ASCII rows") << asciiStart + QByteArray("2,张三\n") << Encoding::Utf8
                                           << longRows;
    QTest::newRow("UTF-16 LE BOM tab") << utf16("手机号\t姓名\r\n13800138000\t张三\r\n", false, true)
                                      << Encoding::Utf16 << header;
    QTest::newRow("UTF-16 BE BOM tab") << utf16("手机号\t姓名\r\n13800138000\t张三\r\n", true, true)
                                      << Encoding::Utf16 << header;
    QTest::newRow("UTF-16 LE no BOM") << utf16("手机号\t姓名\r\n13800138000\t张三\r\n", false, false)
                                     << Encoding::Utf16 << header;
    QTest::newRow("UTF-16 surrogate pair") << utf16("a\t😀\r\n\"😀\n\"\tb\r\n", false, true)
                                          << Encoding::Utf16 << rows({ { "a", "😀" }, { "😀\n", "b" } });
}

void TestCsvReader::encodings()
{
    QFETCH(QByteArray, input);
    QFETCH(Encoding, encoding);
    QFETCH(Rows, expected);
    for (qsizetype size : bufferSizes) {
        CsvOptions options;
        options.bufferBytes = size;
        const Outcome outcome = readAll(input, options);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.encoding, encoding);
        QCOMPARE(outcome.rows, expected);
    }
}

void TestCsvReader::delimiter_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<int>("fields");
    QTest::newRow("comma") << QByteArray("a,b;c\n") << QStringLiteral(",") << 2;
    QTest::newRow("semicolon") << QByteArray("name;amount\nAnna;1,50\n") << QStringLiteral(";") << 2;
    QTest::newRow("tab") << QByteArray("a\tb\tc,d\n") << QStringLiteral("\t") << 3;
    QTest::newRow("delimiters in quotes ignored") << QByteArray("\"a,b,c\";d;e\n1;2;3\n")
                                                  << QStringLiteral(";") << 3;
    QTest::newRow("quoted newline in header") << QByteArray("\"a\nb,c,d\";x;y\n")
                                              << QStringLiteral(";") << 3;
    QTest::newRow("blank lines before header") << QByteArray("\n\na;b\n") << QStringLiteral(";") << 2;
    QTest::newRow("single column") << QByteArray("phone\n1\n") << QStringLiteral(",") << 1;
    QTest::newRow("tie goes to comma") << QByteArray("a,b;c\td\n") << QStringLiteral(",") << 2;
    QTest::newRow("UTF-16 tie goes to tab") << utf16("a,b\tc\r\n", false, true) << QStringLiteral("\t") << 2;
    QTest::newRow("UTF-16 single column") << utf16("phone\r\n", false, true) << QStringLiteral("\t") << 1;
    QTest::newRow("UTF-16 comma") << utf16("a,b,c\r\n", false, true) << QStringLiteral(",") << 3;
}

void TestCsvReader::delimiter()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, delimiter);
    QFETCH(int, fields);
    for (qsizetype size : bufferSizes) {
        CsvOptions options;
        options.bufferBytes = size;
        const Outcome outcome = readAll(input, options);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(QString(QChar(outcome.delimiter)), delimiter);
        QVERIFY(!outcome.rows.isEmpty());
        QCOMPARE(outcome.rows.first().size(), fields);
    }
}

void TestCsvReader::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<qint64>("maxFieldBytes");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("message");
    QTest::addColumn<Rows>("expected"); // what is still read around the error
    const qint64 noLimit = 16 * 1024 * 1024;
    QTest::newRow("unterminated quote")
            << QByteArray("a,b\nc,\"open\nmore\n\nstill open") << Encoding::Auto << noLimit << qint64(2)
            << QStringLiteral("Line 2: a quoted field starts here and is never closed.")
            << rows({ { "a", "b" } });
    QTest::newRow("field over the limit")
            << QByteArray("a,b\nx,12345678901\nc,d\n") << Encoding::Auto << qint64(10) << qint64(2)
            << QStringLiteral("Line 2: field 2 is longer than the limit of 10 bytes.")
            << rows({ { "a", "b" } });
    QTest::newRow("quoted field over the limit")
            << QByteArray("a\n\n\"1\n2\n3\n4\n5\n6\"\n") << Encoding::Auto << qint64(10) << qint64(3)
            << QStringLiteral("Line 3: field 1 is longer than the limit of 10 bytes.")
            << rows({ { "a" } });
    QTest::newRow("field at the limit") << QByteArray("1234567890\n") << Encoding::Auto << qint64(10)
                                        << qint64(0) << QString() << rows({ { "1234567890" } });
    QTest::newRow("invalid utf-8 skips its record")
            << QByteArray("a\n\"x\n\xC3\x28\"\nb\n") << Encoding::Utf8 << noLimit << qint64(2)
            << QStringLiteral("Line 2: the text is not valid UTF-8.") << rows({ { "a" }, { "b" } });
    QTest::newRow("truncated utf-8 at the end")
            << QByteArray("a\nb\xE6\x89") << Encoding::Utf8 << noLimit << qint64(2)
            << QStringLiteral("Line 2: the text is not valid UTF-8.") << rows({ { "a" } });
    QTest::newRow("invalid GB18030")
            << QByteArray("a\n\xff\xff,x\nb\n") << Encoding::Gb18030 << noLimit << qint64(2)
            << QStringLiteral("Line 2: the text is not valid GB18030.") << rows({ { "a" }, { "b" } });
    QTest::newRow("truncated GB18030 at the end")
            << QByteArray("a\n\xd5\xc5\xc8") << Encoding::Gb18030 << noLimit << qint64(2)
            << QStringLiteral("Line 2: the text is not valid GB18030.") << rows({ { "a" } });
    QTest::newRow("lone surrogate in UTF-16")
            << utf16("a\r\nb\r\n", false, true).insert(8, QByteArray("\x00\xD8", 2)) << Encoding::Auto
            << noLimit << qint64(2) << QStringLiteral("Line 2: the text is not valid UTF-16.")
            << rows({ { "a" } });
}

void TestCsvReader::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(Encoding, encoding);
    QFETCH(qint64, maxFieldBytes);
    QFETCH(qint64, line);
    QFETCH(QString, message);
    QFETCH(Rows, expected);
    for (qsizetype size : bufferSizes) {
        CsvOptions options;
        options.encoding = encoding;
        options.maxFieldBytes = maxFieldBytes;
        options.bufferBytes = size;
        const Outcome outcome = readAll(input, options);
        QCOMPARE(outcome.error, message);
        QCOMPARE(outcome.errorLine, line);
        QCOMPARE(outcome.errors, message.isEmpty() ? 0 : 1);
        QCOMPARE(outcome.rows, expected);
    }
}

void TestCsvReader::lineNumbers_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<qint64>>("lines");
    QTest::addColumn<QList<qint64>>("numbers");
    QTest::newRow("one per line") << QByteArray("a\nb\nc") << QList<qint64>{ 1, 2, 3 }
                                  << QList<qint64>{ 1, 2, 3 };
    QTest::newRow("quoted LF spans lines") << QByteArray("h\n\"x\ny\"\nb\n") << QList<qint64>{ 1, 2, 4 }
                                           << QList<qint64>{ 1, 2, 3 };
    QTest::newRow("quoted CRLF spans lines") << QByteArray("h\r\n\"x\r\n\r\ny\"\r\nb\r\n")
                                             << QList<qint64>{ 1, 2, 5 } << QList<qint64>{ 1, 2, 3 };
    QTest::newRow("quoted lone CR") << QByteArray("h\r\"x\ry\"\rb") << QList<qint64>{ 1, 2, 4 }
                                    << QList<qint64>{ 1, 2, 3 };
    QTest::newRow("blank lines counted") << QByteArray("\n\nh\n\r\n\nb\n") << QList<qint64>{ 3, 6 }
                                         << QList<qint64>{ 1, 2 };
    QTest::newRow("BOM and CRLF") << QByteArray("\xEF\xBB\xBFh\r\n\r\nb\r\n") << QList<qint64>{ 1, 3 }
                                  << QList<qint64>{ 1, 2 };
}

void TestCsvReader::lineNumbers()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<qint64>, lines);
    QFETCH(QList<qint64>, numbers);
    for (qsizetype size : bufferSizes) {
        CsvOptions options;
        options.bufferBytes = size;
        const Outcome outcome = readAll(input, options);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.lines, lines);
        QCOMPARE(outcome.numbers, numbers);
    }
}

void TestCsvReader::megabyteField()
{
    QByteArray big;
    for (int i = 0; big.size() < 1024 * 1024; ++i)
        big.append("text \"\"quoted\"\", 张三\r\n" + QByteArray::number(i));
    QString expected = QString::fromUtf8(big);
    expected.replace(QStringLiteral("\"\""), QStringLiteral("\""));
    const QByteArray input = "h1,h2\nbefore,\"" + big + "\",after\nlast,x\n";
    for (qsizetype size : { qsizetype(4096), qsizetype(64 * 1024), qsizetype(1024 * 1024) }) {
        CsvOptions options;
        options.bufferBytes = size;
        const Outcome outcome = readAll(input, options);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.rows.size(), 3);
        QCOMPARE(outcome.rows.at(1).size(), 3);
        QCOMPARE(outcome.rows.at(1).at(1), expected);
        QCOMPARE(outcome.rows.at(1).at(2), QStringLiteral("after"));
        QCOMPARE(outcome.rows.at(2), QStringList({ QStringLiteral("last"), QStringLiteral("x") }));
        QCOMPARE(outcome.lines.at(2), outcome.lines.at(1) + big.count('\n') + 1);
    }
}

void TestCsvReader::bytesAreUtf8()
{
    QBuffer buffer;
    buffer.setData(QByteArray("\xd5\xc5\xc8\xfd,\"a\"\"b\"\n"));
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    CsvRecord record;
    const auto next = reader.readRecord(record);
    QVERIFY(next.ok() && *next);
    QCOMPARE(record.bytes(0).toByteArray(), QByteArray("张三"));
    QCOMPARE(record.bytes(1).toByteArray(), QByteArray("a\"b"));
    QVERIFY(record.bytes(2).isEmpty());
    QVERIFY(record.field(-1).isEmpty());
    const auto end = reader.readRecord(record);
    QVERIFY(end.ok() && !*end);
}

void TestCsvReader::gb18030IsAvailable()
{
    QVERIFY(CsvReader::gb18030Available());
    QVERIFY(!TextDecoder::gb18030Provider().isEmpty());
}

void TestCsvReader::gb18030Bytes()
{
    // The bytes hard-coded above are what the GB18030 encoder makes.
    QCOMPARE(gb18030(QStringLiteral("手机号,姓名")), QByteArray("\xca\xd6\xbb\xfa\xba\xc5,\xd0\xd5\xc3\xfb"));
    QCOMPARE(gb18030(QStringLiteral("张三")), QByteArray("\xd5\xc5\xc8\xfd"));
}

void TestCsvReader::gb18030ThroughCore5Compat()
{
    TextDecoder::preferCodecFallbackForTesting(true);
    const QString provider = TextDecoder::gb18030Provider();
    const QString text = QStringLiteral("手机号,姓名,备注\n13800138000,张三,\"中文,逗号\"\n");
    const Outcome outcome = readAll(gb18030(text));
    TextDecoder::preferCodecFallbackForTesting(false);
    if (!provider.contains(QStringLiteral("Core5Compat")))
        QSKIP("built without Qt6::Core5Compat");
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QCOMPARE(outcome.encoding, Encoding::Gb18030);
    QCOMPARE(outcome.rows, rows({ { "手机号", "姓名", "备注" }, { "13800138000", "张三", "中文,逗号" } }));
}

void TestCsvReader::chosenOptions()
{
    CsvOptions options;
    options.delimiter = u'|';
    options.encoding = Encoding::Gb18030;
    const Outcome outcome = readAll(QByteArray("a|b,c\n\xd5\xc5|2\n"), options);
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QCOMPARE(outcome.delimiter, u'|');
    QCOMPARE(outcome.rows, rows({ { "a", "b,c" }, { "张", "2" } }));

    options.delimiter = u'"';
    const Outcome refused = readAll(QByteArray("a\n"), options);
    QVERIFY(!refused.error.isEmpty());
    QVERIFY(refused.rows.isEmpty());
}

void TestCsvReader::manyRecordsStream()
{
    // 200,000 records through a 4 KiB buffer: the buffer never holds more than a record or two.
    QByteArray input;
    for (int i = 0; i < 200000; ++i)
        input.append("1380013" + QByteArray::number(1000 + i % 9000) + ",\"n,\"\"" + QByteArray::number(i)
                     + "\",x\r\n");
    CsvOptions options;
    options.bufferBytes = 4096;
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, options);
    CsvRecord record;
    qint64 count = 0;
    for (;;) {
        const auto next = reader.readRecord(record);
        QVERIFY(next.ok());
        if (!*next)
            break;
        QCOMPARE(record.size(), 3);
        QCOMPARE(record.bytes(1).toByteArray(), "n,\"" + QByteArray::number(count));
        QCOMPARE(record.line(), count + 1);
        ++count;
    }
    QCOMPARE(count, qint64(200000));
    QCOMPARE(reader.bytesRead(), qint64(input.size()));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
