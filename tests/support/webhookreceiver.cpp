#include "tests/support/webhookreceiver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace testsupport {

WebhookReceiver::WebhookReceiver()
{
    QVERIFY(m_server.listen(QHostAddress::LocalHost));
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *s = m_server.nextPendingConnection()) {
            connect(s, &QTcpSocket::readyRead, this, [this, s] { read(s); });
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    });
}

void WebhookReceiver::read(QTcpSocket *s)
{
    QByteArray &buf = m_buffers[s];
    buf += s->readAll();
    const int end = buf.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    int length = 0;
    for (const QByteArray &line : buf.left(end).split('\n'))
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toInt();
    if (buf.size() < end + 4 + length)
        return;
    const QByteArray body = buf.mid(end + 4, length);
    m_buffers.remove(s);
    const Answer answer = requests < script.size() ? script.at(requests) : Answer::Ok;
    ++requests;
    const QJsonArray items
        = QJsonDocument::fromJson(body).object().value(QStringLiteral("deliveries")).toArray();
    for (const auto &item : items) {
        const QString key = item.toObject().value(QStringLiteral("idempotency_key")).toString();
        ++seen[key];
        if (answer == Answer::Ok && accepted.contains(key)) // dedupe by key
            duplicates.insert(key);
        else if (answer == Answer::Ok)
            accepted.insert(key, 1);
    }
    if (answer == Answer::Silent)
        return;
    const QByteArray status = answer == Answer::Ok ? "200 OK" : "500 Internal Server Error";
    s->write("HTTP/1.1 " + status + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    s->disconnectFromHost();
}

} // namespace testsupport
