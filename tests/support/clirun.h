#pragma once

// Running chaincard-cli from a test (ctest sets CHAINCARD_CLI): header-only, like widgettest.h.
// The tests that read its JSON use it (tst_retention and tst_maintenance read its raw output).

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace testsupport {

struct CliRun
{
    int exitCode = -1; // -1: it did not finish within a minute
    QJsonObject json; // stdout, read as one JSON object
    QString err; // stderr, trimmed
};

// Runs `chaincard-cli --db DB ARGS...` and waits for it.
inline CliRun runCli(const QString &db, const QStringList &args)
{
    QProcess p;
    p.start(
        qEnvironmentVariable("CHAINCARD_CLI"), QStringList { QStringLiteral("--db"), db } + args);
    CliRun r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitCode();
    r.json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    r.err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    return r;
}

} // namespace testsupport
