#include "core/csv/fieldparsers.h"
#include "core/csv/foreignlayouts.h"
#include "core/csv/headermatcher.h"

#include <QTest>

using core::Error;
using namespace core::csv;

Q_DECLARE_METATYPE(Kind)
Q_DECLARE_METATYPE(RowKind)

namespace {

QStringList split(const QString &header)
{
    return header.split(QLatin1Char(','));
}

// "field=Header" for one column, "field=A+B" for combined columns, ';' between entries.
QString describe(const ColumnMap &map, const QStringList &fields)
{
    QStringList parts;
    for (const QString &field : fields) {
        const int column = map.column(field);
        if (column >= 0) {
            parts.append(field + QLatin1Char('=') + map.header.value(column));
        } else if (const CombinedField *c = map.combination(field)) {
            QStringList names;
            for (const int col : c->columns)
                names.append(map.header.value(col));
            parts.append(field + QLatin1Char('=') + names.join(QLatin1Char('+')));
        } else {
            parts.append(field + QStringLiteral("=-"));
        }
    }
    return parts.join(QLatin1Char(';'));
}

QStringList fieldsOf(const QString &expected)
{
    QStringList fields;
    for (const QString &entry : expected.split(QLatin1Char(';')))
        fields.append(entry.section(QLatin1Char('='), 0, 0));
    return fields;
}

} // namespace

class TestHeaderMatcher : public QObject
{
    Q_OBJECT
private slots:
    void kinds_data();
    void kinds();
    void foreignExports_data();
    void foreignExports();
    void rowKinds_data();
    void rowKinds();
    void synonyms_data();
    void synonyms();
    void canonicalHeaders_data();
    void canonicalHeaders();
    void overrides_data();
    void overrides();
    void badOverrides_data();
    void badOverrides();
    void missingRequired_data();
    void missingRequired();
    void unknownColumns();
    void combinedText_data();
    void combinedText();
    void everyLayoutHasASource();
};

void TestHeaderMatcher::kinds_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("ok");
    QTest::newRow("members") << QStringLiteral("members") << true;
    QTest::newRow("coupon_claims") << QStringLiteral("coupon_claims") << true;
    QTest::newRow("Coupon-Claims") << QStringLiteral(" Coupon-Claims ") << true;
    QTest::newRow("unknown") << QStringLiteral("guests") << false;
}

