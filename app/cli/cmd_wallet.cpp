#include "app/cli/command.h"
#include "app/cli/options.h"

#include "core/branches/branchservice.h"
#include "core/chain/chainsettings.h"
#include "core/common/money.h"
#include "core/wallet/settlement.h"
#include "core/wallet/walletservice.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>

#include <map>

namespace cli {

namespace {

QJsonObject balanceJson(const core::wallet::Balance &b, int decimals)
{
    return { { QStringLiteral("phone"), b.phone },
             { QStringLiteral("balance"), core::money::toPlain(b.total(), decimals) },
             { QStringLiteral("principal"), core::money::toPlain(b.principal, decimals) },
             { QStringLiteral("bonus"), core::money::toPlain(b.bonus, decimals) },
             { QStringLiteral("topped_up"), core::money::toPlain(b.toppedUp, decimals) } };
}

// `wallet settlement --from D --to D [--branch CODE]`: whole days in the chain's time zone.
int runSettlement(Context &context, const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("from")) || !parser.isSet(QStringLiteral("to")))
        return usageError(QCoreApplication::translate(
            "Cli", "wallet settlement needs --from and --to (days like 2026-03-01)"));
    auto settings = core::chain::ChainStore::load(*context.db);
    if (!settings)
        return fail(settings.error());
    const QTimeZone zone = settings->timeZone();
    QDate days[2];
    const char *flags[2] = { "from", "to" };
    for (int i = 0; i < 2; ++i) {
        const QString flag = QString::fromLatin1(flags[i]);
        days[i] = QDate::fromString(parser.value(flag), Qt::ISODate);
        if (!days[i].isValid())
            return fail(core::Error(core::Error::Code::InvalidInput,
                QCoreApplication::translate("Cli", "--%1 needs a day like 2026-03-01, not \"%2\".")
                    .arg(flag, parser.value(flag)),
                flag));
    }
    auto report = core::wallet::Settlement(*context.db)
                      .compute(context.actor,
                          QDateTime(days[0], QTime(0, 0), zone).toSecsSinceEpoch(),
                          QDateTime(days[1].addDays(1), QTime(0, 0), zone).toSecsSinceEpoch());
    if (!report)
        return fail(report.error());
    qint64 only = 0;
    if (parser.isSet(QStringLiteral("branch"))) {
        auto branch = core::branches::BranchService(*context.db)
                          .resolve(parser.value(QStringLiteral("branch")));
        if (!branch)
            return fail(branch.error());
        only = branch->id;
    }
    auto branches = core::branches::BranchService(*context.db).list(context.actor);
    if (!branches)
        return fail(branches.error());
    std::map<qint64, QString> codes;
    for (const auto &b : *branches)
        codes[b.id] = b.code;
    const auto code = [&codes](qint64 id) {
        const auto found = codes.find(id);
        return found == codes.end() ? QString::number(id) : found->second;
    };
    const int decimals = settings->decimals();
    const auto money = [decimals](qint64 minor) { return core::money::toPlain(minor, decimals); };
    QJsonArray flows;
    for (const auto &f : report->flows) {
        if (only != 0 && f.fromBranchId != only && f.toBranchId != only)
            continue;
        flows.append(QJsonObject { { QStringLiteral("topped_up_at"), code(f.fromBranchId) },
            { QStringLiteral("spent_at"), code(f.toBranchId) },
            { QStringLiteral("amount"), money(f.amount) } });
    }
    QJsonArray positions;
    for (const auto &p : report->branches) {
        if (only != 0 && p.branchId != only)
            continue;
        positions.append(QJsonObject { { QStringLiteral("branch"), code(p.branchId) },
            { QStringLiteral("topped_up"), money(p.toppedUp) },
            { QStringLiteral("spent_here"), money(p.spentHere) },
            { QStringLiteral("bonus_spent"), money(p.bonusSpent) },
            { QStringLiteral("owed"), money(p.owed) },
            { QStringLiteral("liability"), money(p.liability) } });
    }
    return printJson(QJsonObject { { QStringLiteral("from"), days[0].toString(Qt::ISODate) },
        { QStringLiteral("to"), days[1].toString(Qt::ISODate) },
        { QStringLiteral("flows"), flows }, { QStringLiteral("branches"), positions } });
}

} // namespace

