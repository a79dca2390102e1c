// Online backup and the integrity check (core/maintenance), and their CLI commands.
#include "core/broadcasts/visitsummary.h"
#include "core/chain/chainsettings.h"
#include "core/common/clock.h"
#include "core/maintenance/backup.h"
#include "core/maintenance/checker.h"
#include "core/storage/sql.h"
#include "core/storage/writetransaction.h"
#include "core/wallet/walletservice.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "tests/support/testchain.h"
#include <atomic>
#include <memory>

using namespace testsupport;
using core::Error;
using core::maintenance::Backup;
using core::maintenance::Checker;
using core::storage::Database;
using core::wallet::Request;
using core::wallet::WalletService;

namespace {

constexpr qint64 visitTime = 1767225600; // 2026-01-01 00:00 UTC
constexpr qint64 day = 86400;

Request req(const QString &phone, qint64 branch, qint64 amount, qint64 bonus = 0)
{
    Request r;
    r.phone = phone;
    r.branchId = branch;
    r.amount = amount;
    r.bonus = bonus;
    return r;
}


bool run(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    if (q.exec(sql))
        return true;
    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return false;
}

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

// Ids of what the seed wrote, substituted for :name placeholders in the crafting SQL.
struct Seed
{
    QMap<QString, qint64> ids;

