#pragma once

#include "core/broadcasts/channel.h"
#include "core/common/result.h"

#include <QVector>

#include <atomic>
#include <memory>

namespace core::storage {
class Database;
}

namespace core::broadcasts {

struct DelivererOptions
{
    qint64 broadcastId = 0; // 0: every due broadcast
    QString channel; // not empty: only broadcasts of this channel (channelName())
    int batchSize = 500;
    int maxAttempts = 5; // then failed for good
    qint64 backoffSeconds = 60; // a failure waits backoff * 2^(attempts-1)
};

struct DeliveryReport
{
    qint64 sent = 0;
    qint64 failedAttempts = 0; // deliveries that failed once (retried later unless given up)
    qint64 gaveUp = 0; // failed for good
    qint64 waiting = 0; // deferred or waiting for a retry, not yet due
    qint64 recovered = 0; // left in `sending` by an earlier worker, sent again
    bool cancelled = false;
};

// Delivers due broadcast recipients through a Channel on a connection of its own, so it can run
// on a worker thread (construct and run it there). Each round claims a batch of due rows
// (pending, or deferred/failed whose next_attempt_at has come, of broadcasts whose scheduled
// time has come) by marking them `sending` in one transaction, sends them, then marks each sent,
// or failed with attempts + 1 and an exponential backoff. Rows a crashed worker left in
// `sending` are claimed again when a worker starts: the receiver sees those keys again and
// dedupes them by idempotency key (at-least-once delivery, exactly-once acceptance by key).
// Only one deliverer should run on a chain file at a time.
class Deliverer
{
public:
    // `db` is only used to open the deliverer's own connection (on the calling thread).
    Deliverer(const storage::Database &db, Channel &channel, DelivererOptions options = {});
    ~Deliverer();

    // Until nothing is due or cancel() is called.
    Result<DeliveryReport> run();

    // Whether run() with these options would find anything to deliver now (recipients due, or
    // left `sending` by a worker that stopped): a read, cheap enough to ask every minute.
    static Result<bool> hasDue(storage::Database &db, const DelivererOptions &options);
    void cancel() { m_cancelled = true; }

    // The steps of run(), public for tests that stop a worker half-way.
    Status open();
    Result<qint64> recover();
    Result<QVector<QPair<qint64, Delivery>>> claimBatch();
    Status record(const QVector<QPair<qint64, Delivery>> &batch, const QVector<Outcome> &outcomes,
        DeliveryReport &report);

private:
    const storage::Database &m_source;
    Channel &m_channel;
    DelivererOptions m_options;
    std::unique_ptr<storage::Database> m_db;
    int m_decimals = -1; // the chain's, read once
    std::atomic<bool> m_cancelled { false };
};

} // namespace core::broadcasts
