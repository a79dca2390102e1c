// End-to-end tests of chaincard-cli: the built program run with QProcess on temporary files.
#include "core/auth/userservice.h"
#include "core/storage/sql.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/testchain.h"
#include <memory>

using namespace testsupport;

namespace {

const QString phone = QStringLiteral("13812345678");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonObject json;

    // Errors are one clear line on stderr and nothing on stdout.
    bool refusedCleanly() const
    {
        return exitCode != 0 && out.isEmpty() && !err.isEmpty() && !err.contains(QLatin1Char('\n'))
            && err.startsWith(QStringLiteral("chaincard-cli: "));
    }
    QByteArray describe() const
    {
        return QStringLiteral("exit %1, stdout \"%2\", stderr \"%3\"")
            .arg(exitCode)
            .arg(QString::fromUtf8(out), err)
            .toUtf8();
    }
};

// Runs the CLI with exactly these arguments; `password` goes into CHAINCARD_PASSWORD (unset
// when null).
Run runCli(const QStringList &all, const QString &password = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CHAINCARD_PASSWORD"));
    env.remove(QStringLiteral("CHAINCARD_DEBUG"));
    if (!password.isNull())
        env.insert(QStringLiteral("CHAINCARD_PASSWORD"), password);
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("CHAINCARD_CLI"), all);
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    r.json = QJsonDocument::fromJson(r.out).object();
    return r;
}

// Runs the CLI on the database `db`, as `user` when one is given.
Run cli(const QString &db, const QStringList &args, const QString &password = {},
    const QString &user = {})
{
    QStringList all { QStringLiteral("--db"), db };
    if (!user.isEmpty())
        all << QStringLiteral("--user") << user;
    return runCli(all + args, password);
}

QStringList wallet(const QString &action, const QString &amount,
    const QString &branch = QStringLiteral("B01"), const QString &ref = {})
{
    QStringList args { QStringLiteral("wallet"), action, QStringLiteral("--phone"), phone,
        QStringLiteral("--branch"), branch, QStringLiteral("--amount"), amount };
    if (!ref.isEmpty())
        args << QStringLiteral("--ref") << ref;
    return args;
}

QString balanceOf(const QString &db)
{
    const Run r = cli(db,
        { QStringLiteral("wallet"), QStringLiteral("balance"), QStringLiteral("--phone"), phone });
    return r.exitCode == 0 ? r.json.value(QStringLiteral("balance")).toString() : r.err;
}


QByteArray fileDigest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void initPrintsJsonAndStatsCounts();
    void initTwiceRefused();
    void initRefusalsLeaveNoFile_data();
    void initRefusalsLeaveNoFile();
    void generatedOwnerPasswordSignsIn();
    void walletRoundTrip();
    void walletRefusalsWriteNothing_data();
    void walletRefusalsWriteNothing();
    void replayedRefChargesOnce();
    void refReusedForAnotherAmountRefused();
    void badDatabaseRefusedAndUntouched_data();
    void badDatabaseRefusedAndUntouched();
    void usageErrors_data();
    void usageErrors();
    void globalOptions();
    void usersActWithinTheirScope();

private:
    // One chain with 50.00 on the wallet of `phone`, shared by the tests that must write
    // nothing (each checks that it did not): a chain costs a password hash.
    std::unique_ptr<TestChain> m_shared;
};

void TestCli::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("CHAINCARD_CLI"))
        QSKIP("CHAINCARD_CLI is not set (run through ctest)");
    QVERIFY2(QFile::exists(qEnvironmentVariable("CHAINCARD_CLI")),
        "CHAINCARD_CLI names no file: build the chaincard-cli target first");
    m_shared = std::make_unique<TestChain>();
    const Run top = cli(m_shared->path(), wallet(QStringLiteral("topup"), QStringLiteral("50")));
    QVERIFY2(top.exitCode == 0, top.describe());
}