void TestHeaderMatcher::kinds()
{
    QFETCH(QString, name);
    QFETCH(bool, ok);
    const auto kind = kindFromName(name);
    QCOMPARE(kind.ok(), ok);
    if (ok)
        QCOMPARE(kindName(*kind), name.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_')));
    else
        QVERIFY2(kind.error().message().contains(QLatin1String("coupon_claims")), qPrintable(kind.error().message()));
    for (const Kind k : allKinds()) {
        for (const QString &required : requiredColumns(k))
            QVERIFY(canonicalColumns(k).contains(required));
    }
}

void TestHeaderMatcher::foreignExports_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("layout");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Square customers")
        << Kind::Members
        << QStringLiteral("Reference ID,First Name,Last Name,Email Address,Phone Number,Nickname,Company Name,"
                          "Street Address 1,Street Address 2,City,State,Postal Code,Birthday,Memo,"
                          "Square Customer ID,Creation Source,First Visit,Last Visit,Transaction Count,"
                          "Lifetime Spend,Email Subscription Status,Instant Profile")
        << QStringLiteral("square-customers")
        << QStringLiteral("phone=Phone Number;name=First Name+Last Name;email=Email Address;birthday=Birthday;"
                          "notes=Memo;joined_at=First Visit;email_opt_in=Email Subscription Status;"
                          "customer_ref=Square Customer ID");
    QTest::newRow("Square customers, UK")
        << Kind::Members
        << QStringLiteral("Reference ID,First Name,Surname,Email Address,Phone Number,Birthday,Memo,"
                          "Square Customer ID,First Visit,Email Subscription Status")
        << QStringLiteral("square-customers") << QStringLiteral("phone=Phone Number;name=First Name+Surname");
    QTest::newRow("Shopify customers")
        << Kind::Members
        << QStringLiteral("Customer ID,First Name,Last Name,Email,Accepts Email Marketing,Default Address Company,"
                          "Default Address Address1,Default Address Address2,Default Address City,"
                          "Default Address Province Code,Default Address Country Code,Default Address Zip,"
                          "Default Address Phone,Phone,Accepts SMS Marketing,Total Spent,Total Orders,Note,"
                          "Tax Exempt,Tags")
        << QStringLiteral("shopify-customers")
        << QStringLiteral("phone=Phone+Default Address Phone;name=First Name+Last Name;email=Email;"
                          "email_opt_in=Accepts Email Marketing;sms_opt_in=Accepts SMS Marketing;tags=Tags;"
                          "notes=Note;customer_ref=Customer ID");
    QTest::newRow("Shopify customers, older export")
        << Kind::Members
        << QStringLiteral("First Name,Last Name,Email,Accepts Email Marketing,Company,Address1,Address2,City,"
                          "Province,Province Code,Country,Country Code,Zip,Phone,Accepts SMS Marketing,"
                          "Total Spent,Total Orders,Tags,Note,Tax Exempt")
        << QStringLiteral("shopify-customers")
        << QStringLiteral("phone=Phone;name=First Name+Last Name;tags=Tags;notes=Note");
    QTest::newRow("Loyverse customers")
        << Kind::Members
        << QStringLiteral("Customer name,Email,Phone,Address,City,Province / State,Postal code,Country,"
                          "Customer code,Note,First visit,Last visit,Total visits,Total spent,Points balance")
        << QStringLiteral("loyverse-customers")
        << QStringLiteral("phone=Phone;name=Customer name;email=Email;notes=Note;joined_at=First visit;"
                          "customer_ref=Customer code");
    QTest::newRow("Toast guests")
        << Kind::Members
        << QStringLiteral("First Name,Last Name,Email,Phone,Number of Orders,Average Spend per Check,"
                          "Last Order Date,Loyalty Status,Marketing Preference,Guest Tags")
        << QStringLiteral("toast-guests")
        << QStringLiteral("phone=Phone;name=First Name+Last Name;email=Email;tags=Guest Tags");
    QTest::newRow("Square transactions")
        << Kind::Visits
        << QStringLiteral("Date,Time,Time Zone,Gross Sales,Discounts,Service Charges,Net Sales,Gift Card Sales,"
                          "Tax,Tip,Partial Refunds,Total Collected,Source,Card,Card Entry Methods,Cash,"
                          "Square Gift Card,Other Tender,Other Tender Type,Tender Note,Fees,Net Total,"
                          "Transaction ID,Payment ID,Card Brand,PAN Suffix,Device Name,Staff Name,Staff ID,"
                          "Details,Description,Event Type,Location,Dining Option,Customer ID,Customer Name,"
                          "Customer Reference ID,Device Nickname,Third Party Fees,Deposit ID,Deposit Date,"
                          "Deposit Details,Fee Percentage Rate,Fee Fixed Rate,Refund Reason,Discount Name,"
                          "Transaction Status,Cash App,Order Reference ID,Fulfillment Note,"
                          "Free Processing Applied,Channel,Unattributed Tips,Table Info,International Fee")
        << QStringLiteral("square-transactions")
        << QStringLiteral("occurred_at=Date+Time;time_zone=Time Zone;amount=Total Collected;"
                          "receipt_no=Transaction ID;branch=Location;row_type=Event Type;"
                          "row_status=Transaction Status;customer_ref=Customer ID;phone=-");
    QTest::newRow("Square transactions, 2018")
        << Kind::Visits
        << QStringLiteral("Date,Time,Time Zone,Gross Sales,Discounts,Net Sales,Gift Card Sales,Tax,Tip,"
                          "Partial Refunds,Total Collected,Source,Card,Card Entry Methods,Cash,Square Gift Card,"
                          "Installment,Other Tender,Other Tender Type,Other Tender Note,Fees,Net Total,"
                          "Transaction ID,Payment ID,Card Brand,PAN Suffix,Device Name,Staff Name,Staff ID,"
                          "Details,Description,Event Type,Location,Dining Option,Customer ID,Customer Name,"
                          "Customer Reference ID,Device Nickname,Deposit ID,Deposit Date,Deposit Details,"
                          "Fee Percentage Rate,Fee Fixed Rate,Refund Reason")
        << QStringLiteral("square-transactions")
        << QStringLiteral("occurred_at=Date+Time;amount=Total Collected;branch=Location;row_status=-");
    QTest::newRow("Loyverse receipts")
        << Kind::Visits
        << QStringLiteral("Date,Receipt number,Receipt type,Gross sales,Discounts,Net sales,Taxes,Total collected,"
                          "Cost of goods,Gross profit,Payment type,Description,Dining option,POS,Store,"
                          "Cashier name,Customer name,Customer contacts,Status")
        << QStringLiteral("loyverse-receipts")
        << QStringLiteral("occurred_at=Date;receipt_no=Receipt number;amount=Total collected;branch=Store;"
                          "phone=Customer contacts;row_type=Receipt type;row_status=Status");
    QTest::newRow("Toast check details")
        << Kind::Visits
        << QStringLiteral("Location Code,Opened Date,Opened Time,Item Description,Server,Tax,Tender,Check Id,"
                          "Check #,Total,Customer Family,Table Size,Discount,Reason of Discount,Link,"
                          "Customer Id,Customer,Customer Phone,Customer Email")
        << QStringLiteral("toast-checks")
        << QStringLiteral("occurred_at=Opened Date+Opened Time;receipt_no=Check Id;amount=Total;"
                          "branch=Location Code;phone=Customer Phone;customer_ref=Customer Id");
    QTest::newRow("Toast order details")
        << Kind::Visits
        << QStringLiteral("Location,Order Id,Order #,Checks,Opened,# of Guests,Tab Names,Server,Table,"
                          "Revenue Center,Dining Area,Service,Dining Options,Discount Amount,Amount,Tax,Tip,"
                          "Gratuity,Total,Voided,Paid,Closed,Duration (Opened to Paid),Order Source")
        << QStringLiteral("toast-orders")
        << QStringLiteral("occurred_at=Opened;receipt_no=Order Id;amount=Total;branch=Location;voided=Voided");
}

