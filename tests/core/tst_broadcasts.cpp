// Broadcasts: audience resolution (fold, consent, quiet hours, scope), placeholders, delivery
// through a real HTTP server on 127.0.0.1 and through the SMS file, resuming after a crash.
#include "core/broadcasts/broadcastservice.h"
#include "core/broadcasts/deliverer.h"
#include "core/common/clock.h"
#include "core/storage/bulkinserter.h"
#include "core/storage/database.h"
#include "core/storage/migrations.h"
#include "core/storage/sql.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "tests/support/audiencefixture.h"
#include "tests/support/webhookreceiver.h"
#include <cmath>
#include "tests/support/testchain.h"

using namespace core::broadcasts;
using namespace testsupport;

namespace {

const QTimeZone shanghai("Asia/Shanghai");

qint64 at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 12, day), QTime(hour, minute), shanghai).toSecsSinceEpoch();
}


void sql(
    core::storage::Database &db, const QString &text, std::initializer_list<QVariant> values = {})
{
    execSql(db, text, values);
}

qint64 addPerson(
    core::storage::Database &db, int n, qint64 home, bool consent = true, const QString &name = {})
{
    return addAudiencePerson(db, n, home, at(1, 10), consent, name);
}

void addVisit(core::storage::Database &db, qint64 person, qint64 branch, qint64 when)
{
    addSale(db, person, branch, when);
}

// A channel that keeps what it is handed.
class KeepingChannel : public Channel
{
public:
    QVector<Outcome> send(const QVector<Delivery> &batch) override
    {
        kept += batch;
        return QVector<Outcome>(batch.size(), Outcome { true, {} });
    }
    QVector<Delivery> kept;
};

// A channel that refuses everything.
class RefusingChannel : public Channel
{
public:
    QVector<Outcome> send(const QVector<Delivery> &batch) override
    {
        ++batches;
        return QVector<Outcome>(batch.size(), Outcome { false, QStringLiteral("refused") });
    }
    int batches = 0;
};

// Delivers everything due now and returns it, by person.
QMap<qint64, Delivery> deliverNow(core::storage::Database &db)
{
    KeepingChannel channel;
    Deliverer deliverer(db, channel);
    auto report = deliverer.run();
    QMap<qint64, Delivery> out;
    if (!report) {
        qWarning() << "delivery failed:" << report.error().message();
        return out;
    }
    for (const Delivery &d : channel.kept)
        out.insert(d.personId, d);
    return out;
}


} // namespace

class TestBroadcasts : public QObject
{
    Q_OBJECT

private slots:
    void init() { core::clock::setNowForTesting(at(4, 12)); }
    void cleanup() { core::clock::setNowForTesting(0); }

