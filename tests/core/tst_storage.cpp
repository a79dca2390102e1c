// The store (DESIGN.md, Storage): identity and pragmas on every connection, migrations from
// every earlier version, refusal of files that are not ours (left untouched), and
// WriteTransaction's BEGIN IMMEDIATE, queuing and nesting.
#include "core/broadcasts/visitsummary.h"
#include "core/storage/database.h"
#include "core/storage/migrations.h"
#include "core/storage/sql.h"
#include "core/storage/writetransaction.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "tests/support/testchain.h"
#include <memory>
#include <vector>

using namespace testsupport;
using core::Error;
using core::storage::Database;
using core::storage::Migration;
using core::storage::OpenOptions;
using core::storage::WriteTransaction;

namespace {

// A plain Qt SQL connection, outside Database: what another program would hold.
class RawConnection
{
public:
    explicit RawConnection(const QString &path, int busyTimeoutMs = 100)
        : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
        m_open = db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool isOpen() const { return m_open; }
    // Runs one statement; the error text, or an empty string when it worked.
    QString exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (q.exec(sql))
            return {};
        return q.lastError().text().isEmpty() ? QStringLiteral("error") : q.lastError().text();
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    bool m_open = false;
};

// Every file in the folder: name -> SHA-256 of its bytes. A -shm file is SQLite's shared memory
// (readers write their marks into it), so only its presence counts.
QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> out;
    const QStringList names = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : names) {
        if (name.endsWith(QLatin1String("-shm"))) {
            out.insert(name, QByteArray("shm"));
            continue;
        }
        QFile f(QDir(folder).filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        out.insert(name, QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256));
    }
    return out;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), qint64(bytes.size()));
}

QVariant pragmaValue(Database &db, const char *pragma)
{
    auto v = core::storage::scalar(db, QStringLiteral("PRAGMA %1").arg(QLatin1String(pragma)));
    return v ? v.value() : QVariant();
}

// type|name|sql of every schema object, sorted: two files with equal lists have one schema.
QStringList schemaOf(Database &db)
{
    QStringList out;
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral("SELECT type, name, coalesce(sql, '') FROM sqlite_master"
                          " ORDER BY type, name"));
    while (q.next())
        out << q.value(0).toString() + QLatin1Char('|') + q.value(1).toString() + QLatin1Char('|')
                + q.value(2).toString();
    return out;
}


// A ChainCard file of the given version (closed again), in `folder`.
QString chainFile(const QString &folder, const QString &name, int version = -1)
{
    const QString path = QDir(folder).filePath(name);
    OpenOptions options;
    options.targetVersion = version;
    auto db = Database::open(path, options);
    if (!db)
        qFatal("cannot create %s: %s", qPrintable(path), qPrintable(db.error().message()));
    return path;
}

std::vector<Migration> fakeMigrations(bool thirdFails)
{
    std::vector<Migration> steps = {
        { 1,
            { QStringLiteral("CREATE TABLE steps (version INTEGER NOT NULL)"),
                QStringLiteral("INSERT INTO steps VALUES (1)") } },
        { 2,
            { QStringLiteral("INSERT INTO steps VALUES (2)"),
                QStringLiteral("CREATE TABLE two (x INTEGER)") } },
        { 3,
            { QStringLiteral("INSERT INTO steps VALUES (3)"),
                QStringLiteral("CREATE TABLE three (x INTEGER)") } },
    };
    if (thirdFails)
        steps[2].statements << QStringLiteral("INSERT INTO no_such_table VALUES (1)");
    return steps;
}

} // namespace

class TestStorage : public QObject
{
    Q_OBJECT
private slots:
    void newFileHasIdentityAndPragmasOnEveryConnection();
    void migratesFromEveryEarlierVersion_data();
    void migratesFromEveryEarlierVersion();
    void version3IndexesNamesWrittenBefore_data();
    void version3IndexesNamesWrittenBefore();
    void version4BalancesWalletsWrittenBefore_data();
    void version4BalancesWalletsWrittenBefore();
    void version6SummarisesVisitsWrittenBefore_data();
    void version6SummarisesVisitsWrittenBefore();
    void version8RebuildsPeopleWithWhatIsOnThem();
    void stepsApplyOnceInOrder();
    void failingStepRollsBackWhole();
    void rebuildStepRefusesDanglingReferences();

    void refusesTextFile();
    void emptyFile();
    void refusesOtherApplicationsDatabase_data();
    void refusesOtherApplicationsDatabase();
    void refusesNewerVersion();
    void refusesExclusivelyLockedFile();
    void refusesFileHeldByWriter();
    void refusesCorruptFile();
    void openExistingOnMissingPathIsNotFound();

    void writeTransactionTakesWriteLockAtBegin();
    void concurrentWritersWaitAndBothSucceed();
    void nestedFailureRollsBackWhole();
};

