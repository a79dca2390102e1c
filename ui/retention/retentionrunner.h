#pragma once

#include "core/auth/actor.h"
#include "core/retention/retentionresult.h"
#include "ui/shell/workerthreads.h"

#include <QObject>

namespace ui::retention {

// Runs the retention engine on a worker thread with its own connection to the chain, so the
// window stays responsive over millions of visits. A new start() supersedes the running one;
// cancel() stops it and nothing is reported for it.
class RetentionRunner final : public QObject
{
    Q_OBJECT
public:
    RetentionRunner(QString databasePath, core::auth::Actor actor, QObject *parent = nullptr);

    void start(const core::retention::RetentionQuery &query);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progressed(int permille);
    void finished(const core::retention::RetentionResult &result);
    void failed(const QString &message);

private:
    QString m_path;
    core::auth::Actor m_actor;
    bool m_running = false;
    WorkerThreads m_workers { this }; // last: its destructor waits for the workers
};

} // namespace ui::retention
