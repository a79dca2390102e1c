#include "app/cli/command.h"
#include "app/cli/options.h"
#include "core/branches/branchservice.h"
#include "core/chain/chainsettings.h"
#include "core/common/money.h"
#include "core/people/personservice.h"
#include "core/visits/visitservice.h"

#include <QCoreApplication>

namespace cli {

namespace {

QJsonObject visitJson(core::storage::Database &db, const core::visits::Visit &v,
    const QString &branchCode, const core::chain::ChainSettings &settings)
{
    const int decimals = settings.decimals();
    QJsonObject out { { QStringLiteral("visit_id"), v.id },
        { QStringLiteral("branch"), branchCode }, { QStringLiteral("receipt_no"), v.receiptNo },
        { QStringLiteral("kind"), core::visits::kindName(v.kind) },
        { QStringLiteral("amount"), core::money::toPlain(v.amount, decimals) },
        { QStringLiteral("occurred_at"), v.occurredAt },
        { QStringLiteral("source"), core::visits::sourceName(v.source) },
        { QStringLiteral("voided"), v.isVoided() } };
    if (v.refundOf != 0)
        out.insert(QStringLiteral("refund_of"), v.refundOf);
    if (v.personId != 0) {
        core::people::PersonService persons(db, core::people::PhoneNormalizer(settings.region));
        if (auto person = persons.find(v.personId))
            out.insert(QStringLiteral("phone"), person->phone);
        out.insert(QStringLiteral("person_id"), v.personId);
    } else {
        out.insert(QStringLiteral("phone"), QJsonValue());
    }
    return out;
}

} // namespace

int runVisit(Context &context)
{
    QCommandLineParser parser;
    parser.addOptions({
        valueOption(QStringLiteral("branch"), QStringLiteral("branch code or name")),
        valueOption(QStringLiteral("phone"), QStringLiteral("the person's phone (optional)")),
        valueOption(QStringLiteral("amount"), QStringLiteral("amount, e.g. 88.00")),
        valueOption(QStringLiteral("receipt"), QStringLiteral("the bill's receipt number")),
        valueOption(QStringLiteral("reason"), QStringLiteral("why a bill is refunded or voided")),
        valueOption(
            QStringLiteral("refund-receipt"), QStringLiteral("receipt number of the refund")),
    });
    QString error;
    if (!parseOptions(parser, context.args, &error))
        return usageError(error);
    const QStringList positional = parser.positionalArguments();
    static const QStringList actions
        = { QStringLiteral("add"), QStringLiteral("refund"), QStringLiteral("void") };
    if (positional.size() != 1 || !actions.contains(positional.first()))
        return usageError(
            QCoreApplication::translate("Cli", "visit needs one of add, refund or void"));
    const QString action = positional.first();
    if (!parser.isSet(QStringLiteral("branch")) || !parser.isSet(QStringLiteral("receipt")))
        return usageError(
            QCoreApplication::translate("Cli", "visit %1 needs --branch and --receipt")
                .arg(action));
    if (action != QLatin1String("void") && !parser.isSet(QStringLiteral("amount")))
        return usageError(
            QCoreApplication::translate("Cli", "visit %1 needs --amount").arg(action));
    if (action != QLatin1String("add") && !parser.isSet(QStringLiteral("reason")))
        return usageError(
            QCoreApplication::translate("Cli", "visit %1 needs --reason").arg(action));

    auto settings = core::chain::ChainStore::load(*context.db);
    if (!settings)
        return fail(settings.error());
    auto branch = core::branches::BranchService(*context.db)
                      .resolve(parser.value(QStringLiteral("branch")));
    if (!branch)
        return fail(branch.error());
    qint64 amount = 0;
    if (parser.isSet(QStringLiteral("amount"))) {
        auto parsed = core::money::parse(parser.value(QStringLiteral("amount")),
            settings->decimals(), QStringLiteral("--amount"));
        if (!parsed)
            return fail(parsed.error());
        amount = *parsed;
    }
    core::visits::VisitService visits(*context.db);
    const QString receipt = parser.value(QStringLiteral("receipt"));

    if (action == QLatin1String("add")) {
        core::visits::NewVisit request;
        request.branchId = branch->id;
        request.phone = parser.value(QStringLiteral("phone"));
        request.amount = amount;
        request.receiptNo = receipt;
        auto visit = visits.record(context.actor, request);
        if (!visit)
            return fail(visit.error());
        return printJson(visitJson(*context.db, *visit, branch->code, *settings));
    }

    auto sale = visits.findByReceipt(context.actor, branch->id, receipt);
    if (!sale)
        return fail(sale.error());
    if (action == QLatin1String("refund")) {
        core::visits::RefundRequest request;
        request.visitId = sale->id;
        request.amount = amount;
        request.reason = parser.value(QStringLiteral("reason"));
        request.receiptNo = parser.value(QStringLiteral("refund-receipt"));
        auto refund = visits.refund(context.actor, request);
        if (!refund)
            return fail(refund.error());
        return printJson(visitJson(*context.db, *refund, branch->code, *settings));
    }
    auto voided = visits.voidVisit(context.actor, sale->id, parser.value(QStringLiteral("reason")));
    if (!voided)
        return fail(voided.error());
    return printJson(visitJson(*context.db, *voided, branch->code, *settings));
}

} // namespace cli
