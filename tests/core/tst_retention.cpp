#include "core/chain/chainsettings.h"
#include "core/common/clock.h"
#include "core/coupons/claimservice.h"
#include "core/coupons/couponservice.h"
#include "core/csvio/importer.h"
#include "core/people/personservice.h"
#include "core/retention/progressrange.h"
#include "core/retention/retentionengine.h"
#include "core/retention/retentionrollup.h"
#include "core/retention/rollupbuilder.h"
#include "core/retention/zonecalendar.h"
#include "core/storage/sql.h"
#include "core/storage/writetransaction.h"
#include "core/visits/visitservice.h"
#include "core/wallet/walletservice.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

#include "tests/support/testchain.h"
#include <algorithm>
#include <ctime>
#include <map>

using namespace testsupport;
using core::retention::Cohort;
using core::retention::RetentionEngine;
using core::retention::RetentionQuery;
using core::retention::RetentionResult;

namespace {

// Builds hand-made histories. Top-ups go through WalletService; visits and coupon claims are
// written with plain SQL here (tests only), the way an import or the counter would store them.
class Fixture
{
public:
    Fixture() = default;

    core::storage::Database &db() { return chain.db(); }

    qint64 at(const char *local) const
    {
        const QDateTime t
            = QDateTime::fromString(QLatin1String(local), QStringLiteral("yyyy-MM-dd HH:mm"));
        return QDateTime(t.date(), t.time(), zone).toSecsSinceEpoch();
    }

    qint64 person(int n)
    {
        core::people::PersonService people(
            db(), core::people::PhoneNormalizer(QStringLiteral("CN")));
        auto p = people.findOrRegister(chain.owner(), phone(n), chain.branch1);
        return p ? p->id : 0;
    }

    // Returns the ledger entry id of the top-up.
    qint64 topUp(int n, qint64 branch, qint64 when)
    {
        core::clock::setNowForTesting(when);
        core::wallet::Request r;
        r.phone = phone(n);
        r.branchId = branch;
        r.amount = 10000;
        auto out = core::wallet::WalletService(db()).topUp(chain.owner(), r);
        core::clock::setNowForTesting(0);
        return out ? out->entry.id : 0;
    }

    qint64 visit(qint64 personId, qint64 branch, qint64 when)
    {
        return insert(QStringLiteral("INSERT INTO visits (branch_id, person_id, occurred_at,"
                                     " amount, source, receipt_no) VALUES (?, ?, ?, 5000,"
                                     " 'counter', ?)"),
            { branch, core::storage::nullIfZero(personId), when, receipt() });
    }

    qint64 refund(qint64 visitId)
    {
        return insert(QStringLiteral("INSERT INTO visits (branch_id, person_id, occurred_at,"
                                     " amount, kind, refund_of, source, receipt_no)"
                                     " SELECT branch_id, person_id, occurred_at + 600, -amount,"
                                     " 'refund', id, 'counter', ? FROM visits WHERE id = ?"),
            { receipt(), visitId });
    }

    void voidVisit(qint64 visitId)
    {
        QVERIFY(core::storage::execOnce(db(),
            QStringLiteral("UPDATE visits SET voided_at = 1"
                           " WHERE id = ?"),
            { visitId }));
    }

    qint64 claim(qint64 personId, qint64 branch, qint64 when)
    {
        if (m_coupon == 0)
            m_coupon = insert(QStringLiteral("INSERT INTO coupons (code, name, kind, value,"
                                             " created_at) VALUES ('C1', 'Welcome', 'amount',"
                                             " 500, 0)"),
                {});
        return insert(QStringLiteral("INSERT INTO coupon_claims (coupon_id, person_id,"
                                     " claimed_at, branch_id, claim_code) VALUES (?, ?, ?, ?, ?)"),
            { m_coupon, personId, when, core::storage::nullIfZero(branch),
                QStringLiteral("CL%1").arg(++m_claims) });
    }

    core::Result<RetentionResult> run(
        const core::auth::Actor &actor, const RetentionQuery &query = {})
    {
        return RetentionEngine(db()).run(actor, query);
    }

    TestChain chain;
    QTimeZone zone { "Asia/Shanghai" };

private:
    static QString phone(int n)
    {
        return QStringLiteral("1380000%1").arg(n, 4, 10, QLatin1Char('0'));
    }
    QString receipt() { return QStringLiteral("R%1").arg(++m_receipts); }

    qint64 insert(const QString &sql, std::initializer_list<QVariant> values)
    {
        auto q = core::storage::prepare(db(), sql);
        if (!q || !core::storage::exec(*q, values))
            return 0;
        return q->lastInsertId().toLongLong();
    }

