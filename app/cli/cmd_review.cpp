#include "app/cli/command.h"
#include "app/cli/options.h"
#include "core/branches/branchservice.h"
#include "core/reviews/reviewservice.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cli {

namespace {

QJsonObject reviewJson(const core::reviews::Review &r, const QString &branchCode)
{
    QJsonObject out { { QStringLiteral("review_id"), r.id },
        { QStringLiteral("branch"), branchCode }, { QStringLiteral("receipt_no"), r.receiptNo },
        { QStringLiteral("visit_id"), r.visitId }, { QStringLiteral("person_id"), r.personId },
        { QStringLiteral("rating"), r.rating }, { QStringLiteral("text"), r.text },
        { QStringLiteral("created_at"), r.createdAt } };
    if (r.hasReply()) {
        out.insert(QStringLiteral("reply"), r.reply);
        out.insert(QStringLiteral("replied_at"), r.repliedAt);
    }
    return out;
}

bool intOption(const QCommandLineParser &parser, const QString &name, int *out, QString *error)
{
    bool ok = false;
    const int v = parser.value(name).toInt(&ok);
    if (!ok) {
        *error = QCoreApplication::translate("Cli", "--%1 needs a whole number, not \"%2\".")
                     .arg(name, parser.value(name));
        return false;
    }
    *out = v;
    return true;
}

} // namespace

int runReview(Context &context)
{
    QCommandLineParser parser;
    parser.addOptions({
        valueOption(QStringLiteral("branch"), QStringLiteral("branch code or name")),
        valueOption(
            QStringLiteral("receipt"), QStringLiteral("the reviewed bill's receipt number")),
        valueOption(QStringLiteral("phone"), QStringLiteral("the reviewer's phone")),
        valueOption(QStringLiteral("rating"), QStringLiteral("1 to 5")),
        valueOption(QStringLiteral("text"), QStringLiteral("the review or the reply")),
        valueOption(QStringLiteral("id"), QStringLiteral("the review's id")),
        valueOption(QStringLiteral("min-rating"), QStringLiteral("lowest rating listed"),
            QStringLiteral("1")),
        valueOption(QStringLiteral("max-rating"), QStringLiteral("highest rating listed"),
            QStringLiteral("5")),
    });
    QString error;
    if (!parseOptions(parser, context.args, &error))
        return usageError(error);
    const QStringList positional = parser.positionalArguments();
    static const QStringList actions = { QStringLiteral("add"), QStringLiteral("reply"),
        QStringLiteral("list"), QStringLiteral("averages") };
    if (positional.size() != 1 || !actions.contains(positional.first()))
        return usageError(
            QCoreApplication::translate("Cli", "review needs one of add, reply, list or averages"));
    const QString action = positional.first();
    core::branches::BranchService branches(*context.db);
    core::reviews::ReviewService reviews(*context.db);
    const auto codeOf = [&branches](qint64 id) {
        auto b = branches.find(id);
        return b ? b->code : QString();
    };

    if (action == QLatin1String("add")) {
        for (const char *flag : { "branch", "receipt", "phone", "rating" }) {
            if (!parser.isSet(QLatin1String(flag)))
                return usageError(QCoreApplication::translate(
                    "Cli", "review add needs --branch, --receipt, --phone and --rating"));
        }
        auto branch = branches.resolve(parser.value(QStringLiteral("branch")));
        if (!branch)
            return fail(branch.error());
        core::reviews::ReviewRequest request;
        if (!intOption(parser, QStringLiteral("rating"), &request.rating, &error))
            return usageError(error);
        request.branchId = branch->id;
        request.receiptNo = parser.value(QStringLiteral("receipt"));
        request.phone = parser.value(QStringLiteral("phone"));
        request.text = parser.value(QStringLiteral("text"));
        auto review = reviews.add(context.actor, request);
        if (!review)
            return fail(review.error());
        return printJson(reviewJson(*review, branch->code));
    }
    if (action == QLatin1String("reply")) {
        if (!parser.isSet(QStringLiteral("id")) || !parser.isSet(QStringLiteral("text")))
            return usageError(
                QCoreApplication::translate("Cli", "review reply needs --id and --text"));
        qint64 id = 0;
        if (!positiveInt(parser, QStringLiteral("id"), &id, &error))
            return usageError(error);
        auto review = reviews.reply(context.actor, id, parser.value(QStringLiteral("text")));
        if (!review)
            return fail(review.error());
        return printJson(reviewJson(*review, codeOf(review->branchId)));
    }
    if (action == QLatin1String("list")) {
        core::reviews::ReviewFilter filter;
        if (!intOption(parser, QStringLiteral("min-rating"), &filter.minRating, &error)
            || !intOption(parser, QStringLiteral("max-rating"), &filter.maxRating, &error))
            return usageError(error);
        if (parser.isSet(QStringLiteral("branch"))) {
            auto branch = branches.resolve(parser.value(QStringLiteral("branch")));
            if (!branch)
                return fail(branch.error());
            filter.branchIds = { branch->id };
        }
        auto found = reviews.list(context.actor, filter);
        if (!found)
            return fail(found.error());
        QJsonArray rows;
        for (const auto &r : *found)
            rows.append(reviewJson(r, codeOf(r.branchId)));
        return printJson({ { QStringLiteral("reviews"), rows } });
    }
    auto averages = reviews.averages(context.actor);
    if (!averages)
        return fail(averages.error());
    QJsonArray rows;
    for (const auto &a : *averages) {
        // Two decimals, rounded half up in integers: display only, never stored.
        const qint64 hundredths
            = a.reviews == 0 ? 0 : (a.ratingSum * 200 + a.reviews) / (2 * a.reviews);
        rows.append(QJsonObject { { QStringLiteral("branch"), a.branchCode },
            { QStringLiteral("reviews"), a.reviews },
            { QStringLiteral("average"),
                a.reviews == 0 ? QJsonValue()
                               : QJsonValue(QString::number(hundredths / 100) + QLatin1Char('.')
                                   + QString::number(hundredths % 100)
                                         .rightJustified(2, QLatin1Char('0'))) } });
    }
    return printJson({ { QStringLiteral("branches"), rows } });
}

} // namespace cli