int runWallet(Context &context)
{
    QCommandLineParser parser;
    parser.addOptions({
        valueOption(QStringLiteral("phone"), QStringLiteral("the person's phone")),
        valueOption(QStringLiteral("branch"), QStringLiteral("branch code or name")),
        valueOption(QStringLiteral("amount"), QStringLiteral("amount, e.g. 12.34")),
        valueOption(QStringLiteral("bonus"), QStringLiteral("bonus given with a top-up")),
        valueOption(QStringLiteral("ref"), QStringLiteral("idempotency key")),
        valueOption(QStringLiteral("note"), QStringLiteral("free text")),
        valueOption(QStringLiteral("from"), QStringLiteral("settlement: first day")),
        valueOption(QStringLiteral("to"), QStringLiteral("settlement: last day")),
    });
    QString error;
    if (!parseOptions(parser, context.args, &error))
        return usageError(error);
    const QStringList positional = parser.positionalArguments();
    static const QStringList actions = { QStringLiteral("topup"), QStringLiteral("spend"),
                                         QStringLiteral("refund"), QStringLiteral("balance"),
                                         QStringLiteral("settlement") };
    if (positional.size() != 1 || !actions.contains(positional.first()))
        return usageError(QCoreApplication::translate(
            "Cli", "wallet needs one of topup, spend, refund, balance or settlement"));
    const QString action = positional.first();
    if (action == QLatin1String("settlement"))
        return runSettlement(context, parser);
    if (!parser.isSet(QStringLiteral("phone")))
        return usageError(QCoreApplication::translate("Cli", "wallet %1 needs --phone").arg(action));

    auto settings = core::chain::ChainStore::load(*context.db);
    if (!settings)
        return fail(settings.error());
    const int decimals = settings->decimals();
    core::wallet::WalletService wallet(*context.db);

    if (action == QLatin1String("balance")) {
        auto balance = wallet.balanceByPhone(context.actor, parser.value(QStringLiteral("phone")));
        if (!balance)
            return fail(balance.error());
        return printJson(balanceJson(*balance, decimals));
    }

    if (!parser.isSet(QStringLiteral("branch")) || !parser.isSet(QStringLiteral("amount")))
        return usageError(
            QCoreApplication::translate("Cli", "wallet %1 needs --branch and --amount").arg(action));
    if (parser.isSet(QStringLiteral("bonus")) && action != QLatin1String("topup"))
        return usageError(QCoreApplication::translate("Cli", "--bonus goes with topup only"));
    auto branch = core::branches::BranchService(*context.db)
                      .resolve(parser.value(QStringLiteral("branch")));
    if (!branch)
        return fail(branch.error());
    auto amount = core::money::parse(parser.value(QStringLiteral("amount")), decimals,
                                     QStringLiteral("--amount"));
    if (!amount)
        return fail(amount.error());
    core::wallet::Request request;
    request.phone = parser.value(QStringLiteral("phone"));
    request.branchId = branch->id;
    request.amount = *amount;
    request.idempotencyKey = parser.value(QStringLiteral("ref"));
    request.note = parser.value(QStringLiteral("note"));
    if (parser.isSet(QStringLiteral("bonus"))) {
        auto bonus = core::money::parse(parser.value(QStringLiteral("bonus")), decimals,
                                        QStringLiteral("--bonus"));
        if (!bonus)
            return fail(bonus.error());
        request.bonus = *bonus;
    } else if (action == QLatin1String("topup")) {
        request.ruleBonus = true; // as at the counter: the chain's bonus rules
    }

    auto outcome = action == QLatin1String("topup")   ? wallet.topUp(context.actor, request)
                 : action == QLatin1String("spend")   ? wallet.spend(context.actor, request)
                                                      : wallet.refund(context.actor, request);
    if (!outcome)
        return fail(outcome.error());
    QJsonObject out = balanceJson(outcome->balance, decimals);
    const auto &entry = outcome->entry;
    out.insert(QStringLiteral("entry_id"), entry.id);
    out.insert(QStringLiteral("kind"), core::wallet::kindName(entry.kind));
    out.insert(QStringLiteral("amount"), core::money::toPlain(qAbs(entry.amount()), decimals));
    if (outcome->bonusEntry.id != 0) {
        out.insert(QStringLiteral("bonus_entry_id"), outcome->bonusEntry.id);
        out.insert(QStringLiteral("bonus_given"),
                   core::money::toPlain(outcome->bonusEntry.bonus, decimals));
    }
    out.insert(QStringLiteral("branch"), branch->code);
    out.insert(QStringLiteral("replayed"), outcome->replayed);
    if (!entry.idempotencyKey.isEmpty())
        out.insert(QStringLiteral("ref"), entry.idempotencyKey);
    return printJson(out);
}

} // namespace cli