    qint64 m_coupon = 0;
    int m_claims = 0;
    int m_receipts = 0;
};

// The definitions computed the slow, obvious way: per person, with QDateTime in the chain's
// zone, straight from the source tables. Owner's view, every branch.
RetentionResult bruteForce(
    core::storage::Database &db, const QTimeZone &zone, int months = 12, const QDate &to = {})
{
    const auto monthOf = [&zone](qint64 t) {
        const QDate d = QDateTime::fromSecsSinceEpoch(t, zone).date();
        return d.year() * 12 + d.month() - 1;
    };
    const auto dateOf = [&zone](qint64 t) { return QDateTime::fromSecsSinceEpoch(t, zone).date(); };
    QSqlQuery latest(db.sql());
    latest.exec(QStringLiteral("SELECT max(occurred_at) FROM visits WHERE kind = 'sale'"
                               " AND voided_at IS NULL"));
    latest.next();
    const int lastMonth = to.isValid()
        ? to.year() * 12 + to.month() - 1
        : (latest.isNull(0) ? -1 : monthOf(latest.value(0).toLongLong()));

    std::map<int, Cohort> groups[2];
    QSqlQuery people(db.sql());
    people.exec(QStringLiteral("SELECT id FROM people ORDER BY id"));
    while (people.next()) {
        const qint64 id = people.value(0).toLongLong();
        const auto first = [&db, id](const QString &sql) {
            QSqlQuery q(db.sql());
            q.prepare(sql);
            q.addBindValue(id);
            q.exec();
            return q.next() ? std::optional<qint64>(q.value(0).toLongLong()) : std::nullopt;
        };
        const auto topUp = first(QStringLiteral(
            "SELECT occurred_at FROM wallet_entries WHERE person_id = ? AND kind = 'topup' AND id"
            " NOT IN (SELECT reverses FROM wallet_entries WHERE reverses IS NOT NULL)"
            " ORDER BY occurred_at, id"));
        const auto claim = first(QStringLiteral("SELECT claimed_at FROM coupon_claims"
                                                " WHERE person_id = ? ORDER BY claimed_at, id"));
        QVector<qint64> visits;
        QSqlQuery v(db.sql());
        v.prepare(QStringLiteral("SELECT occurred_at FROM visits WHERE person_id = ?"
                                 " AND kind = 'sale' AND voided_at IS NULL"));
        v.addBindValue(id);
        v.exec();
        while (v.next())
            visits.push_back(v.value(0).toLongLong());
        const auto add = [&](int g, qint64 start, bool converted) {
            const int cohortMonth = monthOf(start);
            Cohort &c = groups[g][cohortMonth];
            c.monthIndex = cohortMonth;
            c.month = core::retention::ZoneCalendar::monthName(cohortMonth);
            ++c.size;
            const int kMax = lastMonth > cohortMonth ? qMin(months, lastMonth - cohortMonth) : 0;
            if (c.retained.size() < kMax + 1)
                c.retained.resize(kMax + 1);
            QSet<int> seen;
            qint64 firstReturn = -1;
            for (qint64 t : visits) {
                if (t < start)
                    continue;
                const int k = monthOf(t) - cohortMonth;
                if (k <= kMax)
                    seen.insert(k);
                const qint64 days = dateOf(start).daysTo(dateOf(t));
                if (days > 0 && (firstReturn < 0 || days < firstReturn))
                    firstReturn = days;
            }
            for (int k : seen)
                ++c.retained[k];
            c.returned30 += firstReturn > 0 && firstReturn <= 30;
            c.returned60 += firstReturn > 0 && firstReturn <= 60;
            c.returned90 += firstReturn > 0 && firstReturn <= 90;
            c.converted += converted;
        };
        if (topUp)
            add(0, *topUp, false);
        if (claim && (!topUp || *topUp > *claim))
            add(1, *claim, topUp.has_value());
    }
    RetentionResult out;
    out.lastMonthIndex = lastMonth;
    for (const auto &[month, c] : groups[0])
        out.member.push_back(c);
    for (const auto &[month, c] : groups[1])
        out.coupon.push_back(c);
    return out;
}

void compareCohorts(const QVector<Cohort> &actual, const QVector<Cohort> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (int i = 0; i < actual.size(); ++i) {
        const Cohort &a = actual[i];
        const Cohort &e = expected[i];
        QCOMPARE(a.month, e.month);
        QCOMPARE(a.size, e.size);
        QCOMPARE(a.retained, e.retained);
        QCOMPARE(a.returned30, e.returned30);
        QCOMPARE(a.returned60, e.returned60);
        QCOMPARE(a.returned90, e.returned90);
        QCOMPARE(a.converted, e.converted);
    }
}

void compareResults(const RetentionResult &actual, const RetentionResult &expected)
{
    QCOMPARE(actual.lastMonthIndex, expected.lastMonthIndex);
    compareCohorts(actual.member, expected.member);
    if (QTest::currentTestFailed())
        return;
    compareCohorts(actual.coupon, expected.coupon);
}

const Cohort *cohort(const QVector<Cohort> &cohorts, const char *month)
{
    for (const Cohort &c : cohorts) {
        if (c.month == QLatin1String(month))
            return &c;
    }
    return nullptr;
}

QVector<qint64> counts(std::initializer_list<qint64> values)
{
    return QVector<qint64>(values);
}

} // namespace

