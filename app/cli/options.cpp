#include "app/cli/options.h"

#include <QCoreApplication>

namespace cli {

bool parseOptions(QCommandLineParser &parser, const QStringList &args, QString *error)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList full = args;
    full.prepend(QStringLiteral("chaincard-cli"));
    if (!parser.parse(full)) {
        *error = parser.errorText();
        return false;
    }
    return true;
}

QCommandLineOption valueOption(const QString &name, const QString &description,
                               const QString &defaultValue)
{
    QCommandLineOption option(name, description, name);
    if (!defaultValue.isEmpty())
        option.setDefaultValue(defaultValue);
    return option;
}

bool positiveInt(const QCommandLineParser &parser, const QString &name, qint64 *out,
                 QString *error)
{
    bool ok = false;
    const qint64 v = parser.value(name).toLongLong(&ok);
    if (!ok || v < 0) {
        *error = QCoreApplication::translate("Cli", "--%1 needs a whole number of 0 or more, not \"%2\".")
                     .arg(name, parser.value(name));
        return false;
    }
    *out = v;
    return true;
}

} // namespace cli
