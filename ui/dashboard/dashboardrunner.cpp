#include "ui/dashboard/dashboardrunner.h"

#include "core/storage/database.h"

namespace ui::dashboard {

DashboardRunner::DashboardRunner(QString databasePath, core::auth::Actor actor, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_actor(std::move(actor))
{
}

void DashboardRunner::start(const core::dashboard::Query &query)
{
    m_running = true;
    m_workers.start([this, query, path = m_path, actor = m_actor](const WorkerThreads::Job &job) {
        core::storage::OpenOptions options;
        options.mode = core::storage::OpenOptions::Mode::OpenExisting;
        auto db = core::storage::Database::open(path, options);
        auto report = db ? core::dashboard::Dashboard(**db).compute(actor, query)
                         : core::Result<core::dashboard::Report>(db.error());
        m_workers.deliver(job, [this, report = std::move(report)] {
            m_running = false;
            if (report)
                emit finished(*report);
            else
                emit failed(report.error().message());
        });
    });
}

} // namespace ui::dashboard
