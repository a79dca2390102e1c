#include "app/cli/command.h"
#include "app/cli/options.h"
#include "core/branches/branchservice.h"
#include "core/chain/chainsettings.h"
#include "core/common/money.h"
#include "core/counter/counterservice.h"
#include "core/visits/visitservice.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

QJsonObject saleJson(const core::counter::Sale &sale, const QString &branch, int decimals)
{
    const auto plain = [decimals](qint64 minor) { return core::money::toPlain(minor, decimals); };
    QJsonObject out { { QStringLiteral("visit_id"), sale.visit.id },
        { QStringLiteral("branch"), branch },
        { QStringLiteral("receipt_no"), sale.visit.receiptNo },
        { QStringLiteral("tender"), core::counter::tenderName(sale.tender) },
        { QStringLiteral("paid"), plain(sale.visit.amount) },
        { QStringLiteral("replayed"), sale.replayed } };
    if (!sale.replayed) {
        out.insert(QStringLiteral("gross"), plain(sale.quote.gross));
        out.insert(QStringLiteral("tier_discount"), plain(sale.quote.tierDiscount));
    }
    out.insert(QStringLiteral("coupon_discount"), plain(sale.quote.couponDiscount));
    if (sale.redemption.id != 0)
        out.insert(QStringLiteral("claim_code"), sale.redemption.claimCode);
    if (sale.spend.id != 0)
        out.insert(QStringLiteral("wallet_entry_id"), sale.spend.id);
    if (sale.visit.personId != 0) {
        out.insert(QStringLiteral("phone"), sale.balance.phone);
        out.insert(QStringLiteral("balance"), plain(sale.balance.total()));
        out.insert(QStringLiteral("principal"), plain(sale.balance.principal));
        out.insert(QStringLiteral("bonus"), plain(sale.balance.bonus));
    }
    return out;
}

} // namespace

