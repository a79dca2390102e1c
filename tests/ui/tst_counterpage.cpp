// The Counter page driven from the keyboard as a cashier does: find by the last four digits,
// pick, type the bill, Enter, confirm; the balance changes and the receipt is saved as a PDF.

#include "core/auth/userservice.h"
#include "core/chain/chainsettings.h"
#include "core/common/clock.h"
#include "core/counter/counterservice.h"
#include "core/coupons/claimservice.h"
#include "core/coupons/couponservice.h"
#include "core/people/personservice.h"
#include "core/storage/sql.h"
#include "core/tiers/tierservice.h"
#include "ui/counter/counterpage.h"
#include "ui/shell/appcontroller.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/session.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/testchain.h"
#include "tests/support/widgettest.h"

using namespace testsupport;
using core::chain::ChainStore;
using ui::counter::CounterPage;

namespace {

const QString phoneA = QStringLiteral("13812345678");
const QString phoneB = QStringLiteral("13900005678");

qint64 topUp(TestChain &chain, const QString &phone, qint64 amount)
{
    core::counter::TopUpRequest r;
    r.phone = phone;
    r.branchId = chain.branch1;
    r.amount = amount;
    r.bonus = 0;
    auto out = core::counter::CounterService(chain.db()).topUp(chain.owner(), r);
    return out ? out->balance.personId : 0;
}

qint64 visits(TestChain &chain)
{
    auto v = core::storage::scalar(chain.db(), QStringLiteral("SELECT count(*) FROM visits"));
    return v ? v->toLongLong() : -1;
}

// Picks `personId` among the matches with the arrow keys and Enter.
void pick(CounterPage &page, qint64 personId)
{
    auto *matches = child<QListWidget>(&page, "matches");
    QVERIFY(matches->isVisible());
    int row = -1;
    for (int i = 0; i < matches->count(); ++i)
        if (matches->item(i)->data(Qt::UserRole).toLongLong() == personId)
            row = i;
    QVERIFY(row >= 0);
    for (int i = 0; i < row; ++i)
        QTest::keyClick(matches, Qt::Key_Down);
    QTest::keyClick(matches, Qt::Key_Return);
    QCOMPARE(page.personId(), personId);
}

} // namespace

class TestCounterPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void wholeSaleFromTheKeyboard();
    void escapeCancelsAndLargeAmountsNeedYes();
    void cashierDoesNotSeeRefund();
    void managerVoidsASale();
    void cashierStartsAtTheCounter();
    void screenshots();
};

void TestCounterPage::wholeSaleFromTheKeyboard()
{
    TestChain chain;
    core::tiers::Tier gold;
    gold.name = QStringLiteral("Gold");
    gold.rank = 1;
    gold.threshold = 10000;
    gold.discountBp = 1000;
    QVERIFY(core::tiers::TierService(chain.db()).create(chain.owner(), gold).ok());
    const qint64 a = topUp(chain, phoneA, 50000);
    QVERIFY(a != 0 && topUp(chain, phoneB, 10000) != 0);
    ui::Session session { chain.db(), chain.cashier1(), *ChainStore::load(chain.db()) };
    CounterPage page(session);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QApplication::setActiveWindow(&page);
    auto *search = child<QLineEdit>(&page, "search");
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("5678"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(child<QListWidget>(&page, "matches")->count(), 2);
    pick(page, a);
    auto *balance = child<QLabel>(&page, "balance");
    QVERIFY2(balance->text().contains(QStringLiteral("500.00")), qPrintable(balance->text()));
    auto *amount = child<QLineEdit>(&page, "amount");
    QCOMPARE(QApplication::focusWidget(), amount);
    QTest::keyClicks(amount, QStringLiteral("100.00"));
    // The tier discount and the total are shown before confirming.
    const QString quote = child<QLabel>(&page, "quote")->text();
    QVERIFY2(quote.contains(QStringLiteral("10.00")) && quote.contains(QStringLiteral("90.00")),
        qPrintable(quote));
    QString asked;
    whenModal<QMessageBox>([&asked](QMessageBox *box) {
        asked = box->text();
        QTest::keyClick(box, Qt::Key_Return);
    });
    QTest::keyClick(amount, Qt::Key_Return);
    QVERIFY2(asked.contains(QStringLiteral("90.00")), qPrintable(asked));
    QVERIFY2(balance->text().contains(QStringLiteral("410.00")), qPrintable(balance->text()));
    QCOMPARE(visits(chain), qint64(1));
    QCOMPARE(page.focusWidget(), search); // ready for the next customer
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("receipt.pdf"));
    QVERIFY(page.saveReceiptPdf(pdf));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(4) == "%PDF");
}

void TestCounterPage::escapeCancelsAndLargeAmountsNeedYes()
{
    TestChain chain;
    const qint64 a = topUp(chain, phoneA, 500000);
    ui::Session session { chain.db(), chain.cashier1(), *ChainStore::load(chain.db()) };
    CounterPage page(session);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QApplication::setActiveWindow(&page);
    auto *search = child<QLineEdit>(&page, "search");
    QTest::keyClicks(search, phoneA);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(page.personId(), a);
    auto *amount = child<QLineEdit>(&page, "amount");
    QTest::keyClicks(amount, QStringLiteral("20.00"));
    whenModal<QMessageBox>([](QMessageBox *box) { QTest::keyClick(box, Qt::Key_Escape); });
    QTest::keyClick(amount, Qt::Key_Return);
    QCOMPARE(visits(chain), qint64(0));
    // A large bill: Enter alone answers No.
    amount->clear();
    QTest::keyClicks(amount, QString::number(core::counter::CounterService::LargeAmount / 100 + 1));
    whenModal<QMessageBox>([](QMessageBox *box) { QTest::keyClick(box, Qt::Key_Return); });
    QTest::keyClick(amount, Qt::Key_Return);
    QCOMPARE(visits(chain), qint64(0));
    whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    QTest::keyClick(amount, Qt::Key_Return);
    QCOMPARE(visits(chain), qint64(1));
    // Esc in the empty amount field lets go of the person.
    QTest::keyClick(amount, Qt::Key_Escape);
    QCOMPARE(page.personId(), qint64(0));
}