void TestStorage::newFileHasIdentityAndPragmasOnEveryConnection()
{
    QTemporaryDir dir;
    OpenOptions options;
    options.busyTimeoutMs = 1234;
    auto db = Database::open(dir.filePath(QStringLiteral("new.chaincard")), options);
    CC_VERIFY_OK(db);
    QCOMPARE(quint32(pragmaValue(**db, "application_id").toLongLong()), Database::ApplicationId);
    QCOMPARE(pragmaValue(**db, "user_version").toInt(), core::storage::latestSchemaVersion());
    QCOMPARE((*db)->schemaVersion(), core::storage::latestSchemaVersion());

    const auto verifyPragmas = [](Database &c) {
        QCOMPARE(pragmaValue(c, "foreign_keys").toInt(), 1);
        QCOMPARE(pragmaValue(c, "journal_mode").toString(), QStringLiteral("wal"));
        QCOMPARE(pragmaValue(c, "synchronous").toInt(), 2); // FULL
        QCOMPARE(pragmaValue(c, "busy_timeout").toInt(), 1234);
        QCOMPARE(quint32(pragmaValue(c, "application_id").toLongLong()), Database::ApplicationId);
    };
    verifyPragmas(**db);
    if (QTest::currentTestFailed())
        return;
    auto second = (*db)->openAnother();
    CC_VERIFY_OK(second);
    verifyPragmas(**second);
    if (QTest::currentTestFailed())
        return;

    // A worker thread's own connection.
    QAtomicInt ok(0);
    QString failure;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        auto own = (*db)->openAnother();
        if (!own) {
            failure = own.error().message();
            return;
        }
        const bool good = pragmaValue(**own, "foreign_keys").toInt() == 1
            && pragmaValue(**own, "journal_mode").toString() == QLatin1String("wal")
            && pragmaValue(**own, "synchronous").toInt() == 2
            && pragmaValue(**own, "busy_timeout").toInt() == 1234;
        ok.storeRelaxed(good ? 1 : 0);
    }));
    worker->start();
    QVERIFY(worker->wait(30000));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(ok.loadRelaxed(), 1);
}

void TestStorage::migratesFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("from");
    // Version 0 is an empty ChainCard file: the application id set, no tables yet.
    for (int v = 0; v < core::storage::latestSchemaVersion(); ++v)
        QTest::addRow("from version %d", v) << v;
}

void TestStorage::migratesFromEveryEarlierVersion()
{
    QFETCH(int, from);
    QTemporaryDir dir;
    const QString fresh = chainFile(dir.path(), QStringLiteral("fresh.chaincard"));
    const QString old = chainFile(dir.path(), QStringLiteral("old.chaincard"), from);
    {
        RawConnection raw(old);
        QVERIFY(raw.isOpen());
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), from);
        QCOMPARE(quint32(raw.value(QStringLiteral("PRAGMA application_id")).toLongLong()),
            Database::ApplicationId);
        if (from >= 1) // data written at the old version survives the upgrade
            QCOMPARE(raw.exec(QStringLiteral("INSERT INTO branches (code, name, created_at)"
                                             " VALUES ('OLD', 'Old branch', 1)")),
                QString());
    }
    auto migrated = Database::open(old);
    CC_VERIFY_OK(migrated);
    QCOMPARE((*migrated)->schemaVersion(), core::storage::latestSchemaVersion());
    QCOMPARE(pragmaValue(**migrated, "user_version").toInt(), core::storage::latestSchemaVersion());
    auto reference = Database::open(fresh);
    CC_VERIFY_OK(reference);
    QCOMPARE(schemaOf(**migrated), schemaOf(**reference));
    if (from >= 1)
        QCOMPARE(
            count(**migrated, QStringLiteral("SELECT count(*) FROM branches WHERE code = 'OLD'")),
            qint64(1));
    // Reopening applies nothing more.
    migrated->reset();
    auto again = Database::open(old);
    CC_VERIFY_OK(again);
    QCOMPARE((*again)->schemaVersion(), core::storage::latestSchemaVersion());
}

void TestStorage::version4BalancesWalletsWrittenBefore_data()
{
    QTest::addColumn<int>("from");
    for (int v = 1; v < 4; ++v)
        QTest::addRow("from version %d", v) << v;
}

