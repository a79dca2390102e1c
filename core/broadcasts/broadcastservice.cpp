#include "core/broadcasts/broadcastservice.h"

#include "core/audit/auditlog.h"
#include "core/branches/branchservice.h"
#include "core/broadcasts/messagesql.h"
#include "core/broadcasts/visitsummary.h"
#include "core/chain/chainsettings.h"
#include "core/common/clock.h"
#include "core/common/log.h"
#include "core/common/money.h"
#include "core/coupons/claimservice.h"
#include "core/storage/bulkinserter.h"
#include "core/storage/bulksession.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"
#include "core/storage/writetransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <optional>

namespace core::broadcasts {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Broadcasts)
};

constexpr qint64 secondsPerDay = 24 * 60 * 60;

QString idList(const QVector<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

Status run(QSqlQuery &q, const QString &sql)
{
    if (!q.exec(sql))
        return storage::toError(q.lastError());
    return {};
}

// While an audience is resolved and written: a page cache of 128 MB and temporary tables in
// memory, so that a chain-wide audience of a million people is joined without reading the same
// pages from the file again and again (measured: 8.0 s to 1.7 s to resolve on 1,400,000
// people). The WAL stays: the app sends while its other connections read. For create(), the
// recipients are `trusted`: every row is made by one INSERT ... SELECT from people, branches
// and the broadcast just written, with states spelled in the statement, so foreign keys and
// CHECKs are not run row by row (about 1.3 s of 975,364 rows; `check` verifies them).
storage::BulkSession::Options audienceWork(bool trusted)
{
    storage::BulkSession::Options options;
    options.cacheKiB = 128 * 1024;
    options.trusted = trusted;
    options.keepJournal = true;
    options.tempInMemory = true;
    options.mmapBytes = qint64(2) << 30;
    return options;
}

} // namespace

QString channelName(ChannelKind channel)
{
    return channel == ChannelKind::Webhook ? QStringLiteral("webhook") : QStringLiteral("sms-file");
}

bool sameAudience(const Draft &a, const Draft &b)
{
    return a.channel == b.channel && a.branchIds == b.branchIds && a.segment == b.segment
        && a.lapsedDays == b.lapsedDays && a.recentDays == b.recentDays
        && a.nearBranchId == b.nearBranchId && a.radiusKm == b.radiusKm && a.tierId == b.tierId
        && a.birthdayThisMonth == b.birthdayThisMonth && a.balanceAbove == b.balanceAbove;
}

double distanceKm(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double earthKm = 6371.0;
    constexpr double pi = 3.14159265358979323846; // M_PI is not standard C++
    const auto rad = [](double degrees) { return degrees * pi / 180.0; };
    const double dLat = rad(lat2 - lat1);
    const double dLon = rad(lon2 - lon1);
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(rad(lat1)) * std::cos(rad(lat2)) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * earthKm * std::asin(std::min(1.0, std::sqrt(a)));
}

bool isGsmText(const QString &text)
{
    // The GSM 03.38 default alphabet and its extension table.
    static const QString gsm = QStringLiteral(
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
        "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà^{}\\[~]|€");
    for (QChar c : text)
        if (!gsm.contains(c))
            return false;
    return true;
}

int smsSegments(const QString &text)
{
    // One part holds 160 GSM characters or 70 UCS-2 ones (Chinese, emoji, anything outside
    // the GSM alphabet); a multi-part message loses room to the concatenation header, so each
    // part then holds 153 or 67.
    const bool gsm = isGsmText(text);
    const int n = text.size();
    const int single = gsm ? 160 : 70;
    const int multi = gsm ? 153 : 67;
    if (n == 0)
        return 0;
    if (n <= single)
        return 1;
    return (n + multi - 1) / multi;
}

BroadcastService::BroadcastService(storage::Database &db, storage::BulkInserter::Backend backend)
    : m_db(db)
    , m_backend(backend)
{
}

QString BroadcastService::render(const QString &body, const QMap<QString, QString> &values)
{
    QString out = body;
    for (auto it = values.begin(); it != values.end(); ++it)
        out.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    return out;
}

