#pragma once

#include "core/auth/actor.h"
#include "core/broadcasts/broadcastservice.h"
#include "core/broadcasts/deliverer.h"
#include "ui/shell/workerthreads.h"

#include <QMutex>
#include <QObject>
#include <QUrl>

namespace ui::broadcasts {

// Where a delivery goes: the SMS upload file to write, or the webhook to POST to.
struct DeliveryTarget
{
    core::broadcasts::ChannelKind kind = core::broadcasts::ChannelKind::SmsFile;
    QString filePath;
    QUrl url;
};

// The broadcast work that can take long on a big chain, each on a worker thread with its own
// connection: estimating a draft's audience (a new estimate supersedes the one before), and
// sending (create, then deliver through the Deliverer; one at a time, cancellable: what was
// not sent stays queued and is delivered by the next run).
class BroadcastRunner final : public QObject
{
    Q_OBJECT
public:
    BroadcastRunner(QString databasePath, core::auth::Actor actor, QObject *parent = nullptr);
    ~BroadcastRunner() override;

    void estimate(const core::broadcasts::Draft &draft);
    // Drops the running estimate: the draft it counts has changed.
    void cancelEstimate() { m_estimates.cancel(); }
    // Creates the broadcast and delivers what is due of it now (nothing when it is scheduled
    // later: `target` is not used then).
    void send(const core::broadcasts::Draft &draft, const DeliveryTarget &target);
    // Delivers what is due of an existing broadcast (deferred, scheduled, interrupted).
    void deliver(qint64 broadcastId, const DeliveryTarget &target);
    // Delivers everything due of every webhook broadcast to `webhook` (the background sender:
    // scheduled and deferred broadcasts whose time has come). Reports through dueDelivered.
    void deliverDue(const QUrl &webhook);
    // Stops the delivery after the batch in hand.
    void stopDelivery();
    bool isSending() const { return m_sending; }

signals:
    void estimated(const core::broadcasts::CreateResult &counts);
    void estimateFailed(const QString &message);
    void created(const core::broadcasts::CreateResult &result);
    void delivered(qint64 broadcastId, const core::broadcasts::DeliveryReport &report);
    void sendFailed(const QString &message);
    void dueDelivered(const core::broadcasts::DeliveryReport &report);

private:
    void run(
        const core::broadcasts::Draft &draft, qint64 broadcastId, const DeliveryTarget &target);
    // Runs a Deliverer on the calling worker, stoppable through stopDelivery().
    core::Result<core::broadcasts::DeliveryReport> runDeliverer(core::storage::Database &db,
        const DeliveryTarget &target, const core::broadcasts::DelivererOptions &options,
        const WorkerThreads::Job &job);

    QString m_path;
    core::auth::Actor m_actor;
    bool m_sending = false;
    QMutex m_lock; // guards m_deliverer, which the worker owns
    core::broadcasts::Deliverer *m_deliverer = nullptr;
    // Last: their destructors wait for the workers, before the members above go.
    WorkerThreads m_estimates { this };
    WorkerThreads m_sends { this };
};

} // namespace ui::broadcasts