void TestCli::initPrintsJsonAndStatsCounts()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("sub/folder/chain.chaincard"));
    const Run init = cli(db,
        { QStringLiteral("init"), QStringLiteral("--chain-name"), QStringLiteral("Lanzhou Noodles"),
            QStringLiteral("--owner"), QStringLiteral("boss"), QStringLiteral("--currency"),
            QStringLiteral("cny") },
        QStringLiteral("boss-password"));
    QVERIFY2(init.exitCode == 0, init.describe());
    QVERIFY2(init.err.isEmpty(), init.describe());
    QCOMPARE(init.json.value(QStringLiteral("chain_name")).toString(),
        QStringLiteral("Lanzhou Noodles"));
    QCOMPARE(init.json.value(QStringLiteral("currency")).toString(), QStringLiteral("CNY"));
    QCOMPARE(init.json.value(QStringLiteral("region")).toString(), QStringLiteral("CN"));
    QCOMPARE(
        init.json.value(QStringLiteral("timezone")).toString(), QStringLiteral("Asia/Shanghai"));
    QCOMPARE(init.json.value(QStringLiteral("owner")).toString(), QStringLiteral("boss"));
    QVERIFY(init.json.value(QStringLiteral("schema_version")).toInt() >= 1);
    QVERIFY(!init.json.contains(QStringLiteral("owner_password"))); // given, so not printed
    QVERIFY(QFile::exists(db));

    const Run stats = cli(db, { QStringLiteral("stats") });
    QVERIFY2(stats.exitCode == 0, stats.describe());
    QCOMPARE(
        stats.json.value(QStringLiteral("chain")).toString(), QStringLiteral("Lanzhou Noodles"));
    const QJsonObject total = stats.json.value(QStringLiteral("total")).toObject();
    QCOMPARE(total.value(QStringLiteral("branches")).toInt(), 0);
    QCOMPARE(total.value(QStringLiteral("people")).toInt(), 0);
    QCOMPARE(total.value(QStringLiteral("users")).toInt(), 1);
    QCOMPARE(total.value(QStringLiteral("revenue")).toString(), QStringLiteral("0.00"));
    QVERIFY(stats.json.value(QStringLiteral("branches")).toArray().isEmpty());
}

void TestCli::initTwiceRefused()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("twice.chaincard"));
    QCOMPARE(
        cli(db, { QStringLiteral("init"), QStringLiteral("--chain-name"), QStringLiteral("First") },
            QStringLiteral("boss-password"))
            .exitCode,
        0);
    const Run again = cli(db,
        { QStringLiteral("init"), QStringLiteral("--chain-name"), QStringLiteral("Second") },
        QStringLiteral("boss-password"));
    QVERIFY2(again.refusedCleanly(), again.describe());
    QCOMPARE(again.exitCode, 4);
    QVERIFY2(again.err.contains(QStringLiteral("First")), again.describe());
    const Run stats = cli(db, { QStringLiteral("stats") });
    QCOMPARE(stats.json.value(QStringLiteral("chain")).toString(), QStringLiteral("First"));
    QCOMPARE(
        stats.json.value(QStringLiteral("total")).toObject().value(QStringLiteral("users")).toInt(),
        1);
}

void TestCli::initRefusalsLeaveNoFile_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("currency") << QStringList { QStringLiteral("--currency"), QStringLiteral("XYZ") }
                              << QStringLiteral("boss-password") << QStringLiteral("XYZ");
    QTest::newRow("region") << QStringList { QStringLiteral("--region"), QStringLiteral("ZZ") }
                            << QStringLiteral("boss-password") << QStringLiteral("ZZ");
    QTest::newRow("time zone") << QStringList { QStringLiteral("--timezone"),
        QStringLiteral("Mars/Base") }
                               << QStringLiteral("boss-password") << QStringLiteral("Mars/Base");
    QTest::newRow("weak password")
        << QStringList() << QStringLiteral("short") << QStringLiteral("8");
    QTest::newRow("bad owner name")
        << QStringList { QStringLiteral("--owner"), QStringLiteral("the boss") }
        << QStringLiteral("boss-password") << QStringLiteral("the boss");
    QTest::newRow("stray argument") << QStringList { QStringLiteral("extra") }
                                    << QStringLiteral("boss-password") << QStringLiteral("init");
}