Status BroadcastService::authorise(const auth::Actor &actor, Draft &draft)
{
    if (actor.role() == auth::Role::Cashier)
        return Error(Error::Code::PermissionDenied, Tr::tr("A cashier may not send broadcasts."));
    if (!actor.isOwner()) {
        auto settings = BroadcastSettings::load(m_db);
        if (!settings)
            return settings.error();
        if (!settings->managersMayBroadcast)
            return Error(Error::Code::PermissionDenied,
                Tr::tr("The owner has not allowed branch managers to send broadcasts."));
        if (draft.branchIds.isEmpty())
            draft.branchIds = { actor.branchId() };
        for (qint64 id : draft.branchIds)
            if (auto s = actor.requireBranch(id, Tr::tr("send a broadcast to this branch")); !s)
                return s;
    }
    if (draft.title.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput, Tr::tr("A broadcast needs a title."),
            QStringLiteral("title"));
    if (draft.body.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput, Tr::tr("A broadcast needs a message."),
            QStringLiteral("body"));
    if (draft.body.contains(QLatin1String("{coupon_code}")) && draft.couponCode.isEmpty())
        return Error(Error::Code::InvalidInput,
            Tr::tr("The message has a place for a coupon code, {coupon_code}, but no coupon is "
                   "attached; attach one or take the placeholder out."),
            QStringLiteral("coupon"));
    if (draft.lapsedDays < 0)
        return Error(Error::Code::InvalidInput, Tr::tr("Lapsed days cannot be negative."),
            QStringLiteral("lapsed-days"));
    if (draft.recentDays < 0)
        return Error(Error::Code::InvalidInput, Tr::tr("Recent days cannot be negative."),
            QStringLiteral("recent-days"));
    if (draft.radiusKm < 0 || (draft.radiusKm > 0) != (draft.nearBranchId > 0))
        return Error(Error::Code::InvalidInput,
            Tr::tr("To reach people near a branch, choose the branch and a distance above zero."),
            QStringLiteral("near"));
    if (draft.nearBranchId > 0) {
        auto centre = branches::BranchService(m_db).find(draft.nearBranchId);
        if (!centre)
            return centre.error();
        if (!centre->latitude || !centre->longitude)
            return Error(Error::Code::InvalidInput,
                Tr::tr("Branch %1 has no coordinates, so nobody can be found near it; add its "
                       "latitude and longitude on the Branches page.")
                    .arg(centre->code),
                QStringLiteral("near"));
    }
    for (qint64 id : draft.branchIds) {
        auto found = storage::scalar(
            m_db, QStringLiteral("SELECT count(*) FROM branches WHERE id = ?"), { id }, 0);
        if (!found)
            return found.error();
        if (found->toLongLong() == 0)
            return Error(Error::Code::NotFound, Tr::tr("There is no branch with id %1.").arg(id),
                QStringLiteral("branches"));
    }
    return {};
}

Result<QVector<qint64>> BroadcastService::branchesNear(qint64 branchId, int radiusKm)
{
    auto all = storage::prepare(
        m_db, QStringLiteral("SELECT id, latitude, longitude FROM branches"
                             " WHERE latitude IS NOT NULL AND longitude IS NOT NULL"));
    if (!all)
        return all.error();
    if (auto s = storage::exec(*all); !s)
        return s.error();
    struct Point
    {
        qint64 id;
        double lat, lon;
    };
    QVector<Point> points;
    while (all->next())
        points.push_back({ all->value(0).toLongLong(), all->value(1).toDouble(),
            all->value(2).toDouble() });
    const auto centre = std::find_if(
        points.cbegin(), points.cend(), [branchId](const Point &p) { return p.id == branchId; });
    QVector<qint64> out;
    if (centre == points.cend())
        return out;
    for (const Point &p : points) {
        if (distanceKm(centre->lat, centre->lon, p.lat, p.lon) <= radiusKm)
            out.push_back(p.id);
    }
    return out;
}

struct BroadcastService::Plan
{
    Draft draft;
    chain::ChainSettings chain;
    BroadcastSettings settings;
    qint64 now = 0;
    qint64 sendAt = 0;
    qint64 couponId = 0;
    QString consentChannel;
};

