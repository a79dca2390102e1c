#include "app/cli/command.h"
#include "app/cli/options.h"
#include "core/branches/branchservice.h"
#include "core/broadcasts/broadcastservice.h"
#include "core/broadcasts/deliverer.h"
#include "core/chain/chainsettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

namespace bc = core::broadcasts;

int create(Context &context, const QCommandLineParser &p)
{
    for (const char *flag : { "title", "body", "channel" }) {
        if (!p.isSet(QLatin1String(flag)))
            return usageError(tr("broadcast create needs --title, --body and --channel"));
    }
    auto settings = core::chain::ChainStore::load(*context.db);
    if (!settings)
        return fail(settings.error());
    bc::Draft d;
    d.title = p.value(QStringLiteral("title"));
    d.body = p.value(QStringLiteral("body"));
    const QString channel = p.value(QStringLiteral("channel"));
    if (channel == QLatin1String("webhook"))
        d.channel = bc::ChannelKind::Webhook;
    else if (channel == QLatin1String("sms-file"))
        d.channel = bc::ChannelKind::SmsFile;
    else
        return usageError(tr("--channel is webhook or sms-file, not \"%1\"").arg(channel));
    const QString branches = p.value(QStringLiteral("branches"));
    if (!branches.isEmpty() && branches != QLatin1String("all")) {
        core::branches::BranchService service(*context.db);
        for (const QString &code : branches.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            auto b = service.resolve(code.trimmed());
            if (!b)
                return fail(b.error());
            d.branchIds.append(b->id);
        }
    }
    const QString segment = p.value(QStringLiteral("segment"));
    if (segment == QLatin1String("members"))
        d.segment = bc::Segment::Members;
    else if (segment == QLatin1String("guests"))
        d.segment = bc::Segment::Guests;
    else if (segment == QLatin1String("coupon-only"))
        d.segment = bc::Segment::CouponOnly;
    else if (!segment.isEmpty())
        return usageError(
            tr("--segment is members, guests or coupon-only, not \"%1\"").arg(segment));
    QString error;
    qint64 days = 0;
    if (p.isSet(QStringLiteral("lapsed-days"))) {
        if (!positiveInt(p, QStringLiteral("lapsed-days"), &days, &error))
            return usageError(error);
        d.lapsedDays = int(days);
    }
    if (p.isSet(QStringLiteral("recent-days"))) {
        if (!positiveInt(p, QStringLiteral("recent-days"), &days, &error))
            return usageError(error);
        d.recentDays = int(days);
    }
    if (p.isSet(QStringLiteral("near")) != p.isSet(QStringLiteral("radius-km")))
        return usageError(tr("--near and --radius-km go together"));
    if (p.isSet(QStringLiteral("near"))) {
        auto near = core::branches::BranchService(*context.db).resolve(p.value(QStringLiteral("near")));
        if (!near)
            return fail(near.error());
        d.nearBranchId = near->id;
        qint64 km = 0;
        if (!positiveInt(p, QStringLiteral("radius-km"), &km, &error))
            return usageError(error);
        d.radiusKm = int(km);
    }
    d.couponCode = p.value(QStringLiteral("coupon"));
    if (p.isSet(QStringLiteral("at"))) {
        const QString text = p.value(QStringLiteral("at")).trimmed();
        const QDateTime local = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm"));
        if (!local.isValid())
            return usageError(tr("--at needs a time like 2026-12-05 10:00, not \"%1\"").arg(text));
        d.scheduledAt
            = QDateTime(local.date(), local.time(), settings->timeZone()).toSecsSinceEpoch();
    }
    bc::BroadcastService service(*context.db);
    // --dry-run: the counts the Broadcasts page shows before sending; nothing is written.
    auto r = p.isSet(QStringLiteral("dry-run")) ? service.estimate(context.actor, d)
                                                : service.create(context.actor, d);
    if (!r)
        return fail(r.error());
    return printJson(
        { { QStringLiteral("id"), r->id }, { QStringLiteral("recipients"), r->recipients },
            { QStringLiteral("duplicates_folded"), r->duplicatesFolded },
            { QStringLiteral("no_consent"), r->noConsent },
            { QStringLiteral("deferred"), r->deferred } });
}

bool broadcastId(const QCommandLineParser &p, qint64 *id)
{
    const QStringList positional = p.positionalArguments();
    if (positional.size() != 2)
        return false;
    bool ok = false;
    *id = positional.at(1).toLongLong(&ok);
    return ok && *id > 0;
}