// The dashboard's stored value per home branch (version 4) starts from the wallets written at
// an earlier version, people without a home branch under 0, and follows changes after it; the
// members of a branch are a range of people_branch_member.
void TestStorage::version4BalancesWalletsWrittenBefore()
{
    QFETCH(int, from);
    QTemporaryDir dir;
    const QString old = chainFile(dir.path(), QStringLiteral("old.chaincard"), from);
    {
        RawConnection raw(old);
        QVERIFY(raw.isOpen());
        const QString statements[] = {
            QStringLiteral("INSERT INTO branches (id, code, name, created_at) VALUES (1, 'B1', 'One', 0),"
                           " (2, 'B2', 'Two', 0)"),
            QStringLiteral("INSERT INTO people (id, phone, phone_last4, member_code, home_branch_id,"
                           " joined_at, member_since) VALUES (1, '+8613800000001', '0001', 'M1', 1, 1, 5),"
                           " (2, '+8613800000002', '0002', 'M2', 1, 1, 6),"
                           " (3, '+8613800000003', '0003', 'M3', NULL, 1, 7)"),
            QStringLiteral("INSERT INTO wallets (person_id, principal, bonus, updated_at) VALUES"
                           " (1, 1000, 100, 1), (2, 500, 0, 1), (3, 70, 0, 1)"),
        };
        for (const QString &sql : statements)
            QCOMPARE(raw.exec(sql), QString());
    }
    auto migrated = Database::open(old);
    CC_VERIFY_OK(migrated);
    Database &db = **migrated;
    const auto balance = [&db](int branch) {
        return count(db, QStringLiteral("SELECT balance FROM home_balances WHERE branch_id = %1").arg(branch));
    };
    QCOMPARE(balance(1), qint64(1600));
    QCOMPARE(balance(0), qint64(70));
    // After the upgrade the triggers keep it: a payment, a move to another branch, a new wallet.
    CC_VERIFY_OK(core::storage::execOnce(db, QStringLiteral("UPDATE wallets SET principal = 400 WHERE person_id = 2")));
    CC_VERIFY_OK(core::storage::execOnce(db, QStringLiteral("UPDATE people SET home_branch_id = 2 WHERE id = 1")));
    CC_VERIFY_OK(core::storage::execOnce(db, QStringLiteral("UPDATE people SET home_branch_id = 2 WHERE id = 3")));
    QCOMPARE(balance(1), qint64(400));
    QCOMPARE(balance(2), qint64(1170));
    QCOMPARE(balance(0), qint64(0));
    QSqlQuery plan(db.sql());
    QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT count(*) FROM people"
                                     " WHERE home_branch_id IN (1, 2) AND member_since >= 6")));
    QString detail;
    while (plan.next())
        detail += plan.value(3).toString() + QLatin1Char('\n');
    QVERIFY2(detail.contains(QLatin1String("COVERING INDEX people_branch_member")), qPrintable(detail));
}

void TestStorage::version6SummarisesVisitsWrittenBefore_data()
{
    QTest::addColumn<int>("from");
    for (int v = 1; v < 6; ++v)
        QTest::addRow("from version %d", v) << v;
}

// The broadcasts' visit summary (version 6) starts empty with its mark at 0, so its first
// refresh finds every visit written before by id; changes to those visits afterwards are noted
// by its triggers.
void TestStorage::version6SummarisesVisitsWrittenBefore()
{
    QFETCH(int, from);
    QTemporaryDir dir;
    const QString old = chainFile(dir.path(), QStringLiteral("old.chaincard"), from);
    {
        RawConnection raw(old);
        QVERIFY(raw.isOpen());
        const QString statements[] = {
            QStringLiteral("INSERT INTO branches (id, code, name, created_at) VALUES (1, 'B1', 'One', 0),"
                           " (2, 'B2', 'Two', 0)"),
            QStringLiteral("INSERT INTO people (id, phone, phone_last4, member_code, home_branch_id,"
                           " joined_at) VALUES (1, '+8613800000001', '0001', 'M1', 1, 1)"),
            QStringLiteral("INSERT INTO visits (id, branch_id, person_id, occurred_at, amount, source,"
                           " receipt_no) VALUES (1, 2, 1, 1000, 100, 'import', 'R1'),"
                           " (2, 2, 1, 2000, 100, 'import', 'R2'), (3, 1, 1, 3000, 100, 'import', 'R3')"),
        };
        for (const QString &sql : statements)
            QCOMPARE(raw.exec(sql), QString());
    }
    auto migrated = Database::open(old);
    CC_VERIFY_OK(migrated);
    Database &db = **migrated;
    const auto refresh = [&db](qint64 windowStart) {
        WriteTransaction tx(db);
        CC_VERIFY_OK(core::broadcasts::VisitSummary::refresh(db, windowStart));
        CC_VERIFY_OK(tx.commit());
    };
    const auto row = [&db] {
        auto v = core::storage::scalar(db,
            QStringLiteral("SELECT home_branch_id || ',' || coalesce(window_lo, '-') || ','"
                           " || coalesce(window_hi, '-') || ',' || branches || ',' || last_visit_at"
                           " FROM visit_summary WHERE person_id = 1"));
        return v ? v->toString() : v.error().message();
    };
    refresh(0);
    QCOMPARE(row(), QStringLiteral("2,-,1000,2,3000"));
    refresh(1500); // one visit at each branch in the window: the later one
    QCOMPARE(row(), QStringLiteral("1,1000,2000,2,3000"));
    CC_VERIFY_OK(core::storage::execOnce(db, QStringLiteral("UPDATE visits SET voided_at = 1 WHERE id = 3")));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM visit_summary_dirty")), qint64(1));
    refresh(1500);
    QCOMPARE(row(), QStringLiteral("2,1000,2000,2,3000"));
}

void TestStorage::version3IndexesNamesWrittenBefore_data()
{
    QTest::addColumn<int>("from");
    for (int v = 1; v < 3; ++v)
        QTest::addRow("from version %d", v) << v;
}