// The draft's audience as SQL over people p (one row per person), their visit summary s, their
// consent to the channel c (NULL: none) and the end of quiet hours at their home branch qt
// (NULL: not quiet): `from` and `where` select it, `home` is the home branch (most visits in
// the last 12 months, ties to the most recent, the summary's rule; people without visits in
// that time keep people.home_branch_id) and `reach` counts through how many chosen branches it
// reached the person (home branch or visits), so folded duplicates can be counted.
struct BroadcastService::Audience
{
    QString from;
    QString where;
    QString home;
    QString reach;
};

Result<BroadcastService::Audience> BroadcastService::audience(const Plan &plan)
{
    const Draft &draft = plan.draft;
    const qint64 now = plan.sendAt;
    const QString inBranches = draft.branchIds.isEmpty()
        ? QString()
        : QStringLiteral(" IN (%1)").arg(idList(draft.branchIds));
    const QString home = QStringLiteral("coalesce(s.home_branch_id, p.home_branch_id)");

    // Who is reached, and through how many chosen branches: chain-wide, everyone, counted by
    // the branches they visited; else the people at home in a chosen branch or with a visit
    // there, counted by the chosen branches among those.
    QString reach = QStringLiteral("coalesce(s.branches, 0)");
    // In the order of the table, so that the summary is read in its order too (the planner
    // would take a narrower index, and the join would read the summary at random).
    QString from = QStringLiteral("people p NOT INDEXED");
    if (!draft.branchIds.isEmpty()) {
        reach = QStringLiteral("r.n");
        from = QStringLiteral("(SELECT pid, count(DISTINCT b) AS n FROM ("
                              " SELECT id AS pid, home_branch_id AS b FROM people"
                              "  WHERE home_branch_id%1"
                              " UNION SELECT person_id, branch_id FROM visits"
                              "  WHERE branch_id%1 AND person_id IS NOT NULL)"
                              " GROUP BY pid) r JOIN people p ON p.id = r.pid")
                   .arg(inBranches);
    }
    QStringList where;
    if (draft.segment == Segment::Members)
        where << QStringLiteral("p.member_since IS NOT NULL");
    else if (draft.segment == Segment::Guests)
        where << QStringLiteral("p.member_since IS NULL");
    else if (draft.segment == Segment::CouponOnly)
        where << QStringLiteral("p.member_since IS NULL AND EXISTS (SELECT 1 FROM coupon_claims c"
                                " WHERE c.person_id = p.id) AND s.person_id IS NULL");
    if (draft.lapsedDays > 0)
        where << QStringLiteral("coalesce(s.last_visit_at, 0) < %1")
                     .arg(now - qint64(draft.lapsedDays) * secondsPerDay);
    if (draft.recentDays > 0)
        where << QStringLiteral("coalesce(s.last_visit_at, 0) >= %1")
                     .arg(now - qint64(draft.recentDays) * secondsPerDay);
    if (draft.nearBranchId > 0) {
        auto near = branchesNear(draft.nearBranchId, draft.radiusKm);
        if (!near)
            return near.error();
        where << (near->isEmpty() ? QStringLiteral("0")
                                  : QStringLiteral("coalesce(s.home_branch_id, p.home_branch_id)"
                                                   " IN (%1)")
                                        .arg(idList(*near)));
    }
    if (draft.tierId > 0)
        where << QStringLiteral("p.tier_id = %1").arg(draft.tierId);
    if (draft.birthdayThisMonth)
        where << QStringLiteral("substr(p.birthday, 6, 2) = '%1'")
                     .arg(QDateTime::fromSecsSinceEpoch(now, QTimeZone::utc()).date().month(), 2,
                         10, QLatin1Char('0'));
    if (draft.balanceAbove >= 0)
        where << QStringLiteral("coalesce((SELECT principal + bonus FROM wallets w"
                                " WHERE w.person_id = p.id), 0) > %1")
                     .arg(draft.balanceAbove);
    // A manager's broadcast stays in their branch: people whose home is elsewhere are theirs
    // only through visits; they are left to the branch they call home.
    if (!draft.branchIds.isEmpty() && draft.restrictHome)
        where << home + inBranches;
    Audience a;
    a.home = home;
    a.reach = reach;
    a.from = QStringLiteral("%1 LEFT JOIN visit_summary s ON s.person_id = p.id"
                            " LEFT JOIN consents c ON c.person_id = p.id AND c.channel = '%2'"
                            "  AND c.granted = 1"
                            " LEFT JOIN bc_quiet qt ON qt.branch_id = coalesce(%3, 0)")
                 .arg(from, plan.consentChannel, home);
    a.where = where.isEmpty() ? QStringLiteral("1") : where.join(QStringLiteral(" AND "));
    return a;
}

