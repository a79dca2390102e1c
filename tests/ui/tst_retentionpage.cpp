#include "tests/support/testchain.h"

#include "core/chain/chainsettings.h"
#include "core/common/clock.h"
#include "core/coupons/claimservice.h"
#include "core/coupons/couponservice.h"
#include "core/visits/visitservice.h"
#include "core/wallet/walletservice.h"
#include "ui/retention/branchretentionmodel.h"
#include "ui/retention/cohorttablemodel.h"
#include "ui/retention/curvechartview.h"
#include "ui/retention/retentionpage.h"
#include "ui/shell/session.h"

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QFile>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace testsupport;
using core::retention::Group;

namespace {

qint64 at(int year, int month, int day, int hour = 12)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), QTimeZone("Asia/Shanghai"))
        .toSecsSinceEpoch();
}

// Two members who joined in January 2025 at B01 (one comes back in February), two coupon
// claimers at B02 (one comes back within 30 days, the other never), and a February member at
// B02.
void fill(TestChain &chain)
{
    core::wallet::WalletService wallet(chain.db());
    core::visits::VisitService visits(chain.db());
    int receipt = 0;
    auto topUp = [&](const char *phone, qint64 branch, qint64 when) {
        core::clock::setNowForTesting(when);
        core::wallet::Request r;
        r.phone = QString::fromLatin1(phone);
        r.branchId = branch;
        r.amount = 50000;
        CC_VERIFY_OK(wallet.topUp(chain.owner(), r));
    };
    auto visit = [&](const char *phone, qint64 branch, qint64 when) {
        core::clock::setNowForTesting(when);
        core::visits::NewVisit v;
        v.phone = QString::fromLatin1(phone);
        v.branchId = branch;
        v.amount = 8800;
        v.receiptNo = QStringLiteral("R%1").arg(++receipt);
        v.occurredAt = when;
        CC_VERIFY_OK(visits.record(chain.owner(), v));
    };
    topUp("13800000001", chain.branch1, at(2025, 1, 5));
    visit("13800000001", chain.branch1, at(2025, 1, 5, 13));
    visit("13800000001", chain.branch1, at(2025, 2, 3));
    topUp("13800000002", chain.branch1, at(2025, 1, 20));

    core::clock::setNowForTesting(at(2025, 1, 1));
    core::coupons::Coupon coupon;
    coupon.code = QStringLiteral("WELCOME");
    coupon.name = QStringLiteral("Welcome 10 off");
    coupon.value = 1000;
    CC_VERIFY_OK(core::coupons::CouponService(chain.db()).create(chain.owner(), coupon));
    core::coupons::ClaimService claims(chain.db());
    for (const char *phone : { "13900000001", "13900000002" }) {
        core::clock::setNowForTesting(at(2025, 1, 10));
        core::coupons::ClaimRequest c;
        c.couponCode = QStringLiteral("WELCOME");
        c.phone = QString::fromLatin1(phone);
        c.branchId = chain.branch2;
        CC_VERIFY_OK(claims.claim(chain.owner(), c));
    }
    visit("13900000001", chain.branch2, at(2025, 1, 25));
    topUp("13700000001", chain.branch2, at(2025, 2, 14));
    visit("13700000001", chain.branch2, at(2025, 3, 1));
    core::clock::setNowForTesting(at(2025, 3, 10));
}

} // namespace

class TestRetentionPage : public QObject
{
    Q_OBJECT
private slots:
    void showsCohortsCurvesAndBranches();
    void managerSeesOnlyTheirBranch();
    void exportsCsvPngAndPdf();
    void computesOnlyWhenShown();
    void cleanup() { core::clock::setNowForTesting(0); }
};