// The member list's indexes (version 3) cover people written at an earlier version, and a
// prefix of the name (or, within a branch, of the phone) is read as a range of them.
void TestStorage::version3IndexesNamesWrittenBefore()
{
    QFETCH(int, from);
    QTemporaryDir dir;
    const QString old = chainFile(dir.path(), QStringLiteral("old.chaincard"), from);
    {
        RawConnection raw(old);
        QVERIFY(raw.isOpen());
        const char *const names[] = { "Wang Fang", "wang li", "Zhang Wei" };
        int i = 0;
        for (const char *name : names) {
            ++i;
            QCOMPARE(raw.exec(QStringLiteral("INSERT INTO people (phone, phone_last4, member_code,"
                                             " name, joined_at) VALUES ('+861380000000%1', '000%1',"
                                             " 'M%1', '%2', 1)")
                                  .arg(i)
                                  .arg(QLatin1String(name))),
                QString());
        }
    }
    auto migrated = Database::open(old);
    CC_VERIFY_OK(migrated);
    QVERIFY((*migrated)->schemaVersion() >= 3);
    QCOMPARE(count(**migrated, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type ="
                                              " 'index' AND name = 'people_name'")),
        qint64(1));
    QCOMPARE(count(**migrated, QStringLiteral("SELECT count(*) FROM people"
                                              " WHERE lower(name) >= 'wang' AND lower(name) < 'wanh'")),
        qint64(2));
    QSqlQuery plan((*migrated)->sql());
    QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM people"
                                     " WHERE lower(name) >= 'wang' AND lower(name) < 'wanh'"
                                     " ORDER BY lower(name), id")));
    QString detail;
    while (plan.next())
        detail += plan.value(3).toString() + QLatin1Char('\n');
    QVERIFY2(detail.contains(QLatin1String("people_name")), qPrintable(detail));
    QVERIFY2(!detail.contains(QLatin1String("TEMP B-TREE")), qPrintable(detail));
    // Within one branch (a manager's list), a phone or name prefix is a range as well.
    const struct
    {
        const char *index;
        const char *where;
        const char *order;
    } scoped[] = {
        { "people_branch_phone", "phone >= '+86138' AND phone < '+86139'", "phone" },
        { "people_branch_name", "lower(name) >= 'wang' AND lower(name) < 'wanh'", "lower(name), id" },
    };
    for (const auto &s : scoped) {
        QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM people"
                                         " WHERE home_branch_id = 1 AND %1 ORDER BY %2")
                              .arg(QLatin1String(s.where), QLatin1String(s.order))));
        detail.clear();
        while (plan.next())
            detail += plan.value(3).toString() + QLatin1Char('\n');
        QVERIFY2(detail.contains(QLatin1String(s.index)), qPrintable(detail));
        QVERIFY2(!detail.contains(QLatin1String("TEMP B-TREE")), qPrintable(detail));
    }
}

// Version 8 rebuilds people so that the phone is unique through a named index: the rows, the
// references to them, the other indexes and the trigger on the table all come through, and the
// connection has its foreign keys back.
void TestStorage::version8RebuildsPeopleWithWhatIsOnThem()
{
    QTemporaryDir dir;
    const QString old = chainFile(dir.path(), QStringLiteral("old.chaincard"), 7);
    {
        RawConnection raw(old);
        QVERIFY(raw.isOpen());
        const QString statements[] = {
            QStringLiteral("INSERT INTO branches (id, code, name, created_at) VALUES (1, 'B1', 'One', 0),"
                           " (2, 'B2', 'Two', 0)"),
            QStringLiteral("INSERT INTO people (id, phone, phone_last4, member_code, name, home_branch_id,"
                           " joined_at, member_since, notes) VALUES"
                           " (1, '+8613800000001', '0001', 'M1', 'Ana', 1, 1, 5, 'likes tea'),"
                           " (7, '+8613800000007', '0007', 'M7', 'Bo', NULL, 2, NULL, '')"),
            QStringLiteral("INSERT INTO wallets (person_id, principal, bonus, updated_at) VALUES (1, 1000, 0, 1)"),
            QStringLiteral("INSERT INTO consents (person_id, channel, granted, changed_at, source)"
                           " VALUES (7, 'sms', 1, 2, 'import')"),
        };
        for (const QString &sql : statements)
            QCOMPARE(raw.exec(sql), QString());
    }
    auto migrated = Database::open(old);
    CC_VERIFY_OK(migrated);
    Database &db = **migrated;
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM people")), qint64(2));
    QCOMPARE(core::storage::scalar(db, QStringLiteral("SELECT name || '/' || notes || '/' || member_since"
                                                      " FROM people WHERE id = 1"))
                 ->toString(),
             QStringLiteral("Ana/likes tea/5"));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index'"
                                      " AND name = 'people_phone' AND sql LIKE 'CREATE UNIQUE INDEX%'")),
             qint64(1));
    QCOMPARE(pragmaValue(db, "foreign_keys").toInt(), 1);
    QCOMPARE(pragmaValue(db, "legacy_alter_table").toInt(), 0);
    QCOMPARE(pragmaValue(db, "integrity_check").toString(), QStringLiteral("ok"));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), qint64(0));
    // The phone is still unique, references are still checked, and the balance still moves with
    // the home branch.
    QVERIFY(!core::storage::execOnce(db, QStringLiteral("INSERT INTO people (phone, phone_last4, member_code,"
                                                        " joined_at) VALUES ('+8613800000007', '0007', 'M8', 3)")));
    QVERIFY(!core::storage::execOnce(db, QStringLiteral("INSERT INTO consents (person_id, channel, granted,"
                                                        " changed_at, source) VALUES (99, 'sms', 1, 1, 'x')")));
    CC_VERIFY_OK(core::storage::execOnce(db, QStringLiteral("UPDATE people SET home_branch_id = 2 WHERE id = 1")));
    QCOMPARE(count(db, QStringLiteral("SELECT balance FROM home_balances WHERE branch_id = 2")), qint64(1000));
    QCOMPARE(count(db, QStringLiteral("SELECT balance FROM home_balances WHERE branch_id = 1")), qint64(0));
}