    void foldsAPersonOfThreeBranchesIntoOne()
    {
        TestChain chain;
        auto &db = chain.db();
        sql(db,
            QStringLiteral(
                "INSERT INTO branches (code, name, created_at) VALUES ('B03', 'Third', 0)"));
        const qint64 b3 = count(db, QStringLiteral("SELECT id FROM branches WHERE code = 'B03'"));
        // Home on file is B01, but in the last 12 months most visits were at B02 (two there,
        // two at B03, the B02 ones more recent: the tie goes to the most recent).
        const qint64 regular = addPerson(db, 1, chain.branch1, true, QStringLiteral("Lin"));
        addVisit(db, regular, chain.branch1, at(1, 12));
        addVisit(db, regular, b3, at(2, 12));
        addVisit(db, regular, b3, at(2, 13));
        addVisit(db, regular, chain.branch2, at(3, 12));
        addVisit(db, regular, chain.branch2, at(3, 13));
        const qint64 other = addPerson(db, 2, chain.branch2);
        addVisit(db, other, chain.branch2, at(3, 12));

        BroadcastService service(db);
        Draft d;
        d.title = QStringLiteral("Winter");
        d.body = QStringLiteral("Hi {name}, see you at {branch}");
        d.branchIds = { chain.branch1, chain.branch2, b3 };
        auto r = service.create(chain.owner(), d);
        CC_VERIFY_OK(r);
        QCOMPARE(r->recipients, qint64(2));
        QCOMPARE(r->duplicatesFolded, qint64(1));
        // The broadcast is on the audit log with what it reached.
        QCOMPARE(count(db,
                     QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'broadcast.create'"
                                    " AND entity_id = ? AND json_extract(after_value, '$.recipients') = 2"),
                     { r->id }),
            qint64(1));
        QCOMPARE(
            count(db,
                QStringLiteral("SELECT count(*) FROM broadcast_recipients WHERE person_id = %1")
                    .arg(regular)),
            qint64(1));
        const QString branch2Name = core::storage::scalar(
            db, QStringLiteral("SELECT name FROM branches WHERE id = ?"), { chain.branch2 })
                                        ->toString();
        QCOMPARE(count(db,
                     QStringLiteral("SELECT home_branch_id FROM broadcast_recipients"
                                    " WHERE person_id = ?"),
                     { regular }),
            chain.branch2);
        // The message is rendered as it is delivered, signed with the home branch.
        const auto delivered = deliverNow(db);
        QCOMPARE(delivered.size(), 2);
        QCOMPARE(delivered.value(regular).message,
            QStringLiteral("Hi Lin, see you at %1").arg(branch2Name));
        QCOMPARE(delivered.value(regular).idempotencyKey,
            QStringLiteral("b%1-p%2").arg(r->id).arg(regular));
    }

    // "Last visit less than N days ago" and "home branch within R km of a branch".
    void recentAndNearbyFilters()
    {
        TestChain chain;
        auto &db = chain.db();
        // B01 at People's Square, B02 about 5 km away at Xujiahui, B03 in Beijing.
        sql(db,
            QStringLiteral(
                "INSERT INTO branches (code, name, created_at) VALUES ('B03', 'Beijing', 0)"));
        const qint64 b3 = count(db, QStringLiteral("SELECT id FROM branches WHERE code = 'B03'"));
        sql(db, QStringLiteral("UPDATE branches SET latitude = 31.2304, longitude = 121.4737"
                               " WHERE id = ?"),
            { chain.branch1 });
        sql(db, QStringLiteral("UPDATE branches SET latitude = 31.1950, longitude = 121.4365"
                               " WHERE id = ?"),
            { chain.branch2 });
        sql(db, QStringLiteral("UPDATE branches SET latitude = 39.9042, longitude = 116.4074"
                               " WHERE id = ?"),
            { b3 });
        const qint64 recent = addPerson(db, 1, chain.branch1);
        addVisit(db, recent, chain.branch1, at(3, 12));
        const qint64 old = addPerson(db, 2, chain.branch2);
        addVisit(db, old, chain.branch2, at(1, 9) - 40 * 86400);
        const qint64 far = addPerson(db, 3, b3);
        addVisit(db, far, b3, at(2, 12));
        QVERIFY(std::abs(distanceKm(31.2304, 121.4737, 31.1950, 121.4365) - 5.2) < 0.5);
        QVERIFY(distanceKm(31.2304, 121.4737, 39.9042, 116.4074) > 1000);

        BroadcastService service(db);
        Draft d;
        d.title = QStringLiteral("Nearby");
        d.body = QStringLiteral("Hi {name}");
        d.recentDays = 7;
        auto r = service.estimate(chain.owner(), d);
        CC_VERIFY_OK(r);
        QCOMPARE(r->recipients, qint64(2)); // the one not seen for 40 days is left out
        d.recentDays = 0;
        d.nearBranchId = chain.branch1;
        d.radiusKm = 10;
        r = service.estimate(chain.owner(), d);
        CC_VERIFY_OK(r);
        QCOMPARE(r->recipients, qint64(2)); // Beijing is far
        d.radiusKm = 1;
        QCOMPARE(service.estimate(chain.owner(), d)->recipients, qint64(1));
        d.recentDays = 7;
        d.radiusKm = 10;
        QCOMPARE(service.estimate(chain.owner(), d)->recipients, qint64(1));

        // A branch without coordinates cannot be the centre; half a filter is refused.
        sql(db, QStringLiteral("UPDATE branches SET latitude = NULL WHERE id = ?"), { b3 });
        d.nearBranchId = b3;
        CC_VERIFY_ERROR(service.estimate(chain.owner(), d), core::Error::Code::InvalidInput);
        d.nearBranchId = chain.branch1;
        d.radiusKm = 0;
        CC_VERIFY_ERROR(service.estimate(chain.owner(), d), core::Error::Code::InvalidInput);
        d.radiusKm = 10;
        d.recentDays = -1;
        CC_VERIFY_ERROR(service.estimate(chain.owner(), d), core::Error::Code::InvalidInput);
    }

    void consentFilters()
    {
        TestChain chain;
        auto &db = chain.db();
        addPerson(db, 1, chain.branch1, true);
        const qint64 none = addPerson(db, 2, chain.branch1, false);
        const qint64 revoked = addPerson(db, 3, chain.branch1, false);
        sql(db, QStringLiteral("INSERT INTO consents VALUES (?, 'sms', 0, 0, 'test')"),
            { revoked });
        // Consented by SMS only: reached by the SMS file, not by the webhook.
        const qint64 smsOnly = addPerson(db, 4, chain.branch1, false);
        sql(db, QStringLiteral("INSERT INTO consents VALUES (?, 'sms', 1, 0, 'test')"),
            { smsOnly });
        BroadcastService service(db);
        Draft d;
        d.title = QStringLiteral("T");
        d.body = QStringLiteral("B");
        d.channel = ChannelKind::SmsFile;
        auto sms = service.create(chain.owner(), d);
        CC_VERIFY_OK(sms);
        QCOMPARE(sms->recipients, qint64(2));
        QCOMPARE(sms->noConsent, qint64(2));
        d.channel = ChannelKind::Webhook;
        auto hook = service.create(chain.owner(), d);
        CC_VERIFY_OK(hook);
        QCOMPARE(hook->recipients, qint64(1));
        QCOMPARE(hook->noConsent, qint64(3));
        QCOMPARE(
            count(db,
                QStringLiteral("SELECT count(*) FROM broadcast_recipients WHERE person_id = %1")
                    .arg(none)),
            qint64(0));
    }

    void quietHoursDeferThenDeliver()
    {
        TestChain chain;
        auto &db = chain.db();
        addPerson(db, 1, chain.branch1);
        sql(db, QStringLiteral("UPDATE branches SET timezone = 'Europe/London' WHERE id = ?"),
            { chain.branch2 });
        addPerson(db, 2, chain.branch2);
        // 22:30 in Shanghai (quiet), 14:30 in London (not quiet).
        core::clock::setNowForTesting(at(4, 22, 30));
        BroadcastService service(db);
        Draft d;
        d.title = QStringLiteral("T");
        d.body = QStringLiteral("B");
        auto r = service.create(chain.owner(), d);
        CC_VERIFY_OK(r);
        QCOMPARE(r->recipients, qint64(2));
        QCOMPARE(r->deferred, qint64(1));
        QCOMPARE(
            count(db,
                QStringLiteral(
                    "SELECT next_attempt_at FROM broadcast_recipients WHERE state = 'deferred'")),
            at(5, 9));

        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("sms.csv"));
        {
            SmsFileChannel file(out);
            Deliverer deliverer(db, file);
            auto report = deliverer.run();
            CC_VERIFY_OK(report);
            QCOMPARE(report->sent, qint64(1));
            QCOMPARE(report->waiting, qint64(1));
        }
        core::clock::setNowForTesting(at(5, 9));
        SmsFileChannel file(out);
        Deliverer deliverer(db, file);
        auto report = deliverer.run();
        CC_VERIFY_OK(report);
        QCOMPARE(report->sent, qint64(1));
        QCOMPARE(report->waiting, qint64(0));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("phone,message\n+8613800000001,B\n"));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM broadcasts WHERE status = 'done'")),
            qint64(1));
    }

    // Schema 7 stops storing each message; recipients written before keep theirs, and are
    // delivered with it, under the key they had, to the person's phone.
    void recipientsWrittenBeforeVersion7()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.chaincard"));
        {
            core::storage::OpenOptions options;
            options.targetVersion = 6;
            auto old = core::storage::Database::open(path, options);
            CC_VERIFY_OK(old);
            const QString statements[] = {
                QStringLiteral("INSERT INTO settings (key, value) VALUES ('chain_name', 'Old')"),
                QStringLiteral("INSERT INTO branches (id, code, name, created_at)"
                               " VALUES (1, 'B1', 'One', 0)"),
                QStringLiteral("INSERT INTO people (id, phone, phone_last4, member_code, name,"
                               " home_branch_id, joined_at)"
                               " VALUES (7, '+8613800000007', '0007', 'M7', 'Lin', 1, 1)"),
                QStringLiteral("INSERT INTO broadcasts (id, title, body, channel, scheduled_at,"
                               " created_by, created_at)"
                               " VALUES (3, 'T', 'Hi {name}', 'sms-file', 0, 'owner', 0)"),
                QStringLiteral("INSERT INTO broadcast_recipients (broadcast_id, person_id,"
                               " home_branch_id, phone, message, state, next_attempt_at,"
                               " idempotency_key) VALUES (3, 7, 1, '+8613800000007',"
                               " 'Hi Lin, as written then', 'pending', 0, 'b3-p7')"),
            };
            for (const QString &statement : statements)
                CC_VERIFY_OK(core::storage::execOnce(**old, statement));
        }
        auto db = core::storage::Database::open(path);
        CC_VERIFY_OK(db);
        QCOMPARE((*db)->schemaVersion(), core::storage::latestSchemaVersion());
        const auto delivered = deliverNow(**db);
        QCOMPARE(delivered.size(), 1);
        QCOMPARE(delivered.value(7).message, QStringLiteral("Hi Lin, as written then"));
        QCOMPARE(delivered.value(7).idempotencyKey, QStringLiteral("b3-p7"));
        QCOMPARE(delivered.value(7).phone, QStringLiteral("+8613800000007"));
    }

    // The preview shows the message as someone the broadcast reaches gets it: the estimate
    // picks one recipient of each home branch (by the visits' rule), the preview renders theirs.
    void previewShowsSomeoneTheAudienceReaches()
    {
        TestChain chain;
        auto &db = chain.db();
        addPerson(db, 1, chain.branch1, true, QStringLiteral("Member One"));
        const qint64 guest = addPerson(db, 2, chain.branch1, true, QStringLiteral("Guest Two"));
        sql(db, QStringLiteral("UPDATE people SET member_since = NULL WHERE id = ?"), { guest });
        // At home in B01 on file, but a regular of B02: a B02 recipient.
        const qint64 regular = addPerson(db, 3, chain.branch1, true, QStringLiteral("Regular"));
        sql(db, QStringLiteral("UPDATE people SET member_since = NULL WHERE id = ?"), { regular });
        addVisit(db, regular, chain.branch2, at(1, 12));
        addVisit(db, regular, chain.branch2, at(2, 12));
        BroadcastService service(db);
        Draft d;
        d.title = QStringLiteral("T");
        d.body = QStringLiteral("Hi {name}, {branch}");
        d.segment = Segment::Guests;
        // Before an estimate: the first person at home in each branch, whoever they are.
        auto early = service.preview(chain.owner(), d);
        CC_VERIFY_OK(early);
        QCOMPARE(early->size(), 1);
        QVERIFY(early->at(0).text.startsWith(QStringLiteral("Hi Member One")));

        auto e = service.estimate(chain.owner(), d);
        CC_VERIFY_OK(e);
        QCOMPARE(e->recipients, qint64(2));
        QCOMPARE(e->samples, (QMap<qint64, qint64> { { chain.branch1, guest },
                                 { chain.branch2, regular } }));
        auto shown = service.preview(chain.owner(), d, e->samples);
        CC_VERIFY_OK(shown);
        QCOMPARE(shown->size(), 2);
        const QString b2 = core::storage::scalar(
            db, QStringLiteral("SELECT name FROM branches WHERE id = ?"), { chain.branch2 })
                               ->toString();
        QCOMPARE(shown->at(0).branchId, chain.branch1);
        QVERIFY(shown->at(0).text.startsWith(QStringLiteral("Hi Guest Two")));
        QCOMPARE(shown->at(1).branchId, chain.branch2);
        QCOMPARE(shown->at(1).text, QStringLiteral("Hi Regular, %1").arg(b2));
        QCOMPARE(shown->at(1).personId, regular);
    }

    // What the app's background sender asks every minute: is anything of a channel due? It
    // delivers only that channel's broadcasts, and only once their time has come.
    void dueByChannel()
    {
        TestChain chain;
        auto &db = chain.db();
        addPerson(db, 1, chain.branch1);
        addPerson(db, 2, chain.branch2);
        BroadcastService service(db);
        Draft hook;
        hook.title = QStringLiteral("Later");
        hook.body = QStringLiteral("Hi {name}");
        hook.channel = ChannelKind::Webhook;
        hook.scheduledAt = at(4, 14);
        auto later = service.create(chain.owner(), hook);
        CC_VERIFY_OK(later);
        Draft file = hook;
        file.title = QStringLiteral("Now");
        file.channel = ChannelKind::SmsFile;
        file.scheduledAt = 0;
        auto now = service.create(chain.owner(), file);
        CC_VERIFY_OK(now);

        DelivererOptions webhooks;
        webhooks.channel = channelName(ChannelKind::Webhook);
        DelivererOptions files;
        files.channel = channelName(ChannelKind::SmsFile);
        const auto due = [&db](const DelivererOptions &o) {
            auto r = Deliverer::hasDue(db, o);
            return r ? *r : false;
        };
        QVERIFY(!due(webhooks)); // 12:00: not yet
        QVERIFY(due(files));
        QVERIFY(due(DelivererOptions()));

        core::clock::setNowForTesting(at(4, 14));
        QVERIFY(due(webhooks));
        KeepingChannel channel;
        Deliverer deliverer(db, channel, webhooks);
        auto report = deliverer.run();
        CC_VERIFY_OK(report);
        QCOMPARE(report->sent, qint64(2));
        for (const Delivery &d : std::as_const(channel.kept))
            QCOMPARE(d.broadcastId, later->id);
        QVERIFY(!due(webhooks));
        QCOMPARE(count(db,
                     QStringLiteral("SELECT count(*) FROM broadcast_recipients"
                                    " WHERE broadcast_id = ? AND state = 'pending'"),
                     { now->id }),
            qint64(2));

        // A row a stopped worker left `sending` is due again, for its own channel only.
        sql(db, QStringLiteral("UPDATE broadcast_recipients SET state = 'sending'"
                               " WHERE broadcast_id = ?"),
            { now->id });
        QVERIFY(!due(webhooks));
        QVERIFY(due(files));
    }

    // A recipient whose deliveries keep failing is tried maxAttempts times, then given up:
    // no next attempt, never claimed again, and the broadcast is done.
    void givesUpAfterTheLastAttempt()
    {
        TestChain chain;
        auto &db = chain.db();
        addPerson(db, 1, chain.branch1);
        addPerson(db, 2, chain.branch2);
        BroadcastService service(db);
        Draft d;
        d.title = QStringLiteral("T");
        d.body = QStringLiteral("Hi {name}");
        auto r = service.create(chain.owner(), d);
        CC_VERIFY_OK(r);
        QCOMPARE(r->recipients, qint64(2));
        DelivererOptions options;
        options.maxAttempts = 3;
        options.backoffSeconds = 0; // due again at once
        RefusingChannel refusing;
        Deliverer deliverer(db, refusing, options);
        auto report = deliverer.run();
        CC_VERIFY_OK(report);
        QCOMPARE(report->failedAttempts, qint64(6));
        QCOMPARE(report->gaveUp, qint64(2));
        QCOMPARE(report->sent, qint64(0));
        QCOMPARE(refusing.batches, 3);
        QCOMPARE(count(db,
                     QStringLiteral("SELECT count(*) FROM broadcast_recipients WHERE state = 'failed'"
                                    " AND attempts = 3 AND next_attempt_at IS NULL"
                                    " AND last_error = 'refused'")),
            qint64(2));
        QCOMPARE(core::storage::scalar(
                     db, QStringLiteral("SELECT status FROM broadcasts WHERE id = ?"), { r->id })
                     ->toString(),
            QStringLiteral("done"));
        RefusingChannel again;
        Deliverer later(db, again, options);
        CC_VERIFY_OK(later.run());
        QCOMPARE(again.batches, 0);
    }

    void everyPlaceholder()
    {
        TestChain chain;
        auto &db = chain.db();
        sql(db,
            QStringLiteral(
                "UPDATE branches SET address = '1 Road', phone = '021-555' WHERE id = ?"),
            { chain.branch1 });
        sql(db,
            QStringLiteral("INSERT INTO tiers (rank, name, rule, threshold) VALUES (1, 'Gold',"
                           " 'cumulative_topup', 100)"));
        const qint64 p = addPerson(db, 1, chain.branch1, true, QStringLiteral("王小明"));
        sql(db, QStringLiteral("UPDATE people SET tier_id = (SELECT id FROM tiers) WHERE id = ?"),
            { p });
        sql(db,
            QStringLiteral("INSERT INTO wallets (person_id, principal, bonus, updated_at) VALUES "
                           "(?, 12305, 1000, 0)"),
            { p });
        sql(db,
            QStringLiteral("INSERT INTO coupons (code, name, kind, value, created_at) VALUES"
                           " ('WIN10', 'Ten off', 'amount', 1000, 0)"));
        const QString name = core::storage::scalar(
            db, QStringLiteral("SELECT name FROM branches WHERE id = ?"), { chain.branch1 })
                                 ->toString();
        BroadcastService service(db);
        Draft d;
        d.title = QStringLiteral("T");
        d.body = QStringLiteral(
            "{name}|{branch}|{branch_address}|{branch_phone}|{balance}|{tier}|{coupon_code}");
        d.couponCode = QStringLiteral("WIN10");
        auto preview = service.preview(chain.owner(), d);
        CC_VERIFY_OK(preview);
        QCOMPARE(preview->size(), 1);
        QVERIFY(preview->at(0).text.startsWith(
            QStringLiteral("王小明|%1|1 Road|021-555|133.05|Gold|").arg(name)));
        QCOMPARE(preview->at(0).segments, 1);
        auto r = service.create(chain.owner(), d);
        CC_VERIFY_OK(r);
        const QString code = core::storage::scalar(db,
            QStringLiteral("SELECT claim_code FROM coupon_claims"
                           " WHERE person_id = ?"),
            { p })
                                 ->toString();
        QVERIFY(!code.isEmpty());
        const auto delivered = deliverNow(db);
        QCOMPARE(delivered.size(), 1);
        QCOMPARE(delivered.value(p).message,
            QStringLiteral("王小明|%1|1 Road|021-555|133.05|Gold|%2").arg(name, code));
        QCOMPARE(delivered.value(p).phone, QStringLiteral("+8613800000001"));

        // {coupon_code} with no coupon attached would reach people as it stands: refused.
        d.couponCode.clear();
        const auto refused = service.create(chain.owner(), d);
        CC_VERIFY_ERROR(refused, core::Error::Code::InvalidInput);
        QVERIFY(refused.error().message().contains(QLatin1String("{coupon_code}")));
    }

    void smsSegments_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("segments");
        QTest::newRow("latin 160") << QString(160, QLatin1Char('a')) << 1;
        QTest::newRow("latin 161") << QString(161, QLatin1Char('a')) << 2;
        QTest::newRow("latin 306") << QString(306, QLatin1Char('a')) << 2;
        QTest::newRow("chinese 70") << QString(70, QChar(0x4e2d)) << 1;
        QTest::newRow("chinese 71") << QString(71, QChar(0x4e2d)) << 2;
        QTest::newRow("mixed") << (QString(100, QLatin1Char('a')) + QChar(0x4e2d)) << 2;
    }
    void smsSegments()
    {
        QFETCH(QString, text);
        QFETCH(int, segments);
        QCOMPARE(core::broadcasts::smsSegments(text), segments);
    }

    void managerScopeAndCashier()
    {
        TestChain chain;
        auto &db = chain.db();
        const qint64 mine = addPerson(db, 1, chain.branch1);
        const qint64 theirs = addPerson(db, 2, chain.branch2);
        addVisit(db, theirs, chain.branch1, at(3, 12)); // a visitor at home in B02
        addVisit(db, theirs, chain.branch2, at(2, 12));
        addVisit(db, theirs, chain.branch2, at(2, 13));
        BroadcastService service(db);
        Draft d;
        d.title = QStringLiteral("T");
        d.body = QStringLiteral("B");
        CC_VERIFY_ERROR(service.create(chain.manager1(), d), core::Error::Code::PermissionDenied);
        CC_VERIFY_ERROR(service.create(chain.cashier1(), d), core::Error::Code::PermissionDenied);
        BroadcastSettings s;
        s.managersMayBroadcast = true;
        CC_VERIFY_ERROR(
            BroadcastSettings::save(db, chain.manager1(), s), core::Error::Code::PermissionDenied);
        CC_VERIFY_OK(BroadcastSettings::save(db, chain.owner(), s));
        CC_VERIFY_ERROR(service.create(chain.cashier1(), d), core::Error::Code::PermissionDenied);
        d.branchIds = { chain.branch2 };
        CC_VERIFY_ERROR(service.create(chain.manager1(), d), core::Error::Code::PermissionDenied);
        d.branchIds.clear();
        auto r = service.create(chain.manager1(), d);
        CC_VERIFY_OK(r);
        QCOMPARE(r->recipients, qint64(1));
        QCOMPARE(count(db, QStringLiteral("SELECT person_id FROM broadcast_recipients")), mine);
    }

    void webhookDeliversEachKeyOnce()
    {
        TestChain chain;
        auto &db = chain.db();
        for (int i = 1; i <= 25; ++i)
            addPerson(db, i, i % 2 ? chain.branch1 : chain.branch2);
        BroadcastService service(db);
        Draft d;
        d.title = QStringLiteral("T");
        d.body = QStringLiteral("Hello {name}");
        d.channel = ChannelKind::Webhook;
        auto r = service.create(chain.owner(), d);
        CC_VERIFY_OK(r);
        QCOMPARE(r->recipients, qint64(25));

        WebhookReceiver receiver;
        using A = WebhookReceiver::Answer;
        receiver.script = { A::Ok, A::Error, A::Silent, A::Ok, A::Error };
        WebhookChannel hook(receiver.url(), 500);
        DelivererOptions options;
        options.batchSize = 4;
        options.backoffSeconds = 0; // retry at once
        Deliverer deliverer(db, hook, options);
        auto report = deliverer.run();
        CC_VERIFY_OK(report);
        QCOMPARE(report->sent, qint64(25));
        QCOMPARE(report->failedAttempts, qint64(12)); // three batches of four failed once
        QCOMPARE(receiver.accepted.size(), 25);
        int resent = 0;
        for (int n : std::as_const(receiver.seen))
            resent += n - 1;
        QCOMPARE(resent, 12); // only the failed and timed-out batches were sent again
        QVERIFY(receiver.duplicates.isEmpty());
        QCOMPARE(
            count(db,
                QStringLiteral("SELECT count(*) FROM broadcast_recipients WHERE state = 'sent'")),
            qint64(25));
    }

    void abandonedWorkerIsResumed()
    {
        TestChain chain;
        auto &db = chain.db();
        for (int i = 1; i <= 10; ++i)
            addPerson(db, i, chain.branch1);
        BroadcastService service(db);
        Draft d;
        d.title = QStringLiteral("T");
        d.body = QStringLiteral("Hi");
        d.channel = ChannelKind::Webhook;
        CC_VERIFY_OK(service.create(chain.owner(), d));
        WebhookReceiver receiver;
        WebhookChannel hook(receiver.url(), 2000);
        QSet<QString> dyingKeys;
        DelivererOptions options;
        options.batchSize = 3;
        {
            // Claims a batch and sends it, then dies before recording the outcome.
            Deliverer dying(db, hook, options);
            auto batch = dying.claimBatch();
            CC_VERIFY_OK(batch);
            QCOMPARE(batch->size(), 3);
            QVector<Delivery> deliveries;
            for (const auto &row : *batch) {
                deliveries.append(row.second);
                dyingKeys.insert(row.second.idempotencyKey);
            }
            QVERIFY(hook.send(deliveries).at(0).delivered);
        }
        QCOMPARE(count(db,
                     QStringLiteral(
                         "SELECT count(*) FROM broadcast_recipients WHERE state = 'sending'")),
            qint64(3));
        Deliverer resumed(db, hook, options);
        auto report = resumed.run();
        CC_VERIFY_OK(report);
        QCOMPARE(report->recovered, qint64(3));
        QCOMPARE(report->sent, qint64(10));
        QCOMPARE(receiver.accepted.size(), 10);
        // The batch the dying worker sent went again and was refused by key; nothing else twice.
        QCOMPARE(receiver.duplicates, dyingKeys);
        QCOMPARE(
            count(db,
                QStringLiteral("SELECT count(*) FROM broadcast_recipients WHERE state = 'sent'")),
            qint64(10));
    }

    void scheduledBroadcastWaits()
    {
        TestChain chain;
        auto &db = chain.db();
        addPerson(db, 1, chain.branch1);
        BroadcastService service(db);
        Draft d;
        d.title = QStringLiteral("T");
        d.body = QStringLiteral("B");
        d.scheduledAt = at(5, 10);
        CC_VERIFY_OK(service.create(chain.owner(), d));
        QTemporaryDir dir;
        SmsFileChannel file(dir.filePath(QStringLiteral("a.csv")));
        Deliverer early(db, file);
        auto report = early.run();
        CC_VERIFY_OK(report);
        QCOMPARE(report->sent, qint64(0));
        core::clock::setNowForTesting(at(5, 10));
        SmsFileChannel file2(dir.filePath(QStringLiteral("b.csv")));
        Deliverer due(db, file2);
        report = due.run();
        CC_VERIFY_OK(report);
        QCOMPARE(report->sent, qint64(1));
    }
    // estimate() gives the counts create() then gives, and writes nothing: no broadcast, no
    // recipient, no coupon claim; a cashier is refused as create() refuses them.
    void estimateMatchesCreateAndWritesNothing()
    {
        TestChain chain;
        auto &db = chain.db();
        sql(db, QStringLiteral("UPDATE branches SET timezone = 'Europe/London' WHERE id = ?"),
            { chain.branch2 });
        const qint64 both = addPerson(db, 1, chain.branch1);
        addVisit(db, both, chain.branch2, at(1, 12));
        addPerson(db, 2, chain.branch2);
        addPerson(db, 3, chain.branch1, false);
        addPerson(db, 4, chain.branch1);
        sql(db,
            QStringLiteral("INSERT INTO coupons (code, name, kind, value, valid_days, created_at)"
                           " VALUES ('WIN', 'Winter', 'amount', 500, 30, 0)"));
        BroadcastService service(db);
        Draft d;
        d.title = QStringLiteral("T");
        d.body = QStringLiteral("Hi {name} {coupon_code}");
        d.branchIds = { chain.branch1, chain.branch2 };
        d.couponCode = QStringLiteral("WIN");
        d.scheduledAt = at(4, 22, 30); // quiet in Shanghai, not in London
        CC_VERIFY_ERROR(service.estimate(chain.cashier1(), d), core::Error::Code::PermissionDenied);
        auto e = service.estimate(chain.owner(), d);
        CC_VERIFY_OK(e);
        QCOMPARE(e->id, qint64(0));
        QCOMPARE(e->duplicatesFolded, qint64(1));
        QCOMPARE(e->noConsent, qint64(1));
        QCOMPARE(e->recipients, qint64(3));
        QCOMPARE(e->deferred, qint64(1)); // person 4, at home in B01 (person 1 visits B02 only)
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM broadcasts")), qint64(0));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM broadcast_recipients")), qint64(0));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM coupon_claims")), qint64(0));
        QCOMPARE(
            count(
                db, QStringLiteral("SELECT count(*) FROM sqlite_temp_master WHERE type = 'table'")),
            qint64(0));

        auto r = service.create(chain.owner(), d);
        CC_VERIFY_OK(r);
        QCOMPARE(r->recipients, e->recipients);
        QCOMPARE(r->duplicatesFolded, e->duplicatesFolded);
        QCOMPARE(r->noConsent, e->noConsent);
        QCOMPARE(r->deferred, e->deferred);
        QCOMPARE(
            count(db, QStringLiteral("SELECT count(*) FROM broadcast_recipients")), r->recipients);
        QCOMPARE(count(db,
                     QStringLiteral("SELECT count(*) FROM broadcast_recipients"
                                    " WHERE state = 'deferred'")),
            r->deferred);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM coupon_claims")), r->recipients);

        d.couponCode = QStringLiteral("NOPE");
        CC_VERIFY_ERROR(service.estimate(chain.owner(), d), core::Error::Code::NotFound);
    }

    // create() counts its audience as it writes it (through an SQL function on SQLite's C
    // API); where that API is out of reach it counts in a pass of its own. Both give the same
    // counts and the same recipients, for the owner and for a manager kept to their branch.
    void countsTheSameWithoutTheCApi()
    {
        TestChain chain;
        auto &db = chain.db();
        sql(db, QStringLiteral("UPDATE branches SET timezone = 'Europe/London' WHERE id = ?"),
            { chain.branch2 });
        const qint64 both = addPerson(db, 1, chain.branch1);
        addVisit(db, both, chain.branch2, at(1, 12));
        addVisit(db, both, chain.branch2, at(2, 12));
        addPerson(db, 2, chain.branch2);
        addPerson(db, 3, chain.branch1, false);
        const qint64 visitor = addPerson(db, 4, chain.branch1);
        addVisit(db, visitor, chain.branch1, at(1, 12));
        addVisit(db, visitor, chain.branch2, at(1, 13));
        addPerson(db, 5, chain.branch1);
        BroadcastSettings settings;
        settings.managersMayBroadcast = true;
        CC_VERIFY_OK(BroadcastSettings::save(db, chain.owner(), settings));
        QVERIFY(core::storage::BulkInserter::sqliteApiAvailable(db));
        const auto recipients = [&db](qint64 id) {
            QStringList out;
            auto q = core::storage::prepare(db,
                QStringLiteral("SELECT person_id, coalesce(home_branch_id, 0), state,"
                               " next_attempt_at FROM broadcast_recipients"
                               " WHERE broadcast_id = ? ORDER BY person_id"));
            if (!q || !core::storage::exec(*q, { id }))
                return out;
            while (q->next())
                out << QStringLiteral("%1/%2/%3/%4")
                           .arg(q->value(0).toLongLong())
                           .arg(q->value(1).toLongLong())
                           .arg(q->value(2).toString())
                           .arg(q->value(3).toLongLong());
            return out;
        };
        Draft d;
        d.title = QStringLiteral("T");
        d.body = QStringLiteral("Hi {name}");
        d.scheduledAt = at(4, 22); // quiet in Shanghai, not in London
        for (const auto &actor : { chain.owner(), chain.manager2() }) {
            auto tallied = BroadcastService(db).create(actor, d);
            CC_VERIFY_OK(tallied);
            auto counted
                = BroadcastService(db, core::storage::BulkInserter::Backend::QtSql).create(actor, d);
            CC_VERIFY_OK(counted);
            QCOMPARE(counted->recipients, tallied->recipients);
            QCOMPARE(counted->duplicatesFolded, tallied->duplicatesFolded);
            QCOMPARE(counted->noConsent, tallied->noConsent);
            QCOMPARE(counted->deferred, tallied->deferred);
            QCOMPARE(recipients(counted->id), recipients(tallied->id));
            auto estimated = BroadcastService(db).estimate(actor, d);
            CC_VERIFY_OK(estimated);
            QCOMPARE(estimated->recipients, tallied->recipients);
            QCOMPARE(estimated->duplicatesFolded, tallied->duplicatesFolded);
            QCOMPARE(estimated->noConsent, tallied->noConsent);
            QCOMPARE(estimated->deferred, tallied->deferred);
        }
        // The owner reaches all five: person 4 visited both branches and is folded; person 3
        // has no consent; persons 1 and 4 are at home in B02 by their visits (London, not
        // quiet), like person 2; person 5 is at home in B01 (Shanghai, quiet): deferred.
        auto owner = BroadcastService(db).create(chain.owner(), d);
        CC_VERIFY_OK(owner);
        QCOMPARE(owner->recipients, qint64(4));
        QCOMPARE(owner->duplicatesFolded, qint64(1));
        QCOMPARE(owner->noConsent, qint64(1));
        QCOMPARE(owner->deferred, qint64(1));
    }

    // The history: newest first with counts; a manager sees the broadcasts that reached their
    // branch and their own, counted in their branch only; a cashier nothing.
    void listIsNewestFirstAndScoped()
    {
        TestChain chain;
        auto &db = chain.db();
        addPerson(db, 1, chain.branch1);
        addPerson(db, 2, chain.branch2);
        addPerson(db, 3, chain.branch2);
        BroadcastSettings settings;
        settings.quiet.start = settings.quiet.end = QTime(0, 0);
        settings.managersMayBroadcast = true;
        CC_VERIFY_OK(BroadcastSettings::save(db, chain.owner(), settings));
        BroadcastService service(db);
        Draft d;
        d.title = QStringLiteral("Everyone");
        d.body = QStringLiteral("B");
        auto all = service.create(chain.owner(), d);
        CC_VERIFY_OK(all);
        core::clock::setNowForTesting(at(4, 13));
        d.title = QStringLiteral("Second branch");
        d.channel = ChannelKind::Webhook;
        d.branchIds = { chain.branch2 };
        auto second = service.create(chain.owner(), d);
        CC_VERIFY_OK(second);
        core::clock::setNowForTesting(at(4, 14));
        d.title = QStringLiteral("Manager two");
        d.branchIds.clear();
        d.segment = Segment::Guests; // nobody: the manager's own broadcast is listed anyway
        auto own = service.create(chain.manager2(), d);
        CC_VERIFY_OK(own);
        QCOMPARE(own->recipients, qint64(0));

        QTemporaryDir dir;
        SmsFileChannel file(dir.filePath(QStringLiteral("sms.csv")));
        DelivererOptions options;
        options.broadcastId = all->id;
        Deliverer deliverer(db, file, options);
        CC_VERIFY_OK(deliverer.run());

        auto owner = service.list(chain.owner());
        CC_VERIFY_OK(owner);
        QCOMPARE(owner->size(), 3);
        QCOMPARE(owner->at(0).id, own->id);
        QCOMPARE(owner->at(1).id, second->id);
        QCOMPARE(owner->at(2).id, all->id);
        QCOMPARE(owner->at(1).channel, ChannelKind::Webhook);
        QCOMPARE(owner->at(1).status, QStringLiteral("queued"));
        QCOMPARE(owner->at(1).recipients, qint64(2));
        QCOMPARE(owner->at(1).pending, qint64(2));
        QCOMPARE(owner->at(1).createdAt, at(4, 13));
        QCOMPARE(owner->at(2).channel, ChannelKind::SmsFile);
        QCOMPARE(owner->at(2).status, QStringLiteral("done"));
        QCOMPARE(owner->at(2).recipients, qint64(3));
        QCOMPARE(owner->at(2).sent, qint64(3));
        QCOMPARE(owner->at(2).createdBy, chain.owner().name());

        auto manager1 = service.list(chain.manager1());
        CC_VERIFY_OK(manager1);
        QCOMPARE(manager1->size(), 1);
        QCOMPARE(manager1->at(0).id, all->id);
        QCOMPARE(manager1->at(0).recipients, qint64(1));
        QCOMPARE(manager1->at(0).sent, qint64(1));
        auto manager2 = service.list(chain.manager2());
        CC_VERIFY_OK(manager2);
        QCOMPARE(manager2->size(), 3);
        QCOMPARE(manager2->at(2).recipients, qint64(2));
        CC_VERIFY_ERROR(service.list(chain.cashier1()), core::Error::Code::PermissionDenied);
    }

    // A cancelled broadcast delivers nothing more; only a queued or sending one can be
    // cancelled, and a manager cancels only their own.
    void cancelStopsDelivery()
    {
        TestChain chain;
        auto &db = chain.db();
        addPerson(db, 1, chain.branch1);
        BroadcastSettings settings;
        settings.managersMayBroadcast = true;
        CC_VERIFY_OK(BroadcastSettings::save(db, chain.owner(), settings));
        BroadcastService service(db);
        Draft d;
        d.title = QStringLiteral("T");
        d.body = QStringLiteral("B");
        auto r = service.create(chain.owner(), d);
        CC_VERIFY_OK(r);
        CC_VERIFY_ERROR(
            service.cancel(chain.manager1(), r->id), core::Error::Code::PermissionDenied);
        CC_VERIFY_ERROR(service.cancel(chain.owner(), r->id + 100), core::Error::Code::NotFound);
        CC_VERIFY_OK(service.cancel(chain.owner(), r->id));
        QCOMPARE(count(db,
                     QStringLiteral("SELECT count(*) FROM audit_log"
                                    " WHERE action = 'broadcast.cancel' AND entity_id = ?"),
                     { r->id }),
            qint64(1));
        CC_VERIFY_ERROR(service.cancel(chain.owner(), r->id), core::Error::Code::InvalidInput);
        QTemporaryDir dir;
        SmsFileChannel file(dir.filePath(QStringLiteral("sms.csv")));
        Deliverer deliverer(db, file);
        auto report = deliverer.run();
        CC_VERIFY_OK(report);
        QCOMPARE(report->sent, qint64(0));
        auto listed = service.list(chain.owner());
        CC_VERIFY_OK(listed);
        QCOMPARE(listed->at(0).status, QStringLiteral("cancelled"));

        auto mine = service.create(chain.manager1(), d);
        CC_VERIFY_OK(mine);
        CC_VERIFY_OK(service.cancel(chain.manager1(), mine->id));
    }

    void cliCreateSendStatus()
    {
        core::clock::setNowForTesting(0); // the CLI runs on the real clock
        TestChain chain;
        auto &db = chain.db();
        const qint64 a = addPerson(db, 1, chain.branch1);
        addVisit(db, a, chain.branch2, at(1, 12));
        addPerson(db, 2, chain.branch2);
        addPerson(db, 3, chain.branch2, false);
        // Quiet hours from 00:00 to 00:00 are none: nothing is deferred whenever this runs.
        BroadcastSettings s;
        s.quiet.start = s.quiet.end = QTime(0, 0);
        CC_VERIFY_OK(BroadcastSettings::save(db, chain.owner(), s));
        const auto run = [&](const QStringList &args) {
            QProcess p;
            p.start(qEnvironmentVariable("CHAINCARD_CLI"),
                QStringList { QStringLiteral("--db"), chain.path() } + args);
            p.waitForFinished(60000);
            const QByteArray err = p.readAllStandardError();
            if (p.exitCode() != 0)
                qWarning("%s", err.constData());
            return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        };
        const QStringList createArgs = { QStringLiteral("broadcast"), QStringLiteral("create"),
            QStringLiteral("--title"), QStringLiteral("Hi"), QStringLiteral("--body"),
            QStringLiteral("Hi {name}"), QStringLiteral("--channel"), QStringLiteral("sms-file"),
            QStringLiteral("--branches"), QStringLiteral("B01,B02") };
        // --dry-run: the same counts, nothing written.
        const QJsonObject counted = run(createArgs + QStringList { QStringLiteral("--dry-run") });
        QCOMPARE(counted.value(QStringLiteral("id")).toInt(), 0);
        QCOMPARE(counted.value(QStringLiteral("recipients")).toInt(), 2);
        QCOMPARE(counted.value(QStringLiteral("duplicates_folded")).toInt(), 1);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM broadcasts")), qint64(0));
        const QJsonObject created = run(createArgs);
        QCOMPARE(created.value(QStringLiteral("recipients")).toInt(), 2);
        QCOMPARE(created.value(QStringLiteral("duplicates_folded")).toInt(), 1);
        QCOMPARE(created.value(QStringLiteral("no_consent")).toInt(), 1);
        QCOMPARE(created.value(QStringLiteral("deferred")).toInt(), 0);
        const QString id = QString::number(created.value(QStringLiteral("id")).toInt());
        QTemporaryDir dir;
        const QJsonObject sent = run({ QStringLiteral("broadcast"), QStringLiteral("send"), id,
            QStringLiteral("--out"), dir.filePath(QStringLiteral("sms.csv")) });
        QCOMPARE(sent.value(QStringLiteral("sent")).toInt(), 2);
        const QJsonObject st = run({ QStringLiteral("broadcast"), QStringLiteral("status"), id });
        QCOMPARE(
            st.value(QStringLiteral("states")).toObject().value(QStringLiteral("sent")).toInt(), 2);
        QCOMPARE(st.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        const QJsonArray branches = st.value(QStringLiteral("branches")).toArray();
        // Person 1's only visit of the last 12 months was at B02: that is their home branch now.
        QCOMPARE(branches.size(), 1);
        QCOMPARE(branches.at(0).toObject().value(QStringLiteral("branch")).toString(),
            QStringLiteral("B02"));
        QCOMPARE(branches.at(0).toObject().value(QStringLiteral("recipients")).toInt(), 2);
        QCOMPARE(branches.at(0).toObject().value(QStringLiteral("sent")).toInt(), 2);
        QCOMPARE(st.value(QStringLiteral("visited_within_7_days")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBroadcasts)
#include "tst_broadcasts.moc"