void TestCli::initRefusalsLeaveNoFile()
{
    QFETCH(QStringList, options);
    QFETCH(QString, password);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("refused.chaincard"));
    const Run r = cli(db, QStringList { QStringLiteral("init") } + options, password);
    QVERIFY2(r.refusedCleanly(), r.describe());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(mentions), r.describe());
    // Nothing half-written: no database (nor its WAL files) is left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestCli::generatedOwnerPasswordSignsIn()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("generated.chaincard"));
    const Run init = cli(db, { QStringLiteral("init") });
    QVERIFY2(init.exitCode == 0, init.describe());
    const QString generated = init.json.value(QStringLiteral("owner_password")).toString();
    QCOMPARE(generated.size(), 16);
    QCOMPARE(init.json.value(QStringLiteral("owner")).toString(), QStringLiteral("owner"));
    const Run stats = cli(db, { QStringLiteral("stats") }, generated, QStringLiteral("owner"));
    QVERIFY2(stats.exitCode == 0, stats.describe());
    QCOMPARE(stats.json.value(QStringLiteral("chain")).toString(),
        QStringLiteral("My Restaurant Chain"));
}

void TestCli::walletRoundTrip()
{
    TestChain chain;
    const QString db = chain.path();
    const Run top = cli(db, wallet(QStringLiteral("topup"), QStringLiteral("¥1,000.00")));
    QVERIFY2(top.exitCode == 0, top.describe());
    QCOMPARE(top.json.value(QStringLiteral("balance")).toString(), QStringLiteral("1000.00"));
    QCOMPARE(top.json.value(QStringLiteral("kind")).toString(), QStringLiteral("topup"));
    const Run spend = cli(
        db, wallet(QStringLiteral("spend"), QStringLiteral("120.5"), QStringLiteral("Xujiahui")));
    QVERIFY2(spend.exitCode == 0, spend.describe());
    QCOMPARE(spend.json.value(QStringLiteral("balance")).toString(), QStringLiteral("879.50"));
    QCOMPARE(spend.json.value(QStringLiteral("branch")).toString(), QStringLiteral("B02"));
    const Run refund
        = cli(db, wallet(QStringLiteral("refund"), QStringLiteral("20.50"), QStringLiteral("B02")));
    QVERIFY2(refund.exitCode == 0, refund.describe());
    QCOMPARE(refund.json.value(QStringLiteral("balance")).toString(), QStringLiteral("900.00"));
    // The balance by phone in any written form.
    const Run balance = cli(db,
        { QStringLiteral("wallet"), QStringLiteral("balance"), QStringLiteral("--phone"),
            QStringLiteral("+86 138-1234-5678") });
    QVERIFY2(balance.exitCode == 0, balance.describe());
    QCOMPARE(balance.json.value(QStringLiteral("balance")).toString(), QStringLiteral("900.00"));
    QCOMPARE(
        balance.json.value(QStringLiteral("phone")).toString(), QStringLiteral("+8613812345678"));
    const Run stats = cli(db, { QStringLiteral("stats") });
    const QJsonObject total = stats.json.value(QStringLiteral("total")).toObject();
    QCOMPARE(total.value(QStringLiteral("wallet_entries")).toInt(), 3);
    QCOMPARE(total.value(QStringLiteral("stored_value")).toString(), QStringLiteral("900.00"));
    QCOMPARE(total.value(QStringLiteral("people")).toInt(), 1);
    QCOMPARE(total.value(QStringLiteral("members")).toInt(), 1);
    const QJsonArray branches = stats.json.value(QStringLiteral("branches")).toArray();
    QCOMPARE(branches.size(), 2);
    QCOMPARE(branches.at(0).toObject().value(QStringLiteral("wallet_entries")).toInt(), 1);
    QCOMPARE(branches.at(1).toObject().value(QStringLiteral("wallet_entries")).toInt(), 2);
}

