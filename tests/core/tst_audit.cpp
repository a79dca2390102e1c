#include "core/audit/auditlog.h"
#include "core/common/clock.h"
#include "core/storage/sql.h"
#include "core/storage/writetransaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include "tests/support/testchain.h"
#include <memory>

using namespace testsupport;
using core::Error;
using core::audit::AuditEntry;
using core::audit::AuditLog;

namespace {

constexpr qint64 pinnedNow = 1767225600;


QJsonObject parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

class TestAudit : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init() { core::clock::setNowForTesting(pinnedNow); }
    void cleanup() { core::clock::setNowForTesting(0); }

    void recordWritesWhoWhatWhenBeforeAfter();
    void emptyValuesAreNull();
    void recordJoinsTheCallersTransaction();
    void tableRefuses_data();
    void tableRefuses();
    void recentIsScoped();

private:
    std::unique_ptr<TestChain> m_chain;
    TestChain &chain() { return *m_chain; }
};

void TestAudit::initTestCase()
{
    m_chain = std::make_unique<TestChain>();
}

void TestAudit::cleanupTestCase()
{
    m_chain.reset();
}

void TestAudit::recordWritesWhoWhatWhenBeforeAfter()
{
    const QJsonObject before { { QStringLiteral("balance"), 100 },
        { QStringLiteral("note"), QStringLiteral("旧") } };
    const QJsonObject after { { QStringLiteral("balance"), 40 } };
    CC_VERIFY_OK(AuditLog::record(chain().db(), chain().manager1(), QStringLiteral("test.change"),
        QStringLiteral("thing"), 77, chain().branch1, before, after));
    QSqlQuery q(chain().db().sql());
    QVERIFY(q.exec(QStringLiteral("SELECT at, user_id, actor, action, entity, entity_id, branch_id,"
                                  " before_value, after_value FROM audit_log"
                                  " WHERE action = 'test.change'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), pinnedNow);
    QCOMPARE(q.value(1).toLongLong(), qint64(101));
    QCOMPARE(q.value(2).toString(), QStringLiteral("manager1"));
    QCOMPARE(q.value(3).toString(), QStringLiteral("test.change"));
    QCOMPARE(q.value(4).toString(), QStringLiteral("thing"));
    QCOMPARE(q.value(5).toLongLong(), qint64(77));
    QCOMPARE(q.value(6).toLongLong(), chain().branch1);
    QCOMPARE(parse(q.value(7).toString()), before);
    QCOMPARE(parse(q.value(8).toString()), after);
    QVERIFY(!q.next());
}

void TestAudit::emptyValuesAreNull()
{
    // The local owner has no user row, and an action without entity id, branch or values.
    CC_VERIFY_OK(AuditLog::record(
        chain().db(), chain().owner(), QStringLiteral("test.bare"), QStringLiteral("chain"), 0, 0));
    QSqlQuery q(chain().db().sql());
    QVERIFY(q.exec(QStringLiteral("SELECT user_id IS NULL, entity_id IS NULL, branch_id IS NULL,"
                                  " before_value IS NULL, after_value IS NULL, actor FROM audit_log"
                                  " WHERE action = 'test.bare'")));
    QVERIFY(q.next());
    for (int i = 0; i < 5; ++i)
        QVERIFY2(q.value(i).toBool(), qPrintable(QString::number(i)));
    QCOMPARE(q.value(5).toString(), QStringLiteral("local-owner"));
}

void TestAudit::recordJoinsTheCallersTransaction()
{
    const qint64 before = count(chain().db(), QStringLiteral("SELECT count(*) FROM audit_log"));
    {
        core::storage::WriteTransaction tx(chain().db());
        QVERIFY(tx.ok());
        CC_VERIFY_OK(AuditLog::record(chain().db(), chain().owner(),
            QStringLiteral("test.rolled_back"), QStringLiteral("thing"), 1, 0));
        tx.rollback();
    }
    QCOMPARE(count(chain().db(), QStringLiteral("SELECT count(*) FROM audit_log")), before);
    {
        core::storage::WriteTransaction tx(chain().db());
        CC_VERIFY_OK(AuditLog::record(chain().db(), chain().owner(),
            QStringLiteral("test.committed"), QStringLiteral("thing"), 1, 0));
        CC_VERIFY_OK(tx.commit());
    }
    QCOMPARE(count(chain().db(), QStringLiteral("SELECT count(*) FROM audit_log")), before + 1);
}

void TestAudit::tableRefuses_data()
{
    QTest::addColumn<QString>("statement");
    QTest::newRow("update one") << QStringLiteral("UPDATE audit_log SET actor = 'someone else'"
                                                  " WHERE id = (SELECT min(id) FROM audit_log)");
    QTest::newRow("update after value")
        << QStringLiteral("UPDATE audit_log SET after_value = NULL");
    QTest::newRow("delete one") << QStringLiteral(
        "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)");
    QTest::newRow("delete all") << QStringLiteral("DELETE FROM audit_log");
}

void TestAudit::tableRefuses()
{
    QFETCH(QString, statement);
    const qint64 rows = count(chain().db(), QStringLiteral("SELECT count(*) FROM audit_log"));
    QVERIFY(rows > 0);
    const QString snapshot = core::storage::scalar(chain().db(),
        QStringLiteral("SELECT group_concat(id || actor || coalesce(after_value, ''))"
                       " FROM audit_log"))
                                 ->toString();
    // Through the core's helpers: refused as a Conflict naming the rule.
    const auto status = core::storage::execOnce(chain().db(), statement);
    CC_VERIFY_ERROR(status, Error::Code::Conflict);
    QVERIFY2(status.error().message().contains(QStringLiteral("append-only")),
        qPrintable(status.error().message()));
    // And through plain SQL on another connection, as any other program would.
    auto other = chain().openAnother();
    QSqlQuery q(other->sql());
    QVERIFY(!q.exec(statement));
    QVERIFY2(q.lastError().databaseText().contains(QStringLiteral("append-only")),
        qPrintable(q.lastError().databaseText()));
    QCOMPARE(count(chain().db(), QStringLiteral("SELECT count(*) FROM audit_log")), rows);
    QCOMPARE(core::storage::scalar(chain().db(),
                 QStringLiteral("SELECT group_concat(id || actor || coalesce(after_value, ''))"
                                " FROM audit_log"))
                 ->toString(),
        snapshot);
}

void TestAudit::recentIsScoped()
{
    CC_VERIFY_OK(AuditLog::record(chain().db(), chain().owner(), QStringLiteral("test.b1"),
        QStringLiteral("thing"), 1, chain().branch1));
    CC_VERIFY_OK(AuditLog::record(chain().db(), chain().owner(), QStringLiteral("test.b2"),
        QStringLiteral("thing"), 2, chain().branch2));
    CC_VERIFY_OK(AuditLog::record(chain().db(), chain().owner(), QStringLiteral("test.chain"),
        QStringLiteral("thing"), 3, 0));
    auto all = AuditLog::recent(chain().db(), chain().owner(), 3);
    CC_VERIFY_OK(all);
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(0).action, QStringLiteral("test.chain")); // newest first
    QCOMPARE(all->at(1).action, QStringLiteral("test.b2"));
    QCOMPARE(all->at(2).action, QStringLiteral("test.b1"));
    QCOMPARE(all->at(2).branchId, chain().branch1);
    QCOMPARE(all->at(2).at, pinnedNow);
    auto everything = AuditLog::recent(chain().db(), chain().owner(), 100000);
    QCOMPARE(everything->size(),
        int(count(chain().db(), QStringLiteral("SELECT count(*) FROM audit_log"))));

    auto mine = AuditLog::recent(chain().db(), chain().manager2());
    CC_VERIFY_OK(mine);
    QVERIFY(!mine->isEmpty());
    for (const AuditEntry &e : std::as_const(*mine))
        QCOMPARE(e.branchId, chain().branch2);
    QCOMPARE(mine->front().action, QStringLiteral("test.b2"));
    CC_VERIFY_ERROR(
        AuditLog::recent(chain().db(), chain().cashier1()), Error::Code::PermissionDenied);
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
