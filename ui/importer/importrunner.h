#pragma once

#include "core/auth/actor.h"
#include "core/csvio/importer.h"
#include "core/csvio/importreport.h"
#include "ui/shell/workerthreads.h"

#include <QObject>

namespace ui::importer {

// Runs the importer on a worker thread with its own connection to the chain, so the window
// stays responsive over millions of rows. cancel() stops the run at the importer's next
// progress check; the importer then rolls back and nothing is written, and cancelled() says
// so once the worker has let go of the database. A new start() supersedes a running one:
// whatever the old run still reports is ignored.
class ImportRunner final : public QObject
{
    Q_OBJECT
public:
    ImportRunner(QString databasePath, core::auth::Actor actor, QObject *parent = nullptr);

    // Imports `filePath` with `options` (its progress and errorReport are the runner's own).
    // With `errorReportPath`, every rejected row goes to that CSV file, which is written only
    // when some row was rejected.
    void start(const QString &filePath, const core::csvio::ImportOptions &options,
               const QString &errorReportPath = {});
    void cancel();
    bool isRunning() const { return m_running; }

    // Where the error report of an import of `filePath` goes: beside the file when its folder
    // is writable ("members.csv" → "members-import-errors.csv"), otherwise in the app's data
    // folder (QStandardPaths::AppLocalDataLocation, "import-errors").
    static QString errorReportPathFor(const QString &filePath);

signals:
    void progressed(qint64 bytesRead, qint64 bytesTotal);
    // `errorReportPath` is empty when no row was rejected (no report was written).
    void finished(const core::csvio::ImportReport &report, const QString &errorReportPath);
    void failed(const QString &message);
    void cancelled();
    // Something went wrong beside the import itself (the error report could not be saved).
    void warning(const QString &message);

private:
    QString m_path;
    core::auth::Actor m_actor;
    bool m_running = false;
    WorkerThreads m_workers { this }; // last: its destructor cancels and waits for the worker
};

} // namespace ui::importer
