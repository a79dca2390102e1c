#include "tests/support/testchain.h"

#include "core/chain/chainsettings.h"
#include "core/chain/chainstats.h"
#include "core/common/clock.h"
#include "core/demo/demogenerator.h"
#include "core/maintenance/checker.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using core::demo::DemoGenerator;
using core::demo::DemoOptions;

namespace {

// An initialised chain with no branches or people: what `init` leaves for `demo`.
struct EmptyChain
{
    EmptyChain()
    {
        auto opened = core::storage::Database::open(dir.filePath(QStringLiteral("demo.chaincard")));
        if (opened)
            db = std::move(*opened);
        core::chain::ChainSettings settings;
        settings.name = QStringLiteral("Demo Test");
        if (db)
            ok = core::chain::ChainStore::initialise(*db, settings, QStringLiteral("owner"),
                                                     QStringLiteral("demo-password-1"))
                     .ok();
    }

    QTemporaryDir dir;
    std::unique_ptr<core::storage::Database> db;
    bool ok = false;
};

DemoOptions small(quint64 seed = 7)
{
    DemoOptions o;
    o.branches = 4;
    o.members = 300;
    o.visits = 4000;
    o.seed = seed;
    o.endDate = QDate(2026, 6, 30);
    return o;
}

// A digest of every domain table's rows in id order (users and settings hold salts and
// timestamps of the chain's creation, not demo content).
QByteArray contentDigest(core::storage::Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *table : { "branches", "tiers", "people", "consents", "visits",
                               "wallet_entries", "wallets", "coupons", "coupon_branches",
                               "coupon_claims", "redemptions", "reviews" }) {
        QSqlQuery q(db.sql());
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table))))
            return {};
        hash.addData(table);
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i) {
                hash.addData(q.value(i).toString().toUtf8());
                hash.addData("\x1f");
            }
        }
    }
    return hash.result();
}

qint64 count(core::storage::Database &db, const char *table)
{
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    return q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT
private slots:
    void init() { core::clock::setNowForTesting(1782820800); } // 2026-06-30 12:00 UTC
    void cleanup() { core::clock::setNowForTesting(0); }
    void countsMatchTheOptionsAndCheckPasses();
    void sameSeedSameContent();
    void badOptionsRefused_data();
    void badOptionsRefused();
    void refusalsWriteNothing();
    void cancelWritesNothing();
    void nothingLiesInTheFuture();
};