Result<BroadcastService::Plan> BroadcastService::plan(const auth::Actor &actor, const Draft &input)
{
    Plan p;
    p.draft = input;
    if (auto s = authorise(actor, p.draft); !s)
        return s.error();
    p.draft.restrictHome = !actor.isOwner();
    auto chain = chain::ChainStore::load(m_db);
    if (!chain)
        return chain.error();
    p.chain = *chain;
    auto settings = BroadcastSettings::load(m_db);
    if (!settings)
        return settings.error();
    p.settings = *settings;
    p.now = clock::now();
    p.sendAt = p.draft.scheduledAt > 0 ? p.draft.scheduledAt : p.now;
    p.consentChannel = p.draft.channel == ChannelKind::Webhook ? QStringLiteral("webhook")
                                                               : QStringLiteral("sms");
    if (!p.draft.couponCode.isEmpty()) {
        auto id = storage::scalar(m_db, QStringLiteral("SELECT id FROM coupons WHERE code = ?"),
            { p.draft.couponCode }, 0);
        if (!id)
            return id.error();
        p.couponId = id->toLongLong();
        if (p.couponId == 0)
            return Error(Error::Code::NotFound,
                Tr::tr("There is no coupon %1.").arg(p.draft.couponCode), QStringLiteral("coupon"));
    }
    return p;
}

Result<BroadcastService::Audience> BroadcastService::resolve(const Plan &plan)
{
    // Quiet hours per home branch at send time: deferred until they end.
    QSqlQuery q(m_db.sql());
    if (auto s = run(q, QStringLiteral("DROP TABLE IF EXISTS temp.bc_quiet")); !s)
        return s.error();
    if (auto s = run(q,
            QStringLiteral("CREATE TEMP TABLE bc_quiet (branch_id INTEGER PRIMARY KEY,"
                           " until INTEGER NOT NULL)"));
        !s)
        return s.error();
    {
        auto zones = storage::prepare(m_db, QStringLiteral("SELECT id, timezone FROM branches"));
        if (!zones)
            return zones.error();
        if (auto s = storage::exec(*zones); !s)
            return s.error();
        auto add = storage::prepare(m_db, QStringLiteral("INSERT INTO bc_quiet VALUES (?, ?)"));
        if (!add)
            return add.error();
        auto quietAt = [&](qint64 branchId, const QString &zoneName) -> Status {
            QTimeZone zone(zoneName.toUtf8());
            if (zoneName.isEmpty() || !zone.isValid())
                zone = plan.chain.timeZone();
            const qint64 until
                = quietUntil(plan.settings.quiet, QDateTime::fromSecsSinceEpoch(plan.sendAt, zone));
            if (until > 0)
                return storage::exec(*add, { branchId, until });
            return {};
        };
        while (zones->next())
            if (auto s = quietAt(zones->value(0).toLongLong(), zones->value(1).toString()); !s)
                return s.error();
        if (auto s = quietAt(0, QString()); !s) // people without a home branch: the chain's time
            return s.error();
    }

    // Visits come from the visit summary, brought up to date for this send time first.
    if (auto s = VisitSummary::refresh(m_db, plan.sendAt - 365 * secondsPerDay); !s)
        return s.error();
    return audience(plan);
}