    QString apply(QString sql) const
    {
        // Longest names first, so :visit2 is not read as :visit followed by "2".
        QStringList names = ids.keys();
        std::sort(names.begin(), names.end(),
            [](const QString &a, const QString &b) { return a.size() > b.size(); });
        for (const QString &name : names)
            sql.replace(QLatin1Char(':') + name, QString::number(ids.value(name)));
        return sql;
    }
};

// Wallet activity through WalletService (top-ups with bonus, spends at both branches, a refund,
// reversals of a top-up and of a spend, an adjustment) plus bills, a refund of a bill, a
// review, a coupon scoped to branch 1 with a redemption and an open claim: every invariant has
// rows to look at.
Seed seed(TestChain &chain)
{
    Seed s;
    WalletService wallet(chain.db());
    const auto owner = chain.owner();
    const auto must = [](core::Result<core::wallet::Outcome> r) {
        if (!r)
            qFatal("cannot seed the wallets: %s", qPrintable(r.error().message()));
        return r.value();
    };
    const QString phoneA = QStringLiteral("13812345678");
    const QString phoneC = QStringLiteral("13700002222");
    const auto a = must(wallet.topUp(owner, req(phoneA, chain.branch1, 10000, 1000)));
    const auto spend = must(wallet.spend(owner, req(phoneA, chain.branch2, 3000)));
    must(wallet.refund(owner, req(phoneA, chain.branch1, 500)));
    const auto spend2 = must(wallet.spend(owner, req(phoneA, chain.branch1, 700)));
    must(wallet.reverse(owner, spend2.entry.id, QStringLiteral("wrong bill")));
    must(wallet.adjust(owner, a.entry.personId, chain.branch1, 0, 200, QStringLiteral("goodwill")));
    const auto b = must(
        wallet.topUp(chain.cashier1(), req(QStringLiteral("13900001111"), chain.branch1, 5000)));
    must(wallet.reverse(owner, b.entry.id, QStringLiteral("paid by mistake")));
    must(wallet.topUp(owner, req(phoneC, chain.branch2, 2000)));
    must(wallet.spend(owner, req(phoneC, chain.branch2, 2000)));
    s.ids[QStringLiteral("A")] = a.entry.personId;
    s.ids[QStringLiteral("B")] = b.entry.personId;
    s.ids[QStringLiteral("spend")] = spend.entry.id;
    s.ids[QStringLiteral("b1")] = chain.branch1;
    s.ids[QStringLiteral("b2")] = chain.branch2;
    s.ids[QStringLiteral("t")] = visitTime;

    Database &db = chain.db();
    const QStringList statements = {
        QStringLiteral("INSERT INTO people (id, phone, phone_last4, member_code, joined_at)"
                       " VALUES (500, '+8613600003333', '3333', 'G500', :t)"),
        QStringLiteral("INSERT INTO visits (id, branch_id, person_id, occurred_at, amount, source,"
                       " receipt_no) VALUES (900, :b1, :A, :t, 8800, 'counter', 'R900')"),
        QStringLiteral("INSERT INTO visits (id, branch_id, person_id, occurred_at, amount, kind,"
                       " refund_of, source, receipt_no)"
                       " VALUES (901, :b1, :A, :t + 600, -800, 'refund', 900, 'counter', 'R901')"),
        QStringLiteral("INSERT INTO visits (id, branch_id, person_id, occurred_at, amount, source,"
                       " receipt_no) VALUES (902, :b2, :A, :t + 86400, 4200, 'import', 'R902')"),
        QStringLiteral("INSERT INTO visits (id, branch_id, occurred_at, amount, source, receipt_no)"
                       " VALUES (903, :b2, :t, 1500, 'counter', 'R903')"),
        QStringLiteral("INSERT INTO reviews (visit_id, person_id, branch_id, rating, text,"
                       " created_at) VALUES (900, :A, :b1, 5, 'great noodles', :t + 7200)"),
        QStringLiteral("INSERT INTO coupons (id, code, name, kind, value, valid_days, created_at)"
                       " VALUES (70, 'WELCOME', 'Welcome', 'amount', 500, 7, :t - 86400)"),
        QStringLiteral("INSERT INTO coupon_branches VALUES (70, :b1)"),
        QStringLiteral("INSERT INTO coupon_claims (id, coupon_id, person_id, claimed_at, branch_id,"
                       " claim_code, expires_at) VALUES (80, 70, :A, :t - 3600, :b1, 'C80',"
                       " :t - 3600 + 7 * 86400)"),
        QStringLiteral("INSERT INTO coupon_claims (id, coupon_id, person_id, claimed_at, branch_id,"
                       " claim_code, expires_at) VALUES (81, 70, 500, :t, :b1, 'C81',"
                       " :t + 7 * 86400)"),
        QStringLiteral("INSERT INTO redemptions (claim_id, visit_id, branch_id, redeemed_at,"
                       " discount) VALUES (80, 900, :b1, :t, 500)"),
    };
    for (const QString &sql : statements) {
        if (!run(db, s.apply(sql)))
            qFatal("cannot seed the test chain");
    }
    { // the broadcasts' visit summary, as a broadcast leaves it
        core::storage::WriteTransaction tx(db);
        if (!core::broadcasts::VisitSummary::refresh(db, visitTime - 300 * 86400) || !tx.commit())
            qFatal("cannot summarise the visits");
    }
    s.ids[QStringLiteral("audit")] = count(db, QStringLiteral("SELECT min(id) + 2 FROM audit_log"));
    return s;
}

const QString resyncWallets = QStringLiteral(
    "UPDATE wallets SET principal = (SELECT sum(principal) FROM wallet_entries e"
    " WHERE e.person_id = wallets.person_id), bonus = (SELECT sum(bonus) FROM wallet_entries e"
    " WHERE e.person_id = wallets.person_id)");

QStringList failedNames(const core::maintenance::CheckReport &report)
{
    QStringList out;
    for (const auto &f : report.failures())
        out << f.name;
    out.sort();
    return out;
}

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
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    return r;
}

} // namespace

class TestMaintenance : public QObject
{
    Q_OBJECT
private slots:
    void init() { core::clock::setNowForTesting(visitTime + 30 * day); }
    void cleanup() { core::clock::setNowForTesting(0); }

    void backupWhileAnotherThreadWrites();
    void backupLeavesOutUncommittedWrites();
    void backupRefusalsLeaveNothingBehind();
    void backupOverwritesOnlyWhenAsked();
    void backupUnwritableFolder();
    void nonOwnerRefused();

    void checkPassesOnActiveChain();
    void checkDetects_data();
    void checkDetects();
    void checkReportsDamagedPages();

    void commandLine();
};