void TestDemoData::countsMatchTheOptionsAndCheckPasses()
{
    EmptyChain chain;
    QVERIFY(chain.ok);
    auto summary = DemoGenerator(*chain.db).generate(core::auth::Actor::localOwner(), small());
    CC_VERIFY_OK(summary);
    QCOMPARE(summary->branches, 4);
    QCOMPARE(summary->members, qint64(300));
    QCOMPARE(summary->visits, qint64(4000));
    QVERIFY(summary->people > summary->members); // guests come on top
    QVERIFY(summary->claims > 0);
    QVERIFY(summary->redemptions > 0);
    QVERIFY(summary->reviews > 0);

    auto stats = core::chain::ChainStats::collect(*chain.db, core::auth::Actor::localOwner());
    CC_VERIFY_OK(stats);
    QCOMPARE(stats->branches.size(), 4);
    QCOMPARE(stats->total.members, qint64(300));
    QCOMPARE(stats->total.visits, qint64(4000));

    // Every invariant `check` knows holds on the generated chain.
    auto report = core::maintenance::Checker::run(*chain.db, core::auth::Actor::localOwner(), {});
    CC_VERIFY_OK(report);
    for (const auto &finding : report->failures())
        qWarning() << "check failed:" << finding.name;
    QVERIFY(report->ok());

    // The load's connection settings are put back: WAL, foreign keys, CHECK constraints.
    QCOMPARE(core::storage::scalar(*chain.db, QStringLiteral("PRAGMA journal_mode"))->toString(),
             QStringLiteral("wal"));
    QCOMPARE(core::storage::scalar(*chain.db, QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
    QCOMPARE(core::storage::scalar(*chain.db, QStringLiteral("PRAGMA ignore_check_constraints"))->toInt(), 0);
}

void TestDemoData::sameSeedSameContent()
{
    EmptyChain a;
    EmptyChain b;
    EmptyChain c;
    QVERIFY(a.ok && b.ok && c.ok);
    const auto owner = core::auth::Actor::localOwner();
    CC_VERIFY_OK(DemoGenerator(*a.db).generate(owner, small(7)));
    CC_VERIFY_OK(DemoGenerator(*b.db).generate(owner, small(7)));
    CC_VERIFY_OK(DemoGenerator(*c.db).generate(owner, small(8)));
    const QByteArray digestA = contentDigest(*a.db);
    QVERIFY(!digestA.isEmpty());
    QCOMPARE(contentDigest(*b.db), digestA);
    QVERIFY(contentDigest(*c.db) != digestA);
}

void TestDemoData::badOptionsRefused_data()
{
    QTest::addColumn<int>("branches");
    QTest::addColumn<int>("members");
    QTest::addColumn<qint64>("visits");
    QTest::newRow("no branches") << 0 << 100 << qint64(1000);
    QTest::newRow("negative members") << 3 << -1 << qint64(1000);
    QTest::newRow("negative visits") << 3 << 100 << qint64(-5);
}

void TestDemoData::badOptionsRefused()
{
    QFETCH(int, branches);
    QFETCH(int, members);
    QFETCH(qint64, visits);
    DemoOptions o = small();
    o.branches = branches;
    o.members = members;
    o.visits = visits;
    CC_VERIFY_ERROR(DemoGenerator::validate(o), core::Error::Code::InvalidInput);
}

void TestDemoData::refusalsWriteNothing()
{
    // A manager may not generate, and a chain with data is not overwritten.
    testsupport::TestChain chain;
    const qint64 people = count(chain.db(), "people");
    CC_VERIFY_ERROR(DemoGenerator(chain.db()).generate(chain.manager1(), small()),
                    core::Error::Code::PermissionDenied);
    CC_VERIFY_ERROR(DemoGenerator(chain.db()).generate(chain.owner(), small()),
                    core::Error::Code::Conflict);
    QCOMPARE(count(chain.db(), "branches"), qint64(2));
    QCOMPARE(count(chain.db(), "people"), people);
}

void TestDemoData::cancelWritesNothing()
{
    EmptyChain chain;
    QVERIFY(chain.ok);
    int calls = 0;
    auto result = DemoGenerator(*chain.db).generate(core::auth::Actor::localOwner(), small(),
                                                    [&calls](int) { return ++calls < 3; });
    QVERIFY(!result.ok());
    for (const char *table : { "branches", "people", "visits", "wallet_entries", "coupons" })
        QCOMPARE(count(*chain.db, table), qint64(0));
    // And the chain is still usable for a real run afterwards.
    CC_VERIFY_OK(DemoGenerator(*chain.db).generate(core::auth::Actor::localOwner(), small()));
}

// Without an end date the history ends with yesterday, the last whole day: before, it ran to the
// end of today, so visits, claims and reviews lay later than now.
void TestDemoData::nothingLiesInTheFuture()
{
    EmptyChain chain;
    QVERIFY(chain.ok);
    DemoOptions o = small();
    o.endDate = QDate();
    CC_VERIFY_OK(DemoGenerator(*chain.db).generate(core::auth::Actor::localOwner(), o));
    const qint64 now = core::clock::now();
    for (const char *column : { "people.joined_at", "visits.occurred_at",
             "wallet_entries.occurred_at", "coupon_claims.claimed_at", "redemptions.redeemed_at",
             "reviews.created_at", "reviews.replied_at" }) {
        const QString qualified = QLatin1String(column);
        const QString table = qualified.section(QLatin1Char('.'), 0, 0);
        QSqlQuery q(chain.db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), coalesce(max(%1), 0) FROM %2")
                           .arg(qualified, table)));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toLongLong() > 0, column);
        QVERIFY2(q.value(1).toLongLong() <= now,
            qPrintable(QStringLiteral("%1 reaches %2, after now (%3)")
                           .arg(qualified)
                           .arg(q.value(1).toLongLong())
                           .arg(now)));
    }
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