void TestStorage::stepsApplyOnceInOrder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fake.db"));
    const std::vector<Migration> steps = fakeMigrations(false);
    OpenOptions options;
    options.migrations = &steps;
    for (int target : { 1, 2, 3, -1, -1 }) {
        options.targetVersion = target;
        auto db = Database::open(path, options);
        CC_VERIFY_OK(db);
        QCOMPARE((*db)->schemaVersion(), target < 0 ? 3 : target);
    }
    // And straight from nothing to the last version in one open.
    const QString direct = dir.filePath(QStringLiteral("direct.db"));
    options.targetVersion = -1;
    CC_VERIFY_OK(Database::open(direct, options));

    for (const QString &file : { path, direct }) {
        auto db = Database::open(file, options);
        CC_VERIFY_OK(db);
        QSqlQuery q((*db)->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT version FROM steps ORDER BY rowid")));
        QList<int> applied;
        while (q.next())
            applied << q.value(0).toInt();
        QCOMPARE(applied, QList<int>({ 1, 2, 3 }));
        QCOMPARE(pragmaValue(**db, "user_version").toInt(), 3);
    }
}

void TestStorage::failingStepRollsBackWhole()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fake.db"));
    const std::vector<Migration> steps = fakeMigrations(true);
    OpenOptions options;
    options.migrations = &steps;
    options.targetVersion = 2;
    CC_VERIFY_OK(Database::open(path, options));
    const auto before = snapshot(dir.path());

    options.targetVersion = -1;
    auto failed = Database::open(path, options);
    QVERIFY(!failed);
    QVERIFY2(failed.error().message().contains(QLatin1String("fake.db")),
        qPrintable(failed.error().message()));
    QVERIFY2(failed.error().message().contains(QLatin1String("3")),
        qPrintable(failed.error().message()));
    // Nothing of step 3 stayed: the file is as it was, byte for byte.
    QCOMPARE(snapshot(dir.path()), before);

    options.targetVersion = 2;
    auto db = Database::open(path, options);
    CC_VERIFY_OK(db);
    QCOMPARE(pragmaValue(**db, "user_version").toInt(), 2);
    QCOMPARE(count(**db, QStringLiteral("SELECT count(*) FROM steps")), qint64(2));
    QCOMPARE(count(**db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'three'")),
        qint64(0));

    // From nothing: steps 1 and 2 are kept (each its own transaction), step 3 is not.
    const QString direct = dir.filePath(QStringLiteral("direct.db"));
    chainFile(dir.path(), QStringLiteral("direct.db"), 0);
    options.targetVersion = -1;
    QVERIFY(!Database::open(direct, options));
    RawConnection raw(direct);
    QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 2);
    QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM steps")).toInt(), 2);
}

