#include "app/cli/command.h"

#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace cli {

const QVector<Command> &commands()
{
    static const QVector<Command> all = {
        { "init",
          "init [--chain-name N] [--currency CNY] [--region CN] [--timezone Asia/Shanghai] "
          "[--owner NAME]",
          false, runInit },
        { "demo", "demo --branches N --members N --visits N [--seed S] [--end YYYY-MM-DD]", true,
          runDemo },
        { "stats", "stats", true, runStats },
        { "check", "check [--quick]", true, runCheck },
        { "backup", "backup FILE [--overwrite]", true, runBackup },
        { "wallet",
          "wallet topup|spend|refund --phone P --branch CODE --amount 12.34 [--bonus 1.00] [--ref KEY]\n"
          "    (a top-up without --bonus gets the chain's bonus rules)\n"
          "  wallet balance --phone P\n"
          "  wallet settlement --from YYYY-MM-DD --to YYYY-MM-DD [--branch CODE]\n"
          "    (principal topped up at one branch and spent at another, first in first out)",
          true, runWallet },
        { "counter",
          "counter find --text PHONE|LAST4|MEMBERCODE\n"
          "  counter pay --phone P --branch CODE --amount 88.00 [--tender wallet|cash|card]"
          " [--coupon-claim CODE] [--receipt R]\n"
          "  counter topup --phone P --branch CODE --amount 1000.00 [--bonus 100.00] [--ref KEY]\n"
          "  counter void --branch CODE --receipt R --reason TEXT\n"
          "  counter refund-topup --entry ID --reason TEXT\n"
          "  counter rules [--bonus-rules \"500.00:30.00;1000.00:100.00\"]"
          " [--spend-order bonus_first|principal_first|proportional] [--topup-refund-bonus forfeit|keep]",
          true, runCounter },
        { "retention",
          "retention [--from YYYY-MM] [--to YYYY-MM] [--branch CODE]... [--months K] "
          "[--format json|csv] [--by-branch] [--rebuild]",
          true, runRetention },
        { "visit",
          "visit add --branch CODE --receipt R --amount 88.00 [--phone P]\n"
          "  visit refund --branch CODE --receipt R --amount 10.00 --reason TEXT [--refund-receipt R2]\n"
          "  visit void --branch CODE --receipt R --reason TEXT",
          true, runVisit },
        { "coupon",
          "coupon create --code C --name N --kind amount|percent|item --value V [--min-spend M] "
          "[--valid-from D] [--valid-to D] [--valid-days N] [--branches B01,B02] [--per-person N] "
          "[--total N]\n"
          "  coupon claim --coupon CODE --phone P [--branch CODE] [--channel NAME]\n"
          "  coupon redeem --claim CODE --branch CODE --receipt R [--amount BILL]\n"
          "  coupon retire --coupon CODE\n"
          "  coupon issue --coupon CODE [--branches B01,B02] [--segment everyone|members|guests]"
          " [--channel NAME]\n"
          "  coupon stats [--coupon CODE]",
          true, runCoupon },
        { "review",
          "review add --receipt R --branch CODE --phone P --rating 1-5 [--text T]\n"
          "  review reply --id N --text T\n"
          "  review list [--branch CODE] [--min-rating N] [--max-rating N]\n"
          "  review averages",
          true, runReview },
        { "import",
          "import KIND FILE [--encoding auto|utf-8|gb18030|utf-16] [--delimiter auto|,|;|tab]\n"
          "  [--map FIELD=HEADER]... [--date-format F] [--dry-run] [--skip-bad] [--errors REPORT.csv]\n"
          "  KIND: branches, members, visits, wallet, coupons, coupon_claims, redemptions, reviews",
          true, runImport },
        { "export", "export KIND FILE [--branch CODE]... [--excel]", true, runExport },
        { "broadcast",
          "broadcast create --title T --body B --channel webhook|sms-file [--branches all|B01,B02]\n"
          "  [--segment members|guests|coupon-only] [--lapsed-days N] [--recent-days N]\n"
          "  [--near CODE --radius-km R] [--coupon CODE]\n"
          "  [--at \"2026-12-05 10:00\"] [--dry-run]\n"
          "  broadcast send ID [--webhook-url URL | --out FILE]\n"
          "  broadcast status ID",
          true, runBroadcast },
    };
    return all;
}

int printJson(const QJsonObject &object)
{
    const QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Indented);
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    std::fflush(stdout);
    return 0;
}

int fail(const core::Error &error)
{
    QTextStream err(stderr);
    QString message = error.message();
    message.replace(QLatin1Char('\n'), QLatin1Char(' '));
    err << "chaincard-cli: " << message << Qt::endl;
    switch (error.code()) {
    case core::Error::Code::InvalidInput: return 2;
    case core::Error::Code::PermissionDenied: return 3;
    case core::Error::Code::NotFound:
    case core::Error::Code::Conflict: return 4;
    default: return 5;
    }
}

int usageError(const QString &message)
{
    QTextStream err(stderr);
    err << "chaincard-cli: " << message << Qt::endl;
    return 2;
}

} // namespace cli
