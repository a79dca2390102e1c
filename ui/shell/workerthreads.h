#pragma once

#include <QList>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

class QObject;
class QThread;

namespace ui {

// The worker threads of an object that runs long core work (retention, imports) off the UI
// thread and reports with signals. Each job has a generation and a cancel flag: a new job
// supersedes the one before, and what a superseded job still reports is dropped. The
// destructor cancels and waits for every thread, so a job never outlives its owner.
class WorkerThreads
{
public:
    struct Job
    {
        int generation = 0;
        std::shared_ptr<std::atomic<bool>> cancelled;
        bool isCancelled() const { return cancelled->load(); }
    };

    explicit WorkerThreads(QObject *owner);
    ~WorkerThreads();
    WorkerThreads(const WorkerThreads &) = delete;
    WorkerThreads &operator=(const WorkerThreads &) = delete;

    // Supersedes the running job (its flag is raised, its reports dropped) and runs `work` on a
    // new thread.
    void start(std::function<void(const Job &job)> work);
    // Raises the running job's flag; its reports still arrive (it may say it stopped).
    void stop();
    // Raises the flag and drops whatever the running job still reports.
    void cancel();
    // Runs `emitter` on the owner's thread, unless `job` has been superseded or cancelled by
    // then. Callable from the worker.
    void deliver(const Job &job, std::function<void()> emitter);

private:
    QObject *m_owner;
    int m_generation = 0;
    std::shared_ptr<std::atomic<bool>> m_flag;
    QList<QPointer<QThread>> m_threads;
};

// Runs `work` on a new thread and returns when it is done, spinning a local event loop meanwhile
// so the window keeps painting (for short jobs behind a busy cursor or a progress dialog:
// sign-in, backup, demo data). `work` opens its own database connection.
void runOffUiThread(const std::function<void()> &work);

} // namespace ui