// A step that rebuilds a table runs with foreign keys off, so it is checked before it commits:
// one that would lose rows others point at, or leave the table's own references pointing at
// nothing, is refused whole, and the connection has its foreign keys back for what comes next.
void TestStorage::rebuildStepRefusesDanglingReferences()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fake.db"));
    std::vector<Migration> steps = {
        { 1,
          { QStringLiteral("CREATE TABLE parents (id INTEGER PRIMARY KEY)"),
            QStringLiteral("CREATE TABLE children (parent_id INTEGER REFERENCES parents(id))"),
            QStringLiteral("INSERT INTO parents VALUES (7)"), QStringLiteral("INSERT INTO children VALUES (7)") } },
        { 2,
          { QStringLiteral("CREATE TABLE parents_v2 (id INTEGER PRIMARY KEY, name TEXT)"),
            QStringLiteral("DROP TABLE parents"), QStringLiteral("ALTER TABLE parents_v2 RENAME TO parents") },
          QStringLiteral("parents") },
    };
    OpenOptions options;
    options.migrations = &steps;
    options.targetVersion = 1;
    CC_VERIFY_OK(Database::open(path, options));

    options.targetVersion = -1;
    auto failed = Database::open(path, options);
    QVERIFY(!failed);
    QVERIFY2(failed.error().message().contains(QLatin1String("parents")), qPrintable(failed.error().message()));
    options.targetVersion = 1;
    auto db = Database::open(path, options);
    CC_VERIFY_OK(db);
    QCOMPARE((*db)->schemaVersion(), 1);
    QCOMPARE(count(**db, QStringLiteral("SELECT count(*) FROM parents")), qint64(1));

    // Rebuilding the children with a reference to no parent is refused too.
    const std::vector<Migration> dangling = {
        steps[0],
        { 2,
          { QStringLiteral("CREATE TABLE children_v2 (parent_id INTEGER REFERENCES parents(id))"),
            QStringLiteral("INSERT INTO children_v2 SELECT parent_id + 1 FROM children"),
            QStringLiteral("DROP TABLE children"), QStringLiteral("ALTER TABLE children_v2 RENAME TO children") },
          QStringLiteral("children") },
    };
    db->reset();
    options.migrations = &dangling;
    options.targetVersion = -1;
    auto refused = Database::open(path, options);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message().contains(QLatin1String("children")), qPrintable(refused.error().message()));

    // Copying the parent under a new id (the children would point at nothing) is refused.
    const std::vector<Migration> renumbered = {
        steps[0],
        { 2, { steps[1].statements[0], QStringLiteral("INSERT INTO parents_v2 (name) SELECT 'x' FROM parents"),
               steps[1].statements[1], steps[1].statements[2] },
          QStringLiteral("parents") },
    };
    options.migrations = &renumbered;
    auto renumberedOpen = Database::open(path, options);
    QVERIFY(!renumberedOpen);
    QVERIFY2(renumberedOpen.error().message().contains(QLatin1String("parents")),
             qPrintable(renumberedOpen.error().message()));
    options.migrations = &steps;

    // The same step with the parent copied over goes through, and foreign keys are on again.
    steps[1].statements.insert(1, QStringLiteral("INSERT INTO parents_v2 (id) SELECT id FROM parents"));
    db->reset();
    options.targetVersion = -1;
    auto upgraded = Database::open(path, options);
    CC_VERIFY_OK(upgraded);
    QCOMPARE((*upgraded)->schemaVersion(), 2);
    QCOMPARE(pragmaValue(**upgraded, "foreign_keys").toInt(), 1);
    QVERIFY(!core::storage::execOnce(**upgraded, QStringLiteral("INSERT INTO children VALUES (5)")));
}

void TestStorage::refusesTextFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    writeFile(path, QByteArray("Shopping list\nnoodles\nsoy sauce\n").repeated(20));
    const auto before = snapshot(dir.path());
    for (auto mode : { OpenOptions::Mode::OpenExisting, OpenOptions::Mode::CreateIfMissing }) {
        OpenOptions options;
        options.mode = mode;
        auto db = Database::open(path, options);
        CC_VERIFY_ERROR(db, Error::Code::NotChainCard);
        QVERIFY2(db.error().message().contains(QLatin1String("notes.txt")),
            qPrintable(db.error().message()));
        QCOMPARE(snapshot(dir.path()), before);
    }
}

// Decision: an empty file holds nothing to lose, so creating a chain may take it over (a file
// dialog or a failed earlier start may have left it); opening an existing chain refuses it,
// because it cannot be one and turning someone's empty file into a database is a surprise.
void TestStorage::emptyFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.chaincard"));
    writeFile(path, QByteArray());
    const auto before = snapshot(dir.path());
    OpenOptions existing;
    existing.mode = OpenOptions::Mode::OpenExisting;
    auto refused = Database::open(path, existing);
    CC_VERIFY_ERROR(refused, Error::Code::NotChainCard);
    QVERIFY2(refused.error().message().contains(QLatin1String("empty.chaincard")),
        qPrintable(refused.error().message()));
    QCOMPARE(snapshot(dir.path()), before);
    QCOMPARE(QFileInfo(path).size(), qint64(0));

    // A failed first start gives the empty file back as it was, and removes a file it made.
    std::vector<Migration> failing = fakeMigrations(false);
    failing[0].statements << QStringLiteral("SELECT * FROM no_such_table");
    OpenOptions broken;
    broken.migrations = &failing;
    CC_VERIFY_ERROR(Database::open(path, broken), Error::Code::Storage);
    QCOMPARE(snapshot(dir.path()), before);
    CC_VERIFY_ERROR(Database::open(dir.filePath(QStringLiteral("made.chaincard")), broken),
        Error::Code::Storage);
    QCOMPARE(snapshot(dir.path()), before);

    auto created = Database::open(path);
    CC_VERIFY_OK(created);
    QCOMPARE((*created)->schemaVersion(), core::storage::latestSchemaVersion());
    QCOMPARE(
        quint32(pragmaValue(**created, "application_id").toLongLong()), Database::ApplicationId);
}

void TestStorage::refusesOtherApplicationsDatabase_data()
{
    QTest::addColumn<qint64>("applicationId");
    QTest::newRow("another application id") << qint64(0x46534c21);
    QTest::newRow("no application id") << qint64(0);
}

