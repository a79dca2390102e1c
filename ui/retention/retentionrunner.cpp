#include "ui/retention/retentionrunner.h"

#include "core/retention/retentionengine.h"
#include "core/storage/database.h"

#include <QThread>

namespace ui::retention {

RetentionRunner::RetentionRunner(QString databasePath, core::auth::Actor actor, QObject *parent)
    : QObject(parent), m_path(std::move(databasePath)), m_actor(std::move(actor))
{
}

RetentionRunner::~RetentionRunner()
{
    cancel();
    for (const QPointer<QThread> &thread : std::as_const(m_threads)) {
        if (thread) {
            thread->wait();
            delete thread;
        }
    }
}

void RetentionRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
    ++m_generation; // whatever the cancelled run still reports is ignored
    m_running = false;
}

void RetentionRunner::deliver(int generation, const std::function<void()> &emitter)
{
    QMetaObject::invokeMethod(
        this,
        [this, generation, emitter] {
            if (generation == m_generation)
                emitter();
        },
        Qt::QueuedConnection);
}

void RetentionRunner::start(const core::retention::RetentionQuery &query)
{
    cancel();
    const int generation = m_generation;
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancelled;
    m_running = true;

    QThread *thread = QThread::create([this, generation, cancelled, query,
                                       path = m_path, actor = m_actor] {
        core::storage::OpenOptions options;
        options.mode = core::storage::OpenOptions::Mode::OpenExisting;
        auto db = core::storage::Database::open(path, options);
        if (!db) {
            deliver(generation, [this, message = db.error().message()] {
                m_running = false;
                emit failed(message);
            });
            return;
        }
        auto result = core::retention::RetentionEngine(**db).run(
            actor, query, [this, generation, cancelled](int permille) {
                deliver(generation, [this, permille] { emit progressed(permille); });
                return !cancelled->load();
            });
        if (cancelled->load())
            return;
        if (!result) {
            deliver(generation, [this, message = result.error().message()] {
                m_running = false;
                emit failed(message);
            });
            return;
        }
        deliver(generation, [this, value = std::move(*result)] {
            m_running = false;
            emit finished(value);
        });
    });
    m_threads.removeAll(nullptr);
    m_threads.append(thread);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace ui::retention