void TestHeaderMatcher::foreignExports()
{
    QFETCH(Kind, kind);
    QFETCH(QString, header);
    QFETCH(QString, layout);
    QFETCH(QString, expected);
    // Exports often come with a BOM before the first header.
    const auto map = HeaderMatcher::match(kind, split(QChar(0xFEFF) + header));
    QVERIFY2(map.ok(), qPrintable(map.error().message()));
    QCOMPARE(map->layout, layout);
    QCOMPARE(describe(*map, fieldsOf(expected)).replace(QChar(0xFEFF), QString()), expected);
    QVERIFY(map->missing.isEmpty());
    QVERIFY(!map->unknown.isEmpty() || kind == Kind::Members);
}

void TestHeaderMatcher::rowKinds_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("row");
    QTest::addColumn<RowKind>("expected");
    const QString loyverse = QStringLiteral("Date,Receipt number,Receipt type,Total collected,Store,"
                                            "Customer contacts,Status");
    QTest::newRow("Loyverse sale") << Kind::Visits << loyverse
                                   << QStringLiteral("7/28/26 1:33 PM,4-10378,Sale,90.00,Main,,Closed")
                                   << RowKind::Sale;
    QTest::newRow("Loyverse refund") << Kind::Visits << loyverse
                                     << QStringLiteral("7/26/26 11:46 AM,4-10340,Refund,-180.00,Main,,Closed")
                                     << RowKind::Refund;
    QTest::newRow("Loyverse cancelled receipt") << Kind::Visits << loyverse
                                                << QStringLiteral("7/26/26 11:46 AM,4-10341,Sale,80.00,Main,,Cancelled")
                                                << RowKind::Void;
    const QString square = QStringLiteral("Date,Time,Time Zone,Total Collected,Transaction ID,Event Type,Location,"
                                          "Transaction Status");
    QTest::newRow("Square payment") << Kind::Visits << square
                                    << QStringLiteral("2026-10-05,12:00:00,Eastern Time (US & Canada),$12.00,T1,"
                                                      "Payment,Main,Complete")
                                    << RowKind::Sale;
    QTest::newRow("Square refund") << Kind::Visits << square
                                   << QStringLiteral("2026-10-05,13:00:00,Eastern Time (US & Canada),-$45.00,T2,"
                                                     "Refund,Main,Complete")
                                   << RowKind::Refund;
    const QString toast = QStringLiteral("Location,Order Id,Order #,Opened,Total,Voided");
    QTest::newRow("Toast voided order") << Kind::Visits << toast
                                        << QStringLiteral("Main,1001,17,5/1/24 10:22 AM,30.00,true") << RowKind::Void;
    QTest::newRow("Toast order") << Kind::Visits << toast
                                 << QStringLiteral("Main,1002,18,5/1/24 10:25 AM,12.00,false") << RowKind::Sale;
    const QString chinese = QStringLiteral("门店,消费时间,金额,小票号,类型,状态");
    QTest::newRow("退款") << Kind::Visits << chinese << QStringLiteral("B01,2025-03-14 12:30,-20,R1,退款,已完成")
                        << RowKind::Refund;
    QTest::newRow("作废") << Kind::Visits << chinese << QStringLiteral("B01,2025-03-14 12:30,20,R2,销售,已作废")
                        << RowKind::Void;
    QTest::newRow("销售") << Kind::Visits << chinese << QStringLiteral("B01,2025-03-14 12:30,20,R3,销售,已完成")
                        << RowKind::Sale;
    QTest::newRow("no such columns") << Kind::Visits << QStringLiteral("branch,occurred_at,amount")
                                     << QStringLiteral("B01,2025-03-14 12:30,20") << RowKind::Sale;
}

