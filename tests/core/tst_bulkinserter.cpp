// BulkInserter and BulkStatement: both backends (the sqlite3 C API on the driver's handle, and
// QSqlQuery) write and read the same rows.
#include "core/storage/bulkinserter.h"
#include "core/storage/sql.h"
#include "core/storage/writetransaction.h"

#include <QTest>

#include "tests/support/testchain.h"

using namespace testsupport;
using core::storage::BulkInserter;

class TestBulkInserter : public QObject
{
    Q_OBJECT
private slots:
    void writesAndReads_data();
    void writesAndReads();
};

void TestBulkInserter::writesAndReads_data()
{
    QTest::addColumn<bool>("qtSql");
    QTest::newRow("QSqlQuery") << true;
    QTest::newRow("sqlite3 C API") << false;
}

void TestBulkInserter::writesAndReads()
{
    QFETCH(bool, qtSql);
    TestChain chain;
    if (!qtSql && !BulkInserter::sqliteApiAvailable(chain.db()))
        QSKIP("this build reaches the driver's SQLite only through QSqlQuery");
    CC_VERIFY_OK(core::storage::execOnce(chain.db(), QStringLiteral("CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT)")));
    core::storage::WriteTransaction tx(chain.db());
    QVERIFY(tx.ok());
    BulkInserter bulk(chain.db(), qtSql ? BulkInserter::Backend::QtSql : BulkInserter::Backend::Automatic);
    QCOMPARE(bulk.usesSqliteApi(), !qtSql);
    auto insert = bulk.prepare(QStringLiteral("INSERT INTO t (k, v) VALUES (?, ?)"));
    auto find = bulk.prepare(QStringLiteral("SELECT v, k * 2 FROM t WHERE k = ?"));
    CC_VERIFY_OK(insert);
    CC_VERIFY_OK(find);
    const QByteArray texts[] = { "一碗面", "", "plain" };
    for (int i = 0; i < 3; ++i) {
        (*insert)->bindInt(0, i + 1);
        (*insert)->bindText(1, texts[i].constData(), int(texts[i].size()));
        CC_VERIFY_OK((*insert)->step());
    }
    (*insert)->bindInt(0, 4);
    (*insert)->bindNull(1);
    CC_VERIFY_OK((*insert)->step());
    // Found, then read again with other values bound while the first row is still current.
    for (int i = 0; i < 3; ++i) {
        (*find)->bindInt(0, i + 1);
        auto found = (*find)->fetch();
        CC_VERIFY_OK(found);
        QVERIFY(*found);
        QCOMPARE((*find)->columnText(0), QString::fromUtf8(texts[i]));
        QCOMPARE((*find)->columnInt(1), qint64(2 * (i + 1)));
    }
    (*find)->done();
    // Once let go of, the table's schema may change inside the transaction.
    CC_VERIFY_OK(core::storage::execOnce(chain.db(), QStringLiteral("CREATE INDEX t_v ON t (v)")));
    (*find)->bindInt(0, 4);
    QVERIFY(*(*find)->fetch());
    QVERIFY((*find)->columnText(0).isEmpty());
    (*find)->bindInt(0, 99);
    auto missing = (*find)->fetch();
    CC_VERIFY_OK(missing);
    QVERIFY(!*missing);
    // A write after a read on the same connection: nothing is left locked or pending.
    (*insert)->bindInt(0, 1);
    (*insert)->bindText(1, "again", 5);
    QVERIFY(!(*insert)->step()); // the key is taken
    (*insert)->bindInt(0, 5);
    (*insert)->bindText(1, "five", 4);
    CC_VERIFY_OK((*insert)->step());
    CC_VERIFY_OK(tx.commit());
    auto rows = core::storage::scalar(chain.db(), QStringLiteral("SELECT count(*) FROM t"));
    CC_VERIFY_OK(rows);
    QCOMPARE(rows->toInt(), 5);
}

QTEST_GUILESS_MAIN(TestBulkInserter)
#include "tst_bulkinserter.moc"
