#include "core/csv/fieldsynonyms.h"

#include "core/csv/fieldparsers.h"

#include <QHash>

namespace core::csv {

namespace {

constexpr unsigned bit(Kind kind)
{
    return 1u << unsigned(kind);
}

constexpr unsigned B = bit(Kind::Branches), M = bit(Kind::Members), V = bit(Kind::Visits),
                   W = bit(Kind::Wallet), C = bit(Kind::Coupons), CC = bit(Kind::CouponClaims),
                   R = bit(Kind::Redemptions), RV = bit(Kind::Reviews);

struct Row
{
    unsigned kinds;
    const char *field;
    const char16_t *names; // '|'-separated; the first is the canonical name where there is one
};

// Earlier rows win when one name is listed twice for a kind; within a row earlier names rank
// higher, so that of two columns for one field ("手机号" and "联系电话") the likelier is used
// and the other reported as unused.
const Row rows[] = {
    { M | V | W | CC | RV, "phone",
      u"phone|手机号|手机|手机号码|会员手机|会员手机号|顾客手机|客户手机|电话|电话号码|联系电话|"
      u"联系方式|移动电话|会员电话|顾客电话|客户电话|mobile|mobile number|mobile phone|"
      u"phone number|cell|cell phone|cellphone|telephone|tel|contact number|customer phone|"
      u"member phone|guest phone|phone no" },
    { B, "phone", u"phone|电话|联系电话|门店电话|电话号码|telephone|tel|phone number|store phone" },
    { M, "name",
      u"name|姓名|名字|会员姓名|客户姓名|顾客姓名|会员名|会员名称|客户名称|全名|称呼|full name|"
      u"customer name|member name|customer|guest name|guest|contact name|display name" },
    { B, "name",
      u"name|门店名称|门店名|店名|分店名称|店铺名称|名称|branch name|store name|location name|"
      u"store|location|outlet|shop|restaurant" },
    { C, "name", u"name|券名|券名称|优惠券名称|优惠券名|名称|coupon name|title|offer name" },
    { B, "code",
      u"code|门店编号|门店代码|门店编码|编号|代码|编码|店号|branch code|store code|location code|"
      u"store id|store number|location id" },
    { C, "code", u"code|券编号|优惠券编号|优惠券代码|编号|代码|编码|coupon code|coupon id|offer code" },
    { B, "city", u"city|城市|所在城市" },
    { B, "address", u"address|地址|门店地址|详细地址|street address|address1|address line 1" },
    { B, "latitude", u"latitude|纬度|lat" },
    { B, "longitude", u"longitude|经度|lng|lon|long" },
    { B, "timezone", u"timezone|时区|time zone|tz" },
    { V | W | CC | R | RV, "branch",
      u"branch|门店|分店|店铺|门店名称|门店编号|门店代码|店名|店号|消费门店|交易门店|所属门店|"
      u"领取门店|核销门店|使用门店|store|location|outlet|shop|branch code|branch name|store name|"
      u"store code|location name|restaurant|restaurant location|site" },
    { M, "home_branch",
      u"home branch|门店|分店|店铺|所属门店|开卡门店|注册门店|归属门店|入会门店|home store|store|"
      u"location|outlet|shop|branch|home location|preferred location|store name" },
    { V | W, "amount",
      u"amount|金额|消费金额|实付金额|实收金额|支付金额|订单金额|交易金额|应付金额|实付|实收|"
      u"总金额|合计|total|net sales|total amount|sale amount|total collected|amount paid|paid|"
      u"grand total|order total|net total" },
    { W, "amount", u"充值金额|变动金额|发生额|余额变动" },
    { V | W, "occurred_at",
      u"occurred at|消费时间|交易时间|下单时间|支付时间|结账时间|发生时间|date time|datetime|"
      u"date and time|timestamp|created at|transaction time|order time|order date|paid at|"
      u"closed at|opened|opened at" },
    { V | R | RV, "receipt_no",
      u"receipt no|小票号|小票编号|单号|订单号|订单编号|流水号|账单号|收据号|结账单号|票号|receipt|"
      u"receipt number|receipt #|receipt id|order|order no|order number|order #|order id|"
      u"check number|check no|check #|check|ticket|ticket number|ticket #|transaction id|bill no|"
      u"bill number|invoice|invoice number|invoice no" },
    { M, "birthday", u"birthday|生日|出生日期|出生年月日|birth date|date of birth|dob|birthdate" },
    { M, "notes", u"notes|备注|说明|附注|note|memo|remarks|remark|comment|comments" },
    { M, "gender", u"gender|性别|sex" },
    { M, "email",
      u"email|邮箱|电子邮件|电子邮箱|邮件|邮箱地址|e-mail|email address|e-mail address|mail" },
    { M, "tags", u"tags|标签|会员标签|客户标签|tag|labels|label|groups|segments|customer tags|guest tags" },
    { M, "joined_at",
      u"joined at|注册时间|入会时间|开卡时间|加入时间|注册日期|入会日期|开卡日期|创建时间|joined|"
      u"join date|member since|signup date|sign up date|created at|created|creation date|"
      u"first visit|date joined|registration date" },
    { M, "sms_opt_in",
      u"sms opt in|短信订阅|接收短信|短信营销|同意短信|短信通知|sms marketing|accepts sms marketing|"
      u"sms consent|sms subscribed|sms" },
    { M, "email_opt_in",
      u"email opt in|邮件订阅|接收邮件|邮件营销|同意邮件|email marketing|accepts email marketing|"
      u"email subscription status|email consent|email subscribed|newsletter|accepts marketing" },
    { RV, "rating", u"rating|评分|星级|打分|分数|评星|stars|star rating|score" },
    { RV, "text",
      u"text|评价|评论|评价内容|评论内容|内容|review|review text|comment|comments|feedback" },
    { RV, "created_at",
      u"created at|评价时间|评论时间|发表时间|review date|reviewed at|posted at|submitted at" },
    { W, "kind", u"kind|类型|交易类型|变动类型|业务类型|type|transaction type|entry type" },
    { C, "kind", u"kind|类型|券类型|优惠类型|优惠方式|type|coupon type|discount type" },
    { W, "ref",
      u"ref|参考号|流水号|交易流水号|单号|凭证号|reference|reference id|reference number|"
      u"idempotency key|transaction id" },
    { C, "value",
      u"value|面额|面值|优惠金额|优惠值|折扣|减免金额|amount|discount|discount value|coupon value" },
    { C, "min_spend",
      u"min spend|最低消费|使用门槛|门槛|满|消费满|最低金额|minimum spend|minimum|minimum purchase|"
      u"min purchase|threshold" },
    { C, "valid_from",
      u"valid from|生效时间|生效日期|开始时间|开始日期|有效期开始|start|start date|starts at|"
      u"valid since" },
    { C, "valid_to",
      u"valid to|失效时间|失效日期|结束时间|结束日期|有效期至|截止日期|截止时间|有效期结束|end|"
      u"end date|ends at|valid until|expires|expiry|expiry date|expires at|expiration date" },
    { C, "valid_days",
      u"valid days|有效天数|领取后有效天数|有效期天数|days valid|validity days|validity|days" },
    { C, "branches", u"branches|适用门店|可用门店|门店|stores|locations|branch codes|valid at" },
    { CC, "coupon",
      u"coupon|优惠券|券|券名|优惠券名称|优惠券编号|券编号|coupon code|coupon name|offer|voucher|"
      u"promotion" },
    { CC, "claimed_at",
      u"claimed at|领取时间|领券时间|领用时间|发放时间|claim time|claim date|issued at|received at" },
    { CC, "claim_code",
      u"claim code|券码|核销码|领取码|兑换码|claim id|voucher code|redemption code|unique code|code" },
    { R, "claim_code",
      u"claim code|券码|核销码|兑换码|优惠券|券|coupon|coupon code|voucher|voucher code|"
      u"redemption code|code" },
    { R, "redeemed_at",
      u"redeemed at|核销时间|使用时间|兑换时间|redemption time|redeemed|used at|redemption date" },
    // What a POS row means, and where it came from.
    { V, "row_type",
      u"row type|类型|单据类型|交易类型|订单类型|收支类型|type|receipt type|transaction type|"
      u"event type|order type" },
    { V, "row_status",
      u"row status|状态|订单状态|交易状态|单据状态|status|transaction status|order status|"
      u"payment status" },
    { V, "voided", u"voided|作废|是否作废|已作废|void|is voided" },
    { V, "time_zone", u"time zone|时区|timezone|tz" },
    { M | V, "customer_ref",
      u"customer ref|customer id|客户编号|会员编号|会员号|会员卡号|客户id|member id|member no" },
    // Parts the matcher joins.
    { M, "@given", u"first name|名|given name|first|forename|guest first name|customer first name" },
    { M, "@family", u"last name|姓|family name|surname|last|guest last name|customer last name" },
    { V | W | CC | R | RV, "@date", u"date|日期|交易日期|消费日期|business date|opened date" },
    { V | W | CC | R | RV, "@time", u"time|时间|时刻|opened time" },
};

using Table = QHash<QString, Synonym>;

const Table &tableFor(Kind kind)
{
    static const QList<Table> tables = [] {
        QList<Table> all;
        for (const Kind k : allKinds()) {
            Table table;
            for (const Row &row : rows) {
                if ((row.kinds & bit(k)) == 0)
                    continue;
                const QStringList names = QString::fromUtf16(row.names).split(QLatin1Char('|'));
                for (int i = 0; i < names.size(); ++i) {
                    const QString key = normalizeHeader(names[i]);
                    if (!table.contains(key))
                        table.insert(key, Synonym{ QString::fromLatin1(row.field), i });
                }
            }
            all.append(table);
        }
        return all;
    }();
    return tables[int(kind)];
}

} // namespace

QString normalizeHeader(QStringView header)
{
    const QString half = toHalfWidth(header);
    QString out;
    out.reserve(half.size());
    for (const QChar c : half) {
        if (c.unicode() == 0xFEFF || c.isSpace() || c == QLatin1Char('_') || c == QLatin1Char('-'))
            continue;
        out.append(c.toLower());
    }
    // A trailing mark of a required column or a label colon: "手机号*", "Phone:".
    while (!out.isEmpty()
           && (out.back() == QLatin1Char('*') || out.back() == QLatin1Char(':')
               || out.back() == QChar(0xFF1A)))
        out.chop(1);
    return out;
}

QString normalizeHeaderWithoutRemark(QStringView header)
{
    const QString half = toHalfWidth(header).trimmed();
    if (half.endsWith(QLatin1Char(')'))) {
        const qsizetype open = half.lastIndexOf(QLatin1Char('('));
        if (open > 0)
            return normalizeHeader(QStringView(half).first(open));
    }
    if (half.endsWith(QChar(0x3011))) { // 】
        const qsizetype open = half.lastIndexOf(QChar(0x3010));
        if (open > 0)
            return normalizeHeader(QStringView(half).first(open));
    }
    return normalizeHeader(half);
}

std::optional<Synonym> lookupSynonym(Kind kind, const QString &normalizedHeader)
{
    const Table &table = tableFor(kind);
    const auto it = table.constFind(normalizedHeader);
    if (it == table.constEnd())
        return std::nullopt;
    return *it;
}

QString timeFieldOf(Kind kind)
{
    switch (kind) {
    case Kind::Visits:
    case Kind::Wallet:
        return QStringLiteral("occurred_at");
    case Kind::CouponClaims:
        return QStringLiteral("claimed_at");
    case Kind::Redemptions:
        return QStringLiteral("redeemed_at");
    case Kind::Reviews:
        return QStringLiteral("created_at");
    case Kind::Branches:
    case Kind::Members:
    case Kind::Coupons:
        break;
    }
    return QString();
}

} // namespace core::csv