#define CC_RUN(fixture, var, ...)                                                                  \
    auto var##_r = (fixture).run(__VA_ARGS__);                                                     \
    CC_VERIFY_OK(var##_r);                                                                         \
    const RetentionResult &var = *var##_r

#define CC_MATCHES_BRUTE_FORCE(fixture)                                                            \
    do {                                                                                           \
        CC_RUN(fixture, cc_actual, (fixture).chain.owner());                                       \
        compareResults(cc_actual, bruteForce((fixture).db(), (fixture).zone));                     \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

class TestRetention : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void zoneCalendarMatchesQt();
    void sameDayVisitIsNotAReturn();
    void memberWhoClaimsStaysOutOfCouponGroup();
    void claimerWhoTopsUpLaterIsConverted();
    void reversedTopUpStartsNoMembership();
    void anonymousVisitsCountForNothing();
    void monthZeroCountsOnlyVisitsAfterStart();
    void monthsFollowTheChainTimeZone();
    void returnWindowsCountCalendarDays();
    void monthsAndToLimitK();
    void rollupStaysRightAfterEveryWrite();
    void historyImportedFromCsv();
    void rollupRebuildsForAnotherTimeZone();
    void writesDuringARebuildAreNotLost();
    void branchFilterAndManagerScope();
    void rollupFollowsTheServices();
    void cancelThroughProgress();
    void parallelRebuildMatches();
    void commandLine();
};

void TestRetention::initTestCase()
{
    // A system zone far ahead of the chain's: code that used local time instead of the chain's
    // zone would put 23:30 in Shanghai on the 31st into the next day and month.
    qputenv("TZ", "Pacific/Kiritimati");
#ifdef Q_OS_UNIX
    tzset();
#endif
}

void TestRetention::zoneCalendarMatchesQt()
{
    for (const char *id : { "Asia/Shanghai", "America/New_York", "Europe/London" }) {
        const QTimeZone zone { QByteArray(id) };
        const core::retention::ZoneCalendar calendar(zone);
        const qint64 start = QDateTime(QDate(2023, 1, 1), QTime(0, 0), zone).toSecsSinceEpoch();
        for (qint64 t = start; t < start + 2 * 366 * 86400; t += 3 * 3600 + 17 * 60 + 11) {
            const QDate local = QDateTime::fromSecsSinceEpoch(t, zone).date();
            QCOMPARE(calendar.dayOf(t), QDate(1970, 1, 1).daysTo(local));
            QCOMPARE(calendar.monthOf(t), local.year() * 12 + local.month() - 1);
        }
    }
    QCOMPARE(core::retention::ZoneCalendar::monthName(2025 * 12 + 2), QStringLiteral("2025-03"));
}

void TestRetention::sameDayVisitIsNotAReturn()
{
    Fixture f;
    const qint64 a = f.person(1);
    const qint64 b = f.person(2);
    f.claim(a, f.chain.branch1, f.at("2025-03-10 12:00"));
    f.visit(a, f.chain.branch1, f.at("2025-03-10 18:30")); // redeemed the same evening
    f.claim(b, f.chain.branch1, f.at("2025-03-10 12:00"));
    f.visit(b, f.chain.branch1, f.at("2025-03-11 09:00"));
    CC_RUN(f, r, f.chain.owner());
    QCOMPARE(r.coupon.size(), 1);
    const Cohort &c = r.coupon.first();
    QCOMPARE(c.month, QStringLiteral("2025-03"));
    QCOMPARE(c.size, 2);
    QCOMPARE(c.retained, counts({ 2 }));
    QCOMPARE(c.returned30, 1);
    QCOMPARE(c.returned90, 1);
    QVERIFY(r.member.isEmpty());
}

void TestRetention::memberWhoClaimsStaysOutOfCouponGroup()
{
    Fixture f;
    QVERIFY(f.topUp(1, f.chain.branch1, f.at("2025-01-05 10:00")));
    f.claim(f.person(1), f.chain.branch1, f.at("2025-01-10 10:00"));
    // Topped up and claimed at the same moment: already a member at the claim.
    QVERIFY(f.topUp(2, f.chain.branch1, f.at("2025-01-07 10:00")));
    f.claim(f.person(2), f.chain.branch1, f.at("2025-01-07 10:00"));
    f.claim(f.person(3), f.chain.branch1, f.at("2025-01-08 10:00"));
    CC_RUN(f, r, f.chain.owner());
    QCOMPARE(r.member.size(), 1);
    QCOMPARE(r.member.first().size, 2);
    QCOMPARE(r.coupon.size(), 1);
    QCOMPARE(r.coupon.first().size, 1);
    QCOMPARE(r.coupon.first().converted, 0);
}

void TestRetention::claimerWhoTopsUpLaterIsConverted()
{
    Fixture f;
    const qint64 a = f.person(1);
    f.claim(a, f.chain.branch1, f.at("2025-02-01 10:00"));
    f.claim(f.person(2), f.chain.branch1, f.at("2025-02-03 10:00"));
    QVERIFY(f.topUp(1, f.chain.branch2, f.at("2025-03-15 10:00")));
    f.visit(a, f.chain.branch2, f.at("2025-03-15 10:05"));
    CC_RUN(f, r, f.chain.owner());
    QCOMPARE(r.coupon.size(), 1);
    QCOMPARE(r.coupon.first().month, QStringLiteral("2025-02"));
    QCOMPARE(r.coupon.first().size, 2);
    QCOMPARE(r.coupon.first().converted, 1);
    QCOMPARE(r.coupon.first().retained, counts({ 0, 1 }));
    // ... and from the top-up on, a member of the March cohort at the branch of the top-up.
    QCOMPARE(r.member.size(), 1);
    QCOMPARE(r.member.first().month, QStringLiteral("2025-03"));
    QCOMPARE(r.member.first().retained, counts({ 1 }));
    QCOMPARE(r.branches.size(), 2);
    QCOMPARE(r.branches[0].code, QStringLiteral("B01"));
    QCOMPARE(r.branches[0].claimers, 2);
    QCOMPARE(r.branches[0].converted, 1);
    QCOMPARE(r.branches[0].members, 0);
    QCOMPARE(r.branches[1].members, 1);
}

void TestRetention::reversedTopUpStartsNoMembership()
{
    Fixture f;
    const qint64 first = f.topUp(1, f.chain.branch1, f.at("2025-01-05 10:00"));
    QVERIFY(first);
    CC_VERIFY_OK(core::wallet::WalletService(f.db()).reverse(f.chain.owner(), first));
    CC_RUN(f, before, f.chain.owner());
    QVERIFY(before.member.isEmpty());
    QVERIFY(f.topUp(1, f.chain.branch1, f.at("2025-02-10 10:00")));
    CC_RUN(f, after, f.chain.owner());
    QCOMPARE(after.member.size(), 1);
    QCOMPARE(after.member.first().month, QStringLiteral("2025-02"));
}

void TestRetention::anonymousVisitsCountForNothing()
{
    Fixture f;
    QVERIFY(f.topUp(1, f.chain.branch1, f.at("2025-01-05 10:00")));
    for (const char *when : { "2025-01-06 12:00", "2025-01-20 12:00", "2025-02-10 12:00" })
        f.visit(0, f.chain.branch1, f.at(when));
    CC_RUN(f, r, f.chain.owner());
    QCOMPARE(r.member.size(), 1);
    QCOMPARE(r.member.first().size, 1);
    // The anonymous February bill is the latest visit, so k runs to 1, but nobody came back.
    QCOMPARE(r.member.first().retained, counts({ 0, 0 }));
    QCOMPARE(r.member.first().returned90, 0);
}

void TestRetention::monthZeroCountsOnlyVisitsAfterStart()
{
    Fixture f;
    f.visit(f.person(1), f.chain.branch1, f.at("2025-01-03 12:00"));
    QVERIFY(f.topUp(1, f.chain.branch1, f.at("2025-01-10 12:00")));
    QVERIFY(f.topUp(2, f.chain.branch1, f.at("2025-01-10 12:00")));
    f.visit(f.person(2), f.chain.branch1, f.at("2025-01-10 12:00")); // the very second of the start
    CC_RUN(f, r, f.chain.owner());
    QCOMPARE(r.member.size(), 1);
    QCOMPARE(r.member.first().size, 2);
    QCOMPARE(r.member.first().retained, counts({ 1 }));
    QCOMPARE(r.member.first().returned90, 0);
}

void TestRetention::monthsFollowTheChainTimeZone()
{
    Fixture f;
    QVERIFY(f.topUp(1, f.chain.branch1, f.at("2025-01-15 12:00")));
    f.visit(f.person(1), f.chain.branch1, f.at("2025-01-31 23:30")); // January in Shanghai
    QVERIFY(f.topUp(2, f.chain.branch1, f.at("2025-01-15 12:00")));
    f.visit(f.person(2), f.chain.branch1, f.at("2025-02-01 00:30")); // still January in UTC
    QVERIFY(f.topUp(3, f.chain.branch1, f.at("2025-01-31 23:30")));
    f.visit(f.person(3), f.chain.branch1, f.at("2025-02-01 00:15")); // 45 minutes on, a new day
    QVERIFY(f.topUp(4, f.chain.branch1, f.at("2025-02-01 00:30")));
    CC_RUN(f, r, f.chain.owner());
    QCOMPARE(r.member.size(), 2);
    const Cohort *jan = cohort(r.member, "2025-01");
    QVERIFY(jan);
    QCOMPARE(jan->size, 3);
    QCOMPARE(jan->retained, counts({ 1, 2 }));
    QCOMPARE(jan->returned30, 3);
    const Cohort *feb = cohort(r.member, "2025-02");
    QVERIFY(feb);
    QCOMPARE(feb->size, 1);
    QCOMPARE(feb->retained, counts({ 0 }));
}

void TestRetention::returnWindowsCountCalendarDays()
{
    Fixture f;
    const char *returns[] = { "2025-01-31 23:00", "2025-02-01 01:00", "2025-04-01 10:00",
        "2025-04-02 10:00" }; // 30, 31, 90 and 91 days on
    for (int i = 0; i < 4; ++i) {
        QVERIFY(f.topUp(i + 1, f.chain.branch1, f.at("2025-01-01 20:00")));
        f.visit(f.person(i + 1), f.chain.branch1, f.at(returns[i]));
    }
    CC_RUN(f, r, f.chain.owner());
    QCOMPARE(r.member.size(), 1);
    QCOMPARE(r.member.first().returned30, 1);
    QCOMPARE(r.member.first().returned60, 2);
    QCOMPARE(r.member.first().returned90, 3);
}

void TestRetention::monthsAndToLimitK()
{
    Fixture f;
    QVERIFY(f.topUp(1, f.chain.branch1, f.at("2024-01-10 12:00")));
    for (int m = 0; m < 18; ++m)
        f.visit(f.person(1), f.chain.branch1,
            QDateTime(QDate(2024, 1, 20).addMonths(m), QTime(12, 0), f.zone).toSecsSinceEpoch());
    QVERIFY(f.topUp(2, f.chain.branch1, f.at("2024-05-01 12:00")));
    CC_RUN(f, all, f.chain.owner());
    QCOMPARE(all.member.size(), 2);
    QCOMPARE(all.member.first().retained, QVector<qint64>(13, 1));
    RetentionQuery q;
    q.months = 3;
    CC_RUN(f, three, f.chain.owner(), q);
    QCOMPARE(three.member.first().retained, counts({ 1, 1, 1, 1 }));
    q = {};
    q.to = QDate(2024, 3, 1);
    CC_RUN(f, upToMarch, f.chain.owner(), q);
    QCOMPARE(upToMarch.member.size(), 1);
    QCOMPARE(upToMarch.member.first().retained, counts({ 1, 1, 1 }));
    q = {};
    q.from = QDate(2024, 5, 31);
    CC_RUN(f, fromMay, f.chain.owner(), q);
    QCOMPARE(fromMay.member.size(), 1);
    QCOMPARE(fromMay.member.first().month, QStringLiteral("2024-05"));
    q.months = 61;
    CC_VERIFY_ERROR(f.run(f.chain.owner(), q), core::Error::Code::InvalidInput);
    q = {};
    q.from = QDate(2024, 6, 1);
    q.to = QDate(2024, 5, 1);
    CC_VERIFY_ERROR(f.run(f.chain.owner(), q), core::Error::Code::InvalidInput);
}

namespace {

// Thirty people over half a year: members, claimers, converts, visits at both branches.
void seed(Fixture &f, quint32 seedValue)
{
    QRandomGenerator rng(seedValue);
    const qint64 base = f.at("2025-01-01 09:00");
    for (int n = 1; n <= 30; ++n) {
        const qint64 id = f.person(n);
        const qint64 branch = n % 2 ? f.chain.branch1 : f.chain.branch2;
        const qint64 start = base + qint64(rng.bounded(150)) * 86400 + rng.bounded(86400);
        if (n % 3 != 0)
            QVERIFY(f.topUp(n, branch, start));
        if (n % 3 != 1)
            f.claim(id, n % 5 == 0 ? 0 : branch, start + (n % 2 ? 1 : -1) * 3 * 86400);
        for (int v = rng.bounded(6); v > 0; --v)
            f.visit(id, rng.bounded(2) ? f.chain.branch1 : f.chain.branch2,
                start + qint64(rng.bounded(200)) * 86400 - 20 * 86400 + rng.bounded(86400));
    }
}

qint64 valueOf(core::storage::Database &db, const QString &sql)
{
    auto v = core::storage::scalar(db, sql);
    return v ? v->toLongLong() : -1;
}

} // namespace

void TestRetention::rollupStaysRightAfterEveryWrite()
{
    Fixture f;
    seed(f, 7);
    {
        CC_RUN(f, first, f.chain.owner());
        QVERIFY(first.rebuilt);
        compareResults(first, bruteForce(f.db(), f.zone));
        if (QTest::currentTestFailed())
            return;
        CC_RUN(f, second, f.chain.owner());
        QVERIFY(!second.rebuilt);
    }
    const qint64 someone = valueOf(f.db(),
        QStringLiteral("SELECT person_id FROM coupon_claims"
                       " ORDER BY id LIMIT 1"));
    const qint64 visit = f.visit(someone, f.chain.branch2, f.at("2025-04-02 13:00"));
    CC_MATCHES_BRUTE_FORCE(f); // a new visit
    f.voidVisit(visit);
    CC_MATCHES_BRUTE_FORCE(f); // voided
    const qint64 sold = valueOf(f.db(),
        QStringLiteral("SELECT max(id) FROM visits"
                       " WHERE person_id IS NOT NULL"
                       " AND voided_at IS NULL"));
    QVERIFY(f.refund(sold) > 0);
    CC_MATCHES_BRUTE_FORCE(f); // a refund row
    const qint64 firstTopUp = valueOf(f.db(),
        QStringLiteral("SELECT min(id) FROM wallet_entries"
                       " WHERE kind = 'topup'"));
    CC_VERIFY_OK(core::wallet::WalletService(f.db()).reverse(f.chain.owner(), firstTopUp));
    CC_MATCHES_BRUTE_FORCE(f); // a top-up reversal
    f.claim(f.person(31), f.chain.branch1, f.at("2025-05-05 10:00"));
    QVERIFY(f.topUp(4, f.chain.branch2, f.at("2024-12-30 10:00")));
    CC_MATCHES_BRUTE_FORCE(f); // a claim, an earlier top-up
    // Deleting the newest visit lets SQLite hand its id out again: below the mark.
    const qint64 last = f.visit(someone, f.chain.branch1, f.at("2025-05-06 10:00"));
    CC_MATCHES_BRUTE_FORCE(f);
    QVERIFY(core::storage::execOnce(
        f.db(), QStringLiteral("DELETE FROM visits WHERE id = ?"), { last }));
    QCOMPARE(f.visit(f.person(2), f.chain.branch1, f.at("2025-05-07 10:00")), last);
    CC_MATCHES_BRUTE_FORCE(f);
    QVERIFY(core::storage::execOnce(f.db(),
        QStringLiteral("UPDATE visits SET occurred_at ="
                       " occurred_at + 40 * 86400 WHERE id = ?"),
        { last }));
    CC_MATCHES_BRUTE_FORCE(f); // a visit moved
    {
        CC_RUN(f, patched, f.chain.owner());
        QVERIFY(!patched.rebuilt);
    }
    // A bulk import: small enough to patch, then large enough to rebuild.
    for (const int rows : { 500, 25000 }) {
        core::storage::WriteTransaction tx(f.db());
        QVERIFY(tx.ok());
        QRandomGenerator rng { quint32(rows) };
        const qint64 base = f.at("2025-01-01 00:00");
        for (int i = 0; i < rows; ++i)
            f.visit(i % 7 == 0 ? 0 : f.person(1 + rng.bounded(31)), f.chain.branch1,
                base + qint64(rng.bounded(200 * 86400)));
        CC_VERIFY_OK(tx.commit());
        CC_RUN(f, bulk, f.chain.owner());
        const qint64 visits = valueOf(f.db(), QStringLiteral("SELECT max(id) FROM visits"));
        QCOMPARE(bulk.rebuilt, rows > core::retention::RetentionRollup::incrementalLimit(visits));
        compareResults(bulk, bruteForce(f.db(), f.zone));
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(valueOf(f.db(), QStringLiteral("SELECT count(*) FROM retention_dirty")), 0);
}

// A chain's history brought in the way chains bring it: CSV files through the importer. The
// rollup must agree with the brute-force reading after every file, refunds included.
void TestRetention::historyImportedFromCsv()
{
    Fixture f;
    const auto import = [&f](core::csv::Kind kind, const char *text) {
        QByteArray bytes(text);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        core::csvio::ImportOptions options;
        options.kind = kind;
        auto report = core::csvio::Importer(f.db()).run(f.chain.owner(), &buffer, options);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message()));
        QVERIFY2(report->written && report->rejected == 0,
                 qPrintable(report->errors.isEmpty() ? QString() : report->errors.first().reason));
    };
    CC_MATCHES_BRUTE_FORCE(f); // builds the (empty) rollup, so what follows is patched in
    import(core::csv::Kind::Coupons, "code,name,kind,value\nWELCOME,Welcome,amount,5.00\n");
    // A claims at 23:30 local on the last day of January (15:30 UTC): a January claimer.
    import(core::csv::Kind::CouponClaims,
           "coupon,phone,claimed_at,branch\n"
           "WELCOME,13800000001,2025-01-31 23:30:00,B01\n"
           "WELCOME,13800000002,2025-02-01 10:00:00,B01\n");
    CC_MATCHES_BRUTE_FORCE(f);
    import(core::csv::Kind::Visits,
           "branch,occurred_at,amount,phone,receipt_no\n"
           "B01,2025-01-31 23:45:00,30.00,13800000001,R1\n" // the same evening: month 0, no return
           "B02,2025-02-10 12:00:00,40.00,13800000001,R2\n" // back ten days later
           "B01,2025-02-01 10:30:00,25.00,13800000002,R3\n"
           "B01,2025-02-02 12:00:00,10.00,,R4\n"); // anonymous
    CC_MATCHES_BRUTE_FORCE(f);
    import(core::csv::Kind::Wallet,
           "phone,branch,occurred_at,kind,amount,ref\n"
           "13800000003,B02,2025-01-15 12:00:00,topup,100.00,T1\n"
           "13800000002,B01,2025-03-05 12:00:00,topup,100.00,T2\n"); // B becomes a member
    CC_MATCHES_BRUTE_FORCE(f);
    import(core::csv::Kind::Visits,
           "branch,occurred_at,amount,phone,receipt_no\n"
           "B02,2025-02-10 12:30:00,-40.00,13800000001,R2\n" // R2 refunded
           "B02,2025-03-20 19:00:00,50.00,13800000003,R5\n");
    CC_MATCHES_BRUTE_FORCE(f);

    CC_RUN(f, r, f.chain.owner());
    QCOMPARE(r.coupon.size(), 2);
    const Cohort *january = cohort(r.coupon, "2025-01");
    QVERIFY(january);
    QCOMPARE(january->size, 1);
    QCOMPARE(january->retained.value(0), qint64(1));
    QCOMPARE(january->returned30, 1);
    QCOMPARE(january->converted, 0);
    const Cohort *february = cohort(r.coupon, "2025-02");
    QVERIFY(february);
    QCOMPARE(february->size, 1);
    QCOMPARE(february->returned90, 0);
    QCOMPARE(february->converted, 1);
    QCOMPARE(r.member.size(), 2); // C from January, B from March
    const Cohort *members = cohort(r.member, "2025-01");
    QVERIFY(members);
    QCOMPARE(members->size, 1);
    QCOMPARE(members->retained.value(2), qint64(1)); // C's visit in March
}