void TestMaintenance::backupWhileAnotherThreadWrites()
{
    core::clock::setNowForTesting(0);
    TestChain chain;
    seed(chain);
    // Enough rows that the copy takes a while.
    QVERIFY(run(chain.db(),
        QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60000)"
            " INSERT INTO visits (branch_id, occurred_at, amount, source, receipt_no)"
            " SELECT %1, %2 + i, 1000 + i, 'import', 'BULK' || i FROM n")
            .arg(chain.branch1)
            .arg(visitTime)));
    const qint64 b1 = chain.branch1;
    const qint64 b2 = chain.branch2;

    std::atomic<bool> stop { false };
    QAtomicInt writes(0);
    QString failure;
    std::unique_ptr<QThread> writer(QThread::create([&] {
        auto db = chain.db().openAnother();
        if (!db) {
            failure = db.error().message();
            return;
        }
        WalletService wallet(**db);
        for (int i = 0; !stop.load(); ++i) {
            const QString phone = QStringLiteral("1380000%1").arg(i % 50, 4, 10, QLatin1Char('0'));
            const auto owner = core::auth::Actor::localOwner();
            auto top = wallet.topUp(owner, req(phone, b1, 1000, 100));
            if (!top) {
                failure = top.error().message();
                return;
            }
            auto pay = wallet.spend(owner, req(phone, b2, 300));
            if (!pay) {
                failure = pay.error().message();
                return;
            }
            writes.ref();
        }
    }));
    writer->start();
    while (writes.loadRelaxed() < 5 && failure.isEmpty() && !writer->isFinished())
        QThread::msleep(5);

    QTemporaryDir target;
    const int before = writes.loadRelaxed();
    auto info
        = Backup::run(chain.db(), chain.owner(), target.filePath(QStringLiteral("copy.chaincard")));
    const int during = writes.loadRelaxed() - before;
    while (writes.loadRelaxed() < before + during + 5 && failure.isEmpty() && !writer->isFinished())
        QThread::msleep(5);
    stop = true;
    QVERIFY(writer->wait(60000));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    CC_VERIFY_OK(info);
    qInfo("backup of %lld bytes took %lld ms while the other thread committed %d payments",
        info->bytes, info->elapsedMs, during);

    QCOMPARE(info->path, target.filePath(QStringLiteral("copy.chaincard")));
    QCOMPARE(info->bytes, QFileInfo(info->path).size());
    QCOMPARE(info->schemaVersion, chain.db().schemaVersion());
    QCOMPARE(filesIn(target.path()), QStringList({ QStringLiteral("copy.chaincard") }));

    core::storage::OpenOptions existing;
    existing.mode = core::storage::OpenOptions::Mode::OpenExisting;
    auto copy = Database::open(info->path, existing);
    CC_VERIFY_OK(copy);
    auto report = Checker::run(**copy, chain.owner());
    CC_VERIFY_OK(report);
    QVERIFY2(report->ok(), qPrintable(failedNames(*report).join(QLatin1Char(','))));
    // A snapshot from between the writer's start and its end.
    const qint64 copied = count(**copy, QStringLiteral("SELECT count(*) FROM wallet_entries"));
    const qint64 now = count(chain.db(), QStringLiteral("SELECT count(*) FROM wallet_entries"));
    QVERIFY(copied >= 10 + 3 * 5);
    QVERIFY2(copied < now, qPrintable(QStringLiteral("%1 %2").arg(copied).arg(now)));
    QCOMPARE(count(**copy, QStringLiteral("SELECT count(*) FROM visits")), qint64(60004));
}

void TestMaintenance::backupLeavesOutUncommittedWrites()
{
    TestChain chain;
    seed(chain);
    const qint64 entries = count(chain.db(), QStringLiteral("SELECT count(*) FROM wallet_entries"));
    // Another connection is in the middle of a payment while the backup runs: the backup
    // neither waits for it nor copies its half.
    auto other = chain.openAnother();
    core::storage::WriteTransaction tx(*other);
    QVERIFY(tx.ok());
    WalletService wallet(*other);
    CC_VERIFY_OK(
        wallet.topUp(chain.owner(), req(QStringLiteral("13812345678"), chain.branch1, 999)));

    QTemporaryDir target;
    auto info
        = Backup::run(chain.db(), chain.owner(), target.filePath(QStringLiteral("mid.chaincard")));
    CC_VERIFY_OK(info);
    CC_VERIFY_OK(tx.commit());

    auto copy = Database::open(info->path);
    CC_VERIFY_OK(copy);
    QCOMPARE(count(**copy, QStringLiteral("SELECT count(*) FROM wallet_entries")), entries);
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT count(*) FROM wallet_entries")), entries + 1);
}

