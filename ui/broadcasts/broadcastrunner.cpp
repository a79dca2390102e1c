#include "ui/broadcasts/broadcastrunner.h"

#include "core/broadcasts/channel.h"
#include "core/common/clock.h"
#include "core/storage/database.h"

#include <QMutexLocker>

#include <memory>

namespace ui::broadcasts {

namespace bc = core::broadcasts;

namespace {

core::Result<std::unique_ptr<core::storage::Database>> openChain(const QString &path)
{
    core::storage::OpenOptions options;
    options.mode = core::storage::OpenOptions::Mode::OpenExisting;
    return core::storage::Database::open(path, options);
}

} // namespace

BroadcastRunner::BroadcastRunner(QString databasePath, core::auth::Actor actor, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_actor(std::move(actor))
{
}

BroadcastRunner::~BroadcastRunner()
{
    stopDelivery(); // a webhook delivery would otherwise run to its end before the window goes
}

void BroadcastRunner::estimate(const bc::Draft &draft)
{
    m_estimates.start([this, draft, path = m_path, actor = m_actor](const WorkerThreads::Job &job) {
        auto db = openChain(path);
        if (!db) {
            m_estimates.deliver(job, [this, m = db.error().message()] { emit estimateFailed(m); });
            return;
        }
        auto counts = bc::BroadcastService(**db).estimate(actor, draft);
        if (!counts) {
            m_estimates.deliver(
                job, [this, m = counts.error().message()] { emit estimateFailed(m); });
            return;
        }
        m_estimates.deliver(job, [this, value = *counts] { emit estimated(value); });
    });
}

void BroadcastRunner::send(const bc::Draft &draft, const DeliveryTarget &target)
{
    run(draft, 0, target);
}

void BroadcastRunner::deliver(qint64 broadcastId, const DeliveryTarget &target)
{
    run({}, broadcastId, target);
}

void BroadcastRunner::stopDelivery()
{
    m_sends.stop();
    QMutexLocker lock(&m_lock);
    if (m_deliverer)
        m_deliverer->cancel();
}

// broadcastId 0: create the broadcast of `draft` first.
void BroadcastRunner::run(const bc::Draft &draft, qint64 broadcastId, const DeliveryTarget &target)
{
    m_sending = true;
    m_sends.start([this, draft, broadcastId, target, path = m_path, actor = m_actor](
                      const WorkerThreads::Job &job) {
        const auto fail = [this, &job](const QString &message) {
            m_sends.deliver(job, [this, message] {
                m_sending = false;
                emit sendFailed(message);
            });
        };
        auto db = openChain(path);
        if (!db) {
            fail(db.error().message());
            return;
        }
        qint64 id = broadcastId;
        if (id == 0) {
            auto made = bc::BroadcastService(**db).create(actor, draft);
            if (!made) {
                fail(made.error().message());
                return;
            }
            id = made->id;
            m_sends.deliver(job, [this, value = *made] { emit created(value); });
            if (draft.scheduledAt > core::clock::now()) { // nothing is due: delivered later
                bc::DeliveryReport report;
                report.waiting = made->recipients;
                m_sends.deliver(job, [this, id, report] {
                    m_sending = false;
                    emit delivered(id, report);
                });
                return;
            }
        }
        bc::DelivererOptions options;
        options.broadcastId = id;
        auto report = runDeliverer(**db, target, options, job);
        if (!report) {
            fail(report.error().message());
            return;
        }
        m_sends.deliver(job, [this, id, value = *report] {
            m_sending = false;
            emit delivered(id, value);
        });
    });
}

void BroadcastRunner::deliverDue(const QUrl &webhook)
{
    m_sending = true;
    m_sends.start([this, webhook, path = m_path](const WorkerThreads::Job &job) {
        auto db = openChain(path);
        core::Result<bc::DeliveryReport> report = bc::DeliveryReport();
        if (!db) {
            report = db.error();
        } else {
            DeliveryTarget target;
            target.kind = bc::ChannelKind::Webhook;
            target.url = webhook;
            bc::DelivererOptions options;
            options.channel = bc::channelName(bc::ChannelKind::Webhook);
            report = runDeliverer(**db, target, options, job);
        }
        m_sends.deliver(job, [this, report] {
            m_sending = false;
            if (report)
                emit dueDelivered(*report);
            else
                emit sendFailed(report.error().message());
        });
    });
}

core::Result<bc::DeliveryReport> BroadcastRunner::runDeliverer(core::storage::Database &db,
    const DeliveryTarget &target, const bc::DelivererOptions &options,
    const WorkerThreads::Job &job)
{
    std::unique_ptr<bc::Channel> channel;
    if (target.kind == bc::ChannelKind::Webhook)
        channel = std::make_unique<bc::WebhookChannel>(target.url);
    else
        channel = std::make_unique<bc::SmsFileChannel>(target.filePath);
    bc::Deliverer deliverer(db, *channel, options);
    {
        QMutexLocker lock(&m_lock);
        m_deliverer = &deliverer;
        if (job.isCancelled())
            deliverer.cancel();
    }
    auto report = deliverer.run();
    QMutexLocker lock(&m_lock);
    m_deliverer = nullptr;
    return report;
}

} // namespace ui::broadcasts
