#include "core/csvio/importpreview.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTest>

using core::Error;
using core::csv::Encoding;
using core::csv::Kind;
using core::csvio::ImportPreview;
using core::csvio::PreviewOptions;

Q_DECLARE_METATYPE(Kind)

namespace {

core::Result<ImportPreview> preview(const QByteArray &bytes, PreviewOptions options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return ImportPreview::read(&buffer, options);
}

PreviewOptions forKind(Kind kind)
{
    PreviewOptions options;
    options.kind = kind;
    return options;
}

// "field=Column" for every field the file has, ';' between.
QString mappingText(const ImportPreview &p)
{
    QStringList parts;
    for (const core::csvio::FieldMapping &m : p.fields) {
        if (!m.columns.isEmpty())
            parts.append(m.field + QLatin1Char('=') + m.columnText);
    }
    return parts.join(QLatin1Char(';'));
}

} // namespace

class TestImportPreview : public QObject
{
    Q_OBJECT
private slots:
    void canonicalFile();
    void layouts_data();
    void layouts();
    void chineseHeadersInGb18030();
    void missingRequiredColumn();
    void overrides();
    void badOverride();
    void emptyFile_data();
    void emptyFile();
    void textNotInTheChosenEncoding();
    void firstRowsOnly_data();
    void firstRowsOnly();
};

void TestImportPreview::canonicalFile()
{
    const QByteArray bytes = "phone,name,gender,birthday,email,home_branch,joined_at,sms_opt_in,email_opt_in,tags,notes\n"
                             "13800138000,Wang Li,F,1990-05-01,wl@example.com,B01,2025-01-02 10:00,yes,no,vip,\"likes, spicy\"\n"
                             "13900139000,Zhang San,,,,,,,,,\n";
    auto p = preview(bytes);
    QVERIFY2(p.ok(), qPrintable(p.error().message()));
    QCOMPARE(p->encodingName(), QStringLiteral("UTF-8"));
    QCOMPARE(p->delimiterName(), QStringLiteral(","));
    QCOMPARE(p->header.size(), 11);
    QCOMPARE(p->rows.size(), 2);
    QCOMPARE(p->rows.at(0).at(10), QStringLiteral("likes, spicy"));
    QCOMPARE(p->lines, (QList<qint64>{ 2, 3 }));
    QVERIFY(!p->more);
    QCOMPARE(p->map.layout, QStringLiteral("canonical"));
    QCOMPARE(p->layoutName(), QStringLiteral("ChainCard's own columns"));
    QVERIFY(p->unknownColumns.isEmpty());
    QVERIFY(p->missing.isEmpty());
    // Every field of the kind, canonical ones first, each with its column.
    QStringList fields;
    for (const auto &m : p->fields)
        fields.append(m.field);
    QCOMPARE(fields, core::csv::canonicalColumns(Kind::Members) + core::csv::extraFields(Kind::Members));
    QVERIFY(p->mapping(QStringLiteral("phone"))->required);
    QVERIFY(!p->mapping(QStringLiteral("name"))->required);
    QVERIFY(p->mapping(QStringLiteral("customer_ref"))->extra);
    QVERIFY(p->mapping(QStringLiteral("customer_ref"))->columns.isEmpty());
    QCOMPARE(p->mapping(QStringLiteral("notes"))->columns, QList<int>{ 10 });
    QCOMPARE(p->mapping(QStringLiteral("notes"))->columnText, QStringLiteral("notes"));
}