void TestCli::walletRefusalsWriteNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("past the balance")
        << wallet(QStringLiteral("spend"), QStringLiteral("50.01")) << 4 << QStringLiteral("50.00");
    QTest::newRow("negative amount")
        << wallet(QStringLiteral("spend"), QStringLiteral("-5")) << 2 << QStringLiteral("zero");
    QTest::newRow("negative top-up")
        << wallet(QStringLiteral("topup"), QStringLiteral("-5")) << 2 << QStringLiteral("zero");
    QTest::newRow("zero") << wallet(QStringLiteral("spend"), QStringLiteral("0")) << 2
                          << QStringLiteral("zero");
    QTest::newRow("malformed") << wallet(QStringLiteral("spend"), QStringLiteral("abc")) << 2
                               << QStringLiteral("abc");
    QTest::newRow("three decimals")
        << wallet(QStringLiteral("spend"), QStringLiteral("1.234")) << 2 << QStringLiteral("1.234");
    QTest::newRow("exponent") << wallet(QStringLiteral("topup"), QStringLiteral("1e3")) << 2
                              << QStringLiteral("1e3");
    QTest::newRow("refund past the spends")
        << wallet(QStringLiteral("refund"), QStringLiteral("0.01")) << 4 << QString();
    QTest::newRow("unknown branch") << wallet(QStringLiteral("spend"), QStringLiteral("1"),
        QStringLiteral("B99")) << 4 << QStringLiteral("B99");
    QStringList badPhone = wallet(QStringLiteral("topup"), QStringLiteral("1"));
    badPhone[3] = QStringLiteral("12345");
    QTest::newRow("malformed phone") << badPhone << 2 << QStringLiteral("12345");
    QStringList unknownPhone = wallet(QStringLiteral("spend"), QStringLiteral("1"));
    unknownPhone[3] = QStringLiteral("13900001111");
    QTest::newRow("unknown phone") << unknownPhone << 4 << QStringLiteral("+8613900001111");
}

void TestCli::walletRefusalsWriteNothing()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    TestChain &chain = *m_shared;
    const QString db = chain.path();
    const qint64 entries = count(chain.db(), QStringLiteral("SELECT count(*) FROM wallet_entries"));
    const qint64 audits = count(chain.db(), QStringLiteral("SELECT count(*) FROM audit_log"));
    const qint64 people = count(chain.db(), QStringLiteral("SELECT count(*) FROM people"));
    const Run r = cli(db, args);
    QVERIFY2(r.refusedCleanly(), r.describe());
    QCOMPARE(r.exitCode, exitCode);
    if (!mentions.isEmpty())
        QVERIFY2(r.err.contains(mentions), r.describe());
    QCOMPARE(balanceOf(db), QStringLiteral("50.00"));
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT count(*) FROM wallet_entries")), entries);
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT count(*) FROM audit_log")), audits);
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT count(*) FROM people")), people);
}

void TestCli::replayedRefChargesOnce()
{
    TestChain chain;
    const QString db = chain.path();
    QCOMPARE(cli(db, wallet(QStringLiteral("topup"), QStringLiteral("100"))).exitCode, 0);
    const QStringList pay = wallet(QStringLiteral("spend"), QStringLiteral("30.00"),
        QStringLiteral("B02"), QStringLiteral("pos-7781"));
    const Run first = cli(db, pay);
    QVERIFY2(first.exitCode == 0, first.describe());
    QCOMPARE(first.json.value(QStringLiteral("replayed")).toBool(), false);
    QCOMPARE(first.json.value(QStringLiteral("ref")).toString(), QStringLiteral("pos-7781"));
    QCOMPARE(first.json.value(QStringLiteral("balance")).toString(), QStringLiteral("70.00"));
    const Run retry = cli(db, pay);
    QVERIFY2(retry.exitCode == 0, retry.describe());
    QCOMPARE(retry.json.value(QStringLiteral("replayed")).toBool(), true);
    QCOMPARE(
        retry.json.value(QStringLiteral("entry_id")), first.json.value(QStringLiteral("entry_id")));
    QCOMPARE(retry.json.value(QStringLiteral("balance")).toString(), QStringLiteral("70.00"));
    QCOMPARE(balanceOf(db), QStringLiteral("70.00"));
    QCOMPARE(count(chain.db(),
                 QStringLiteral("SELECT count(*) FROM wallet_entries WHERE kind = 'spend'")),
        qint64(1));
}

void TestCli::refReusedForAnotherAmountRefused()
{
    TestChain chain;
    const QString db = chain.path();
    QCOMPARE(cli(db, wallet(QStringLiteral("topup"), QStringLiteral("100"))).exitCode, 0);
    QCOMPARE(cli(db,
                 wallet(QStringLiteral("spend"), QStringLiteral("30"), QStringLiteral("B01"),
                     QStringLiteral("bill-1")))
                 .exitCode,
        0);
    for (const QStringList &reuse : { wallet(QStringLiteral("spend"), QStringLiteral("31"),
                                          QStringLiteral("B01"), QStringLiteral("bill-1")),
             wallet(QStringLiteral("topup"), QStringLiteral("30"), QStringLiteral("B01"),
                 QStringLiteral("bill-1")) }) {
        const Run r = cli(db, reuse);
        QVERIFY2(r.refusedCleanly(), r.describe());
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QStringLiteral("bill-1")), r.describe());
    }
    QCOMPARE(balanceOf(db), QStringLiteral("70.00"));
}