// chaincard-cli counter ...: the counter's operations (core::counter::CounterService), with the
// same rules as the Counter page.
int runCounter(Context &context)
{
    QCommandLineParser parser;
    parser.addOptions({
        valueOption(QStringLiteral("phone"), QStringLiteral("the person's phone")),
        valueOption(
            QStringLiteral("text"), QStringLiteral("phone, last four digits or member code")),
        valueOption(QStringLiteral("branch"), QStringLiteral("branch code or name")),
        valueOption(QStringLiteral("amount"), QStringLiteral("the bill or top-up, e.g. 88.00")),
        valueOption(QStringLiteral("bonus"), QStringLiteral("top-up bonus instead of the rules")),
        valueOption(QStringLiteral("coupon-claim"), QStringLiteral("claim code of one coupon")),
        valueOption(QStringLiteral("receipt"), QStringLiteral("receipt number")),
        valueOption(QStringLiteral("tender"), QStringLiteral("wallet, cash or card"),
            QStringLiteral("wallet")),
        valueOption(QStringLiteral("ref"), QStringLiteral("idempotency key of a top-up")),
        valueOption(QStringLiteral("entry"), QStringLiteral("wallet entry id of a top-up")),
        valueOption(QStringLiteral("reason"), QStringLiteral("why")),
        valueOption(QStringLiteral("bonus-rules"),
            QStringLiteral(
                "top-up bonus rules, e.g. \"500.00:30.00;1000.00:100.00\" (empty: none)")),
        valueOption(QStringLiteral("spend-order"),
            QStringLiteral("bonus_first, principal_first or proportional")),
        valueOption(QStringLiteral("topup-refund-bonus"), QStringLiteral("forfeit or keep")),
    });
    QString error;
    if (!parseOptions(parser, context.args, &error))
        return usageError(error);
    const QStringList positional = parser.positionalArguments();
    static const QStringList actions
        = { QStringLiteral("find"), QStringLiteral("pay"), QStringLiteral("topup"),
              QStringLiteral("void"), QStringLiteral("refund-topup"), QStringLiteral("rules") };
    if (positional.size() != 1 || !actions.contains(positional.first()))
        return usageError(tr("counter needs one of find, pay, topup, void, refund-topup or rules"));
    const QString action = positional.first();
    auto settings = core::chain::ChainStore::load(*context.db);
    if (!settings)
        return fail(settings.error());
    const int decimals = settings->decimals();
    core::counter::CounterService counter(*context.db);
    const auto value
        = [&parser](const char *name) { return parser.value(QString::fromLatin1(name)); };

    if (action == QLatin1String("rules")) {
        // Shows the chain's wallet rules; with options, the owner changes them first.
        core::wallet::WalletRules &rules = settings->wallet;
        const bool change = parser.isSet(QStringLiteral("bonus-rules"))
            || parser.isSet(QStringLiteral("spend-order"))
            || parser.isSet(QStringLiteral("topup-refund-bonus"));
        if (parser.isSet(QStringLiteral("bonus-rules"))) {
            rules.bonusRules.clear();
            const QStringList pairs
                = value("bonus-rules").split(QLatin1Char(';'), Qt::SkipEmptyParts);
            for (const QString &pair : pairs) {
                const QStringList parts = pair.split(QLatin1Char(':'));
                if (parts.size() != 2)
                    return usageError(tr("--bonus-rules takes TOPUP:BONUS pairs separated by ';'"));
                auto threshold
                    = core::money::parse(parts.at(0), decimals, QStringLiteral("--bonus-rules"));
                auto bonus
                    = core::money::parse(parts.at(1), decimals, QStringLiteral("--bonus-rules"));
                if (!threshold)
                    return fail(threshold.error());
                if (!bonus)
                    return fail(bonus.error());
                rules.bonusRules.push_back({ *threshold, *bonus });
            }
        }
        if (parser.isSet(QStringLiteral("spend-order"))) {
            auto order = core::wallet::WalletRules::orderFromName(value("spend-order"));
            if (!order)
                return usageError(
                    tr("--spend-order is one of bonus_first, principal_first or proportional"));
            rules.spendOrder = *order;
        }
        if (parser.isSet(QStringLiteral("topup-refund-bonus"))) {
            auto rule = core::wallet::WalletRules::refundBonusFromName(value("topup-refund-bonus"));
            if (!rule)
                return usageError(tr("--topup-refund-bonus is forfeit or keep"));
            rules.topUpRefundBonus = *rule;
        }
        if (change) {
            if (auto s = core::chain::ChainStore::update(*context.db, context.actor, *settings); !s)
                return fail(s.error());
            settings = core::chain::ChainStore::load(*context.db);
            if (!settings)
                return fail(settings.error());
        }
        QJsonArray bonusRules;
        for (const auto &r : settings->wallet.bonusRules)
            bonusRules.append(QJsonObject {
                { QStringLiteral("topup"), core::money::toPlain(r.threshold, decimals) },
                { QStringLiteral("bonus"), core::money::toPlain(r.bonus, decimals) } });
        return printJson({ { QStringLiteral("bonus_rules"), bonusRules },
            { QStringLiteral("spend_order"),
                core::wallet::WalletRules::orderName(settings->wallet.spendOrder) },
            { QStringLiteral("topup_refund_bonus"),
                core::wallet::WalletRules::refundBonusName(settings->wallet.topUpRefundBonus) } });
    }
    if (action == QLatin1String("find")) {
        auto found = counter.find(context.actor, value("text"));
        if (!found)
            return fail(found.error());
        QJsonArray people;
        for (const auto &p : *found)
            people.append(QJsonObject { { QStringLiteral("id"), p.id },
                { QStringLiteral("phone"), p.phone }, { QStringLiteral("name"), p.name },
                { QStringLiteral("member_code"), p.memberCode } });
        return printJson({ { QStringLiteral("people"), people } });
    }
    if (action == QLatin1String("refund-topup")) {
        bool ok = false;
        const qint64 entry = value("entry").toLongLong(&ok);
        if (!ok)
            return usageError(tr("counter refund-topup needs --entry ID and --reason"));
        auto out = counter.refundTopUp(context.actor, entry, value("reason"));
        if (!out)
            return fail(out.error());
        return printJson({ { QStringLiteral("reversal_id"), out->entry.id },
            { QStringLiteral("principal_refunded"),
                core::money::toPlain(-out->entry.principal, decimals) },
            { QStringLiteral("bonus_taken_back"),
                core::money::toPlain(-out->bonusEntry.bonus, decimals) },
            { QStringLiteral("balance"), core::money::toPlain(out->balance.total(), decimals) } });
    }
    if (!parser.isSet(QStringLiteral("branch")))
        return usageError(tr("counter %1 needs --branch").arg(action));
    auto branch = core::branches::BranchService(*context.db).resolve(value("branch"));
    if (!branch)
        return fail(branch.error());
    if (action == QLatin1String("void")) {
        auto visit = core::visits::VisitService(*context.db)
                         .findByReceipt(context.actor, branch->id, value("receipt"));
        if (!visit)
            return fail(visit.error());
        auto sale = counter.voidSale(context.actor, visit->id, value("reason"));
        if (!sale)
            return fail(sale.error());
        return printJson(saleJson(*sale, branch->code, decimals));
    }
    if (!parser.isSet(QStringLiteral("amount")))
        return usageError(tr("counter %1 needs --amount").arg(action));
    auto amount = core::money::parse(value("amount"), decimals, QStringLiteral("--amount"));
    if (!amount)
        return fail(amount.error());
    if (action == QLatin1String("topup")) {
        core::counter::TopUpRequest r;
        r.phone = value("phone");
        r.branchId = branch->id;
        r.amount = *amount;
        r.idempotencyKey = value("ref");
        if (parser.isSet(QStringLiteral("bonus"))) {
            auto bonus = core::money::parse(value("bonus"), decimals, QStringLiteral("--bonus"));
            if (!bonus)
                return fail(bonus.error());
            r.bonus = *bonus;
        }
        auto out = counter.topUp(context.actor, r);
        if (!out)
            return fail(out.error());
        return printJson({ { QStringLiteral("entry_id"), out->entry.id },
            { QStringLiteral("branch"), branch->code },
            { QStringLiteral("phone"), out->balance.phone },
            { QStringLiteral("amount"), core::money::toPlain(out->entry.principal, decimals) },
            { QStringLiteral("bonus_given"),
                core::money::toPlain(out->bonusEntry.bonus, decimals) },
            { QStringLiteral("balance"), core::money::toPlain(out->balance.total(), decimals) },
            { QStringLiteral("principal"), core::money::toPlain(out->balance.principal, decimals) },
            { QStringLiteral("bonus"), core::money::toPlain(out->balance.bonus, decimals) },
            { QStringLiteral("replayed"), out->replayed } });
    }
    auto tender = core::counter::tenderFromName(value("tender"));
    if (!tender)
        return usageError(tr("--tender is one of wallet, cash or card"));
    core::counter::PayRequest r;
    r.phone = value("phone");
    r.branchId = branch->id;
    r.amount = *amount;
    r.tender = *tender;
    r.claimCode = value("coupon-claim");
    r.receiptNo = value("receipt");
    auto sale = counter.pay(context.actor, r);
    if (!sale)
        return fail(sale.error());
    return printJson(saleJson(*sale, branch->code, decimals));
}

} // namespace cli