void TestStorage::refusesOtherApplicationsDatabase()
{
    QFETCH(qint64, applicationId);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        RawConnection raw(path);
        QVERIFY(raw.isOpen());
        QCOMPARE(
            raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)), QString());
        QCOMPARE(
            raw.exec(QStringLiteral("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")),
            QString());
        QCOMPARE(raw.exec(QStringLiteral("INSERT INTO contacts (name) VALUES ('Ada'), ('Lin')")),
            QString());
    }
    const auto before = snapshot(dir.path());
    QCOMPARE(before.size(), 1);
    for (auto mode : { OpenOptions::Mode::OpenExisting, OpenOptions::Mode::CreateIfMissing }) {
        OpenOptions options;
        options.mode = mode;
        auto db = Database::open(path, options);
        CC_VERIFY_ERROR(db, Error::Code::NotChainCard);
        QVERIFY2(db.error().message().contains(QLatin1String("other.sqlite")),
            qPrintable(db.error().message()));
        QCOMPARE(snapshot(dir.path()), before);
    }
}

void TestStorage::refusesNewerVersion()
{
    QTemporaryDir dir;
    const QString path = chainFile(dir.path(), QStringLiteral("newer.chaincard"));
    const int newer = core::storage::latestSchemaVersion() + 1;
    {
        RawConnection raw(path);
        QCOMPARE(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(newer)), QString());
    }
    const auto before = snapshot(dir.path());
    QCOMPARE(before.size(), 1);
    auto db = Database::open(path);
    CC_VERIFY_ERROR(db, Error::Code::TooNew);
    QVERIFY2(db.error().message().contains(QLatin1String("newer.chaincard")),
        qPrintable(db.error().message()));
    QVERIFY2(
        db.error().message().contains(QString::number(newer)), qPrintable(db.error().message()));
    QCOMPARE(snapshot(dir.path()), before);
}

void TestStorage::refusesExclusivelyLockedFile()
{
    QTemporaryDir dir;
    const QString path = chainFile(dir.path(), QStringLiteral("locked.chaincard"));
    auto other = std::make_unique<RawConnection>(path);
    QCOMPARE(other->exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")), QString());
    QCOMPARE(other->exec(QStringLiteral("BEGIN EXCLUSIVE")), QString());
    QCOMPARE(other->exec(QStringLiteral("INSERT INTO settings VALUES ('held', 'yes')")), QString());
    const auto before = snapshot(dir.path());

    OpenOptions options;
    options.busyTimeoutMs = 100;
    auto db = Database::open(path, options);
    CC_VERIFY_ERROR(db, Error::Code::Locked);
    QVERIFY2(db.error().message().contains(QLatin1String("locked.chaincard")),
        qPrintable(db.error().message()));
    QCOMPARE(snapshot(dir.path()), before);

    // Once the other program lets go, the file opens, without its uncommitted change.
    QCOMPARE(other->exec(QStringLiteral("ROLLBACK")), QString());
    other.reset();
    auto reopened = Database::open(path, options);
    CC_VERIFY_OK(reopened);
    QCOMPARE(count(**reopened, QStringLiteral("SELECT count(*) FROM settings WHERE key = 'held'")),
        qint64(0));
}

void TestStorage::refusesFileHeldByWriter()
{
    QTemporaryDir dir;
    const QString path = chainFile(dir.path(), QStringLiteral("busy.chaincard"));
    {
        RawConnection other(path);
        QCOMPARE(other.exec(QStringLiteral("BEGIN IMMEDIATE")), QString());
        QCOMPARE(
            other.exec(QStringLiteral("INSERT INTO settings VALUES ('held', 'yes')")), QString());
        const auto before = snapshot(dir.path());
        OpenOptions options;
        options.busyTimeoutMs = 100;
        auto db = Database::open(path, options);
        CC_VERIFY_ERROR(db, Error::Code::Locked);
        QVERIFY2(db.error().message().contains(QLatin1String("busy.chaincard")),
            qPrintable(db.error().message()));
        QCOMPARE(snapshot(dir.path()), before);
        QCOMPARE(other.exec(QStringLiteral("ROLLBACK")), QString());
    }
    // Everyone closed: no -wal or -shm stays behind.
    QCOMPARE(
        QDir(dir.path()).entryList(QDir::Files), QStringList({ QStringLiteral("busy.chaincard") }));
}

void TestStorage::refusesCorruptFile()
{
    QTemporaryDir dir;
    const QString path = chainFile(dir.path(), QStringLiteral("corrupt.chaincard"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    QVERIFY(size > 4096);
    // Keep the 100-byte header (magic, application id, versions), garble everything after it.
    QByteArray garbage(int(size - 100), '\0');
    for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 7919 + 13) % 251);
    QVERIFY(file.seek(100));
    QCOMPARE(file.write(garbage), qint64(garbage.size()));
    file.close();
    const auto before = snapshot(dir.path());
    QCOMPARE(before.size(), 1);

    auto db = Database::open(path);
    CC_VERIFY_ERROR(db, Error::Code::Corrupt);
    QVERIFY2(db.error().message().contains(QLatin1String("corrupt.chaincard")),
        qPrintable(db.error().message()));
    QCOMPARE(snapshot(dir.path()), before);
}

void TestStorage::openExistingOnMissingPathIsNotFound()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.chaincard"));
    OpenOptions options;
    options.mode = OpenOptions::Mode::OpenExisting;
    auto db = Database::open(path, options);
    CC_VERIFY_ERROR(db, Error::Code::NotFound);
    QVERIFY2(db.error().message().contains(QLatin1String("missing.chaincard")),
        qPrintable(db.error().message()));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

void TestStorage::writeTransactionTakesWriteLockAtBegin()
{
    TestChain chain;
    RawConnection other(chain.path());
    {
        WriteTransaction tx(chain.db());
        QVERIFY(tx.ok());
        // Nothing written yet, but the write lock is already taken: a plain BEGIN would not.
        QVERIFY(!other.exec(QStringLiteral("BEGIN IMMEDIATE")).isEmpty());
        tx.rollback();
    }
    QCOMPARE(other.exec(QStringLiteral("BEGIN IMMEDIATE")), QString());
    QCOMPARE(other.exec(QStringLiteral("ROLLBACK")), QString());
}

void TestStorage::concurrentWritersWaitAndBothSucceed()
{
    TestChain chain;
    CC_VERIFY_OK(core::storage::execOnce(
        chain.db(), QStringLiteral("INSERT INTO settings (key, value) VALUES ('counter', '0')")));
    constexpr int rounds = 40;
    QAtomicInt failures(0);
    QStringList errors[2];
    const auto writer = [&](int index) {
        auto db = chain.db().openAnother();
        if (!db) {
            failures.ref();
            errors[index] << db.error().message();
            return;
        }
        for (int i = 0; i < rounds; ++i) {
            WriteTransaction tx(**db);
            if (!tx.ok()) {
                failures.ref();
                errors[index] << tx.error().message();
                continue;
            }
            // Read, pause with the lock held, write back: a lost update would show in the sum.
            auto value = core::storage::scalar(
                **db, QStringLiteral("SELECT value FROM settings WHERE key = 'counter'"));
            QThread::msleep(2);
            auto s = core::storage::execOnce(**db,
                QStringLiteral("UPDATE settings SET value = ? WHERE key = 'counter'"),
                { QString::number(value->toInt() + 1) });
            auto c = s ? tx.commit() : s;
            if (!c) {
                failures.ref();
                errors[index] << c.error().message();
            }
        }
    };
    std::unique_ptr<QThread> a(QThread::create(writer, 0));
    std::unique_ptr<QThread> b(QThread::create(writer, 1));
    a->start();
    b->start();
    QVERIFY(a->wait(60000));
    QVERIFY(b->wait(60000));
    QVERIFY2(
        failures.loadRelaxed() == 0, qPrintable((errors[0] + errors[1]).join(QLatin1Char('\n'))));
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT value FROM settings WHERE key = 'counter'")),
        qint64(2 * rounds));
}