void TestRetention::rollupRebuildsForAnotherTimeZone()
{
    Fixture f;
    seed(f, 11);
    QVERIFY(f.topUp(40, f.chain.branch1, f.at("2025-01-31 20:00")));
    CC_MATCHES_BRUTE_FORCE(f);
    auto settings = core::chain::ChainStore::load(f.db());
    CC_VERIFY_OK(settings);
    settings->timezone = QStringLiteral("Europe/London");
    CC_VERIFY_OK(core::chain::ChainStore::update(f.db(), f.chain.owner(), *settings));
    CC_RUN(f, r, f.chain.owner());
    QVERIFY(r.rebuilt);
    compareResults(r, bruteForce(f.db(), QTimeZone("Europe/London")));
}

void TestRetention::writesDuringARebuildAreNotLost()
{
    Fixture f;
    seed(f, 13);
    CC_MATCHES_BRUTE_FORCE(f);
    auto other = f.chain.openAnother();
    const qint64 claimer = valueOf(f.db(),
        QStringLiteral("SELECT person_id FROM coupon_claims"
                       " ORDER BY id DESC LIMIT 1"));
    const qint64 victim = valueOf(f.db(),
        QStringLiteral("SELECT min(id) FROM visits"
                       " WHERE person_id IS NOT NULL"));
    bool written = false;
    // While the rebuild reads its snapshot, another connection adds a visit (above the marks)
    // and voids one (through the triggers): both must reach the rollup afterwards.
    const core::retention::Progress meanwhile = [&](int) {
        if (!written) {
            written = true;
            QSqlQuery q(other->sql());
            q.prepare(QStringLiteral("INSERT INTO visits (branch_id, person_id, occurred_at,"
                                     " amount, source, receipt_no) VALUES (?, ?, ?, 100,"
                                     " 'counter', 'MEANWHILE')"));
            q.addBindValue(f.chain.branch2);
            q.addBindValue(claimer);
            q.addBindValue(f.at("2025-06-30 12:00"));
            const bool inserted = q.exec();
            const bool voided = q.exec(
                QStringLiteral("UPDATE visits SET voided_at = 5 WHERE id = %1").arg(victim));
            if (!inserted || !voided)
                qWarning() << "concurrent write failed:" << q.lastError().text();
        }
        return true;
    };
    CC_VERIFY_OK(RetentionEngine(f.db()).rebuild(f.chain.owner(), meanwhile));
    QVERIFY(written);
    QCOMPARE(valueOf(f.db(),
                 QStringLiteral("SELECT count(*) FROM visits WHERE receipt_no = 'MEANWHILE'")),
        1);
    CC_MATCHES_BRUTE_FORCE(f);
}