int send(Context &context, const QCommandLineParser &p)
{
    qint64 id = 0;
    if (!broadcastId(p, &id))
        return usageError(tr("broadcast send needs the broadcast's id"));
    const bool file = p.isSet(QStringLiteral("out"));
    QString url = p.value(QStringLiteral("webhook-url"));
    if (file && !url.isEmpty())
        return usageError(tr("broadcast send takes --webhook-url or --out, not both"));
    if (auto s = context.actor.requireManagerOrOwner(tr("send broadcasts")); !s)
        return fail(s.error());
    std::unique_ptr<bc::Channel> channel;
    if (file) {
        channel = std::make_unique<bc::SmsFileChannel>(p.value(QStringLiteral("out")));
    } else {
        if (url.isEmpty()) {
            auto settings = bc::BroadcastSettings::load(*context.db);
            if (!settings)
                return fail(settings.error());
            url = settings->webhookUrl;
        }
        const QUrl parsed(url, QUrl::StrictMode);
        if (url.isEmpty() || !parsed.isValid()
            || !(parsed.scheme() == QLatin1String("http")
                || parsed.scheme() == QLatin1String("https")))
            return usageError(tr("broadcast send needs --out FILE or an http(s) --webhook-url"));
        channel = std::make_unique<bc::WebhookChannel>(parsed);
    }
    bc::DelivererOptions options;
    options.broadcastId = id;
    bc::Deliverer deliverer(*context.db, *channel, options);
    auto report = deliverer.run();
    if (!report)
        return fail(report.error());
    return printJson({ { QStringLiteral("id"), id }, { QStringLiteral("sent"), report->sent },
        { QStringLiteral("failed_attempts"), report->failedAttempts },
        { QStringLiteral("gave_up"), report->gaveUp },
        { QStringLiteral("waiting"), report->waiting },
        { QStringLiteral("recovered"), report->recovered } });
}

int status(Context &context, const QCommandLineParser &p)
{
    qint64 id = 0;
    if (!broadcastId(p, &id))
        return usageError(tr("broadcast status needs the broadcast's id"));
    bc::BroadcastService service(*context.db);
    auto st = service.status(context.actor, id);
    if (!st)
        return fail(st.error());
    QJsonObject states;
    for (auto it = st->states.begin(); it != st->states.end(); ++it)
        states.insert(it.key(), it.value());
    QJsonArray branches;
    for (const bc::BranchCounts &b : st->branches)
        branches.append(QJsonObject { { QStringLiteral("branch"), b.branchCode },
            { QStringLiteral("recipients"), b.recipients }, { QStringLiteral("sent"), b.sent },
            { QStringLiteral("failed"), b.failed }, { QStringLiteral("deferred"), b.deferred } });
    return printJson({ { QStringLiteral("id"), st->id }, { QStringLiteral("title"), st->title },
        { QStringLiteral("status"), st->status }, { QStringLiteral("states"), states },
        { QStringLiteral("branches"), branches },
        { QStringLiteral("visited_within_7_days"), st->visitedWithin7Days },
        { QStringLiteral("visited_within_30_days"), st->visitedWithin30Days } });
}

} // namespace

int runBroadcast(Context &context)
{
    QCommandLineParser parser;
    parser.addOptions({
        valueOption(QStringLiteral("title"), QStringLiteral("the broadcast's title")),
        valueOption(QStringLiteral("body"), QStringLiteral("the message, with placeholders")),
        valueOption(QStringLiteral("channel"), QStringLiteral("webhook or sms-file")),
        valueOption(QStringLiteral("branches"), QStringLiteral("all, or codes B01,B02")),
        valueOption(QStringLiteral("segment"), QStringLiteral("members, guests or coupon-only")),
        valueOption(
            QStringLiteral("lapsed-days"), QStringLiteral("last visit more than N days ago")),
        valueOption(
            QStringLiteral("recent-days"), QStringLiteral("last visit less than N days ago")),
        valueOption(QStringLiteral("near"), QStringLiteral("branch whose neighbours to reach")),
        valueOption(QStringLiteral("radius-km"), QStringLiteral("distance from --near, in km")),
        valueOption(QStringLiteral("coupon"), QStringLiteral("coupon code to hand out")),
        valueOption(QStringLiteral("at"), QStringLiteral("send time, YYYY-MM-DD HH:MM")),
        valueOption(QStringLiteral("webhook-url"), QStringLiteral("where to POST the deliveries")),
        valueOption(QStringLiteral("out"), QStringLiteral("the SMS upload file to write")),
        QCommandLineOption(QStringLiteral("dry-run"), QStringLiteral("count, write nothing")),
    });
    QString error;
    if (!parseOptions(parser, context.args, &error))
        return usageError(error);
    const QStringList positional = parser.positionalArguments();
    static const QStringList actions
        = { QStringLiteral("create"), QStringLiteral("send"), QStringLiteral("status") };
    if (positional.isEmpty() || !actions.contains(positional.first()))
        return usageError(tr("broadcast needs one of create, send or status"));
    const QString action = positional.first();
    if (action == QLatin1String("create")) {
        if (positional.size() != 1)
            return usageError(tr("broadcast needs one of create, send or status"));
        return create(context, parser);
    }
    if (action == QLatin1String("send"))
        return send(context, parser);
    return status(context, parser);
}

} // namespace cli
