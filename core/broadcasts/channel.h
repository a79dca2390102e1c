#pragma once

#include "core/common/result.h"

#include <QFile>
#include <QString>
#include <QUrl>
#include <QVector>

#include <memory>

class QNetworkAccessManager;

namespace core::csv {
class CsvWriter;
}

namespace core::broadcasts {

// One message to one person. The idempotency key is unique per broadcast and person and is
// carried to the receiver, which accepts a key once: delivery is at-least-once (a batch whose
// answer was lost, or one claimed by a worker that crashed, is sent again), acceptance is
// exactly-once by key.
struct Delivery
{
    QString idempotencyKey;
    QString phone;
    QString message;
    qint64 broadcastId = 0;
    qint64 personId = 0;
};

struct Outcome
{
    bool delivered = false;
    QString error; // why not, when not
};

// Where deliveries go. More channels may follow (email, WeChat): each takes a batch and says,
// per delivery, whether it was handed over.
class Channel
{
public:
    virtual ~Channel();
    virtual QVector<Outcome> send(const QVector<Delivery> &batch) = 0;
    // Called once when the deliverer is done (a file channel flushes and closes its file).
    virtual Status finish();
};

// The SMS provider's upload file: CSV with the columns phone, message (UTF-8, a header line).
class SmsFileChannel : public Channel
{
public:
    explicit SmsFileChannel(const QString &path);
    ~SmsFileChannel() override;
    QVector<Outcome> send(const QVector<Delivery> &batch) override;
    Status finish() override;

private:
    Status open();

    QString m_path;
    QFile m_file;
    std::unique_ptr<csv::CsvWriter> m_writer;
};

// HTTP POST of the batch as JSON to a URL:
//   {"deliveries": [{"idempotency_key", "phone", "message", "broadcast_id", "person_id"}, ...]}
// Any 2xx answer within the timeout means the whole batch was delivered; anything else (an
// error status, no answer, a refused connection) fails the whole batch, to be sent again. Runs
// a local event loop on the calling thread.
class WebhookChannel : public Channel
{
public:
    explicit WebhookChannel(const QUrl &url, int timeoutMs = 10000);
    ~WebhookChannel() override;
    QVector<Outcome> send(const QVector<Delivery> &batch) override;

private:
    QUrl m_url;
    int m_timeoutMs;
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

} // namespace core::broadcasts
