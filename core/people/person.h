#pragma once

#include <QDate>
#include <QString>
#include <QVector>

namespace core::people {

// One identity per phone number, chain-wide. A guest until the first qualifying stored-value
// top-up makes them a member (memberSince).
struct Person
{
    qint64 id = 0;
    QString phone; // E.164
    QString memberCode;
    QString name;
    QString gender; // "", "female", "male", "other"
    QDate birthday;
    QString email;
    qint64 homeBranchId = 0; // the branch they joined at
    qint64 joinedAt = 0;
    qint64 memberSince = 0; // 0: a guest
    qint64 tierId = 0;
    QString tags;
    QString notes;

    bool isMember() const { return memberSince != 0; }
};

enum class Channel { Sms, Email, Webhook };

struct Consent
{
    Channel channel = Channel::Sms;
    bool granted = false;
    qint64 changedAt = 0;
    QString source; // "counter", "import", "demo", a form name...
};

QString channelName(Channel channel);        // "sms", "email", "webhook": as stored
QString channelDisplayName(Channel channel); // translated: "SMS", "E-mail", "Webhook"
QVector<Channel> allChannels();

} // namespace core::people
