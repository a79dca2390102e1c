#pragma once

#include "core/auth/actor.h"
#include "core/common/result.h"
#include "core/storage/bulkinserter.h"

#include <QMap>
#include <QString>
#include <QTime>
#include <QVector>

namespace core::storage {
class Database;
}

namespace core::broadcasts {

enum class ChannelKind { Webhook, SmsFile };
QString channelName(ChannelKind channel);

enum class Segment { Everyone, Members, Guests, CouponOnly };

// What the owner (or an allowed manager) composes. Placeholders in the body: {name} {branch}
// {branch_address} {branch_phone} {balance} {tier} {coupon_code}.
struct Draft
{
    QString title;
    QString body;
    ChannelKind channel = ChannelKind::SmsFile;
    QVector<qint64> branchIds; // empty: all branches (a manager: their own branch)
    Segment segment = Segment::Everyone;
    int lapsedDays = 0; // > 0: last visit more than N days ago
    int recentDays = 0; // > 0: last visit less than N days ago
    // nearBranchId > 0 with radiusKm > 0: people whose home branch lies within radiusKm of that
    // branch (great-circle distance between the branches' coordinates; a branch without
    // coordinates is near nothing, and the chosen branch must have them).
    qint64 nearBranchId = 0;
    int radiusKm = 0;
    qint64 tierId = 0; // > 0: only this tier
    bool birthdayThisMonth = false;
    qint64 balanceAbove = -1; // >= 0: wallet balance (minor units) above this
    QString couponCode; // each recipient gets their own claim
    qint64 scheduledAt = 0; // 0: now
    bool restrictHome = false; // set by create(): a manager reaches only people at home there
};

// Whether two drafts reach the same people the same way (everything but the words and time).
bool sameAudience(const Draft &a, const Draft &b);

struct CreateResult
{
    qint64 id = 0;
    qint64 recipients = 0; // one per person, including deferred ones
    qint64 duplicatesFolded = 0; // people reached through more than one chosen branch
    qint64 noConsent = 0; // in the audience but without consent to the channel
    qint64 deferred = 0; // inside quiet hours at send time: sent when they end
    // estimate() only: one recipient at home in each branch of the audience (of the chosen
    // ones, when branches are chosen): home branch id -> person id, the lowest, for preview()
    // to show the message as they would get it.
    QMap<qint64, qint64> samples;
};

// One broadcast in the history list: counts are of the recipients the actor may see (a
// manager: those at home in their branch).
struct BroadcastSummary
{
    qint64 id = 0;
    QString title;
    ChannelKind channel = ChannelKind::SmsFile;
    QString createdBy;
    qint64 createdAt = 0;
    qint64 scheduledAt = 0;
    QString status; // queued, sending, done, cancelled
    qint64 recipients = 0;
    qint64 sent = 0;
    qint64 failed = 0;
    qint64 deferred = 0;
    qint64 pending = 0; // pending or being sent
};

struct PreviewSample
{
    qint64 branchId = 0;
    QString branchCode;
    qint64 personId = 0;
    QString text;
    int characters = 0;
    int segments = 0;
};

struct BranchCounts
{
    QString branchCode;
    qint64 recipients = 0;
    qint64 sent = 0;
    qint64 failed = 0;
    qint64 deferred = 0;
};

struct BroadcastStatus
{
    qint64 id = 0;
    QString title;
    QString status;
    qint64 scheduledAt = 0;
    QMap<QString, qint64> states; // recipient state -> count
    QVector<BranchCounts> branches;
    qint64 visitedWithin7Days = 0;
    qint64 visitedWithin30Days = 0;
};

struct QuietHours
{
    QTime start = QTime(21, 0);
    QTime end = QTime(9, 0);
};

// Settings of broadcasting kept in the settings table.
struct BroadcastSettings
{
    QuietHours quiet;
    bool managersMayBroadcast = false;
    QString webhookUrl;

    static Result<BroadcastSettings> load(storage::Database &db);
    // Owner only.
    static Status save(
        storage::Database &db, const auth::Actor &actor, const BroadcastSettings &settings);
};

// SMS segments of a text: 160 characters in one part when every character is in the GSM 7-bit
// alphabet, else (Chinese, emoji...) 70 in UCS-2. Longer texts are sent as concatenated parts
// whose header takes room: 153 (GSM) or 67 (UCS-2) characters a part.
int smsSegments(const QString &text);
bool isGsmText(const QString &text);

// The great-circle distance in kilometres between two points given in degrees (haversine, on a
// sphere of 6,371 km: good to a fraction of a percent at a city's scale).
double distanceKm(double lat1, double lon1, double lat2, double lon2);

// When quiet hours `quiet` hold at local time `local`: the UTC epoch second they end, else 0.
qint64 quietUntil(const QuietHours &quiet, const QDateTime &local);

// Composes broadcasts and resolves their audience (DESIGN.md, "Broadcast"). create() writes the
// broadcast and its recipients in one BEGIN IMMEDIATE transaction with set-based SQL: one
// recipient per person, personalised by their home branch (most visits in the last 12 months,
// ties to the most recent; else people.home_branch_id), only with consent to the channel, and
// deferred to the end of quiet hours in the home branch's timezone.
// The owner broadcasts chain-wide; a manager only to their branch and only when
// managers_may_broadcast; a cashier never.
class BroadcastService
{
public:
    // `backend`: QtSql makes create() count its audience in a pass of its own, as it does where
    // SQLite's C API is out of reach (for tests).
    explicit BroadcastService(storage::Database &db,
        storage::BulkInserter::Backend backend = storage::BulkInserter::Backend::Automatic);

    Result<CreateResult> create(const auth::Actor &actor, const Draft &draft);
    // The counts create() would report now (id 0), writing nothing: the audience is resolved
    // the same way, inside a transaction that is rolled back.
    Result<CreateResult> estimate(const auth::Actor &actor, const Draft &draft);
    // The message as one person of each branch gets it: the `samples` an estimate of this
    // audience found (home branch -> person), or, until there is one, the first person at
    // home in each chosen branch.
    Result<QVector<PreviewSample>> preview(
        const auth::Actor &actor, const Draft &draft, const QMap<qint64, qint64> &samples = {});
    Result<BroadcastStatus> status(const auth::Actor &actor, qint64 broadcastId);
    // The broadcasts the actor may see, newest first: the owner every one, a manager those
    // that reached people at home in their branch and their own.
    Result<QVector<BroadcastSummary>> list(const auth::Actor &actor);
    // Stops a broadcast that is queued or sending: nothing more of it is delivered. The owner
    // cancels any; a manager only their own.
    Status cancel(const auth::Actor &actor, qint64 broadcastId);

    // Renders `body` with the placeholder values given.
    static QString render(const QString &body, const QMap<QString, QString> &values);

private:
    struct Plan; // a checked draft with what create() and estimate() need to resolve it
    struct Audience; // the audience of a plan as SQL

    Status authorise(const auth::Actor &actor, Draft &draft);
    Result<Plan> plan(const auth::Actor &actor, const Draft &draft);
    Result<Audience> audience(const Plan &plan);
    // The branches (with coordinates) within `radiusKm` of `branchId`, that one included.
    Result<QVector<qint64>> branchesNear(qint64 branchId, int radiusKm);
    // Quiet hours per home branch at send time (temp.bc_quiet), the visit summary brought up
    // to date, then audience().
    Result<Audience> resolve(const Plan &plan);
    // estimate()'s counts and samples, in one pass.
    Result<CreateResult> count(const Plan &plan);

    storage::Database &m_db;
    storage::BulkInserter::Backend m_backend;
};

} // namespace core::broadcasts
