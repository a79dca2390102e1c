// The Coupons page under offscreen (issue 7, "Coupons page"): a template made and edited
// through the dialog, a refusal shown in the dialog with nothing saved, a claim recorded, the
// coupon issued to the members of the toolbar's branches, the figures, the redemptions per
// branch and the claims of the chosen template, retiring, and what a manager may do.
#include "core/chain/chainsettings.h"
#include "core/common/clock.h"
#include "core/coupons/claimservice.h"
#include "core/coupons/couponservice.h"
#include "core/people/personservice.h"
#include "ui/coupons/claimdialogs.h"
#include "ui/coupons/coupondialog.h"
#include "ui/coupons/couponspage.h"
#include "ui/shell/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QSignalSpy>
#include <QTest>

#include "tests/support/testchain.h"
#include "tests/support/widgettest.h"

using namespace testsupport;
using core::coupons::CouponKind;
using ui::coupons::ClaimDialog;
using ui::coupons::CouponDialog;
using ui::coupons::CouponsPage;
using ui::coupons::IssueDialog;

namespace {

constexpr qint64 t0 = 1767258000; // 2026-01-01 09:00 UTC

void clickOk(QDialog *dialog)
{
    QTest::mouseClick(
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

void closeMessage()
{
    whenModal<QMessageBox>([](QMessageBox *box) { box->accept(); });
}

QStringList column(QTableWidget *table, int c)
{
    QStringList out;
    for (int r = 0; r < table->rowCount(); ++r)
        out << table->item(r, c)->text();
    return out;
}

QString cell(QTableWidget *table, int row, const QString &header)
{
    for (int c = 0; c < table->columnCount(); ++c) {
        if (table->horizontalHeaderItem(c)->text() == header)
            return table->item(row, c)->text();
    }
    qFatal("no column %s", qPrintable(header));
}

ui::Session sessionOf(TestChain &chain, const core::auth::Actor &actor)
{
    return { chain.db(), actor, *core::chain::ChainStore::load(chain.db()) };
}

} // namespace

class TestCouponsPage : public QObject
{
    Q_OBJECT
private slots:
    void init() { core::clock::setNowForTesting(t0); }
    void cleanup() { core::clock::setNowForTesting(0); }
    void madeEditedClaimedRetired();
    void issuedToTheToolbarsBranches();
    void figuresAndClaimsOfTheChosenCoupon();
    void managersOwnBranchAlone();
    void screenshots();
};

void TestCouponsPage::madeEditedClaimedRetired()
{
    TestChain chain;
    ui::Session session = sessionOf(chain, chain.owner());
    CouponsPage page(session);
    page.show();
    QCOMPARE(page.couponTable()->rowCount(), 0);
    QVERIFY(!child<QPushButton>(&page, "editCoupon")->isEnabled());

    // A refusal stays in the dialog and saves nothing; then a good template is made.
    whenModal<CouponDialog>([](CouponDialog *dialog) {
        setText(dialog, "code", QStringLiteral("LUNCH15"));
        setText(dialog, "name", QStringLiteral("Lunch deal"));
        auto *kind = child<QComboBox>(dialog, "kind");
        kind->setCurrentIndex(kind->findData(int(CouponKind::Percent)));
        setText(dialog, "value", QStringLiteral("150"));
        clickOk(dialog);
        QVERIFY(dialog->isVisible());
        setText(dialog, "value", QStringLiteral("15"));
        setText(dialog, "min_spend", QStringLiteral("50.00"));
        child<QSpinBox>(dialog, "valid_days")->setValue(30);
        clickOk(dialog);
    });
    QTest::mouseClick(child<QPushButton>(&page, "newCoupon"), Qt::LeftButton);
    QCOMPARE(page.couponTable()->rowCount(), 1);
    QCOMPARE(cell(page.couponTable(), 0, QStringLiteral("Code")), QStringLiteral("LUNCH15"));
    QCOMPARE(cell(page.couponTable(), 0, QStringLiteral("Gives")), QStringLiteral("15% off"));
    QVERIFY(cell(page.couponTable(), 0, QStringLiteral("Terms")).contains(QStringLiteral("30 day")));
    auto made = core::coupons::CouponService(chain.db()).findByCode(QStringLiteral("LUNCH15"));
    CC_VERIFY_OK(made);
    QCOMPARE(made->value, qint64(15));
    QCOMPARE(made->minSpend, qint64(5000));
    QCOMPARE(page.currentCouponId(), made->id);

    // Edited: the code cannot be typed over; the name and the branches change.
    whenModal<CouponDialog>([&chain](CouponDialog *dialog) {
        QVERIFY(child<QLineEdit>(dialog, "code")->isReadOnly());
        setText(dialog, "name", QStringLiteral("Weekday lunch"));
        auto *branches = child<QListWidget>(dialog, "branches");
        for (int i = 0; i < branches->count(); ++i) {
            if (branches->item(i)->data(Qt::UserRole).toLongLong() == chain.branch1)
                branches->item(i)->setCheckState(Qt::Checked);
        }
        clickOk(dialog);
    });
    QTest::mouseClick(child<QPushButton>(&page, "editCoupon"), Qt::LeftButton);
    QCOMPARE(cell(page.couponTable(), 0, QStringLiteral("Name")), QStringLiteral("Weekday lunch"));
    QCOMPARE(cell(page.couponTable(), 0, QStringLiteral("Branches")), QStringLiteral("B01"));

    // A claim recorded at B01 shows in the claims and in the figures.
    whenModal<ClaimDialog>([](ClaimDialog *dialog) {
        setText(dialog, "phone", QStringLiteral("13812345678"));
        clickOk(dialog);
        closeMessage();
    });
    QTest::mouseClick(child<QPushButton>(&page, "recordClaim"), Qt::LeftButton);
    QTRY_COMPARE(cell(page.couponTable(), 0, QStringLiteral("Claimed")), QStringLiteral("1"));
    QCOMPARE(page.claimTable()->rowCount(), 1);
    QCOMPARE(cell(page.claimTable(), 0, QStringLiteral("Phone")), QStringLiteral("+8613812345678"));
    QCOMPARE(cell(page.claimTable(), 0, QStringLiteral("Where")), QStringLiteral("B01"));
    QCOMPARE(cell(page.claimTable(), 0, QStringLiteral("State")), QStringLiteral("Usable"));

    // Once claimed, the value is fixed: the core's refusal shows in the dialog.
    whenModal<CouponDialog>([](CouponDialog *dialog) {
        setText(dialog, "value", QStringLiteral("20"));
        clickOk(dialog);
        QVERIFY(dialog->isVisible());
        dialog->reject();
    });
    QTest::mouseClick(child<QPushButton>(&page, "editCoupon"), Qt::LeftButton);
    QCOMPARE(core::coupons::CouponService(chain.db()).find(made->id)->value, qint64(15));

    // Retired: gone from the list until "Show retired"; no more claims or edits.
    whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    QTest::mouseClick(child<QPushButton>(&page, "retireCoupon"), Qt::LeftButton);
    QCOMPARE(page.couponTable()->rowCount(), 0);
    child<QCheckBox>(&page, "showRetired")->setChecked(true);
    QCOMPARE(page.couponTable()->rowCount(), 1);
    QCOMPARE(cell(page.couponTable(), 0, QStringLiteral("Status")), QStringLiteral("retired"));
    QVERIFY(!child<QPushButton>(&page, "editCoupon")->isEnabled());
    QVERIFY(!child<QPushButton>(&page, "recordClaim")->isEnabled());
    QVERIFY(!child<QPushButton>(&page, "issueCoupon")->isEnabled());
}

void TestCouponsPage::issuedToTheToolbarsBranches()
{
    TestChain chain;
    core::people::PersonService persons(chain.db(), core::people::PhoneNormalizer(QStringLiteral("CN")));
    for (int i = 0; i < 3; ++i)
        CC_VERIFY_OK(persons.findOrRegister(chain.owner(),
            QStringLiteral("1381234567%1").arg(i), chain.branch1));
    CC_VERIFY_OK(persons.findOrRegister(chain.owner(), QStringLiteral("13900001111"), chain.branch2));
    core::coupons::Coupon c;
    c.code = QStringLiteral("SPRING");
    c.name = QStringLiteral("Spring");
    c.value = 1000;
    CC_VERIFY_OK(core::coupons::CouponService(chain.db()).create(chain.owner(), c));

    ui::Session session = sessionOf(chain, chain.owner());
    CouponsPage page(session);
    page.show();
    page.setScope({ chain.branch1 });
    QString counted;
    whenModal<IssueDialog>([&counted](IssueDialog *dialog) {
        counted = child<QLabel>(dialog, "count")->text();
        clickOk(dialog);
        closeMessage();
    });
    QTest::mouseClick(child<QPushButton>(&page, "issueCoupon"), Qt::LeftButton);
    QCOMPARE(counted, QStringLiteral("3 person(s) match."));
    QTRY_COMPARE(cell(page.couponTable(), 0, QStringLiteral("Claimed")), QStringLiteral("3"));
    QCOMPARE(page.claimTable()->rowCount(), 3);
    QCOMPARE(cell(page.claimTable(), 0, QStringLiteral("Where")), QStringLiteral("B01 · issue"));

    // Again: everyone already holds one (one per person), so nobody gets a second.
    whenModal<IssueDialog>([](IssueDialog *dialog) {
        clickOk(dialog);
        closeMessage();
    });
    QTest::mouseClick(child<QPushButton>(&page, "issueCoupon"), Qt::LeftButton);
    QTRY_COMPARE(cell(page.couponTable(), 0, QStringLiteral("Claimed")), QStringLiteral("3"));
}

void TestCouponsPage::figuresAndClaimsOfTheChosenCoupon()
{
    TestChain chain;
    core::coupons::Coupon c;
    c.code = QStringLiteral("TEN");
    c.name = QStringLiteral("Ten off");
    c.value = 1000;
    c.perPersonLimit = 0;
    c.validDays = 1;
    auto made = core::coupons::CouponService(chain.db()).create(chain.owner(), c);
    CC_VERIFY_OK(made);
    core::coupons::ClaimService claims(chain.db());
    QStringList codes;
    for (qint64 branch : { chain.branch1, chain.branch1, chain.branch2 }) {
        core::coupons::ClaimRequest r;
        r.couponId = made->id;
        r.phone = QStringLiteral("13812345678");
        r.branchId = branch;
        auto claimed = claims.claim(chain.owner(), r);
        CC_VERIFY_OK(claimed);
        codes << claimed->claimCode;
    }
    // One redeemed at B02 on a bill of 80.00; two days later the others have expired.
    core::coupons::RedeemRequest redeem;
    redeem.claimCode = codes[0];
    redeem.branchId = chain.branch2;
    redeem.receiptNo = QStringLiteral("R1");
    redeem.billAmount = 8000;
    CC_VERIFY_OK(claims.redeem(chain.owner(), redeem));
    core::clock::setNowForTesting(t0 + 2 * 86400);

    ui::Session session = sessionOf(chain, chain.owner());
    CouponsPage page(session);
    page.show();
    // The list at once, its figures from a worker when they are read.
    QSignalSpy figures(&page, &CouponsPage::figuresShown);
    page.reload();
    QCOMPARE(cell(page.couponTable(), 0, QStringLiteral("Code")), QStringLiteral("TEN"));
    QCOMPARE(cell(page.couponTable(), 0, QStringLiteral("Claimed")), QStringLiteral("…"));
    QTRY_COMPARE(figures.count(), 1);
    QCOMPARE(cell(page.couponTable(), 0, QStringLiteral("Claimed")), QStringLiteral("3"));
    QTRY_COMPARE(cell(page.couponTable(), 0, QStringLiteral("Redeemed")), QStringLiteral("1"));
    QTRY_COMPARE(cell(page.couponTable(), 0, QStringLiteral("Expired unused")), QStringLiteral("2"));
    QTRY_COMPARE(cell(page.couponTable(), 0, QStringLiteral("Discount given")), QStringLiteral("10.00"));
    QTRY_COMPARE(page.branchTable()->rowCount(), 1);
    QTRY_COMPARE(cell(page.branchTable(), 0, QStringLiteral("Branch")), QStringLiteral("B02"));
    QTRY_COMPARE(cell(page.branchTable(), 0, QStringLiteral("Redemptions")), QStringLiteral("1"));
    QCOMPARE(page.claimTable()->rowCount(), 3);
    QStringList states = column(page.claimTable(), 5);
    states.sort();
    QCOMPARE(states,
        QStringList({ QStringLiteral("Expired"), QStringLiteral("Expired"), QStringLiteral("Redeemed") }));
}

void TestCouponsPage::managersOwnBranchAlone()
{
    TestChain chain;
    core::coupons::CouponService coupons(chain.db());
    core::coupons::Coupon chainWide;
    chainWide.code = QStringLiteral("ALL");
    chainWide.name = QStringLiteral("All branches");
    chainWide.value = 500;
    CC_VERIFY_OK(coupons.create(chain.owner(), chainWide));
    core::coupons::Coupon other = chainWide;
    other.code = QStringLiteral("B02ONLY");
    other.branchIds = { chain.branch2 };
    CC_VERIFY_OK(coupons.create(chain.owner(), other));

    ui::Session session = sessionOf(chain, chain.manager1());
    CouponsPage page(session);
    page.show();
    // B02's coupon is not B01's to see; the chain-wide one is, but not to edit or retire.
    QCOMPARE(column(page.couponTable(), 0), QStringList { QStringLiteral("ALL") });
    QVERIFY(!child<QPushButton>(&page, "editCoupon")->isEnabled());
    QVERIFY(!child<QPushButton>(&page, "retireCoupon")->isEnabled());
    QVERIFY(child<QPushButton>(&page, "recordClaim")->isEnabled());

    // A manager's new coupon is their branch's alone, whatever the dialog shows.
    whenModal<CouponDialog>([](CouponDialog *dialog) {
        setText(dialog, "code", QStringLiteral("B01TEA"));
        setText(dialog, "name", QStringLiteral("Tea time"));
        setText(dialog, "value", QStringLiteral("8"));
        clickOk(dialog);
    });
    QTest::mouseClick(child<QPushButton>(&page, "newCoupon"), Qt::LeftButton);
    auto tea = coupons.findByCode(QStringLiteral("B01TEA"));
    CC_VERIFY_OK(tea);
    QCOMPARE(tea->branchIds, QVector<qint64> { chain.branch1 });
    QVERIFY(child<QPushButton>(&page, "editCoupon")->isEnabled());
}

// The coupon form and the issue dialog, for README (scripts/screenshots.sh).
void TestCouponsPage::screenshots()
{
    const QString folder = qEnvironmentVariable("CHAINCARD_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("set CHAINCARD_SCREENSHOT_DIR to save the coupon dialogs' pictures");
    TestChain chain;
    core::coupons::Coupon c;
    c.code = QStringLiteral("FULL100-30");
    c.name = QStringLiteral("30 off a bill of 100");
    c.value = 3000;
    c.minSpend = 10000;
    c.validDays = 14;
    c.totalLimit = 5000;
    c.branchIds = { chain.branch1, chain.branch2 };
    auto made = core::coupons::CouponService(chain.db()).create(chain.owner(), c);
    CC_VERIFY_OK(made);
    ui::Session session = sessionOf(chain, chain.owner());
    CouponDialog form(session, *made);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QVERIFY(form.grab().save(QDir(folder).filePath(QStringLiteral("coupon-dialog.png"))));
    IssueDialog issue(session, *made, { chain.branch1 });
    issue.show();
    QVERIFY(QTest::qWaitForWindowExposed(&issue));
    QVERIFY(issue.grab().save(QDir(folder).filePath(QStringLiteral("coupon-issue.png"))));
}

QTEST_MAIN(TestCouponsPage)
#include "tst_couponspage.moc"