void TestMaintenance::backupRefusalsLeaveNothingBehind()
{
    TestChain chain;
    seed(chain);
    QTemporaryDir target;
    const QString existing = target.filePath(QStringLiteral("existing.chaincard"));
    {
        QFile f(existing);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("an older backup, or anything else");
    }
    const QByteArray existingHash = hashOf(existing);

    auto taken = Backup::run(chain.db(), chain.owner(), existing);
    CC_VERIFY_ERROR(taken, Error::Code::Conflict);
    QVERIFY2(taken.error().message().contains(QLatin1String("existing.chaincard")),
        qPrintable(taken.error().message()));
    QCOMPARE(hashOf(existing), existingHash);

    const QStringList chainFiles = filesIn(QFileInfo(chain.path()).absolutePath());
    const QByteArray chainHash = hashOf(chain.path());
    for (bool overwrite : { false, true }) {
        auto self = Backup::run(chain.db(), chain.owner(), chain.path(), overwrite);
        CC_VERIFY_ERROR(self, Error::Code::InvalidInput);
        QVERIFY2(self.error().message().contains(QLatin1String("test.chaincard")),
            qPrintable(self.error().message()));
        // Spelled another way, through the folder's "..".
        const QString roundabout = QFileInfo(chain.path()).absolutePath() + QStringLiteral("/../")
            + QFileInfo(QFileInfo(chain.path()).absolutePath()).fileName()
            + QStringLiteral("/test.chaincard");
        CC_VERIFY_ERROR(Backup::run(chain.db(), chain.owner(), roundabout, overwrite),
            Error::Code::InvalidInput);
        CC_VERIFY_ERROR(Backup::run(chain.db(), chain.owner(),
                            chain.path() + QStringLiteral("-wal"), overwrite),
            Error::Code::InvalidInput);
    }
    QCOMPARE(filesIn(QFileInfo(chain.path()).absolutePath()), chainFiles);
    QCOMPARE(hashOf(chain.path()), chainHash);

    const QString missing = target.filePath(QStringLiteral("no-such-folder/copy.chaincard"));
    auto noFolder = Backup::run(chain.db(), chain.owner(), missing);
    CC_VERIFY_ERROR(noFolder, Error::Code::NotFound);
    QVERIFY2(noFolder.error().message().contains(QLatin1String("no-such-folder")),
        qPrintable(noFolder.error().message()));
    QVERIFY(!QFileInfo::exists(target.filePath(QStringLiteral("no-such-folder"))));

    CC_VERIFY_ERROR(
        Backup::run(chain.db(), chain.owner(), target.path()), Error::Code::InvalidInput);
    CC_VERIFY_ERROR(Backup::run(chain.db(), chain.owner(), QString()), Error::Code::InvalidInput);
    QCOMPARE(filesIn(target.path()), QStringList({ QStringLiteral("existing.chaincard") }));
}

void TestMaintenance::backupOverwritesOnlyWhenAsked()
{
    TestChain chain;
    seed(chain);
    QTemporaryDir target;
    const QString path = target.filePath(QStringLiteral("nightly.chaincard"));
    CC_VERIFY_OK(Backup::run(chain.db(), chain.owner(), path));
    CC_VERIFY_ERROR(Backup::run(chain.db(), chain.owner(), path), Error::Code::Conflict);
    WalletService wallet(chain.db());
    CC_VERIFY_OK(
        wallet.topUp(chain.owner(), req(QStringLiteral("13812345678"), chain.branch1, 100)));
    auto second = Backup::run(chain.db(), chain.owner(), path, true);
    CC_VERIFY_OK(second);
    QCOMPARE(filesIn(target.path()), QStringList({ QStringLiteral("nightly.chaincard") }));
    auto copy = Database::open(path);
    CC_VERIFY_OK(copy);
    QCOMPARE(count(**copy, QStringLiteral("SELECT count(*) FROM wallet_entries")),
        count(chain.db(), QStringLiteral("SELECT count(*) FROM wallet_entries")));
}

