#include "app/cli/command.h"
#include "app/cli/options.h"
#include "core/branches/branchservice.h"
#include "core/chain/chainsettings.h"
#include "core/common/money.h"
#include "core/coupons/claimservice.h"
#include "core/coupons/couponservice.h"
#include "core/people/personservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

namespace cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

QJsonValue localTime(qint64 at, const QTimeZone &zone)
{
    if (at == 0)
        return QJsonValue();
    return QDateTime::fromSecsSinceEpoch(at, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// "2026-03-01" or "2026-03-01 12:30[:00]" in the chain's timezone. A bare date as the end of a
// validity window means the whole of that day: the window closes at the next midnight.
core::Result<qint64> parseTime(
    const QString &text, const QTimeZone &zone, bool endOfDay, const QString &flag)
{
    const QString t = text.trimmed();
    const QDate date = QDate::fromString(t, Qt::ISODate);
    if (date.isValid())
        return QDateTime(endOfDay ? date.addDays(1) : date, QTime(0, 0), zone).toSecsSinceEpoch();
    for (const QString &format : { QStringLiteral("yyyy-MM-dd HH:mm:ss"),
             QStringLiteral("yyyy-MM-dd HH:mm"), QStringLiteral("yyyy-MM-ddTHH:mm:ss") }) {
        QDateTime local = QDateTime::fromString(t, format);
        if (local.isValid())
            return QDateTime(local.date(), local.time(), zone).toSecsSinceEpoch();
    }
    return core::Error(core::Error::Code::InvalidInput,
        tr("%1 needs a date like 2026-03-31 or 2026-03-31 12:00, not \"%2\".").arg(flag, t), flag);
}

QJsonObject claimJson(const core::coupons::Claim &c, const QString &phone, const QString &branch,
    const QTimeZone &zone)
{
    return { { QStringLiteral("claim_id"), c.id }, { QStringLiteral("claim_code"), c.claimCode },
        { QStringLiteral("coupon"), c.couponCode }, { QStringLiteral("phone"), phone },
        { QStringLiteral("branch"), branch.isEmpty() ? QJsonValue() : QJsonValue(branch) },
        { QStringLiteral("channel"), c.channel },
        { QStringLiteral("claimed_at"), localTime(c.claimedAt, zone) },
        { QStringLiteral("expires_at"), localTime(c.expiresAt, zone) } };
}

struct Env
{
    Context &context;
    const QCommandLineParser &parser;
    core::chain::ChainSettings settings;
    core::branches::BranchService branches;
};

// The branches --branches names (codes or names, "B01,B02"); none: an empty list.
core::Result<QVector<qint64>> branchesOption(Env &env)
{
    static const QRegularExpression separators(QStringLiteral("[,;]"));
    QVector<qint64> ids;
    for (const QString &name :
        env.parser.value(QStringLiteral("branches")).split(separators, Qt::SkipEmptyParts)) {
        auto branch = env.branches.resolve(name.trimmed());
        if (!branch)
            return branch.error();
        ids.push_back(branch->id);
    }
    return ids;
}

int create(Env &env)
{
    const QCommandLineParser &p = env.parser;
    for (const char *flag : { "code", "name", "kind", "value" }) {
        if (!p.isSet(QLatin1String(flag)))
            return usageError(tr("coupon create needs --code, --name, --kind and --value"));
    }
    const int decimals = env.settings.decimals();
    const QTimeZone zone = env.settings.timeZone();
    core::coupons::Coupon c;
    c.code = p.value(QStringLiteral("code"));
    c.name = p.value(QStringLiteral("name"));
    const auto kind = core::coupons::kindFromName(p.value(QStringLiteral("kind")));
    if (!kind)
        return usageError(tr("--kind is one of amount, percent or item"));
    c.kind = *kind;
    if (c.kind == core::coupons::CouponKind::Percent) {
        bool ok = false;
        c.value
            = p.value(QStringLiteral("value")).trimmed().remove(QLatin1Char('%')).toLongLong(&ok);
        if (!ok)
            return usageError(tr("--value of a percent coupon is a whole number from 1 to 100"));
    } else {
        auto value = core::money::parse(
            p.value(QStringLiteral("value")), decimals, QStringLiteral("--value"));
        if (!value)
            return fail(value.error());
        c.value = *value;
    }
    if (p.isSet(QStringLiteral("min-spend"))) {
        auto min = core::money::parse(
            p.value(QStringLiteral("min-spend")), decimals, QStringLiteral("--min-spend"));
        if (!min)
            return fail(min.error());
        c.minSpend = *min;
    }
    if (p.isSet(QStringLiteral("valid-from"))) {
        auto from = parseTime(
            p.value(QStringLiteral("valid-from")), zone, false, QStringLiteral("--valid-from"));
        if (!from)
            return fail(from.error());
        c.validFrom = *from;
    }
    if (p.isSet(QStringLiteral("valid-to"))) {
        auto to = parseTime(
            p.value(QStringLiteral("valid-to")), zone, true, QStringLiteral("--valid-to"));
        if (!to)
            return fail(to.error());
        c.validTo = *to;
    }
    QString error;
    qint64 number = 0;
    if (p.isSet(QStringLiteral("valid-days"))) {
        if (!positiveInt(p, QStringLiteral("valid-days"), &number, &error))
            return usageError(error);
        c.validDays = int(qMin<qint64>(number, 1000000));
    }
    if (p.isSet(QStringLiteral("per-person"))) {
        if (!positiveInt(p, QStringLiteral("per-person"), &number, &error))
            return usageError(error);
        c.perPersonLimit = int(qMin<qint64>(number, 1000000000));
    }
    if (p.isSet(QStringLiteral("total"))) {
        if (!positiveInt(p, QStringLiteral("total"), &number, &error))
            return usageError(error);
        c.totalLimit = number;
    }
    auto branchIds = branchesOption(env);
    if (!branchIds)
        return fail(branchIds.error());
    c.branchIds = *branchIds;
    auto created = core::coupons::CouponService(*env.context.db).create(env.context.actor, c);
    if (!created)
        return fail(created.error());
    QJsonArray branchCodes;
    for (qint64 id : created->branchIds) {
        auto b = env.branches.find(id);
        branchCodes.append(b ? b->code : QString::number(id));
    }
    const bool money = created->kind != core::coupons::CouponKind::Percent;
    return printJson({ { QStringLiteral("coupon_id"), created->id },
        { QStringLiteral("code"), created->code }, { QStringLiteral("name"), created->name },
        { QStringLiteral("kind"), core::coupons::kindName(created->kind) },
        { QStringLiteral("value"),
            money ? QJsonValue(core::money::toPlain(created->value, decimals))
                  : QJsonValue(created->value) },
        { QStringLiteral("min_spend"), core::money::toPlain(created->minSpend, decimals) },
        { QStringLiteral("valid_from"), localTime(created->validFrom, zone) },
        { QStringLiteral("valid_to"), localTime(created->validTo, zone) },
        { QStringLiteral("valid_days"), created->validDays },
        { QStringLiteral("per_person"), created->perPersonLimit },
        { QStringLiteral("total"),
            created->totalLimit ? QJsonValue(*created->totalLimit) : QJsonValue() },
        { QStringLiteral("branches"), branchCodes } });
}

int claim(Env &env)
{
    const QCommandLineParser &p = env.parser;
    if (!p.isSet(QStringLiteral("coupon")) || !p.isSet(QStringLiteral("phone")))
        return usageError(tr("coupon claim needs --coupon and --phone"));
    if (!p.isSet(QStringLiteral("branch")) && !p.isSet(QStringLiteral("channel")))
        return usageError(tr("coupon claim needs --branch or --channel"));
    core::coupons::ClaimRequest request;
    request.couponCode = p.value(QStringLiteral("coupon"));
    request.phone = p.value(QStringLiteral("phone"));
    request.channel = p.value(QStringLiteral("channel"));
    QString branchCode;
    if (p.isSet(QStringLiteral("branch"))) {
        auto branch = env.branches.resolve(p.value(QStringLiteral("branch")));
        if (!branch)
            return fail(branch.error());
        request.branchId = branch->id;
        branchCode = branch->code;
    }
    auto claimed = core::coupons::ClaimService(*env.context.db).claim(env.context.actor, request);
    if (!claimed)
        return fail(claimed.error());
    core::people::PersonService persons(
        *env.context.db, core::people::PhoneNormalizer(env.settings.region));
    auto person = persons.find(claimed->personId);
    return printJson(claimJson(
        *claimed, person ? person->phone : QString(), branchCode, env.settings.timeZone()));
}

int redeem(Env &env)
{
    const QCommandLineParser &p = env.parser;
    if (!p.isSet(QStringLiteral("claim")) || !p.isSet(QStringLiteral("branch"))
        || !p.isSet(QStringLiteral("receipt")))
        return usageError(tr("coupon redeem needs --claim, --branch and --receipt"));
    auto branch = env.branches.resolve(p.value(QStringLiteral("branch")));
    if (!branch)
        return fail(branch.error());
    const int decimals = env.settings.decimals();
    core::coupons::RedeemRequest request;
    request.requireClaimOwner = true; // as at the counter
    request.claimCode = p.value(QStringLiteral("claim"));
    request.branchId = branch->id;
    request.receiptNo = p.value(QStringLiteral("receipt"));
    if (p.isSet(QStringLiteral("amount"))) {
        auto bill = core::money::parse(
            p.value(QStringLiteral("amount")), decimals, QStringLiteral("--amount"));
        if (!bill)
            return fail(bill.error());
        request.billAmount = *bill;
    }
    auto r = core::coupons::ClaimService(*env.context.db).redeem(env.context.actor, request);
    if (!r)
        return fail(r.error());
    return printJson({ { QStringLiteral("redemption_id"), r->id },
        { QStringLiteral("claim_code"), r->claimCode }, { QStringLiteral("coupon"), r->couponCode },
        { QStringLiteral("branch"), branch->code },
        { QStringLiteral("receipt_no"), request.receiptNo.trimmed() },
        { QStringLiteral("visit_id"), r->visitId != 0 ? QJsonValue(r->visitId) : QJsonValue() },
        { QStringLiteral("bill"), core::money::toPlain(r->billAmount, decimals) },
        { QStringLiteral("discount"), core::money::toPlain(r->discount, decimals) },
        { QStringLiteral("redeemed_at"), localTime(r->redeemedAt, env.settings.timeZone()) } });
}

int retire(Env &env)
{
    if (!env.parser.isSet(QStringLiteral("coupon")))
        return usageError(tr("coupon retire needs --coupon"));
    core::coupons::CouponService coupons(*env.context.db);
    auto coupon = coupons.findByCode(env.parser.value(QStringLiteral("coupon")));
    if (!coupon)
        return fail(coupon.error());
    auto retired = coupons.retire(env.context.actor, coupon->id);
    if (!retired)
        return fail(retired.error());
    return printJson({ { QStringLiteral("coupon_id"), retired->id },
        { QStringLiteral("code"), retired->code }, { QStringLiteral("active"), retired->active } });
}

int issue(Env &env)
{
    const QCommandLineParser &p = env.parser;
    if (!p.isSet(QStringLiteral("coupon")))
        return usageError(tr("coupon issue needs --coupon"));
    auto coupon = core::coupons::CouponService(*env.context.db)
                      .findByCode(p.value(QStringLiteral("coupon")));
    if (!coupon)
        return fail(coupon.error());
    core::coupons::IssueRequest request;
    request.couponId = coupon->id;
    request.channel = p.value(QStringLiteral("channel"));
    auto branchIds = branchesOption(env);
    if (!branchIds)
        return fail(branchIds.error());
    request.people.branchIds = *branchIds;
    using Standing = core::people::MemberFilter::Standing;
    const QString segment = p.value(QStringLiteral("segment"));
    if (segment == QLatin1String("members"))
        request.people.standing = Standing::Members;
    else if (segment == QLatin1String("guests"))
        request.people.standing = Standing::Guests;
    else if (!segment.isEmpty() && segment != QLatin1String("everyone"))
        return usageError(tr("--segment is one of everyone, members or guests"));
    auto issued
        = core::coupons::ClaimService(*env.context.db).issue(env.context.actor, request);
    if (!issued)
        return fail(issued.error());
    return printJson({ { QStringLiteral("coupon"), coupon->code },
        { QStringLiteral("matched"), issued->matched }, { QStringLiteral("issued"), issued->issued },
        { QStringLiteral("at_person_limit"), issued->atPersonLimit },
        { QStringLiteral("over_total"), issued->overTotal } });
}

int stats(Env &env)
{
    core::coupons::CouponService coupons(*env.context.db);
    QVector<core::coupons::CouponStats> all;
    if (env.parser.isSet(QStringLiteral("coupon"))) {
        auto coupon = coupons.findByCode(env.parser.value(QStringLiteral("coupon")));
        if (!coupon)
            return fail(coupon.error());
        auto one = coupons.stats(env.context.actor, coupon->id);
        if (!one)
            return fail(one.error());
        all.push_back(*one);
    } else {
        auto every = coupons.allStats(env.context.actor);
        if (!every)
            return fail(every.error());
        all = *every;
    }
    const int decimals = env.settings.decimals();
    QJsonArray rows;
    for (const auto &s : all) {
        QJsonArray perBranch;
        for (const auto &b : s.perBranch)
            perBranch.append(QJsonObject { { QStringLiteral("branch"), b.branchCode },
                { QStringLiteral("redemptions"), b.redemptions },
                { QStringLiteral("discount"), core::money::toPlain(b.discount, decimals) } });
        rows.append(QJsonObject { { QStringLiteral("code"), s.code },
            { QStringLiteral("name"), s.name }, { QStringLiteral("active"), s.active },
            { QStringLiteral("claimed"), s.claimed }, { QStringLiteral("redeemed"), s.redeemed },
            { QStringLiteral("expired_unredeemed"), s.expiredUnredeemed },
            { QStringLiteral("discount"), core::money::toPlain(s.discount, decimals) },
            { QStringLiteral("per_branch"), perBranch } });
    }
    return printJson({ { QStringLiteral("coupons"), rows } });
}

} // namespace

int runCoupon(Context &context)
{
    QCommandLineParser parser;
    parser.addOptions({
        valueOption(QStringLiteral("code"), QStringLiteral("the new coupon's code")),
        valueOption(QStringLiteral("name"), QStringLiteral("the new coupon's name")),
        valueOption(QStringLiteral("kind"), QStringLiteral("amount, percent or item")),
        valueOption(
            QStringLiteral("value"), QStringLiteral("amount off, percent off or item value")),
        valueOption(QStringLiteral("min-spend"), QStringLiteral("smallest bill it applies to")),
        valueOption(QStringLiteral("valid-from"), QStringLiteral("first day, YYYY-MM-DD")),
        valueOption(QStringLiteral("valid-to"), QStringLiteral("last day, YYYY-MM-DD")),
        valueOption(QStringLiteral("valid-days"), QStringLiteral("days a claim stays valid")),
        valueOption(
            QStringLiteral("branches"), QStringLiteral("branch codes, B01,B02 (none: all)")),
        valueOption(
            QStringLiteral("per-person"), QStringLiteral("claims per person (0: no limit)")),
        valueOption(QStringLiteral("total"), QStringLiteral("claims in all")),
        valueOption(QStringLiteral("coupon"), QStringLiteral("coupon code")),
        valueOption(QStringLiteral("phone"), QStringLiteral("the person's phone")),
        valueOption(QStringLiteral("branch"), QStringLiteral("branch code or name")),
        valueOption(QStringLiteral("channel"), QStringLiteral("where a claim came from")),
        valueOption(QStringLiteral("claim"), QStringLiteral("claim code")),
        valueOption(QStringLiteral("receipt"), QStringLiteral("the bill's receipt number")),
        valueOption(QStringLiteral("amount"), QStringLiteral("the bill's amount")),
        valueOption(QStringLiteral("segment"), QStringLiteral("everyone, members or guests")),
    });
    QString error;
    if (!parseOptions(parser, context.args, &error))
        return usageError(error);
    const QStringList positional = parser.positionalArguments();
    static const QStringList actions = { QStringLiteral("create"), QStringLiteral("claim"),
        QStringLiteral("redeem"), QStringLiteral("retire"), QStringLiteral("issue"),
        QStringLiteral("stats") };
    if (positional.size() != 1 || !actions.contains(positional.first()))
        return usageError(tr("coupon needs one of create, claim, redeem, retire, issue or stats"));
    auto settings = core::chain::ChainStore::load(*context.db);
    if (!settings)
        return fail(settings.error());
    Env env { context, parser, *settings, core::branches::BranchService(*context.db) };
    const QString action = positional.first();
    if (action == QLatin1String("create"))
        return create(env);
    if (action == QLatin1String("claim"))
        return claim(env);
    if (action == QLatin1String("redeem"))
        return redeem(env);
    if (action == QLatin1String("retire"))
        return retire(env);
    if (action == QLatin1String("issue"))
        return issue(env);
    return stats(env);
}

} // namespace cli