void TestCli::badDatabaseRefusedAndUntouched_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("args");
    const QByteArray text("phone,name\n13812345678,Li Na\n");
    QTest::newRow("text file, stats") << text << QStringList { QStringLiteral("stats") };
    QTest::newRow("text file, wallet")
        << text << wallet(QStringLiteral("topup"), QStringLiteral("10"));
    QTest::newRow("text file, init") << text << QStringList { QStringLiteral("init") };
    QByteArray sqliteOfAnother("SQLite format 3\0", 16);
    sqliteOfAnother.append(QByteArray(4080, '\0'));
    QTest::newRow("another program's SQLite header, stats")
        << sqliteOfAnother << QStringList { QStringLiteral("stats") };
}

void TestCli::badDatabaseRefusedAndUntouched()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("members.csv"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const QByteArray digest = fileDigest(path);
    const Run r = cli(path, args, QStringLiteral("boss-password"));
    QVERIFY2(r.refusedCleanly(), r.describe());
    QVERIFY2(r.err.contains(QStringLiteral("members.csv")), r.describe());
    QCOMPARE(fileDigest(path), digest);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
        QStringList { QStringLiteral("members.csv") });

    // A database that does not exist is not created by a command that only reads or writes one.
    const QString missing = dir.filePath(QStringLiteral("missing.chaincard"));
    const Run none = cli(missing, { QStringLiteral("stats") });
    QVERIFY2(none.refusedCleanly(), none.describe());
    QVERIFY(!QFile::exists(missing));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown command") << QStringList { QStringLiteral("frobnicate") };
    QTest::newRow("wallet without action") << QStringList { QStringLiteral("wallet") };
    QTest::newRow("wallet unknown action") << QStringList { QStringLiteral("wallet"),
        QStringLiteral("steal"), QStringLiteral("--phone"), phone };
    QTest::newRow("wallet without phone")
        << QStringList { QStringLiteral("wallet"), QStringLiteral("balance") };
    QTest::newRow("spend without amount") << QStringList { QStringLiteral("wallet"),
        QStringLiteral("spend"), QStringLiteral("--phone"), phone, QStringLiteral("--branch"),
        QStringLiteral("B01") };
    QTest::newRow("bonus on a spend") << (wallet(QStringLiteral("spend"), QStringLiteral("1"))
        << QStringLiteral("--bonus") << QStringLiteral("1"));
    QTest::newRow("unknown option")
        << QStringList { QStringLiteral("stats"), QStringLiteral("--frob") };
    QTest::newRow("stats with argument")
        << QStringList { QStringLiteral("stats"), QStringLiteral("now") };
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    const qint64 audits = count(m_shared->db(), QStringLiteral("SELECT count(*) FROM audit_log"));
    const Run r = cli(m_shared->path(), args);
    QVERIFY2(r.refusedCleanly(), r.describe());
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(count(m_shared->db(), QStringLiteral("SELECT count(*) FROM audit_log")), audits);
}

