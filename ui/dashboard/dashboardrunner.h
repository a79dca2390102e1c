#pragma once

#include "core/auth/actor.h"
#include "core/dashboard/dashboard.h"
#include "ui/shell/workerthreads.h"

#include <QObject>

namespace ui::dashboard {

// Computes the dashboard on a worker thread with its own connection to the chain. A new
// start() supersedes the running one; nothing is reported for a superseded run.
class DashboardRunner final : public QObject
{
    Q_OBJECT
public:
    DashboardRunner(QString databasePath, core::auth::Actor actor, QObject *parent = nullptr);

    void start(const core::dashboard::Query &query);
    bool isRunning() const { return m_running; }

signals:
    void finished(const core::dashboard::Report &report);
    void failed(const QString &message);

private:
    QString m_path;
    core::auth::Actor m_actor;
    bool m_running = false;
    WorkerThreads m_workers { this }; // last: its destructor waits for the workers
};

} // namespace ui::dashboard
