// The Stored value page under offscreen (issue 7, "Wallet rules"): this month's settlement
// computed off the UI thread when shown, the toolbar's scope narrowing the rows, CSV export, and
// a manager's view.
#include "core/chain/chainsettings.h"
#include "core/wallet/walletservice.h"
#include "ui/settlement/settlementpage.h"
#include "ui/shell/session.h"

#include <QFile>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/testchain.h"

using namespace testsupport;
using ui::settlement::SettlementPage;

class TestSettlementPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void computesWhenShownAndFollowsScope();
    void managerSeesTheirBranch();

private:
    std::unique_ptr<TestChain> m_chain;
};

void TestSettlementPage::initTestCase()
{
    m_chain = std::make_unique<TestChain>();
    core::wallet::WalletService wallet(m_chain->db());
    core::wallet::Request r;
    r.phone = QStringLiteral("13800000009");
    r.branchId = m_chain->branch1;
    r.amount = 10000;
    CC_VERIFY_OK(wallet.topUp(m_chain->owner(), r));
    r.branchId = m_chain->branch2;
    r.amount = 4000;
    CC_VERIFY_OK(wallet.spend(m_chain->owner(), r));
}

void TestSettlementPage::computesWhenShownAndFollowsScope()
{
    ui::Session session { m_chain->db(), m_chain->owner(),
        *core::chain::ChainStore::load(m_chain->db()) };
    SettlementPage page(session);
    QSignalSpy computed(&page, &SettlementPage::computed);
    QVERIFY(!computed.wait(200)); // nothing until shown
    page.show();
    QVERIFY(computed.wait(10000));
    QTableWidget *positions = page.positionsTable();
    QTableWidget *flows = page.flowsTable();
    QCOMPARE(positions->rowCount(), 2);
    QCOMPARE(flows->rowCount(), 1);
    QVERIFY(flows->item(0, 0)->text().startsWith(QStringLiteral("B01")));
    QVERIFY(flows->item(0, 1)->text().startsWith(QStringLiteral("B02")));
    QCOMPARE(flows->item(0, 2)->data(Qt::UserRole).toLongLong(), qint64(4000));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("flows.csv"));
    CC_VERIFY_OK(page.exportCsv(path, true));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.contains(",40.00\r\n"), bytes.constData());

    // The scope: B01 alone keeps its row and the flow out of it.
    page.setScope({ m_chain->branch1 });
    QCOMPARE(positions->rowCount(), 1);
    QVERIFY(positions->item(0, 0)->text().startsWith(QStringLiteral("B01")));
    QCOMPARE(flows->rowCount(), 1);
    page.setScope({});
    QCOMPARE(positions->rowCount(), 2);
}

void TestSettlementPage::managerSeesTheirBranch()
{
    ui::Session session { m_chain->db(), m_chain->manager2(),
        *core::chain::ChainStore::load(m_chain->db()) };
    SettlementPage page(session);
    QSignalSpy computed(&page, &SettlementPage::computed);
    page.show();
    QVERIFY(computed.wait(10000));
    QCOMPARE(page.positionsTable()->rowCount(), 1);
    QVERIFY(page.positionsTable()->item(0, 0)->text().startsWith(QStringLiteral("B02")));
    // B02 served 40.00 of B01's money: B01 owes it that.
    QCOMPARE(page.positionsTable()->item(0, 4)->data(Qt::UserRole).toLongLong(), qint64(4000));
}

QTEST_MAIN(TestSettlementPage)
#include "tst_settlementpage.moc"
