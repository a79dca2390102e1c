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
        { "demo", "demo --branches N --members N --visits N [--seed S]", true, runDemo },
        { "stats", "stats", true, runStats },
        { "check", "check", true, runCheck },
        { "backup", "backup FILE", true, runBackup },
        { "wallet",
          "wallet topup|spend|refund --phone P --branch CODE --amount 12.34 [--bonus 1.00] [--ref KEY]\n"
          "  wallet balance --phone P",
          true, runWallet },
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