void TestMaintenance::backupUnwritableFolder()
{
    TestChain chain;
    QTemporaryDir target;
    QString folder = target.filePath(QStringLiteral("read-only"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    {
        // Administrators write anywhere; Linux's /proc refuses even them.
        QFile probe(folder + QStringLiteral("/probe"));
        if (probe.open(QIODevice::WriteOnly)) {
            probe.remove();
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            if (!QFileInfo(QStringLiteral("/proc/self")).isDir())
                QSKIP("this user can write into a read-only folder");
            folder = QStringLiteral("/proc");
        }
    }
    const QStringList before = filesIn(folder);
    auto refused
        = Backup::run(chain.db(), chain.owner(), folder + QStringLiteral("/copy.chaincard"));
    QFile::setPermissions(target.filePath(QStringLiteral("read-only")),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    CC_VERIFY_ERROR(refused, Error::Code::Io);
    QVERIFY2(refused.error().message().contains(QDir::toNativeSeparators(folder)),
        qPrintable(refused.error().message()));
    QCOMPARE(filesIn(folder), before);
}

void TestMaintenance::nonOwnerRefused()
{
    TestChain chain;
    QTemporaryDir target;
    const QString path = target.filePath(QStringLiteral("copy.chaincard"));
    for (const auto &actor : { chain.manager1(), chain.manager2(), chain.cashier1() }) {
        CC_VERIFY_ERROR(Backup::run(chain.db(), actor, path), Error::Code::PermissionDenied);
        CC_VERIFY_ERROR(Checker::run(chain.db(), actor), Error::Code::PermissionDenied);
    }
    QVERIFY(filesIn(target.path()).isEmpty());
}

void TestMaintenance::checkPassesOnActiveChain()
{
    TestChain chain;
    seed(chain);
    for (bool quick : { false, true }) {
        core::maintenance::CheckOptions options;
        options.quick = quick;
        auto report = Checker::run(chain.db(), chain.owner(), options);
        CC_VERIFY_OK(report);
        QVERIFY2(report->ok(), qPrintable(failedNames(*report).join(QLatin1Char(','))));
        QStringList names;
        for (const auto &f : report->findings) {
            names << f.name;
            QVERIFY(!f.description.isEmpty());
            QCOMPARE(f.count, qint64(0));
            QVERIFY(f.examples.isEmpty());
        }
        for (const char *expected : { "integrity", "foreign_keys", "schema_version",
                 "schema_objects", "wallet_balance", "wallet_missing", "wallet_negative",
                 "wallet_topped_up", "member_since", "wallet_reversal", "claim_person",
                 "redemption_claim", "redemption_window", "redemption_scope", "review_visit",
                 "review_window", "refund_sale", "refund_total", "home_balances", "audit_log_gaps",
                 "visit_summary" })
            QVERIFY2(names.contains(QLatin1String(expected)), expected);
    }
    // The connection is left as it was: no transaction open, writes work.
    QCOMPARE(chain.db().transactionDepth(), 0);
    WalletService wallet(chain.db());
    CC_VERIFY_OK(
        wallet.topUp(chain.owner(), req(QStringLiteral("13812345678"), chain.branch1, 100)));
}

void TestMaintenance::checkDetects_data()
{
    QTest::addColumn<QStringList>("craft");
    QTest::addColumn<QStringList>("expected");
    const auto row = [](const char *name, QStringList craft, QStringList expected) {
        QTest::newRow(name) << craft << expected;
    };
    const QString fkOff = QStringLiteral("PRAGMA foreign_keys = OFF");
    const QString fkOn = QStringLiteral("PRAGMA foreign_keys = ON");

    row("ledger entry without its wallet update",
        { QStringLiteral(
            "INSERT INTO wallet_entries (person_id, branch_id, kind, principal, bonus,"
            " occurred_at, operator) VALUES (:A, :b1, 'adjustment', 100, 0, :t, 'x')") },
        { QStringLiteral("wallet_balance") });
    row("wallet row edited",
        { QStringLiteral("UPDATE wallets SET bonus = bonus + 1 WHERE person_id = :A") },
        { QStringLiteral("wallet_balance") });
    row("wallet row without any ledger entries",
        { QStringLiteral("INSERT INTO wallets (person_id, principal, bonus, topped_up, updated_at)"
                         " VALUES (500, 100, 0, 100, :t)") },
        { QStringLiteral("wallet_balance"), QStringLiteral("wallet_topped_up") });
    row("wallet row missing", { QStringLiteral("DELETE FROM wallets WHERE person_id = :A") },
        { QStringLiteral("wallet_missing") });
    row("stored value per home branch edited",
        { QStringLiteral("UPDATE home_balances SET balance = balance + 1") },
        { QStringLiteral("home_balances") });
    row("stored value of a home branch lost",
        { QStringLiteral("DELETE FROM home_balances WHERE branch_id = :b1") },
        { QStringLiteral("home_balances") });
    row("visit summary edited",
        { QStringLiteral("UPDATE visit_summary SET home_branch_id = :b1 WHERE person_id = :A") },
        { QStringLiteral("visit_summary") });
    row("visit summary row lost",
        { QStringLiteral("DELETE FROM visit_summary WHERE person_id = :A") },
        { QStringLiteral("visit_summary") });
    row("visit summary row of a person without visits",
        { QStringLiteral("INSERT INTO visit_summary (person_id, branches, last_visit_at)"
                         " VALUES (500, 1, :t)") },
        { QStringLiteral("visit_summary") });
    row("ledger went below zero on the way",
        { QStringLiteral("INSERT INTO wallet_entries (person_id, branch_id, kind, principal, bonus,"
                         " occurred_at, operator) VALUES (:A, :b1, 'adjustment', -1000000, 0, :t,"
                         " 'x'), (:A, :b1, 'adjustment', 1000000, 0, :t, 'x')") },
        { QStringLiteral("wallet_negative") });
    row("topped-up total edited",
        { QStringLiteral("UPDATE wallets SET topped_up = topped_up + 500 WHERE person_id = :A") },
        { QStringLiteral("wallet_topped_up") });
    row("membership without a top-up",
        { QStringLiteral("UPDATE people SET member_since = :t WHERE id = 500") },
        { QStringLiteral("member_since") });
    row("top-up without membership",
        { QStringLiteral("UPDATE people SET member_since = NULL WHERE id = :A") },
        { QStringLiteral("member_since") });
    row("reversal of the wrong amount",
        { QStringLiteral(
              "INSERT INTO wallet_entries (person_id, branch_id, kind, principal, bonus,"
              " occurred_at, operator, reverses) SELECT person_id, branch_id, 'reversal',"
              " -principal + 1, -bonus, :t, 'x', id FROM wallet_entries WHERE id = :spend"),
            resyncWallets },
        { QStringLiteral("wallet_reversal") });
    row("review of another person's visit",
        { QStringLiteral("INSERT INTO reviews (visit_id, person_id, branch_id, rating, created_at)"
                         " VALUES (902, :B, :b2, 2, :t + 90000)") },
        { QStringLiteral("review_visit") });
    row("review of an anonymous bill",
        { QStringLiteral("INSERT INTO reviews (visit_id, person_id, branch_id, rating, created_at)"
                         " VALUES (903, :B, :b2, 2, :t + 3600)") },
        { QStringLiteral("review_visit") });
    row("review of a refund",
        { QStringLiteral("INSERT INTO reviews (visit_id, person_id, branch_id, rating, created_at)"
                         " VALUES (901, :A, :b1, 1, :t + 3600)") },
        { QStringLiteral("review_visit") });
    row("review after the review window",
        { QStringLiteral("INSERT INTO reviews (visit_id, person_id, branch_id, rating, created_at)"
                         " VALUES (902, :A, :b2, 4, :t + 86400 + 30 * 86400)") },
        { QStringLiteral("review_window") });
    row("redemption after the claim expired",
        { QStringLiteral("INSERT INTO redemptions (claim_id, branch_id, redeemed_at)"
                         " VALUES (81, :b1, :t + 10 * 86400)") },
        { QStringLiteral("redemption_window") });
    row("redemption at the moment the claim expired",
        { QStringLiteral("INSERT INTO redemptions (claim_id, branch_id, redeemed_at)"
                         " VALUES (81, :b1, :t + 7 * 86400)") },
        { QStringLiteral("redemption_window") });
    row("redemption after the coupon's last day",
        { QStringLiteral("UPDATE coupons SET valid_to = :t + 3600 WHERE id = 70"),
            QStringLiteral("INSERT INTO redemptions (claim_id, branch_id, redeemed_at)"
                           " VALUES (81, :b1, :t + 7200)") },
        { QStringLiteral("redemption_window") });
    row("redemption before the claim",
        { QStringLiteral("INSERT INTO redemptions (claim_id, branch_id, redeemed_at)"
                         " VALUES (81, :b1, :t - 60)") },
        { QStringLiteral("redemption_window") });
    row("redemption outside the coupon's branches",
        { QStringLiteral("INSERT INTO redemptions (claim_id, branch_id, redeemed_at)"
                         " VALUES (81, :b2, :t + 60)") },
        { QStringLiteral("redemption_scope") });
    row("redemption without its claim",
        { fkOff,
            QStringLiteral("INSERT INTO redemptions (claim_id, branch_id, redeemed_at)"
                           " VALUES (999999, :b1, :t)"),
            fkOn },
        { QStringLiteral("foreign_keys"), QStringLiteral("redemption_claim") });
    row("claim of a person who does not exist",
        { fkOff,
            QStringLiteral(
                "INSERT INTO coupon_claims (coupon_id, person_id, claimed_at, claim_code)"
                " VALUES (70, 999999, :t, 'GHOST')"),
            fkOn },
        { QStringLiteral("claim_person"), QStringLiteral("foreign_keys") });
    row("refunds larger than the sale",
        { QStringLiteral("INSERT INTO visits (branch_id, person_id, occurred_at, amount, kind,"
                         " refund_of, source, receipt_no) VALUES (:b1, :A, :t + 900, -8001,"
                         " 'refund', 900, 'counter', 'R-BIG')") },
        { QStringLiteral("refund_total") });
    row("refund at another branch",
        { QStringLiteral("INSERT INTO visits (branch_id, person_id, occurred_at, amount, kind,"
                         " refund_of, source, receipt_no) VALUES (:b2, :A, :t + 900, -100,"
                         " 'refund', 900, 'counter', 'R-ELSEWHERE')") },
        { QStringLiteral("refund_sale") });
    row("audit entry deleted",
        { QStringLiteral("DROP TRIGGER audit_log_no_delete"),
            QStringLiteral("DELETE FROM audit_log WHERE id = :audit"),
            QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
                           " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END") },
        { QStringLiteral("audit_log_gaps") });
    row("append-only trigger dropped", { QStringLiteral("DROP TRIGGER wallet_entries_no_update") },
        { QStringLiteral("schema_objects") });
    row("receipt index dropped", { QStringLiteral("DROP INDEX visits_receipt") },
        { QStringLiteral("schema_objects") });
    row("schema version changed", { QStringLiteral("PRAGMA user_version = 1") },
        { QStringLiteral("schema_version") });
}

void TestMaintenance::checkDetects()
{
    QFETCH(QStringList, craft);
    QFETCH(QStringList, expected);
    TestChain chain;
    const Seed s = seed(chain);
    for (const QString &sql : craft)
        QVERIFY(run(chain.db(), s.apply(sql)));
    auto report = Checker::run(chain.db(), chain.owner());
    CC_VERIFY_OK(report);
    QVERIFY(!report->ok());
    QCOMPARE(failedNames(*report), expected);
    for (const QString &name : expected) {
        const auto *f = report->find(name);
        QVERIFY(f);
        QVERIFY(f->count >= 1);
        QVERIFY(!f->examples.isEmpty());
        QVERIFY(f->examples.size() <= 10);
        QVERIFY2(f->description.contains(QString::number(f->count)), qPrintable(f->description));
    }
    // The offending person is named where the check is about people.
    if (expected == QStringList { QStringLiteral("wallet_balance") })
        QCOMPARE(report->find(expected.first())->examples,
            QVariantList({ s.ids.value(QStringLiteral("A")) }));
}

void TestMaintenance::checkReportsDamagedPages()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.chaincard"));
    {
        auto db = Database::open(path);
        CC_VERIFY_OK(db);
        core::chain::ChainSettings settings;
        settings.name = QStringLiteral("Damaged");
        CC_VERIFY_OK(core::chain::ChainStore::initialise(
            **db, settings, QStringLiteral("owner"), QStringLiteral("owner-password")));
        QVERIFY(run(**db,
            QStringLiteral("INSERT INTO branches (code, name, created_at)"
                           " VALUES ('B01', 'One', 0)")));
        QVERIFY(run(**db,
            QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)"
                " INSERT INTO visits (branch_id, occurred_at, amount, source, receipt_no)"
                " SELECT 1, i, i, 'import', 'R' || i FROM n")));
    }
    // Garble one page in the middle of the file, where the visits are; the schema stays sound
    // so the file still opens.
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 pages = file.size() / 4096;
        QVERIFY(pages > 20);
        QVERIFY(file.seek((pages / 2) * 4096));
        file.write(QByteArray(4096, '\x5a'));
    }
    auto db = Database::open(path);
    CC_VERIFY_OK(db);
    for (bool quick : { false, true }) {
        core::maintenance::CheckOptions options;
        options.quick = quick;
        auto report = Checker::run(**db, core::auth::Actor::localOwner(), options);
        CC_VERIFY_OK(report);
        QVERIFY(!report->ok());
        const auto *integrity = report->find(QStringLiteral("integrity"));
        QVERIFY(integrity);
        QVERIFY(!integrity->ok);
        QVERIFY(!integrity->examples.isEmpty());
        QVERIFY(integrity->examples.size() <= 10);
    }
}