void TestHeaderMatcher::rowKinds()
{
    QFETCH(Kind, kind);
    QFETCH(QString, header);
    QFETCH(QString, row);
    QFETCH(RowKind, expected);
    const auto map = HeaderMatcher::match(kind, split(header));
    QVERIFY2(map.ok(), qPrintable(map.error().message()));
    QCOMPARE(map->classify(split(row)), expected);
}

void TestHeaderMatcher::synonyms_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("expected");
    QTest::newRow("members in Chinese")
        << Kind::Members << QStringLiteral("手机号,姓名,性别,生日,邮箱,门店,注册时间,备注,标签")
        << QStringLiteral("phone=手机号;name=姓名;gender=性别;birthday=生日;email=邮箱;home_branch=门店;"
                          "joined_at=注册时间;notes=备注;tags=标签");
    QTest::newRow("members, family and given name")
        << Kind::Members << QStringLiteral("电话,姓,名,出生日期") << QStringLiteral("phone=电话;name=名+姓;birthday=出生日期");
    QTest::newRow("members in English")
        << Kind::Members << QStringLiteral("Mobile,Customer Name,E-mail,Store,Date of Birth,Remarks,Member Since")
        << QStringLiteral("phone=Mobile;name=Customer Name;email=E-mail;home_branch=Store;birthday=Date of Birth;"
                          "notes=Remarks;joined_at=Member Since");
    QTest::newRow("members, consent columns")
        << Kind::Members << QStringLiteral("手机,短信订阅,邮件订阅") << QStringLiteral("phone=手机;sms_opt_in=短信订阅;email_opt_in=邮件订阅");
    QTest::newRow("visits in Chinese")
        << Kind::Visits << QStringLiteral("门店,消费时间,实付金额,手机,小票号")
        << QStringLiteral("branch=门店;occurred_at=消费时间;amount=实付金额;phone=手机;receipt_no=小票号");
    QTest::newRow("visits, date and time apart")
        << Kind::Visits << QStringLiteral("分店,日期,时间,金额,订单号")
        << QStringLiteral("branch=分店;occurred_at=日期+时间;amount=金额;receipt_no=订单号");
    QTest::newRow("visits, a time column alone")
        << Kind::Visits << QStringLiteral("店铺,时间,金额") << QStringLiteral("branch=店铺;occurred_at=时间;amount=金额");
    QTest::newRow("visits, amount with a unit")
        << Kind::Visits << QStringLiteral("门店,交易时间,金额（元）") << QStringLiteral("branch=门店;occurred_at=交易时间;amount=金额（元）");
    QTest::newRow("visits in English")
        << Kind::Visits << QStringLiteral("Location,Date,Time,Net Sales,Receipt Number,Phone Number")
        << QStringLiteral("branch=Location;occurred_at=Date+Time;amount=Net Sales;receipt_no=Receipt Number;"
                          "phone=Phone Number");
    QTest::newRow("wallet in Chinese")
        << Kind::Wallet << QStringLiteral("手机号,门店,交易时间,类型,金额,流水号")
        << QStringLiteral("phone=手机号;branch=门店;occurred_at=交易时间;kind=类型;amount=金额;ref=流水号");
    QTest::newRow("coupons in Chinese")
        << Kind::Coupons << QStringLiteral("券编号,券名,类型,面额,最低消费,生效时间,失效时间,有效天数,适用门店")
        << QStringLiteral("code=券编号;name=券名;kind=类型;value=面额;min_spend=最低消费;valid_from=生效时间;"
                          "valid_to=失效时间;valid_days=有效天数;branches=适用门店");
    QTest::newRow("coupon claims in Chinese")
        << Kind::CouponClaims << QStringLiteral("优惠券,手机号,领取时间,门店,券码")
        << QStringLiteral("coupon=优惠券;phone=手机号;claimed_at=领取时间;branch=门店;claim_code=券码");
    QTest::newRow("redemptions in Chinese")
        << Kind::Redemptions << QStringLiteral("券码,门店,核销时间,小票号")
        << QStringLiteral("claim_code=券码;branch=门店;redeemed_at=核销时间;receipt_no=小票号");
    QTest::newRow("reviews in Chinese")
        << Kind::Reviews << QStringLiteral("小票号,门店,手机号,评分,评价,评价时间")
        << QStringLiteral("receipt_no=小票号;branch=门店;phone=手机号;rating=评分;text=评价;created_at=评价时间");
    QTest::newRow("branches in Chinese")
        << Kind::Branches << QStringLiteral("门店编号,门店名称,城市,地址,电话,纬度,经度,时区")
        << QStringLiteral("code=门店编号;name=门店名称;city=城市;address=地址;phone=电话;latitude=纬度;"
                          "longitude=经度;timezone=时区");
    QTest::newRow("two phone columns: the likelier wins")
        << Kind::Members << QStringLiteral("联系电话,手机号") << QStringLiteral("phone=手机号");
    QTest::newRow("full-width and marked headers")
        << Kind::Members << QStringLiteral("手机号*,ＥＭＡＩＬ,姓名：") << QStringLiteral("phone=手机号*;email=ＥＭＡＩＬ;name=姓名：");
}