Result<CreateResult> BroadcastService::estimate(const auth::Actor &actor, const Draft &input)
{
    auto p = plan(actor, input);
    if (!p)
        return p.error();
    // The visit summary is brought up to date in a transaction of its own, so that what it
    // learns stays for the next estimate and the send.
    const qint64 windowStart = p->sendAt - 365 * secondsPerDay;
    if (auto s = VisitSummary::prepare(m_db, windowStart); !s)
        return s.error();
    {
        storage::WriteTransaction tx(m_db);
        if (!tx.ok())
            return tx.error();
        if (auto s = VisitSummary::refresh(m_db, windowStart); !s)
            return s.error();
        if (auto s = tx.commit(); !s)
            return s.error();
    }
    // A read transaction: one snapshot for every count. Rolling it back drops the temporary
    // table of quiet hours with it; nothing is written to the chain.
    const storage::BulkSession room(m_db, audienceWork(false));
    QSqlDatabase sql = m_db.sql();
    if (!sql.transaction())
        return storage::toError(sql.lastError());
    auto result = count(*p);
    sql.rollback();
    return result;
}

// The counts of the audience in one pass, grouped by home branch, with the lowest person of
// each that would receive it for the preview.
Result<CreateResult> BroadcastService::count(const Plan &plan)
{
    auto a = resolve(plan);
    if (!a)
        return a.error();
    auto q = storage::prepare(m_db,
        QStringLiteral("SELECT %1, count(*), coalesce(sum(%2 > 1), 0),"
                       " coalesce(sum(c.person_id IS NOT NULL), 0),"
                       " coalesce(sum(c.person_id IS NOT NULL AND qt.until IS NOT NULL), 0),"
                       " min(CASE WHEN c.person_id IS NOT NULL THEN p.id END)"
                       " FROM %3 WHERE %4 GROUP BY 1")
            .arg(a->home, a->reach, a->from, a->where));
    if (!q)
        return q.error();
    if (auto s = storage::exec(*q); !s)
        return s.error();
    CreateResult result;
    while (q->next()) {
        const qint64 reached = q->value(1).toLongLong();
        const qint64 consented = q->value(3).toLongLong();
        result.duplicatesFolded += q->value(2).toLongLong();
        result.recipients += consented;
        result.noConsent += reached - consented;
        result.deferred += q->value(4).toLongLong();
        // One sample for each chosen branch (people reached there but at home elsewhere get
        // their home's message, which the preview of that branch would show).
        const qint64 home = q->value(0).toLongLong();
        if (!q->value(0).isNull() && !q->value(5).isNull()
            && (plan.draft.branchIds.isEmpty() || plan.draft.branchIds.contains(home)))
            result.samples.insert(home, q->value(5).toLongLong());
    }
    return result;
}