void TestRetention::branchFilterAndManagerScope()
{
    Fixture f;
    const qint64 jan = f.at("2025-01-10 12:00");
    QVERIFY(f.topUp(1, f.chain.branch1, jan));
    QVERIFY(f.topUp(2, f.chain.branch2, jan));
    f.claim(f.person(3), f.chain.branch2, jan);
    f.claim(f.person(4), 0, jan); // through a channel: no branch
    CC_RUN(f, all, f.chain.owner());
    QCOMPARE(all.member.first().size, 2);
    QCOMPARE(all.coupon.first().size, 2);
    QCOMPARE(all.branches.size(), 3);
    QCOMPARE(all.branches.last().branchId, 0);
    QCOMPARE(all.branches.last().claimers, 1);

    RetentionQuery onlyB02;
    onlyB02.branchIds = { f.chain.branch2 };
    CC_RUN(f, second, f.chain.owner(), onlyB02);
    QCOMPARE(second.member.first().size, 1);
    QCOMPARE(second.coupon.first().size, 1);
    QCOMPARE(second.branches.size(), 1);
    QCOMPARE(second.branches.first().code, QStringLiteral("B02"));

    CC_RUN(f, mine, f.chain.manager1());
    QCOMPARE(mine.member.size(), 1);
    QCOMPARE(mine.member.first().size, 1);
    QVERIFY(mine.coupon.isEmpty());
    QCOMPARE(mine.branches.size(), 1);
    QCOMPARE(mine.branches.first().code, QStringLiteral("B01"));
    CC_RUN(f, theirs, f.chain.manager2());
    QCOMPARE(theirs.coupon.first().size, 1);

    CC_VERIFY_ERROR(f.run(f.chain.manager1(), onlyB02), core::Error::Code::PermissionDenied);
    CC_VERIFY_ERROR(f.run(f.chain.cashier1()), core::Error::Code::PermissionDenied);
    CC_VERIFY_ERROR(
        RetentionEngine(f.db()).rebuild(f.chain.manager1()), core::Error::Code::PermissionDenied);
}

