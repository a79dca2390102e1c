#include "ui/retention/retentionrunner.h"

#include "core/retention/retentionengine.h"
#include "core/storage/database.h"


namespace ui::retention {

RetentionRunner::RetentionRunner(QString databasePath, core::auth::Actor actor, QObject *parent)
    : QObject(parent), m_path(std::move(databasePath)), m_actor(std::move(actor))
{
}

void RetentionRunner::cancel()
{
    m_workers.cancel(); // whatever the cancelled run still reports is dropped
    m_running = false;
}

void RetentionRunner::start(const core::retention::RetentionQuery &query)
{
    m_running = true;
    m_workers.start([this, query, path = m_path, actor = m_actor](const WorkerThreads::Job &job) {
        const auto fail = [this, &job](const QString &message) {
            m_workers.deliver(job, [this, message] {
                m_running = false;
                emit failed(message);
            });
        };
        core::storage::OpenOptions options;
        options.mode = core::storage::OpenOptions::Mode::OpenExisting;
        auto db = core::storage::Database::open(path, options);
        if (!db) {
            fail(db.error().message());
            return;
        }
        auto result = core::retention::RetentionEngine(**db).run(actor, query, [this, &job](int permille) {
            m_workers.deliver(job, [this, permille] { emit progressed(permille); });
            return !job.isCancelled();
        });
        if (job.isCancelled())
            return;
        if (!result) {
            fail(result.error().message());
            return;
        }
        m_workers.deliver(job, [this, value = std::move(*result)] {
            m_running = false;
            emit finished(value);
        });
    });
}

} // namespace ui::retention