Result<CreateResult> BroadcastService::create(const auth::Actor &actor, const Draft &input)
{
    auto p = plan(actor, input);
    if (!p)
        return p.error();
    const Draft &draft = p->draft;
    const qint64 now = p->now;
    const qint64 sendAt = p->sendAt;
    const qint64 couponId = p->couponId;

    // A summary to rebuild whole is built before the write lock is taken.
    if (auto s = VisitSummary::prepare(m_db, p->sendAt - 365 * secondsPerDay); !s)
        return s.error();
    QElapsedTimer timer;
    timer.start();
    const storage::BulkSession room(m_db, audienceWork(true));
    storage::WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto a = resolve(*p);
    if (!a)
        return a.error();

    QJsonObject audience { { QStringLiteral("branches"), QJsonArray() } };
    QJsonArray branches;
    for (qint64 id : draft.branchIds)
        branches.append(id);
    audience[QStringLiteral("branches")] = branches;
    audience[QStringLiteral("segment")] = int(draft.segment);
    audience[QStringLiteral("lapsed_days")] = draft.lapsedDays;
    audience[QStringLiteral("recent_days")] = draft.recentDays;
    audience[QStringLiteral("near_branch_id")] = draft.nearBranchId;
    audience[QStringLiteral("radius_km")] = draft.radiusKm;
    audience[QStringLiteral("tier_id")] = draft.tierId;
    audience[QStringLiteral("birthday_this_month")] = draft.birthdayThisMonth;
    audience[QStringLiteral("balance_above")] = draft.balanceAbove;

    CreateResult result;
    auto insert = storage::prepare(m_db,
        QStringLiteral("INSERT INTO broadcasts (title, body, channel, audience, coupon_id,"
                       " scheduled_at, created_by, created_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    if (auto s = storage::exec(*insert,
            { draft.title, draft.body, channelName(draft.channel),
                QString::fromUtf8(QJsonDocument(audience).toJson(QJsonDocument::Compact)),
                storage::nullIfZero(couponId), sendAt, actor.name(), now });
        !s)
        return s.error();
    result.id = insert->lastInsertId().toLongLong();

    // The recipients, in one pass over the audience: narrow rows in the order of person ids,
    // so both indexes are appended to (the message is rendered when each is delivered). The
    // pass also counts whom it reached and how many of them twice or more, through
    // cc_audience_tally(reach, consented), which answers whether the person consented; where
    // SQLite's C API is out of reach it counts in a pass of its own first.
    qint64 reached = 0;
    storage::BulkInserter api(m_db, m_backend);
    const bool tallied = api.addFunction("cc_audience_tally", 2, [&](const qint64 *args) {
        ++reached;
        if (args[0] > 1)
            ++result.duplicatesFolded;
        return args[1];
    });
    if (!tallied) {
        auto counted = storage::prepare(m_db,
            QStringLiteral("SELECT count(*), coalesce(sum(%1 > 1), 0) FROM %2 WHERE %3")
                .arg(a->reach, a->from, a->where));
        if (!counted)
            return counted.error();
        if (auto s = storage::exec(*counted); !s)
            return s.error();
        if (counted->next()) {
            reached = counted->value(0).toLongLong();
            result.duplicatesFolded = counted->value(1).toLongLong();
        }
    }
    {
        auto write = storage::prepare(m_db,
            QStringLiteral(
                "INSERT INTO broadcast_recipients (broadcast_id, person_id, home_branch_id,"
                " state, next_attempt_at)"
                " SELECT ?, p.id, %1, CASE WHEN qt.until IS NULL THEN 'pending' ELSE 'deferred' END,"
                "  coalesce(qt.until, ?)"
                " FROM %2 WHERE %3 AND %4 ORDER BY p.id")
                .arg(a->home, a->from, a->where,
                    tallied ? QStringLiteral("cc_audience_tally(%1, c.person_id IS NOT NULL)")
                                  .arg(a->reach)
                            : QStringLiteral("c.person_id IS NOT NULL")));
        if (!write)
            return write.error();
        if (auto s = storage::exec(*write, { result.id, sendAt }); !s)
            return s.error();
        result.recipients = write->numRowsAffected();
    }
    result.noConsent = reached - result.recipients;
    auto deferred = storage::scalar(m_db,
        QStringLiteral("SELECT count(*) FROM broadcast_recipients"
                       " WHERE broadcast_id = ? AND state = 'deferred'"),
        { result.id }, 0);
    if (!deferred)
        return deferred.error();
    result.deferred = deferred->toLongLong();
    if (auto s = storage::execOnce(m_db,
            QStringLiteral("UPDATE broadcasts SET duplicates_folded = ? WHERE id = ?"),
            { result.duplicatesFolded, result.id });
        !s)
        return s.error();
    if (couponId != 0) {
        // Each recipient gets their own claim, in this transaction.
        coupons::ClaimService claims(m_db);
        auto who = storage::prepare(m_db,
            QStringLiteral("SELECT id, person_id FROM broadcast_recipients"
                           " WHERE broadcast_id = ? ORDER BY id"));
        if (!who)
            return who.error();
        if (auto s = storage::exec(*who, { result.id }); !s)
            return s.error();
        auto set = storage::prepare(
            m_db, QStringLiteral("UPDATE broadcast_recipients SET claim_id = ? WHERE id = ?"));
        if (!set)
            return set.error();
        QVector<QPair<qint64, qint64>> rows;
        while (who->next())
            rows.append({ who->value(0).toLongLong(), who->value(1).toLongLong() });
        for (const auto &row : rows) {
            coupons::ClaimRequest request;
            request.couponId = couponId;
            request.personId = row.second;
            request.channel = QStringLiteral("broadcast");
            request.claimedAt = now;
            auto claim = claims.claim(actor, request);
            if (!claim)
                return claim.error();
            if (auto s = storage::exec(*set, { claim->id, row.first }); !s)
                return s.error();
        }
    }
    QSqlQuery q(m_db.sql());
    if (auto s = run(q, QStringLiteral("DROP TABLE temp.bc_quiet")); !s)
        return s.error();
    if (auto s = audit::AuditLog::record(m_db, actor, QStringLiteral("broadcast.create"),
            QStringLiteral("broadcast"), result.id, actor.isOwner() ? 0 : actor.branchId(), {},
            QJsonObject { { QStringLiteral("title"), draft.title },
                { QStringLiteral("channel"), channelName(draft.channel) },
                { QStringLiteral("audience"), audience },
                { QStringLiteral("recipients"), result.recipients },
                { QStringLiteral("duplicates_folded"), result.duplicatesFolded },
                { QStringLiteral("no_consent"), result.noConsent },
                { QStringLiteral("deferred"), result.deferred },
                { QStringLiteral("scheduled_at"), sendAt } });
        !s)
        return s.error();
    const qint64 writtenMs = timer.elapsed();
    if (auto s = tx.commit(); !s)
        return s.error();
    qCInfo(lcBroadcasts).noquote()
        << QStringLiteral("broadcast %1: %2 recipients resolved and written in %3 ms, committed "
                          "in %4 ms")
               .arg(result.id)
               .arg(result.recipients)
               .arg(writtenMs)
               .arg(timer.elapsed() - writtenMs);
    return result;
}