void TestRetention::rollupFollowsTheServices()
{
    Fixture f;
    const auto owner = f.chain.owner();
    core::coupons::Coupon welcome;
    welcome.code = QStringLiteral("WELCOME");
    welcome.name = QStringLiteral("Welcome");
    welcome.value = 500;
    CC_VERIFY_OK(core::coupons::CouponService(f.db()).create(owner, welcome));
    core::coupons::ClaimService claims(f.db());
    for (int n = 1; n <= 3; ++n) {
        core::clock::setNowForTesting(f.at("2025-03-01 10:00") + n * 3600);
        core::coupons::ClaimRequest claim;
        claim.couponCode = welcome.code;
        claim.personId = f.person(n);
        claim.branchId = f.chain.branch1;
        CC_VERIFY_OK(claims.claim(owner, claim));
    }
    core::clock::setNowForTesting(f.at("2025-12-31 12:00"));
    core::visits::VisitService visits(f.db());
    QVector<qint64> sales;
    const char *times[] = { "2025-03-01 19:00", "2025-03-09 12:00", "2025-04-02 12:00" };
    for (int n = 1; n <= 3; ++n) {
        core::visits::NewVisit v;
        v.branchId = f.chain.branch1;
        v.personId = f.person(n);
        v.amount = 8800;
        v.receiptNo = QStringLiteral("S%1").arg(n);
        v.occurredAt = f.at(times[n - 1]);
        auto recorded = visits.record(owner, v);
        CC_VERIFY_OK(recorded);
        sales.push_back(recorded->id);
    }
    CC_MATCHES_BRUTE_FORCE(f);
    core::visits::RefundRequest refund;
    refund.visitId = sales[1];
    refund.amount = 8800;
    refund.reason = QStringLiteral("cold noodles");
    CC_VERIFY_OK(visits.refund(owner, refund));
    CC_MATCHES_BRUTE_FORCE(f); // a refunded bill was still a visit
    CC_VERIFY_OK(visits.voidVisit(owner, sales[2], QStringLiteral("entered twice")));
    CC_MATCHES_BRUTE_FORCE(f); // a voided one was not
    core::clock::setNowForTesting(0);
    QVERIFY(f.topUp(2, f.chain.branch2, f.at("2025-05-05 10:00")));
    CC_RUN(f, r, owner);
    compareResults(r, bruteForce(f.db(), f.zone));
    QCOMPARE(r.coupon.size(), 1);
    QCOMPARE(r.coupon.first().size, 3);
    QCOMPARE(r.coupon.first().returned30, 1);
    QCOMPARE(r.coupon.first().converted, 1);
}

