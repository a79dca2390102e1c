#include "app/cli/command.h"

#include "core/chain/chainstats.h"
#include "core/common/money.h"
#include "core/chain/chainsettings.h"

#include <QJsonArray>

namespace cli {

namespace {

QJsonObject toJson(const core::chain::Counts &c, int decimals)
{
    return { { QStringLiteral("people"), c.people },
             { QStringLiteral("members"), c.members },
             { QStringLiteral("visits"), c.visits },
             { QStringLiteral("revenue"), core::money::toPlain(c.revenue, decimals) },
             { QStringLiteral("wallet_entries"), c.walletEntries },
             { QStringLiteral("coupon_claims"), c.couponClaims },
             { QStringLiteral("redemptions"), c.redemptions },
             { QStringLiteral("reviews"), c.reviews } };
}

} // namespace

int runStats(Context &context)
{
    if (!context.args.isEmpty())
        return usageError(QStringLiteral("stats takes no arguments"));
    auto settings = core::chain::ChainStore::load(*context.db);
    if (!settings)
        return fail(settings.error());
    auto stats = core::chain::ChainStats::collect(*context.db, context.actor);
    if (!stats)
        return fail(stats.error());
    const int decimals = settings->decimals();
    QJsonObject total = toJson(stats->total, decimals);
    total.insert(QStringLiteral("branches"), stats->branches.size());
    if (context.actor.isOwner()) {
        total.insert(QStringLiteral("stored_value"),
                     core::money::toPlain(stats->total.storedValue, decimals));
        total.insert(QStringLiteral("coupons"), stats->total.coupons);
        total.insert(QStringLiteral("users"), stats->users);
        total.insert(QStringLiteral("audit_entries"), stats->auditEntries);
    }
    QJsonArray branches;
    for (const auto &b : stats->branches) {
        QJsonObject o = toJson(b.counts, decimals);
        o.insert(QStringLiteral("code"), b.code);
        o.insert(QStringLiteral("name"), b.name);
        branches.append(o);
    }
    return printJson({ { QStringLiteral("chain"), settings->name },
                       { QStringLiteral("currency"), settings->currency },
                       { QStringLiteral("total"), total },
                       { QStringLiteral("branches"), branches } });
}

} // namespace cli
