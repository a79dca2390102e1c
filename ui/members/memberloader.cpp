#include "ui/members/memberloader.h"

#include "core/people/memberdirectory.h"
#include "core/storage/database.h"

namespace ui::members {

namespace {

// A connection of the worker's own; the error's message when it cannot be opened.
core::Result<std::unique_ptr<core::storage::Database>> openChain(const QString &path)
{
    core::storage::OpenOptions options;
    options.mode = core::storage::OpenOptions::Mode::OpenExisting;
    return core::storage::Database::open(path, options);
}

} // namespace

MemberLoader::MemberLoader(QString databasePath, core::auth::Actor actor, QString region,
                           QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_actor(std::move(actor))
    , m_region(std::move(region))
{
}

void MemberLoader::cancel()
{
    m_pages.cancel();
    m_counts.cancel();
    m_people.cancel();
}

void MemberLoader::loadPerson(qint64 personId)
{
    m_people.start([this, personId, path = m_path, actor = m_actor,
                    region = m_region](const WorkerThreads::Job &job) {
        auto db = openChain(path);
        if (!db)
            return; // the row stays as it was
        core::people::MemberFilter one;
        one.personId = personId;
        auto page = core::people::MemberDirectory(**db, region).page(actor, one, {}, 1);
        if (job.isCancelled() || !page || page->rows.isEmpty())
            return;
        m_people.deliver(job, [this, row = page->rows.constFirst()] { emit personLoaded(row); });
    });
}

void MemberLoader::loadPage(const core::people::MemberFilter &filter,
                            const core::people::MemberCursor &after, int limit)
{
    m_pages.start([this, filter, after, limit, path = m_path, actor = m_actor,
                   region = m_region](const WorkerThreads::Job &job) {
        auto db = openChain(path);
        if (!db) {
            m_pages.deliver(job, [this, message = db.error().message()] { emit pageFailed(message); });
            return;
        }
        auto page = core::people::MemberDirectory(**db, region)
                        .page(actor, filter, after, limit, [&job] { return job.isCancelled(); });
        if (job.isCancelled())
            return;
        if (!page) {
            m_pages.deliver(job, [this, message = page.error().message()] { emit pageFailed(message); });
            return;
        }
        m_pages.deliver(job, [this, value = std::move(*page)] { emit pageLoaded(value); });
    });
}

void MemberLoader::loadCount(const core::people::MemberFilter &filter)
{
    m_counts.start([this, filter, path = m_path, actor = m_actor,
                    region = m_region](const WorkerThreads::Job &job) {
        auto db = openChain(path);
        if (!db) {
            m_counts.deliver(job, [this, message = db.error().message()] { emit countFailed(message); });
            return;
        }
        auto count = core::people::MemberDirectory(**db, region)
                         .count(actor, filter, core::people::MemberDirectory::DefaultCountCap,
                                [&job] { return job.isCancelled(); });
        if (job.isCancelled())
            return;
        if (!count) {
            m_counts.deliver(job, [this, message = count.error().message()] { emit countFailed(message); });
            return;
        }
        m_counts.deliver(job, [this, value = *count] { emit countLoaded(value); });
    });
}

} // namespace ui::members
