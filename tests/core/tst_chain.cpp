#include "core/chain/chainsettings.h"
#include "core/chain/chainstats.h"
#include "core/common/clock.h"
#include "core/people/personservice.h"
#include "core/storage/sql.h"
#include "core/wallet/walletservice.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/testchain.h"
#include <memory>

using namespace testsupport;
using core::Error;
using core::chain::ChainSettings;
using core::chain::ChainStats;
using core::chain::ChainStore;
using core::chain::Counts;

namespace {


ChainSettings valid()
{
    ChainSettings s;
    s.name = QStringLiteral("Golden Dumpling");
    return s;
}

std::unique_ptr<core::storage::Database> freshDatabase(const QTemporaryDir &dir, const char *name)
{
    auto db = core::storage::Database::open(dir.filePath(QString::fromLatin1(name)));
    if (!db)
        qFatal("cannot create database: %s", qPrintable(db.error().message()));
    return std::move(db).value();
}

void sql(core::storage::Database &db, const QString &statement,
    std::initializer_list<QVariant> values = {})
{
    auto s = core::storage::execOnce(db, statement, values);
    if (!s)
        qFatal("test data: %s", qPrintable(s.error().message()));
}

} // namespace

class TestChainCore : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { core::clock::setNowForTesting(0); }

    void validateRefuses_data();
    void validateRefuses();
    void validateAccepts_data();
    void validateAccepts();
    void derivedValues();
    void initialiseStoresSettingsAndOwner();
    void initialiseTwiceRefused();
    void initialiseRollsBackOnBadOwner();
    void initialiseNormalisesRegionCase();
    void loadBeforeInitialise();
    void updateOwnerOnlyAndAudited();
    void statsPerBranchAndTotal();
    void statsScopedForManagerAndCashier();
};

void TestChainCore::validateRefuses_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<int>("reviewDays");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("named"); // what the message must quote
    const QString n = QStringLiteral("Chain");
    const QString cny = QStringLiteral("CNY");
    const QString cn = QStringLiteral("CN");
    const QString sh = QStringLiteral("Asia/Shanghai");
    QTest::newRow("empty name") << QString() << cny << cn << sh << 7 << QStringLiteral("chain-name")
                                << QString();
    QTest::newRow("blank name") << QStringLiteral("  ") << cny << cn << sh << 7
                                << QStringLiteral("chain-name") << QString();
    QTest::newRow("currency lower case") << n << QStringLiteral("cny") << cn << sh << 7
                                         << QStringLiteral("currency") << QStringLiteral("cny");
    QTest::newRow("currency two letters") << n << QStringLiteral("CN") << cn << sh << 7
                                          << QStringLiteral("currency") << QStringLiteral("CN");
    QTest::newRow("currency symbol") << n << QStringLiteral("¥") << cn << sh << 7
                                     << QStringLiteral("currency") << QStringLiteral("¥");
    QTest::newRow("currency RMB") << n << QStringLiteral("RMB") << cn << sh << 7
                                  << QStringLiteral("currency") << QStringLiteral("RMB");
    QTest::newRow("currency not ISO 4217") << n << QStringLiteral("XYZ") << cn << sh << 7
                                           << QStringLiteral("currency") << QStringLiteral("XYZ");
    QTest::newRow("currency empty")
        << n << QString() << cn << sh << 7 << QStringLiteral("currency") << QString();
    QTest::newRow("region unknown") << n << cny << QStringLiteral("XX") << sh << 7
                                    << QStringLiteral("region") << QStringLiteral("XX");
    QTest::newRow("region alpha-3") << n << cny << QStringLiteral("CHN") << sh << 7
                                    << QStringLiteral("region") << QStringLiteral("CHN");
    QTest::newRow("region empty") << n << cny << QString() << sh << 7 << QStringLiteral("region")
                                  << QString();
    QTest::newRow("time zone unknown")
        << n << cny << cn << QStringLiteral("Asia/Atlantis") << 7 << QStringLiteral("timezone")
        << QStringLiteral("Asia/Atlantis");
    QTest::newRow("time zone empty")
        << n << cny << cn << QString() << 7 << QStringLiteral("timezone") << QString();
    QTest::newRow("review days 0")
        << n << cny << cn << sh << 0 << QStringLiteral("review-days") << QString();
    QTest::newRow("review days 366")
        << n << cny << cn << sh << 366 << QStringLiteral("review-days") << QString();
}