void TestHeaderMatcher::synonyms()
{
    QFETCH(Kind, kind);
    QFETCH(QString, header);
    QFETCH(QString, expected);
    const auto map = HeaderMatcher::inspect(kind, split(header));
    QVERIFY2(map.ok(), qPrintable(map.error().message()));
    QCOMPARE(map->layout, QStringLiteral("synonyms"));
    QCOMPARE(describe(*map, fieldsOf(expected)), expected);
}

void TestHeaderMatcher::canonicalHeaders_data()
{
    QTest::addColumn<Kind>("kind");
    for (const Kind kind : allKinds())
        QTest::newRow(qPrintable(kindName(kind))) << kind;
}

void TestHeaderMatcher::canonicalHeaders()
{
    QFETCH(Kind, kind);
    const QStringList columns = canonicalColumns(kind);
    const auto map = HeaderMatcher::match(kind, columns);
    QVERIFY2(map.ok(), qPrintable(map.error().message()));
    QCOMPARE(map->layout, QStringLiteral("canonical"));
    QVERIFY(map->unknown.isEmpty());
    for (int i = 0; i < columns.size(); ++i)
        QCOMPARE(map->column(columns[i]), i);

    // Case, BOM, spaces, '_' / ' ' / '-' make no difference.
    QStringList loose;
    for (const QString &column : columns)
        loose.append(QLatin1Char(' ') + column.toUpper().replace(QLatin1Char('_'), QLatin1Char(' ')) + QLatin1Char(' '));
    loose.first().prepend(QChar(0xFEFF));
    const auto looseMap = HeaderMatcher::match(kind, loose);
    QVERIFY2(looseMap.ok(), qPrintable(looseMap.error().message()));
    for (int i = 0; i < columns.size(); ++i)
        QCOMPARE(looseMap->column(columns[i]), i);
}

