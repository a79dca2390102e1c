#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace cli {

// Parses a command's own arguments; on failure `error` holds a one-line reason.
bool parseOptions(QCommandLineParser &parser, const QStringList &args, QString *error);

// An option whose value is required: "--name VALUE".
QCommandLineOption valueOption(const QString &name, const QString &description,
                               const QString &defaultValue = {});

// Reads a positive integer option; false with `error` set when it is not one.
bool positiveInt(const QCommandLineParser &parser, const QString &name, qint64 *out,
                 QString *error);

} // namespace cli