void TestChainCore::validateRefuses()
{
    QFETCH(QString, name);
    QFETCH(QString, currency);
    QFETCH(QString, region);
    QFETCH(QString, zone);
    QFETCH(int, reviewDays);
    QFETCH(QString, field);
    QFETCH(QString, named);
    ChainSettings s;
    s.name = name;
    s.currency = currency;
    s.region = region;
    s.timezone = zone;
    s.reviewDays = reviewDays;
    const auto status = s.validate();
    CC_VERIFY_ERROR(status, Error::Code::InvalidInput);
    QCOMPARE(status.error().field(), field);
    if (!named.isEmpty())
        QVERIFY2(status.error().message().contains(QLatin1Char('"') + named + QLatin1Char('"')),
            qPrintable(status.error().message()));
}

void TestChainCore::validateAccepts_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("zone");
    QTest::newRow("CNY CN Shanghai")
        << QStringLiteral("CNY") << QStringLiteral("CN") << QStringLiteral("Asia/Shanghai");
    QTest::newRow("USD US New York")
        << QStringLiteral("USD") << QStringLiteral("US") << QStringLiteral("America/New_York");
    QTest::newRow("CAD CA Toronto")
        << QStringLiteral("CAD") << QStringLiteral("CA") << QStringLiteral("America/Toronto");
    QTest::newRow("JPY JP Tokyo") << QStringLiteral("JPY") << QStringLiteral("JP")
                                  << QStringLiteral("Asia/Tokyo");
    QTest::newRow("HKD HK") << QStringLiteral("HKD") << QStringLiteral("HK")
                            << QStringLiteral("Asia/Hong_Kong");
    QTest::newRow("EUR DE UTC") << QStringLiteral("EUR") << QStringLiteral("DE")
                                << QStringLiteral("UTC");
    QTest::newRow("KWD KW") << QStringLiteral("KWD") << QStringLiteral("KW")
                            << QStringLiteral("Asia/Kuwait");
}

void TestChainCore::validateAccepts()
{
    QFETCH(QString, currency);
    QFETCH(QString, region);
    QFETCH(QString, zone);
    ChainSettings s = valid();
    s.currency = currency;
    s.region = region;
    s.timezone = zone;
    const auto status = s.validate();
    QVERIFY2(status.ok(), qPrintable(status.error().message()));
}

void TestChainCore::derivedValues()
{
    ChainSettings s = valid();
    QCOMPARE(s.decimals(), 2);
    QVERIFY(s.timeZone().isValid());
    QCOMPARE(s.timeZone().id(), QByteArray("Asia/Shanghai"));
    s.currency = QStringLiteral("JPY");
    QCOMPARE(s.decimals(), 0);
}