void TestCli::globalOptions()
{
    const QString db = m_shared->path();
    // "--db=PATH" as well as "--db PATH".
    const Run joined = runCli({ QStringLiteral("--db=") + db, QStringLiteral("stats") });
    QVERIFY2(joined.exitCode == 0, joined.describe());
    QCOMPARE(joined.json.value(QStringLiteral("chain")).toString(), QStringLiteral("Test Noodles"));
    // After the command --db would be taken for the default file: refused with a hint instead.
    QTemporaryDir dir;
    const QString elsewhere = dir.filePath(QStringLiteral("other.chaincard"));
    for (const QStringList &args :
        { QStringList { QStringLiteral("stats"), QStringLiteral("--db"), db },
            QStringList { QStringLiteral("init"), QStringLiteral("--db=") + elsewhere },
            wallet(QStringLiteral("balance"), QStringLiteral("1"))
                << QStringLiteral("--user") << QStringLiteral("owner") }) {
        const Run r = runCli(args, QStringLiteral("boss-password"));
        QVERIFY2(r.refusedCleanly(), r.describe());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("before the command")), r.describe());
    }
    QVERIFY(!QFile::exists(elsewhere));
    // Incomplete or unknown global options.
    for (const QStringList &args : { QStringList { QStringLiteral("--db") },
             QStringList { QStringLiteral("--db="), QStringLiteral("stats") },
             QStringList {
                 QStringLiteral("--frob"), QStringLiteral("x"), QStringLiteral("stats") } }) {
        const Run r = runCli(args);
        QVERIFY2(r.refusedCleanly(), r.describe());
        QCOMPARE(r.exitCode, 2);
    }
    // --user without a password says where the password goes, before any hashing.
    const Run noPassword = cli(db, { QStringLiteral("stats") }, QString(), QStringLiteral("owner"));
    QVERIFY2(noPassword.refusedCleanly(), noPassword.describe());
    QCOMPARE(noPassword.exitCode, 2);
    QVERIFY2(noPassword.err.contains(QStringLiteral("CHAINCARD_PASSWORD")), noPassword.describe());
    // init makes the owner; acting as a user there means nothing.
    const Run initAsUser = cli(elsewhere, { QStringLiteral("init") },
        QStringLiteral("boss-password"), QStringLiteral("owner"));
    QVERIFY2(initAsUser.refusedCleanly(), initAsUser.describe());
    QCOMPARE(initAsUser.exitCode, 2);
    QVERIFY(!QFile::exists(elsewhere));
    // Help and version go to stdout with success.
    const Run help = runCli({ QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("wallet balance --phone P"));
    QVERIFY(help.err.isEmpty());
}

void TestCli::usersActWithinTheirScope()
{
    TestChain chain;
    const QString db = chain.path();
    // Real accounts with real hashes (TestChain's staff have none), made on the same file.
    core::auth::UserService users(chain.db());
    core::auth::NewUser cashier;
    cashier.username = QStringLiteral("li.cashier");
    cashier.password = QStringLiteral("cashier-password");
    cashier.role = core::auth::Role::Cashier;
    cashier.branchId = chain.branch1;
    CC_VERIFY_OK(users.create(chain.owner(), cashier));
    const QString pass = cashier.password;
    const QString who = cashier.username;

    const Run wrong = cli(db, wallet(QStringLiteral("topup"), QStringLiteral("10")),
        QStringLiteral("guess-password"), who);
    QVERIFY2(wrong.refusedCleanly(), wrong.describe());
    QCOMPARE(wrong.exitCode, 3);
    const Run unknown = cli(db, { QStringLiteral("stats") }, pass, QStringLiteral("nobody"));
    QVERIFY2(unknown.refusedCleanly(), unknown.describe());
    QCOMPARE(unknown.err, wrong.err); // does not reveal which usernames exist
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT count(*) FROM wallet_entries")), qint64(0));

    const Run top = cli(db, wallet(QStringLiteral("topup"), QStringLiteral("10")), pass, who);
    QVERIFY2(top.exitCode == 0, top.describe());
    const Run spend = cli(db, wallet(QStringLiteral("spend"), QStringLiteral("4")), pass, who);
    QVERIFY2(spend.exitCode == 0, spend.describe());
    const Run refund = cli(db, wallet(QStringLiteral("refund"), QStringLiteral("4")), pass, who);
    QVERIFY2(refund.refusedCleanly(), refund.describe());
    QCOMPARE(refund.exitCode, 3);
    const Run elsewhere = cli(db,
        wallet(QStringLiteral("topup"), QStringLiteral("10"), QStringLiteral("B02")), pass, who);
    QVERIFY2(elsewhere.refusedCleanly(), elsewhere.describe());
    QCOMPARE(elsewhere.exitCode, 3);
    QCOMPARE(balanceOf(db), QStringLiteral("6.00"));
    auto operators = core::storage::scalar(
        chain.db(), QStringLiteral("SELECT group_concat(DISTINCT operator) FROM wallet_entries"));
    QCOMPARE(operators->toString(), who);

    // The cashier's stats cover their branch only, without the chain-wide figures.
    const Run stats = cli(db, { QStringLiteral("stats") }, pass, who);
    QVERIFY2(stats.exitCode == 0, stats.describe());
    const QJsonArray branches = stats.json.value(QStringLiteral("branches")).toArray();
    QCOMPARE(branches.size(), 1);
    QCOMPARE(
        branches.at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("B01"));
    QVERIFY(
        !stats.json.value(QStringLiteral("total")).toObject().contains(QStringLiteral("users")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