void TestStorage::nestedFailureRollsBackWhole()
{
    TestChain chain;
    const auto insert = [&](const char *code) {
        return core::storage::execOnce(chain.db(),
            QStringLiteral("INSERT INTO branches (code, name, created_at) VALUES (?, 'n', 0)"),
            { QString::fromLatin1(code) });
    };
    const auto branches = [&] {
        return count(chain.db(),
            QStringLiteral("SELECT count(*) FROM branches WHERE code IN ('X1', 'X2', 'X3')"));
    };
    {
        // The inner step ends without committing (an early return): the outer commit refuses.
        WriteTransaction outer(chain.db());
        QVERIFY(outer.ok());
        CC_VERIFY_OK(insert("X1"));
        {
            WriteTransaction inner(chain.db());
            QVERIFY(inner.ok());
            CC_VERIFY_OK(insert("X2"));
        }
        CC_VERIFY_OK(insert("X3"));
        CC_VERIFY_ERROR(outer.commit(), Error::Code::Storage);
    }
    QCOMPARE(branches(), qint64(0));
    QCOMPARE(chain.db().transactionDepth(), 0);
    {
        // The inner commits, the outer rolls back: nothing either.
        WriteTransaction outer(chain.db());
        CC_VERIFY_OK(insert("X1"));
        WriteTransaction inner(chain.db());
        CC_VERIFY_OK(insert("X2"));
        CC_VERIFY_OK(inner.commit());
        outer.rollback();
    }
    QCOMPARE(branches(), qint64(0));
    {
        WriteTransaction outer(chain.db());
        CC_VERIFY_OK(insert("X1"));
        {
            WriteTransaction inner(chain.db());
            CC_VERIFY_OK(insert("X2"));
            CC_VERIFY_OK(inner.commit());
        }
        CC_VERIFY_OK(outer.commit());
    }
    QCOMPARE(branches(), qint64(2));
    // And a new transaction after all that starts cleanly.
    WriteTransaction next(chain.db());
    QVERIFY(next.ok());
    CC_VERIFY_OK(next.commit());
}

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