void TestHeaderMatcher::overrides_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QStringList>("maps");
    QTest::addColumn<QString>("expected");
    QTest::newRow("headers the matcher does not know")
        << Kind::Members << QStringLiteral("Tel,Who") << QStringList{ QStringLiteral("phone=Tel"), QStringLiteral("name=Who") }
        << QStringLiteral("phone=Tel;name=Who");
    QTest::newRow("an override beats the match")
        << Kind::Members << QStringLiteral("手机,电话") << QStringList{ QStringLiteral("phone=电话") }
        << QStringLiteral("phone=电话");
    QTest::newRow("an override takes the column from another field")
        << Kind::Members << QStringLiteral("手机,门店") << QStringList{ QStringLiteral("notes=门店") }
        << QStringLiteral("phone=手机;notes=门店;home_branch=-");
    QTest::newRow("an empty header leaves the field out")
        << Kind::Members << QStringLiteral("手机,备注") << QStringList{ QStringLiteral("notes=") }
        << QStringLiteral("phone=手机;notes=-");
    QTest::newRow("an override replaces a combination")
        << Kind::Visits << QStringLiteral("门店,日期,时间,金额") << QStringList{ QStringLiteral("occurred_at=日期") }
        << QStringLiteral("occurred_at=日期");
    QTest::newRow("header names compare loosely")
        << Kind::Members << QStringLiteral("Cell_Phone") << QStringList{ QStringLiteral("PHONE=cell phone") }
        << QStringLiteral("phone=Cell_Phone");
    QTest::newRow("overrides apply to foreign exports")
        << Kind::Visits << QStringLiteral("Date,Receipt number,Receipt type,Total collected,Store,POS,Status")
        << QStringList{ QStringLiteral("branch=POS") } << QStringLiteral("branch=POS;amount=Total collected");
    QTest::newRow("extra fields may be mapped")
        << Kind::Visits << QStringLiteral("门店,消费时间,金额,单据性质")
        << QStringList{ QStringLiteral("row_type=单据性质") } << QStringLiteral("row_type=单据性质");
}

