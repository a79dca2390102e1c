#include "tests/support/testchain.h"

#include "core/chain/chainsettings.h"
#include "core/chain/chainstats.h"
#include "core/storage/database.h"
#include "ui/firstrun/demochain.h"

#include <QTemporaryDir>
#include <QTest>

class TestFirstRun : public QObject
{
    Q_OBJECT
private slots:
    void createsAChainWithDemoData();
    void refusesAFileThatIsNotAChain();
};

void TestFirstRun::createsAChainWithDemoData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/demo.chaincard"));
    core::demo::DemoOptions options;
    options.branches = 3;
    options.members = 200;
    options.visits = 1500;
    core::chain::ChainSettings chain;
    chain.name = QStringLiteral("Demo Noodles");
    CC_VERIFY_OK(core::chain::ChainStore::create(path, chain, QStringLiteral("owner"),
                                                 QStringLiteral("chaincard-demo")));
    CC_VERIFY_OK(ui::firstrun::generateDemoData(path, nullptr, options));

    core::storage::OpenOptions open;
    open.mode = core::storage::OpenOptions::Mode::OpenExisting;
    auto db = core::storage::Database::open(path, open);
    CC_VERIFY_OK(db);
    auto settings = core::chain::ChainStore::load(**db);
    CC_VERIFY_OK(settings);
    QCOMPARE(settings->name, QStringLiteral("Demo Noodles"));
    auto stats = core::chain::ChainStats::collect(**db, core::auth::Actor::localOwner());
    CC_VERIFY_OK(stats);
    QCOMPARE(stats->branches.size(), 3);
    QCOMPARE(stats->total.members, qint64(200));
    QCOMPARE(stats->total.visits, qint64(1500));
}

void TestFirstRun::refusesAFileThatIsNotAChain()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("shopping list\n");
    file.close();
    core::chain::ChainSettings chain;
    chain.name = QStringLiteral("Demo Noodles");
    QVERIFY(!core::chain::ChainStore::create(path, chain, QStringLiteral("owner"),
                                             QStringLiteral("chaincard-demo"))
                 .ok());
    QFile again(path);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll(), QByteArray("shopping list\n"));
}

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
