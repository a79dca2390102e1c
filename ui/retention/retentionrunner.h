#pragma once

#include "core/auth/actor.h"
#include "core/retention/retentionresult.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QThread;

namespace ui::retention {

// Runs the retention engine on a worker thread with its own connection to the chain, so the
// window stays responsive over millions of visits. A new start() supersedes the running one;
// cancel() stops it and nothing is reported for it.
class RetentionRunner final : public QObject
{
    Q_OBJECT
public:
    RetentionRunner(QString databasePath, core::auth::Actor actor, QObject *parent = nullptr);
    ~RetentionRunner() override;

    void start(const core::retention::RetentionQuery &query);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progressed(int permille);
    void finished(const core::retention::RetentionResult &result);
    void failed(const QString &message);

private:
    void deliver(int generation, const std::function<void()> &emitter);

    QString m_path;
    core::auth::Actor m_actor;
    int m_generation = 0;
    bool m_running = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QList<QPointer<QThread>> m_threads;
};

} // namespace ui::retention