void TestChainCore::initialiseStoresSettingsAndOwner()
{
    QTemporaryDir dir;
    auto db = freshDatabase(dir, "a.chaincard");
    QVERIFY(!ChainStore::isInitialised(*db));
    ChainSettings s = valid();
    s.currency = QStringLiteral("USD");
    s.region = QStringLiteral("US");
    s.timezone = QStringLiteral("America/New_York");
    s.reviewDays = 14;
    CC_VERIFY_OK(
        ChainStore::initialise(*db, s, QStringLiteral("boss"), QStringLiteral("boss-password")));
    QVERIFY(ChainStore::isInitialised(*db));
    auto loaded = ChainStore::load(*db);
    CC_VERIFY_OK(loaded);
    QCOMPARE(loaded->name, s.name);
    QCOMPARE(loaded->currency, QStringLiteral("USD"));
    QCOMPARE(loaded->region, QStringLiteral("US"));
    QCOMPARE(loaded->timezone, QStringLiteral("America/New_York"));
    QCOMPARE(loaded->reviewDays, 14);
    QCOMPARE(count(*db,
                 QStringLiteral(
                     "SELECT count(*) FROM users WHERE username = 'boss' AND role = 'owner'")),
        qint64(1));
    QCOMPARE(
        count(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'chain.create'")),
        qint64(1));
}

void TestChainCore::initialiseTwiceRefused()
{
    QTemporaryDir dir;
    auto db = freshDatabase(dir, "twice.chaincard");
    CC_VERIFY_OK(ChainStore::initialise(
        *db, valid(), QStringLiteral("boss"), QStringLiteral("boss-password")));
    ChainSettings other = valid();
    other.name = QStringLiteral("Usurper Noodles");
    other.currency = QStringLiteral("USD");
    const auto again = ChainStore::initialise(
        *db, other, QStringLiteral("boss2"), QStringLiteral("boss-password"));
    CC_VERIFY_ERROR(again, Error::Code::Conflict);
    QVERIFY2(again.error().message().contains(QStringLiteral("Golden Dumpling")),
        qPrintable(again.error().message()));
    auto loaded = ChainStore::load(*db);
    QCOMPARE(loaded->name, QStringLiteral("Golden Dumpling"));
    QCOMPARE(loaded->currency, QStringLiteral("CNY"));
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM users")), qint64(1));
}

void TestChainCore::initialiseRollsBackOnBadOwner()
{
    QTemporaryDir dir;
    auto db = freshDatabase(dir, "weak.chaincard");
    const auto weak
        = ChainStore::initialise(*db, valid(), QStringLiteral("boss"), QStringLiteral("short"));
    CC_VERIFY_ERROR(weak, Error::Code::InvalidInput);
    QCOMPARE(weak.error().field(), QStringLiteral("password"));
    QVERIFY(!ChainStore::isInitialised(*db));
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM settings")), qint64(0));
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM audit_log")), qint64(0));
    const auto badName = ChainStore::initialise(
        *db, valid(), QStringLiteral("a b"), QStringLiteral("long-enough"));
    CC_VERIFY_ERROR(badName, Error::Code::InvalidInput);
    QCOMPARE(badName.error().field(), QStringLiteral("username"));
    ChainSettings invalid = valid();
    invalid.timezone = QStringLiteral("Nowhere/Nothing");
    CC_VERIFY_ERROR(
        ChainStore::initialise(*db, invalid, QStringLiteral("boss"), QStringLiteral("long-enough")),
        Error::Code::InvalidInput);
    QVERIFY(!ChainStore::isInitialised(*db));
    // After the refusals a good initialise still works.
    CC_VERIFY_OK(ChainStore::initialise(
        *db, valid(), QStringLiteral("boss"), QStringLiteral("long-enough")));
}

void TestChainCore::initialiseNormalisesRegionCase()
{
    // isKnownRegion accepts "cn"; the stored setting is the canonical "CN".
    QTemporaryDir dir;
    auto db = freshDatabase(dir, "case.chaincard");
    ChainSettings s = valid();
    s.region = QStringLiteral("cn");
    CC_VERIFY_OK(s.validate());
    CC_VERIFY_OK(
        ChainStore::initialise(*db, s, QStringLiteral("boss"), QStringLiteral("boss-password")));
    QCOMPARE(ChainStore::load(*db)->region, QStringLiteral("CN"));
}

void TestChainCore::loadBeforeInitialise()
{
    QTemporaryDir dir;
    auto db = freshDatabase(dir, "empty.chaincard");
    auto loaded = ChainStore::load(*db);
    CC_VERIFY_ERROR(loaded, Error::Code::NotFound);
    QVERIFY(loaded.error().message().contains(QStringLiteral("init")));
}

void TestChainCore::updateOwnerOnlyAndAudited()
{
    TestChain chain;
    ChainSettings s = *ChainStore::load(chain.db());
    s.name = QStringLiteral("Test Noodles & Dumplings");
    s.reviewDays = 30;
    CC_VERIFY_ERROR(
        ChainStore::update(chain.db(), chain.manager1(), s), Error::Code::PermissionDenied);
    QCOMPARE(ChainStore::load(chain.db())->name, QStringLiteral("Test Noodles"));
    ChainSettings bad = s;
    bad.currency = QStringLiteral("yuan");
    CC_VERIFY_ERROR(ChainStore::update(chain.db(), chain.owner(), bad), Error::Code::InvalidInput);
    CC_VERIFY_OK(ChainStore::update(chain.db(), chain.owner(), s));
    auto loaded = ChainStore::load(chain.db());
    QCOMPARE(loaded->name, QStringLiteral("Test Noodles & Dumplings"));
    QCOMPARE(loaded->reviewDays, 30);
    auto row = core::storage::scalar(chain.db(),
        QStringLiteral("SELECT before_value || '|' || after_value FROM audit_log"
                       " WHERE action = 'chain.update'"));
    CC_VERIFY_OK(row);
    const QStringList parts = row->toString().split(QLatin1Char('|'));
    QCOMPARE(QJsonDocument::fromJson(parts.at(0).toUtf8())
                 .object()
                 .value(QStringLiteral("name"))
                 .toString(),
        QStringLiteral("Test Noodles"));
    QCOMPARE(QJsonDocument::fromJson(parts.at(1).toUtf8())
                 .object()
                 .value(QStringLiteral("review_days"))
                 .toInt(),
        30);
}

namespace {

// A small chain with a known number of everything, per branch.
struct StatsFixture
{
    TestChain chain;
    qint64 b3 = 0;

    StatsFixture()
    {
        core::clock::setNowForTesting(1767225600);
        core::people::PersonService people(
            chain.db(), core::people::PhoneNormalizer(QStringLiteral("CN")));
        core::wallet::WalletService wallet(chain.db());
        const auto person = [&](const char *phone, qint64 branch) {
            core::people::Person p;
            p.phone = QString::fromLatin1(phone);
            p.homeBranchId = branch;
            return people.registerPerson(chain.owner(), p)->id;
        };
        // B01: three people, two of them members; B02: one guest.
        const qint64 a = person("13800000001", chain.branch1);
        const qint64 b = person("13800000002", chain.branch1);
        const qint64 c = person("13800000003", chain.branch1);
        const qint64 d = person("13800000004", chain.branch2);
        Q_UNUSED(c);
        core::wallet::Request r;
        r.branchId = chain.branch1;
        r.personId = a;
        r.amount = 10000;
        r.bonus = 1000;
        if (!wallet.topUp(chain.owner(), r)) // two entries: top-up and bonus
            qFatal("top-up");
        r.personId = b;
        r.bonus = 0;
        r.amount = 5000;
        if (!wallet.topUp(chain.owner(), r))
            qFatal("top-up");
        r.personId = a;
        r.branchId = chain.branch2; // spent at B02: the entry counts for B02
        r.amount = 2500;
        if (!wallet.spend(chain.owner(), r))
            qFatal("spend");
        // Visits: B01 two sales (one voided) and a refund; B02 one anonymous sale.
        const QString visit = QStringLiteral(
            "INSERT INTO visits (id, branch_id, person_id, occurred_at, amount, kind, refund_of,"
            " voided_at, source, receipt_no) VALUES (?,?,?,?,?,?,?,?,'counter',?)");
        sql(chain.db(), visit,
            { 1, chain.branch1, a, 1767225600, 8800, QStringLiteral("sale"), QVariant(), QVariant(),
                QStringLiteral("R1") });
        sql(chain.db(), visit,
            { 2, chain.branch1, b, 1767225600, 5000, QStringLiteral("sale"), QVariant(), 1767229200,
                QStringLiteral("R2") });
        sql(chain.db(), visit,
            { 3, chain.branch1, a, 1767232800, -800, QStringLiteral("refund"), 1, QVariant(),
                QStringLiteral("R3") });
        sql(chain.db(), visit,
            { 4, chain.branch2, QVariant(), 1767225600, 4200, QStringLiteral("sale"), QVariant(),
                QVariant(), QStringLiteral("R1") });
        // Coupons: one template, claims at B01, B02 and through a channel (no branch).
        sql(chain.db(),
            QStringLiteral("INSERT INTO coupons (id, code, name, kind, value, created_at)"
                           " VALUES (1, 'C1', 'Ten off', 'amount', 1000, 0)"));
        const QString claim
            = QStringLiteral("INSERT INTO coupon_claims (id, coupon_id, person_id, claimed_at,"
                             " branch_id, channel, claim_code) VALUES (?, 1, ?, 0, ?, ?, ?)");
        sql(chain.db(), claim, { 1, a, chain.branch1, QString(), QStringLiteral("K1") });
        sql(chain.db(), claim, { 2, d, chain.branch2, QString(), QStringLiteral("K2") });
        sql(chain.db(), claim,
            { 3, c, QVariant(), QStringLiteral("wechat"), QStringLiteral("K3") });
        sql(chain.db(),
            QStringLiteral("INSERT INTO redemptions (claim_id, visit_id, branch_id, redeemed_at)"
                           " VALUES (1, 1, ?, 0)"),
            { chain.branch1 });
        sql(chain.db(),
            QStringLiteral(
                "INSERT INTO reviews (visit_id, person_id, branch_id, rating, created_at)"
                " VALUES (1, ?, ?, 5, 0)"),
            { a, chain.branch1 });
        // A third branch with nothing in it.
        sql(chain.db(),
            QStringLiteral(
                "INSERT INTO branches (code, name, created_at) VALUES ('B03', 'Empty', 0)"));
        b3 = count(chain.db(), QStringLiteral("SELECT id FROM branches WHERE code = 'B03'"));
    }
};

void compareCounts(const Counts &actual, const Counts &expected)
{
    QCOMPARE(actual.people, expected.people);
    QCOMPARE(actual.members, expected.members);
    QCOMPARE(actual.visits, expected.visits);
    QCOMPARE(actual.revenue, expected.revenue);
    QCOMPARE(actual.walletEntries, expected.walletEntries);
    QCOMPARE(actual.storedValue, expected.storedValue);
    QCOMPARE(actual.coupons, expected.coupons);
    QCOMPARE(actual.couponClaims, expected.couponClaims);
    QCOMPARE(actual.redemptions, expected.redemptions);
    QCOMPARE(actual.reviews, expected.reviews);
}

Counts counts(qint64 people, qint64 members, qint64 visits, qint64 revenue, qint64 walletEntries,
    qint64 claims, qint64 redemptions, qint64 reviews)
{
    Counts c;
    c.people = people;
    c.members = members;
    c.visits = visits;
    c.revenue = revenue;
    c.walletEntries = walletEntries;
    c.couponClaims = claims;
    c.redemptions = redemptions;
    c.reviews = reviews;
    return c;
}

} // namespace

void TestChainCore::statsPerBranchAndTotal()
{
    StatsFixture f;
    auto stats = ChainStats::collect(f.chain.db(), f.chain.owner());
    CC_VERIFY_OK(stats);
    QCOMPARE(stats->branches.size(), 3);
    QCOMPARE(stats->branches.at(0).code, QStringLiteral("B01"));
    QCOMPARE(stats->branches.at(0).branchId, f.chain.branch1);
    QCOMPARE(stats->branches.at(0).name, QStringLiteral("People's Square"));
    QCOMPARE(stats->branches.at(1).code, QStringLiteral("B02"));
    QCOMPARE(stats->branches.at(2).code, QStringLiteral("B03"));
    // B01: 3 people, 2 members, 1 live sale, revenue 88.00 - 8.00, 3 wallet entries (top-up,
    // bonus, top-up), 1 claim, 1 redemption, 1 review.
    compareCounts(stats->branches.at(0).counts, counts(3, 2, 1, 8000, 3, 1, 1, 1));
    // B02: 1 guest, 1 anonymous sale of 42.00, the spend, 1 claim.
    compareCounts(stats->branches.at(1).counts, counts(1, 0, 1, 4200, 1, 1, 0, 0));
    compareCounts(stats->branches.at(2).counts, Counts());
    // The chain: the branches plus the claim made through a channel, plus chain-wide figures.
    Counts total = counts(4, 2, 2, 12200, 4, 3, 1, 1);
    total.storedValue = 10000 + 1000 + 5000 - 2500;
    total.coupons = 1;
    compareCounts(stats->total, total);
    QCOMPARE(stats->users, qint64(4));
    QCOMPARE(
        stats->auditEntries, count(f.chain.db(), QStringLiteral("SELECT count(*) FROM audit_log")));
    QVERIFY(stats->auditEntries > 0);
}

void TestChainCore::statsScopedForManagerAndCashier()
{
    StatsFixture f;
    for (const auto &actor : { f.chain.manager1(), f.chain.cashier1() }) {
        auto stats = ChainStats::collect(f.chain.db(), actor);
        CC_VERIFY_OK(stats);
        QCOMPARE(stats->branches.size(), 1);
        QCOMPARE(stats->branches.front().code, QStringLiteral("B01"));
        const Counts b1 = counts(3, 2, 1, 8000, 3, 1, 1, 1);
        compareCounts(stats->branches.front().counts, b1);
        // Their total is their branch: no chain-wide figures, no channel claims.
        compareCounts(stats->total, b1);
        QCOMPARE(stats->users, qint64(0));
        QCOMPARE(stats->auditEntries, qint64(0));
    }
    auto other = ChainStats::collect(f.chain.db(), f.chain.manager2());
    CC_VERIFY_OK(other);
    QCOMPARE(other->branches.size(), 1);
    QCOMPARE(other->branches.front().code, QStringLiteral("B02"));
    compareCounts(other->total, counts(1, 0, 1, 4200, 1, 1, 0, 0));
}

QTEST_GUILESS_MAIN(TestChainCore)
#include "tst_chain.moc"
