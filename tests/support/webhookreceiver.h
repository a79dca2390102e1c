#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QVector>

namespace testsupport {

// A webhook receiver: answers requests by script (200, 500, or no answer at all), and keeps
// every idempotency key it accepted (answered 2xx) and every key it saw.
class WebhookReceiver : public QObject
{
public:
    enum class Answer { Ok, Error, Silent };
    QVector<Answer> script; // per request, in order; Ok after it runs out
    QHash<QString, int> accepted;
    QHash<QString, int> seen;
    QSet<QString> duplicates; // keys sent again after they were accepted (refused by key)
    int requests = 0;

    WebhookReceiver();
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(m_server.serverPort()));
    }

private:
    void read(QTcpSocket *s);

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace testsupport