void TestMaintenance::commandLine()
{
    if (qEnvironmentVariableIsEmpty("CHAINCARD_CLI"))
        QSKIP("CHAINCARD_CLI is not set (run through ctest)");
    TestChain chain;
    const Seed s = seed(chain);
    QTemporaryDir target;

    auto check = runCli(chain.path(), { QStringLiteral("check") });
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(check.err.isEmpty(), qPrintable(check.err));
    const QJsonObject ok = QJsonDocument::fromJson(check.out).object();
    QCOMPARE(ok.value(QStringLiteral("ok")).toBool(), true);
    const QJsonArray checks = ok.value(QStringLiteral("checks")).toArray();
    QVERIFY(checks.size() >= 19);
    for (const auto &c : checks) {
        const QJsonObject o = c.toObject();
        for (const char *key : { "name", "ok", "count", "examples" })
            QVERIFY2(o.contains(QLatin1String(key)), key);
    }
    QCOMPARE(
        runCli(chain.path(), { QStringLiteral("check"), QStringLiteral("--quick") }).exitCode, 0);
    QCOMPARE(
        runCli(chain.path(), { QStringLiteral("check"), QStringLiteral("extra") }).exitCode, 2);

    const QString file = target.filePath(QStringLiteral("cli.chaincard"));
    auto backup = runCli(chain.path(), { QStringLiteral("backup"), file });
    QCOMPARE(backup.exitCode, 0);
    const QJsonObject info = QJsonDocument::fromJson(backup.out).object();
    QCOMPARE(info.value(QStringLiteral("path")).toString(), QDir::toNativeSeparators(file));
    QCOMPARE(info.value(QStringLiteral("bytes")).toInteger(), QFileInfo(file).size());
    QCOMPARE(info.value(QStringLiteral("schema_version")).toInt(), chain.db().schemaVersion());
    QVERIFY(info.contains(QStringLiteral("elapsed_ms")));
    QCOMPARE(runCli(file, { QStringLiteral("check") }).exitCode, 0);

    auto again = runCli(chain.path(), { QStringLiteral("backup"), file });
    QCOMPARE(again.exitCode, 4);
    QVERIFY(again.out.isEmpty());
    QVERIFY2(again.err.contains(QLatin1String("cli.chaincard"))
            && !again.err.contains(QLatin1Char('\n')),
        qPrintable(again.err));
    QCOMPARE(runCli(chain.path(), { QStringLiteral("backup"), file, QStringLiteral("--overwrite") })
                 .exitCode,
        0);
    QCOMPARE(runCli(chain.path(), { QStringLiteral("backup") }).exitCode, 2);

    QVERIFY(run(chain.db(),
        s.apply(
            QStringLiteral("UPDATE wallets SET principal = principal + 1 WHERE person_id = :A"))));
    auto broken = runCli(chain.path(), { QStringLiteral("check") });
    QCOMPARE(broken.exitCode, 5);
    QCOMPARE(QJsonDocument::fromJson(broken.out).object().value(QStringLiteral("ok")).toBool(true),
        false);
    QVERIFY2(broken.err.contains(QLatin1String("wallet_balance (1)"))
            && !broken.err.contains(QLatin1Char('\n')),
        qPrintable(broken.err));
}

QTEST_GUILESS_MAIN(TestMaintenance)
#include "tst_maintenance.moc"