Result<QVector<PreviewSample>> BroadcastService::preview(
    const auth::Actor &actor, const Draft &input, const QMap<qint64, qint64> &samples)
{
    Draft draft = input;
    if (auto s = authorise(actor, draft); !s)
        return s.error();
    auto chain = chain::ChainStore::load(m_db);
    if (!chain)
        return chain.error();
    // Who shows each branch: the estimate's samples, else the first person at home.
    QVector<QPair<qint64, qint64>> shown; // branch, person (0: the first at home)
    if (!samples.isEmpty()) {
        for (auto it = samples.begin(); it != samples.end(); ++it)
            shown.append({ it.key(), it.value() });
    } else {
        QVector<qint64> ids = draft.branchIds;
        if (ids.isEmpty()) {
            auto all = storage::prepare(m_db, QStringLiteral("SELECT id FROM branches WHERE active = 1"));
            if (!all)
                return all.error();
            if (auto s = storage::exec(*all); !s)
                return s.error();
            while (all->next())
                ids.append(all->value(0).toLongLong());
        }
        for (qint64 id : ids)
            shown.append({ id, 0 });
    }
    // The person by id, or the first at home in the branch: the message, rendered as the
    // delivery renders it, signed with that branch.
    const auto query = [&](const QString &person) {
        return storage::prepare(m_db,
            QStringLiteral("SELECT b.code, p.id, %1 FROM branches b JOIN people p ON %2"
                           " LEFT JOIN wallets w ON w.person_id = p.id"
                           " LEFT JOIN tiers t ON t.id = p.tier_id"
                           " WHERE b.id = ? ORDER BY p.id LIMIT 1")
                .arg(renderMessageSql(QStringLiteral("?"), chain->decimals()), person));
    };
    auto byId = query(QStringLiteral("p.id = ?"));
    auto atHome = query(QStringLiteral("p.home_branch_id = b.id"));
    if (!byId)
        return byId.error();
    if (!atHome)
        return atHome.error();
    QVector<PreviewSample> out;
    for (const auto &[branchId, personId] : shown) {
        QSqlQuery *sample = personId > 0 ? &*byId : &*atHome;
        const Status ran = personId > 0 ? storage::exec(*sample, { draft.body, personId, branchId })
                                        : storage::exec(*sample, { draft.body, branchId });
        if (!ran)
            return ran.error();
        if (!sample->next())
            continue;
        PreviewSample p;
        p.branchId = branchId;
        p.branchCode = sample->value(0).toString();
        p.personId = sample->value(1).toLongLong();
        p.text = sample->value(2).toString();
        p.characters = int(p.text.size());
        p.segments = smsSegments(p.text);
        out.append(p);
    }
    std::sort(out.begin(), out.end(),
        [](const PreviewSample &a, const PreviewSample &b) { return a.branchCode < b.branchCode; });
    return out;
}

} // namespace core::broadcasts
