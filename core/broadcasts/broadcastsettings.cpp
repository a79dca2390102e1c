// Broadcasting's settings (quiet hours, whether managers may broadcast, the webhook address)
// and what quiet hours mean at a given local time; declared in broadcastservice.h.
#include "core/broadcasts/broadcastservice.h"

#include "core/storage/database.h"
#include "core/storage/sql.h"
#include "core/storage/writetransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace core::broadcasts {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Broadcasts)
};

const QString keyQuietStart = QStringLiteral("broadcast_quiet_start");
const QString keyQuietEnd = QStringLiteral("broadcast_quiet_end");
const QString keyManagers = QStringLiteral("managers_may_broadcast");
const QString keyWebhook = QStringLiteral("broadcast_webhook_url");

} // namespace

qint64 quietUntil(const QuietHours &quiet, const QDateTime &local)
{
    if (quiet.start == quiet.end)
        return 0;
    const QTime t = local.time();
    const bool wraps = quiet.start > quiet.end; // 21:00-09:00 spans midnight
    const bool inside
        = wraps ? (t >= quiet.start || t < quiet.end) : (t >= quiet.start && t < quiet.end);
    if (!inside)
        return 0;
    QDate day = local.date();
    if (wraps && t >= quiet.start)
        day = day.addDays(1);
    return QDateTime(day, quiet.end, local.timeZone()).toSecsSinceEpoch();
}

Result<BroadcastSettings> BroadcastSettings::load(storage::Database &db)
{
    BroadcastSettings s;
    auto q = storage::prepare(db,
        QStringLiteral("SELECT key, value FROM settings WHERE key IN"
                       " (?, ?, ?, ?)"));
    if (!q)
        return q.error();
    if (auto e = storage::exec(*q, { keyQuietStart, keyQuietEnd, keyManagers, keyWebhook }); !e)
        return e.error();
    while (q->next()) {
        const QString key = q->value(0).toString();
        const QString value = q->value(1).toString();
        if (key == keyQuietStart)
            s.quiet.start = QTime::fromString(value, QStringLiteral("HH:mm"));
        else if (key == keyQuietEnd)
            s.quiet.end = QTime::fromString(value, QStringLiteral("HH:mm"));
        else if (key == keyManagers)
            s.managersMayBroadcast = value == QLatin1String("1");
        else if (key == keyWebhook)
            s.webhookUrl = value;
    }
    if (!s.quiet.start.isValid() || !s.quiet.end.isValid())
        return Error(Error::Code::Corrupt, Tr::tr("The quiet hours setting is not a time."));
    return s;
}

Status BroadcastSettings::save(
    storage::Database &db, const auth::Actor &actor, const BroadcastSettings &settings)
{
    if (auto s = actor.requireOwner(Tr::tr("change the broadcast settings")); !s)
        return s;
    if (!settings.quiet.start.isValid() || !settings.quiet.end.isValid())
        return Error(Error::Code::InvalidInput, Tr::tr("Quiet hours need a start and an end time."),
            QStringLiteral("quiet_hours"));
    storage::WriteTransaction tx(db);
    if (!tx.ok())
        return tx.error();
    const QList<QPair<QString, QString>> values = {
        { keyQuietStart, settings.quiet.start.toString(QStringLiteral("HH:mm")) },
        { keyQuietEnd, settings.quiet.end.toString(QStringLiteral("HH:mm")) },
        { keyManagers, settings.managersMayBroadcast ? QStringLiteral("1") : QStringLiteral("0") },
        { keyWebhook, settings.webhookUrl },
    };
    for (const auto &kv : values) {
        if (auto s = storage::execOnce(db,
                QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                               " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                { kv.first, kv.second });
            !s)
            return s;
    }
    return tx.commit();
}

} // namespace core::broadcasts