void TestRetention::cancelThroughProgress()
{
    Fixture f;
    seed(f, 17);
    int calls = 0;
    auto cancelled = RetentionEngine(f.db()).run(f.chain.owner(), {}, [&calls](int permille) {
        ++calls;
        return permille < 50;
    });
    QVERIFY(!cancelled.ok());
    QVERIFY(core::retention::isCancelled(cancelled.error()));
    QVERIFY(calls > 0);
    // Cancelled half way: the next run starts over and is right.
    CC_MATCHES_BRUTE_FORCE(f);
    f.visit(f.person(1), f.chain.branch1, f.at("2025-06-01 10:00"));
    auto again = RetentionEngine(f.db()).run(f.chain.owner(), {}, [](int) { return false; });
    QVERIFY(!again.ok() && core::retention::isCancelled(again.error()));
    CC_MATCHES_BRUTE_FORCE(f);
    QVector<int> seen;
    auto reported = RetentionEngine(f.db()).run(f.chain.owner(), {}, [&seen](int permille) {
        seen.push_back(permille);
        return true;
    });
    CC_VERIFY_OK(reported);
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen.last(), 1000);
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
}

void TestRetention::parallelRebuildMatches()
{
    Fixture f;
    seed(f, 19);
    core::retention::RollupBuilder::setParallelThresholdForTesting(1);
    const auto restore = qScopeGuard(
        [] { core::retention::RollupBuilder::setParallelThresholdForTesting(1000000); });
    CC_VERIFY_OK(RetentionEngine(f.db()).rebuild(f.chain.owner()));
    CC_MATCHES_BRUTE_FORCE(f);
    auto cancelled = RetentionEngine(f.db()).rebuild(f.chain.owner(), [](int permille) {
        return permille < 100; // stop in the visit pass, with the second reader running
    });
    QVERIFY(!cancelled.ok() && core::retention::isCancelled(cancelled.error()));
    CC_MATCHES_BRUTE_FORCE(f);
}

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