void TestHeaderMatcher::overrides()
{
    QFETCH(Kind, kind);
    QFETCH(QString, header);
    QFETCH(QStringList, maps);
    QFETCH(QString, expected);
    const auto pairs = HeaderMatcher::parseOverrides(maps);
    QVERIFY2(pairs.ok(), qPrintable(pairs.error().message()));
    MatchOptions options;
    options.overrides = *pairs;
    const auto map = HeaderMatcher::inspect(kind, split(header), options);
    QVERIFY2(map.ok(), qPrintable(map.error().message()));
    QCOMPARE(describe(*map, fieldsOf(expected)), expected);
}

void TestHeaderMatcher::badOverrides_data()
{
    QTest::addColumn<QStringList>("maps");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no such field") << QStringList{ QStringLiteral("colour=手机") } << QStringLiteral("colour");
    QTest::newRow("a field of another kind") << QStringList{ QStringLiteral("rating=手机") } << QStringLiteral("rating");
    QTest::newRow("no such header") << QStringList{ QStringLiteral("phone=Mobile") } << QStringLiteral("\"手机\"");
    QTest::newRow("no equals sign") << QStringList{ QStringLiteral("phone") } << QStringLiteral("FIELD=HEADER");
    QTest::newRow("no field") << QStringList{ QStringLiteral("=手机") } << QStringLiteral("FIELD=HEADER");
}

void TestHeaderMatcher::badOverrides()
{
    QFETCH(QStringList, maps);
    QFETCH(QString, mentions);
    const auto pairs = HeaderMatcher::parseOverrides(maps);
    Error error;
    if (!pairs.ok()) {
        error = pairs.error();
    } else {
        const auto map = HeaderMatcher::match(Kind::Members, split(QStringLiteral("手机,姓名")), *pairs);
        QVERIFY(!map.ok());
        error = map.error();
    }
    QCOMPARE(error.code(), Error::Code::InvalidInput);
    QCOMPARE(error.field(), QStringLiteral("map"));
    QVERIFY2(error.message().contains(mentions), qPrintable(error.message()));
}

void TestHeaderMatcher::missingRequired_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QStringList>("defaulted");
    QTest::addColumn<QStringList>("missing");
    QTest::newRow("members without a phone") << Kind::Members << QStringLiteral("姓名,生日") << QStringList()
                                             << QStringList{ QStringLiteral("phone") };
    QTest::newRow("visits without a time") << Kind::Visits << QStringLiteral("门店,金额") << QStringList()
                                           << QStringList{ QStringLiteral("occurred_at") };
    QTest::newRow("wallet without kind and amount") << Kind::Wallet << QStringLiteral("手机号,门店,交易时间")
                                                    << QStringList() << QStringList{ QStringLiteral("kind"), QStringLiteral("amount") };
    QTest::newRow("reviews without a rating") << Kind::Reviews << QStringLiteral("小票号,门店,手机号") << QStringList()
                                              << QStringList{ QStringLiteral("rating") };
    QTest::newRow("a branch the importer supplies")
        << Kind::Visits << QStringLiteral("Opened Date,Opened Time,Check Id,Check #,Total,Customer Phone")
        << QStringList{ QStringLiteral("branch") } << QStringList();
    QTest::newRow("Toast checks without a location column")
        << Kind::Visits << QStringLiteral("Opened Date,Opened Time,Check Id,Check #,Total,Customer Phone")
        << QStringList() << QStringList{ QStringLiteral("branch") };
}

void TestHeaderMatcher::missingRequired()
{
    QFETCH(Kind, kind);
    QFETCH(QString, header);
    QFETCH(QStringList, defaulted);
    QFETCH(QStringList, missing);
    MatchOptions options;
    options.defaulted = defaulted;
    const auto inspected = HeaderMatcher::inspect(kind, split(header), options);
    QVERIFY2(inspected.ok(), qPrintable(inspected.error().message()));
    QCOMPARE(inspected->missing, missing);
    const auto matched = HeaderMatcher::match(kind, split(header), options);
    QCOMPARE(matched.ok(), missing.isEmpty());
    if (!missing.isEmpty()) {
        const QString message = matched.error().message();
        QCOMPARE(matched.error().field(), missing.first());
        for (const QString &field : missing)
            QVERIFY2(message.contains(field), qPrintable(message));
        for (const QString &column : split(header))
            QVERIFY2(message.contains(column), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("--map")), qPrintable(message));
    }
}

