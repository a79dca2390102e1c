#include "core/broadcasts/channel.h"

#include "core/csv/csvwriter.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace core::broadcasts {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Broadcasts)
};

QVector<Outcome> all(int n, bool delivered, const QString &error = {})
{
    return QVector<Outcome>(n, Outcome { delivered, error });
}

} // namespace

Channel::~Channel() = default;

Status Channel::finish()
{
    return {};
}

SmsFileChannel::SmsFileChannel(const QString &path)
    : m_path(path)
    , m_file(path)
{
}

SmsFileChannel::~SmsFileChannel() = default;

Status SmsFileChannel::open()
{
    if (m_writer)
        return {};
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error(Error::Code::Io,
            Tr::tr("Cannot write the SMS file %1: %2").arg(m_path, m_file.errorString()),
            QStringLiteral("out"));
    m_writer = std::make_unique<csv::CsvWriter>(&m_file);
    return m_writer->writeRecord({ QStringLiteral("phone"), QStringLiteral("message") });
}

QVector<Outcome> SmsFileChannel::send(const QVector<Delivery> &batch)
{
    if (auto s = open(); !s)
        return all(batch.size(), false, s.error().message());
    QVector<Outcome> out;
    out.reserve(batch.size());
    for (const Delivery &d : batch) {
        auto s = m_writer->writeRecord({ d.phone, d.message },
            QList<csv::CsvWriter::Cell> {
                csv::CsvWriter::Cell::Verbatim, csv::CsvWriter::Cell::Text });
        out.append(Outcome { s.ok(), s.ok() ? QString() : s.error().message() });
    }
    if (auto s = m_writer->flush(); !s)
        return all(batch.size(), false, s.error().message());
    return out;
}

Status SmsFileChannel::finish()
{
    if (auto s = open(); !s) // an empty broadcast still leaves a file with its header
        return s;
    auto s = m_writer->flush();
    m_writer.reset();
    m_file.close();
    return s;
}

WebhookChannel::WebhookChannel(const QUrl &url, int timeoutMs)
    : m_url(url)
    , m_timeoutMs(timeoutMs)
{
}

WebhookChannel::~WebhookChannel() = default;

QVector<Outcome> WebhookChannel::send(const QVector<Delivery> &batch)
{
    QJsonArray items;
    for (const Delivery &d : batch)
        items.append(QJsonObject { { QStringLiteral("idempotency_key"), d.idempotencyKey },
            { QStringLiteral("phone"), d.phone }, { QStringLiteral("message"), d.message },
            { QStringLiteral("broadcast_id"), d.broadcastId },
            { QStringLiteral("person_id"), d.personId } });
    const QByteArray body = QJsonDocument(
        QJsonObject { { QStringLiteral("deliveries"),
            items } }).toJson(QJsonDocument::Compact);

    // One manager for every batch, made on the thread that sends: it keeps the connection to
    // the receiver open between batches when the receiver allows it.
    if (!m_manager)
        m_manager = std::make_unique<QNetworkAccessManager>();
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = m_manager->post(request, body);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, reply, &QNetworkReply::abort);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(m_timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QString error;
    if (!timer.isActive())
        error = Tr::tr("The webhook did not answer within %1 ms.").arg(m_timeoutMs);
    else if (reply->error() != QNetworkReply::NoError && status == 0)
        error = reply->errorString();
    else if (status < 200 || status > 299)
        error = Tr::tr("The webhook answered HTTP %1.").arg(status);
    delete reply;
    return all(batch.size(), error.isEmpty(), error);
}

} // namespace core::broadcasts