void TestRetentionPage::showsCohortsCurvesAndBranches()
{
    TestChain chain;
    fill(chain);
    ui::Session session { chain.db(), chain.owner(), *core::chain::ChainStore::load(chain.db()) };
    ui::retention::RetentionPage page(session);
    QSignalSpy shown(&page, &ui::retention::RetentionPage::resultShown);
    page.show();
    QVERIFY(shown.wait(10000));

    // The member cohorts: 2025-01 (two people, one back in February) and 2025-02.
    const auto &result = page.result();
    QCOMPARE(result.member.size(), 2);
    QCOMPARE(result.member.at(0).month, QStringLiteral("2025-01"));
    QCOMPARE(result.member.at(0).size, qint64(2));
    QCOMPARE(result.coupon.size(), 1);
    QCOMPARE(result.coupon.at(0).size, qint64(2));

    auto *cohorts = page.cohortView()->model();
    QAbstractItemModelTester cohortTester(cohorts,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(cohorts->rowCount(), 2);
    QCOMPARE(cohorts->index(0, ui::retention::CohortTableModel::Cohort).data().toString(),
             QStringLiteral("2025-01"));
    // Month 1 of the January cohort: one of two.
    QCOMPARE(cohorts->index(0, ui::retention::CohortTableModel::FirstMonth + 1)
                 .data(ui::retention::CohortTableModel::ShareRole)
                 .toDouble(),
             0.5);

    // The member curve weighs only cohorts old enough: month 1 (February for January's two,
    // March for February's one) has three people, two of whom came back; month 2 only
    // January's two, neither of whom visited in March.
    const auto &memberCurve = page.curveChart()->points(Group::Member);
    QCOMPARE(memberCurve.size(), 3);
    QCOMPARE(memberCurve.at(1).eligible, qint64(3));
    QCOMPARE(memberCurve.at(1).retained, qint64(2));
    QCOMPARE(memberCurve.at(2).eligible, qint64(2));
    QCOMPARE(memberCurve.at(2).retained, qint64(0));
    QVERIFY(page.curveChart()->pointText(Group::Member, 1).contains(QStringLiteral("2 of 3")));

    auto *branches = page.branchView()->model();
    QAbstractItemModelTester branchTester(branches,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(branches->rowCount() >= 2);
}

void TestRetentionPage::managerSeesOnlyTheirBranch()
{
    TestChain chain;
    fill(chain);
    ui::Session session { chain.db(), chain.manager2(), *core::chain::ChainStore::load(chain.db()) };
    ui::retention::RetentionPage page(session);
    QSignalSpy shown(&page, &ui::retention::RetentionPage::resultShown);
    page.show();
    QVERIFY(shown.wait(10000));
    // B02: the February member and the two claimers, nothing of B01's January members.
    QCOMPARE(page.result().member.size(), 1);
    QCOMPARE(page.result().member.at(0).month, QStringLiteral("2025-02"));
    QCOMPARE(page.result().coupon.at(0).size, qint64(2));
}

void TestRetentionPage::exportsCsvPngAndPdf()
{
    TestChain chain;
    fill(chain);
    ui::Session session { chain.db(), chain.owner(), *core::chain::ChainStore::load(chain.db()) };
    ui::retention::RetentionPage page(session);
    page.resize(1000, 700);
    page.show();
    QSignalSpy shown(&page, &ui::retention::RetentionPage::resultShown);
    QVERIFY(shown.wait(10000));

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("retention.csv"));
    QCOMPARE(page.exportCsv(csv), QString());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.startsWith("\xEF\xBB\xBFgroup,cohort,size"));
    QVERIFY(text.contains("member,2025-01,2,"));
    QVERIFY(text.contains("coupon,2025-01,2,"));

    const QString png = dir.filePath(QStringLiteral("curves.png"));
    QCOMPARE(page.exportPng(png), QString());
    QVERIFY(QFileInfo(png).size() > 1000);
    const QString pdf = dir.filePath(QStringLiteral("retention.pdf"));
    QCOMPARE(page.exportPdf(pdf), QString());
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");

    QVERIFY(!page.exportCsv(dir.filePath(QStringLiteral("missing/folder/x.csv"))).isEmpty());
}

// The page in a window that shows another page costs nothing: the report waits until the
// page is shown, and a refresh asked for while it is hidden (after an import) waits too.
void TestRetentionPage::computesOnlyWhenShown()
{
    TestChain chain;
    fill(chain);
    ui::Session session { chain.db(), chain.owner(), *core::chain::ChainStore::load(chain.db()) };
    ui::retention::RetentionPage page(session);
    QSignalSpy shown(&page, &ui::retention::RetentionPage::resultShown);
    page.refresh();
    QVERIFY(!shown.wait(500));
    QVERIFY(page.result().member.isEmpty());

    page.show();
    QVERIFY(shown.wait(10000));
    QCOMPARE(page.result().member.size(), 2);

    page.hide();
    page.refresh();
    QVERIFY(!shown.wait(500));
    page.show();
    QVERIFY(shown.wait(10000));
    QCOMPARE(shown.size(), 2);
}

QTEST_MAIN(TestRetentionPage)
#include "tst_retentionpage.moc"