void TestImportPreview::layouts_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("layout");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QString>("mapping");
    QTest::addColumn<QStringList>("unknown");

    QTest::newRow("Shopify customers")
        << Kind::Members
        << QByteArray("Customer ID,First Name,Last Name,Email,Accepts Email Marketing,Default Address Company,"
                      "Default Address Address1,Default Address Address2,Default Address City,"
                      "Default Address Province Code,Default Address Country Code,Default Address Zip,"
                      "Default Address Phone,Phone,Accepts SMS Marketing,Total Spent,Total Orders,Note,"
                      "Tax Exempt,Tags\n"
                      "'7001,Ana,Silva,ana@example.com,yes,,1 Main St,,Toronto,ON,CA,M5V,,+1 905 555 0142,no,"
                      "120.00,3,,no,vip\n")
        << QStringLiteral("shopify-customers") << QStringLiteral(",")
        << QStringLiteral("phone=Phone / Default Address Phone;name=First Name + Last Name;email=Email;"
                          "sms_opt_in=Accepts SMS Marketing;email_opt_in=Accepts Email Marketing;tags=Tags;"
                          "notes=Note;customer_ref=Customer ID")
        << QStringList{ QStringLiteral("Default Address Company"), QStringLiteral("Default Address Address1"),
                        QStringLiteral("Default Address Address2"), QStringLiteral("Default Address City"),
                        QStringLiteral("Default Address Province Code"),
                        QStringLiteral("Default Address Country Code"), QStringLiteral("Default Address Zip"),
                        QStringLiteral("Total Spent"), QStringLiteral("Total Orders"),
                        QStringLiteral("Tax Exempt") };
    QTest::newRow("synonyms, semicolons")
        << Kind::Visits << QByteArray("Store;Date;Time;Total;Receipt number;Waiter\nB01;2025-03-14;12:30;88.00;R1;Li\n")
        << QStringLiteral("synonyms") << QStringLiteral(";")
        << QStringLiteral("branch=Store;occurred_at=Date + Time;amount=Total;receipt_no=Receipt number")
        << QStringList{ QStringLiteral("Waiter") };
    QTest::newRow("canonical, tabs")
        << Kind::Branches << QByteArray("code\tname\tcity\nB09\tHarbour\tNingbo\n")
        << QStringLiteral("canonical") << QStringLiteral("tab")
        << QStringLiteral("code=code;name=name;city=city") << QStringList{};
}

void TestImportPreview::layouts()
{
    QFETCH(Kind, kind);
    QFETCH(QByteArray, bytes);
    auto p = preview(bytes, forKind(kind));
    QVERIFY2(p.ok(), qPrintable(p.error().message()));
    QTEST(p->map.layout, "layout");
    QTEST(p->delimiterName(), "delimiter");
    QTEST(mappingText(*p), "mapping");
    QTEST(p->unknownColumns, "unknown");
    QCOMPARE(p->rows.size(), 1);
    QCOMPARE(p->rows.at(0).size(), p->header.size());
    QVERIFY(!p->layoutName().isEmpty());
    QVERIFY(p->layoutName() != p->map.layout); // said for people, not the id
}

void TestImportPreview::chineseHeadersInGb18030()
{
    QStringEncoder gb18030("GB18030");
    QVERIFY(gb18030.isValid());
    const QByteArray bytes = gb18030(QStringLiteral("手机号,姓名,门店,会员等级\r\n13800138000,张三,Xujiahui,金卡\r\n"));
    auto p = preview(bytes);
    QVERIFY2(p.ok(), qPrintable(p.error().message()));
    QCOMPARE(p->encodingName(), QStringLiteral("GB18030"));
    QCOMPARE(p->header.at(1), QStringLiteral("姓名"));
    QCOMPARE(p->rows.at(0).at(1), QStringLiteral("张三"));
    QCOMPARE(p->map.layout, QStringLiteral("synonyms"));
    QCOMPARE(mappingText(*p), QStringLiteral("phone=手机号;name=姓名;home_branch=门店"));
    QCOMPARE(p->unknownColumns, QStringList{ QStringLiteral("会员等级") });
}

void TestImportPreview::missingRequiredColumn()
{
    const QByteArray bytes = "branch,amount,receipt_no\nB01,12.00,R1\n";
    auto refused = preview(bytes, forKind(Kind::Visits));
    QVERIFY(!refused.ok());
    QCOMPARE(int(refused.error().code()), int(Error::Code::InvalidInput));
    QCOMPARE(refused.error().field(), QStringLiteral("occurred_at"));
    QVERIFY2(refused.error().message().contains(QStringLiteral("occurred_at")), qPrintable(refused.error().message()));
    QVERIFY(refused.error().message().contains(QStringLiteral("\"receipt_no\"")));

    // For a mapping still being edited: listed, and the same refusal from check().
    PreviewOptions options = forKind(Kind::Visits);
    options.allowMissing = true;
    auto p = preview(bytes, options);
    QVERIFY2(p.ok(), qPrintable(p.error().message()));
    QCOMPARE(p->missing, QStringList{ QStringLiteral("occurred_at") });
    QVERIFY(p->mapping(QStringLiteral("occurred_at"))->required);
    QVERIFY(p->mapping(QStringLiteral("occurred_at"))->columns.isEmpty());
    QCOMPARE(p->check().error().message(), refused.error().message());
}