void TestCounterPage::cashierDoesNotSeeRefund()
{
    TestChain chain;
    ui::Session cashier { chain.db(), chain.cashier1(), *ChainStore::load(chain.db()) };
    CounterPage cashierPage(cashier);
    QVERIFY(!child<QPushButton>(&cashierPage, "refund")->isVisibleTo(&cashierPage));
    ui::Session manager { chain.db(), chain.manager1(), *ChainStore::load(chain.db()) };
    CounterPage managerPage(manager);
    QVERIFY(child<QPushButton>(&managerPage, "refund")->isVisibleTo(&managerPage));
}

void TestCounterPage::managerVoidsASale()
{
    TestChain chain;
    const qint64 a = topUp(chain, phoneA, 10000);
    core::counter::PayRequest r;
    r.personId = a;
    r.branchId = chain.branch1;
    r.amount = 2500;
    QVERIFY(core::counter::CounterService(chain.db()).pay(chain.cashier1(), r).ok());
    ui::Session session { chain.db(), chain.manager1(), *ChainStore::load(chain.db()) };
    CounterPage page(session);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.choose(a);
    auto *balance = child<QLabel>(&page, "balance");
    QVERIFY2(balance->text().contains(QStringLiteral("75.00")), qPrintable(balance->text()));
    QStringList offered;
    whenModal<QInputDialog>([&offered](QInputDialog *pickDialog) {
        offered = pickDialog->comboBoxItems();
        whenModal<QInputDialog>([](QInputDialog *reason) {
            reason->setTextValue(QStringLiteral("wrong table"));
            reason->accept();
        });
        pickDialog->setTextValue(offered.value(0)); // the void of the sale
        pickDialog->accept();
    });
    page.refundOrVoid();
    QVERIFY2(
        offered.size() == 3, qPrintable(offered.join(QLatin1Char('\n')))); // void, refund, top-up
    QVERIFY2(balance->text().contains(QStringLiteral("100.00")), qPrintable(balance->text()));
}

void TestCounterPage::cashierStartsAtTheCounter()
{
    TestChain chain;
    core::auth::NewUser zhou;
    zhou.username = QStringLiteral("zhou");
    zhou.password = QStringLiteral("staff-password");
    zhou.role = core::auth::Role::Cashier;
    zhou.branchId = chain.branch1;
    QVERIFY(core::auth::UserService(chain.db()).create(chain.owner(), zhou).ok());
    const QString path = chain.path();
    {
        ui::AppController controller;
        QCOMPARE(controller.start(path, QStringLiteral("owner"), TestChain::ownerPassword),
            ui::AppController::Started::Running);
        QCOMPARE(controller.window()->navigation()->item(1)->text(), QStringLiteral("Counter"));
        QCOMPARE(controller.window()->navigation()->currentRow(), 0); // the owner: the dashboard
    }
    ui::AppController controller;
    QCOMPARE(controller.start(path, QStringLiteral("zhou"), QStringLiteral("staff-password")),
        ui::AppController::Started::Running);
    QCOMPARE(controller.window()->navigation()->currentRow(), 1);
    auto *page = controller.window()->findChild<CounterPage *>();
    QVERIFY(page && page->isVisibleTo(controller.window()));
    QVERIFY(!child<QPushButton>(page, "refund")->isVisibleTo(page));
}

void TestCounterPage::screenshots()
{
    const QString folder = qEnvironmentVariable("CHAINCARD_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("set CHAINCARD_SCREENSHOT_DIR to save the counter's picture");
    TestChain chain;
    core::tiers::Tier gold;
    gold.name = QStringLiteral("Gold");
    gold.rank = 1;
    gold.threshold = 10000;
    gold.discountBp = 500;
    QVERIFY(core::tiers::TierService(chain.db()).create(chain.owner(), gold).ok());
    const qint64 a = topUp(chain, phoneA, 88000);
    core::people::PersonService persons(
        chain.db(), core::people::PhoneNormalizer(QStringLiteral("CN")));
    auto person = persons.find(a);
    QVERIFY(person.ok());
    person->name = QStringLiteral("Li Na");
    QVERIFY(persons.update(chain.owner(), *person).ok());
    core::coupons::Coupon coupon;
    coupon.code = QStringLiteral("LUNCH20");
    coupon.name = QStringLiteral("Lunch 20 off");
    coupon.value = 2000;
    coupon.minSpend = 10000;
    coupon.validDays = 30;
    QVERIFY(core::coupons::CouponService(chain.db()).create(chain.owner(), coupon).ok());
    core::coupons::ClaimRequest claim;
    claim.couponCode = coupon.code;
    claim.personId = a;
    claim.branchId = chain.branch1;
    QVERIFY(core::coupons::ClaimService(chain.db()).claim(chain.owner(), claim).ok());
    ui::Session session { chain.db(), chain.cashier1(), *ChainStore::load(chain.db()) };
    CounterPage page(session);
    page.resize(1000, 560);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.choose(a);
    QTest::keyClicks(child<QLineEdit>(&page, "amount"), QStringLiteral("128.00"));
    child<QComboBox>(&page, "coupon")->setCurrentIndex(1);
    QVERIFY(page.grab().save(QDir(folder).filePath(QStringLiteral("counter.png"))));
}

QTEST_MAIN(TestCounterPage)
#include "tst_counterpage.moc"