CliRun runCli(const QString &db, const QStringList &args)
{
    QProcess p;
    p.start(
        qEnvironmentVariable("CHAINCARD_CLI"), QStringList { QStringLiteral("--db"), db } + args);
    CliRun r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    return r;
}

} // namespace

void TestRetention::commandLine()
{
    if (qEnvironmentVariableIsEmpty("CHAINCARD_CLI"))
        QSKIP("CHAINCARD_CLI is not set (run through ctest)");
    Fixture f;
    f.claim(f.person(1), f.chain.branch1, f.at("2025-01-03 10:00"));
    QVERIFY(f.topUp(1, f.chain.branch1, f.at("2025-02-03 10:00")));
    QVERIFY(f.topUp(2, f.chain.branch2, f.at("2025-01-04 10:00")));
    f.visit(f.person(2), f.chain.branch1, f.at("2025-01-10 10:00"));
    f.visit(f.person(1), f.chain.branch1, f.at("2025-03-10 10:00"));

    auto json = runCli(f.chain.path(), { QStringLiteral("retention") });
    QCOMPARE(json.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(root.value(QStringLiteral("period")).toString(), QStringLiteral("month"));
    const QJsonObject groups = root.value(QStringLiteral("groups")).toObject();
    const QJsonArray members = groups.value(QStringLiteral("member")).toArray();
    QCOMPARE(members.size(), 2);
    const QJsonObject jan = members.at(0).toObject();
    QCOMPARE(jan.value(QStringLiteral("cohort")).toString(), QStringLiteral("2025-01"));
    QCOMPARE(jan.value(QStringLiteral("size")).toInt(), 1);
    QCOMPARE(jan.value(QStringLiteral("retained")).toArray(), (QJsonArray { 1, 0, 0 }));
    QCOMPARE(jan.value(QStringLiteral("returned_within_days")).toObject(),
        (QJsonObject { { QStringLiteral("30"), 1 }, { QStringLiteral("60"), 1 },
            { QStringLiteral("90"), 1 } }));
    QVERIFY(!jan.contains(QStringLiteral("converted_to_member")));
    QCOMPARE(members.at(1).toObject().value(QStringLiteral("cohort")).toString(),
        QStringLiteral("2025-02"));
    const QJsonObject coupon = groups.value(QStringLiteral("coupon")).toArray().at(0).toObject();
    QCOMPARE(coupon.value(QStringLiteral("converted_to_member")).toInt(), 1);
    QCOMPARE(coupon.value(QStringLiteral("retained")).toArray(), (QJsonArray { 0, 0, 1 }));

    auto csv = runCli(f.chain.path(),
        { QStringLiteral("retention"), QStringLiteral("--format"), QStringLiteral("csv"),
            QStringLiteral("--months"), QStringLiteral("1") });
    QCOMPARE(csv.exitCode, 0);
    const QStringList lines = QString::fromUtf8(csv.out).trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0],
        QStringLiteral("group,cohort,size,returned_30,returned_60,returned_90,"
                       "converted_to_member,m0,m1"));
    QCOMPARE(lines[1], QStringLiteral("member,2025-01,1,1,1,1,,1,0"));
    QCOMPARE(lines[3], QStringLiteral("coupon,2025-01,1,0,0,1,1,0,0"));

    auto b02 = runCli(f.chain.path(),
        { QStringLiteral("retention"), QStringLiteral("--branch"), QStringLiteral("B02") });
    QCOMPARE(b02.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(b02.out)
                 .object()
                 .value(QStringLiteral("groups"))
                 .toObject()
                 .value(QStringLiteral("member"))
                 .toArray()
                 .size(),
        1);

    const QList<QStringList> bad = {
        { QStringLiteral("--from"), QStringLiteral("2025-1") },
        { QStringLiteral("--to"), QStringLiteral("2025-13") },
        { QStringLiteral("--months"), QStringLiteral("twelve") },
        { QStringLiteral("--months"), QStringLiteral("61") },
        { QStringLiteral("--branch"), QStringLiteral("NOPE") },
        { QStringLiteral("--format"), QStringLiteral("xml") },
        { QStringLiteral("--from"), QStringLiteral("2025-03"), QStringLiteral("--to"),
            QStringLiteral("2025-01") },
    };
    for (const QStringList &args : bad) {
        auto r = runCli(f.chain.path(), QStringList { QStringLiteral("retention") } + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QLatin1String("chaincard-cli: ")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