void TestImportPreview::overrides()
{
    const QByteArray bytes = "Contact,Who,Mobile\n13800138000,Li Lei,13900139000\n";
    PreviewOptions options;
    options.allowMissing = true;
    auto detected = preview(bytes, options);
    QVERIFY2(detected.ok(), qPrintable(detected.error().message()));
    QCOMPARE(mappingText(*detected), QStringLiteral("phone=Mobile"));

    // The user's choice wins; the column it took from another field is no longer that field's,
    // and an empty header leaves a field out.
    options.overrides = { { QStringLiteral("phone"), QStringLiteral("Contact") },
                          { QStringLiteral("name"), QStringLiteral("Who") } };
    auto chosen = preview(bytes, options);
    QVERIFY2(chosen.ok(), qPrintable(chosen.error().message()));
    QCOMPARE(mappingText(*chosen), QStringLiteral("phone=Contact;name=Who"));
    QCOMPARE(chosen->unknownColumns, QStringList{ QStringLiteral("Mobile") });

    options.overrides = { { QStringLiteral("phone"), QString() } };
    auto none = preview(bytes, options);
    QVERIFY2(none.ok(), qPrintable(none.error().message()));
    QCOMPARE(none->missing, QStringList{ QStringLiteral("phone") });
    QVERIFY(!none->check().ok());
}

void TestImportPreview::badOverride()
{
    PreviewOptions options;
    options.overrides = { { QStringLiteral("phone"), QStringLiteral("No such column") } };
    auto p = preview("phone,name\n13800138000,Li\n", options);
    QVERIFY(!p.ok());
    QVERIFY(p.error().message().contains(QStringLiteral("No such column")));
}

void TestImportPreview::emptyFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("nothing") << QByteArray();
    QTest::newRow("a BOM") << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("blank lines") << QByteArray("\r\n\n\r\n");
}

void TestImportPreview::emptyFile()
{
    QFETCH(QByteArray, bytes);
    auto p = preview(bytes);
    QVERIFY(!p.ok());
    QCOMPARE(int(p.error().code()), int(Error::Code::InvalidInput));
    QVERIFY2(p.error().message().contains(QStringLiteral("empty")), qPrintable(p.error().message()));
}

void TestImportPreview::textNotInTheChosenEncoding()
{
    QStringEncoder gb18030("GB18030");
    const QByteArray bytes = gb18030(QStringLiteral("手机号,姓名\r\n13800138000,张三\r\n"));
    PreviewOptions options;
    options.csv.encoding = Encoding::Utf8;
    auto p = preview(bytes, options);
    QVERIFY(!p.ok());
    QCOMPARE(p.error().field(), QStringLiteral("encoding"));
    QVERIFY2(p.error().message().contains(QStringLiteral("Line 1")), qPrintable(p.error().message()));
    QVERIFY(p.error().message().contains(QStringLiteral("UTF-8")));
    QVERIFY(p.error().message().contains(QStringLiteral("GB18030")));
}

void TestImportPreview::firstRowsOnly_data()
{
    QTest::addColumn<int>("rowsInFile");
    QTest::addColumn<int>("shown");
    QTest::addColumn<bool>("more");
    QTest::newRow("fewer") << 3 << 3 << false;
    QTest::newRow("exactly twenty") << 20 << 20 << false;
    QTest::newRow("more") << 25 << 20 << true;
}

void TestImportPreview::firstRowsOnly()
{
    QFETCH(int, rowsInFile);
    QByteArray bytes = "phone,notes\n";
    for (int i = 0; i < rowsInFile; ++i)
        bytes += "138001380" + QByteArray::number(10 + i) + ",\"two\nlines\"\n";
    auto p = preview(bytes);
    QVERIFY2(p.ok(), qPrintable(p.error().message()));
    QTEST(int(p->rows.size()), "shown");
    QTEST(p->more, "more");
    QCOMPARE(p->rows.first().at(1), QStringLiteral("two\nlines"));
    QCOMPARE(p->lines.at(1), qint64(4)); // each record spans two lines
}

QTEST_GUILESS_MAIN(TestImportPreview)
#include "tst_importpreview.moc"
