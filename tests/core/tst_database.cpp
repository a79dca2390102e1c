#include "tests/support/testchain.h"

#include "core/chain/chainsettings.h"
#include "core/storage/sql.h"

#include <QTest>

using namespace testsupport;

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void pragmasAreInEffect();
};

void TestDatabase::pragmasAreInEffect()
{
    TestChain chain;
    auto fk = core::storage::scalar(chain.db(), QStringLiteral("PRAGMA foreign_keys"));
    CC_VERIFY_OK(fk);
    QCOMPARE(fk->toInt(), 1);
    auto mode = core::storage::scalar(chain.db(), QStringLiteral("PRAGMA journal_mode"));
    QCOMPARE(mode->toString(), QStringLiteral("wal"));
    auto sync = core::storage::scalar(chain.db(), QStringLiteral("PRAGMA synchronous"));
    QCOMPARE(sync->toInt(), 2);
    auto settings = core::chain::ChainStore::load(chain.db());
    CC_VERIFY_OK(settings);
    QCOMPARE(settings->name, QStringLiteral("Test Noodles"));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
