#include "ui/shell/workerthreads.h"

#include <QEventLoop>
#include <QThread>

namespace ui {

WorkerThreads::WorkerThreads(QObject *owner)
    : m_owner(owner)
{
}

WorkerThreads::~WorkerThreads()
{
    cancel();
    for (const QPointer<QThread> &thread : std::as_const(m_threads)) {
        if (thread) {
            thread->wait();
            delete thread;
        }
    }
}

void WorkerThreads::start(std::function<void(const Job &job)> work)
{
    cancel();
    Job job { m_generation, std::make_shared<std::atomic<bool>>(false) };
    m_flag = job.cancelled;
    QThread *thread = QThread::create([work = std::move(work), job] { work(job); });
    m_threads.removeAll(nullptr);
    m_threads.append(thread);
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void WorkerThreads::stop()
{
    if (m_flag)
        m_flag->store(true);
}

void WorkerThreads::cancel()
{
    stop();
    m_flag.reset();
    ++m_generation;
}

void WorkerThreads::deliver(const Job &job, std::function<void()> emitter)
{
    QMetaObject::invokeMethod(
        m_owner,
        [this, generation = job.generation, emitter = std::move(emitter)] {
            if (generation == m_generation)
                emitter();
        },
        Qt::QueuedConnection);
}

void runOffUiThread(const std::function<void()> &work)
{
    QEventLoop loop;
    QThread *thread = QThread::create(work);
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
}

} // namespace ui