void TestHeaderMatcher::unknownColumns()
{
    const auto map = HeaderMatcher::match(Kind::Members,
                                          split(QStringLiteral("手机号,Favourite Dish,姓名,,Loyalty Tier")));
    QVERIFY2(map.ok(), qPrintable(map.error().message()));
    QCOMPARE(map->unknown, (QList<int>{ 1, 3, 4 }));
    QCOMPARE(map->unknownHeaders(), (QStringList{ QStringLiteral("Favourite Dish"), QString(), QStringLiteral("Loyalty Tier") }));
    QCOMPARE(map->describe(), QStringLiteral("phone ← 手机号; name ← 姓名"));
}

void TestHeaderMatcher::combinedText_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::newRow("first and last name") << Kind::Members << QStringLiteral("Phone Number,First Name,Last Name,Square Customer ID")
                                         << QStringLiteral("+19055550142,Ada,Lovelace,C1") << QStringLiteral("name")
                                         << QStringLiteral("Ada Lovelace");
    QTest::newRow("Chinese family and given name") << Kind::Members << QStringLiteral("手机,名,姓")
                                                   << QStringLiteral("13812345678,伟,张") << QStringLiteral("name")
                                                   << QStringLiteral("张伟");
    QTest::newRow("Shopify phone from the address")
        << Kind::Members << QStringLiteral("First Name,Last Name,Accepts Email Marketing,Default Address Phone,Phone")
        << QStringLiteral("Ana,Diaz,yes,+15555552000,") << QStringLiteral("phone") << QStringLiteral("+15555552000");
    QTest::newRow("Loyverse contacts") << Kind::Visits
                                       << QStringLiteral("Date,Receipt number,Receipt type,Total collected,Store,Customer contacts")
                                       << QStringLiteral("7/28/26 1:33 PM,4-1,Sale,90.00,Main,\"ana@example.com; +66 81 234 5678\"")
                                              .remove(QLatin1Char('"'))
                                       << QStringLiteral("phone") << QStringLiteral("+66 81 234 5678");
    QTest::newRow("date and time") << Kind::Visits << QStringLiteral("Location,Date,Time,Net Sales")
                                   << QStringLiteral("Main,2024-05-01,10:22:33,$5.00") << QStringLiteral("occurred_at")
                                   << QStringLiteral("2024-05-01 10:22:33");
    QTest::newRow("a short row") << Kind::Visits << QStringLiteral("Location,Date,Time,Net Sales")
                                 << QStringLiteral("Main") << QStringLiteral("amount") << QString();
}

void TestHeaderMatcher::combinedText()
{
    QFETCH(Kind, kind);
    QFETCH(QString, header);
    QFETCH(QString, row);
    QFETCH(QString, field);
    QFETCH(QString, text);
    const auto map = HeaderMatcher::match(kind, split(header));
    QVERIFY2(map.ok(), qPrintable(map.error().message()));
    QCOMPARE(map->text(split(row), field), text);
}

void TestHeaderMatcher::everyLayoutHasASource()
{
    const QList<ForeignLayout> layouts = foreignLayouts();
    QCOMPARE(layouts.size(), 8);
    for (const ForeignLayout &layout : layouts) {
        QVERIFY2(!layout.source.isEmpty(), qPrintable(layout.id));
        QVERIFY2(layout.kind == Kind::Members || layout.kind == Kind::Visits, qPrintable(layout.id));
    }
}

QTEST_GUILESS_MAIN(TestHeaderMatcher)
#include "tst_headermatcher.moc"
