// The Reviews page (issue 7): the reviews of the chain filtered by branch and rating (the model
// under QAbstractItemModelTester), a reply typed and sent by a manager of the review's branch,
// no reply for another branch's manager, and a review recorded through the dialog with the
// core's refusal shown inline.

#include "core/chain/chainsettings.h"
#include "core/common/clock.h"
#include "core/reviews/reviewservice.h"
#include "core/visits/visitservice.h"
#include "ui/members/reviewtablemodel.h"
#include "ui/reviews/reviewdialog.h"
#include "ui/reviews/reviewspage.h"
#include "ui/shell/session.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include "tests/support/testchain.h"

using namespace testsupport;
using ui::members::ReviewTableModel;
using ui::reviews::ReviewDialog;
using ui::reviews::ReviewsPage;

namespace {

const QString phone = QStringLiteral("13812345678");

// Bills R1 (B01), R2 (B02) and R3 (B01) by the same guest; R1 reviewed 5 stars, R2 2 stars.
void fill(TestChain &chain)
{
    core::visits::VisitService visits(chain.db());
    const auto visit = [&](qint64 branch, const QString &receipt) {
        core::visits::NewVisit v;
        v.branchId = branch;
        v.phone = phone;
        v.amount = 5000;
        v.receiptNo = receipt;
        CC_VERIFY_OK(visits.record(chain.owner(), v));
    };
    visit(chain.branch1, QStringLiteral("R1"));
    visit(chain.branch2, QStringLiteral("R2"));
    visit(chain.branch1, QStringLiteral("R3"));
    core::reviews::ReviewService reviews(chain.db());
    const auto review = [&](qint64 branch, const QString &receipt, int rating) {
        core::reviews::ReviewRequest r;
        r.branchId = branch;
        r.receiptNo = receipt;
        r.phone = phone;
        r.rating = rating;
        r.text = QStringLiteral("text of %1").arg(receipt);
        CC_VERIFY_OK(reviews.add(chain.owner(), r));
    };
    review(chain.branch1, QStringLiteral("R1"), 5);
    review(chain.branch2, QStringLiteral("R2"), 2);
}

struct Page
{
    Page(TestChain &chain, const core::auth::Actor &actor)
        : session { chain.db(), actor, *core::chain::ChainStore::load(chain.db()) }
    {
    }
    ui::Session session;
    ReviewsPage page { session };
    QAbstractItemModelTester tester { page.model(),
        QAbstractItemModelTester::FailureReportingMode::QtTest };

    int rowOf(const QString &receipt) const
    {
        auto *m = page.view()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, ReviewTableModel::Receipt).data().toString() == receipt)
                return r;
        return -1;
    }
};

void choose(QComboBox *combo, int index)
{
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

} // namespace

class TestReviewsPage : public QObject
{
    Q_OBJECT
private slots:
    void init() { core::clock::setNowForTesting(1767225600); } // 2026-01-01 00:00 UTC
    void cleanup() { core::clock::setNowForTesting(0); }
    void listsAndFilters();
    void managerReplies();
    void cashierCannotReply();
    void recordsAReview();
};

void TestReviewsPage::listsAndFilters()
{
    TestChain chain;
    fill(chain);
    Page p(chain, chain.owner());
    QCOMPARE(p.page.view()->model()->rowCount(), 2);
    auto *rating = p.page.findChild<QComboBox *>(QStringLiteral("ratingFilter"));
    choose(rating, rating->findData(2));
    QCOMPARE(p.page.view()->model()->rowCount(), 1);
    QCOMPARE(p.rowOf(QStringLiteral("R2")), 0);
    choose(rating, 0);
    // The toolbar's scope, one branch or several (the page has no branch menu of its own).
    QVERIFY(!p.page.findChild<QComboBox *>(QStringLiteral("branchFilter")));
    p.page.setScope({ chain.branch1 });
    QCOMPARE(p.page.view()->model()->rowCount(), 1);
    QCOMPARE(p.rowOf(QStringLiteral("R1")), 0);
    QCOMPARE(p.page.view()->model()->index(0, ReviewTableModel::Branch).data().toString(),
             QStringLiteral("B01"));
    p.page.setScope({ chain.branch1, chain.branch2 });
    QCOMPARE(p.page.view()->model()->rowCount(), 2);
    p.page.setScope({});
    QCOMPARE(p.page.view()->model()->rowCount(), 2);
}

void TestReviewsPage::managerReplies()
{
    TestChain chain;
    fill(chain);
    Page p(chain, chain.manager1());
    p.page.show();
    QCOMPARE(p.page.view()->model()->rowCount(), 1); // a manager's own branch only
    auto *reply = p.page.findChild<QPlainTextEdit *>(QStringLiteral("reply"));
    auto *send = p.page.findChild<QPushButton *>(QStringLiteral("sendReply"));
    QVERIFY(!reply->isEnabled());
    p.page.selectRow(p.rowOf(QStringLiteral("R1")));
    QVERIFY(reply->isEnabled());
    QVERIFY(!send->isEnabled()); // nothing typed yet
    QTest::keyClicks(reply, QStringLiteral("Thank you!"));
    QVERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    auto list = core::reviews::ReviewService(chain.db()).list(chain.owner());
    CC_VERIFY_OK(list);
    bool found = false;
    for (const auto &r : *list) {
        if (r.receiptNo == QLatin1String("R1")) {
            QCOMPARE(r.reply, QStringLiteral("Thank you!"));
            found = true;
        }
    }
    QVERIFY(found);
    QCOMPARE(p.page.view()->model()->index(p.rowOf(QStringLiteral("R1")), ReviewTableModel::Reply)
                 .data()
                 .toString(),
             QStringLiteral("Thank you!"));
    QVERIFY(reply->toPlainText().isEmpty());
}

void TestReviewsPage::cashierCannotReply()
{
    TestChain chain;
    fill(chain);
    Page p(chain, chain.owner());
    p.page.selectRow(0);
    QVERIFY(p.page.findChild<QPlainTextEdit *>(QStringLiteral("reply"))->isEnabled());
    // A cashier of B01 reads B01's reviews but may not reply.
    Page cashier(chain, chain.cashier1());
    QCOMPARE(cashier.page.view()->model()->rowCount(), 1);
    cashier.page.selectRow(0);
    QVERIFY(!cashier.page.findChild<QPlainTextEdit *>(QStringLiteral("reply"))->isEnabled());
    QVERIFY(!cashier.page.findChild<QPushButton *>(QStringLiteral("sendReply"))->isEnabled());
}

void TestReviewsPage::recordsAReview()
{
    TestChain chain;
    fill(chain);
    Page p(chain, chain.owner());
    bool checked = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = p.page.findChild<ReviewDialog *>();
        QVERIFY(dialog);
        auto *branch = dialog->findChild<QComboBox *>(QStringLiteral("branch"));
        branch->setCurrentIndex(branch->findData(chain.branch1));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("receipt")),
                         QStringLiteral("R3"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("phone")),
                         QStringLiteral("13900000000"));
        auto *rating = dialog->findChild<QSpinBox *>(QStringLiteral("rating"));
        rating->setValue(4);
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("text")),
                         QStringLiteral("Good noodles"));
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        // Another phone than the bill's: refused, the dialog stays open with the reason.
        QVERIFY(dialog->isVisible());
        bool shown = false;
        for (auto *label : dialog->findChildren<QLabel *>())
            shown = shown || (label->isVisible() && label->text().contains(QStringLiteral("person")));
        QVERIFY(shown);
        auto *phoneEdit = dialog->findChild<QLineEdit *>(QStringLiteral("phone"));
        phoneEdit->clear();
        QTest::keyClicks(phoneEdit, phone);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(!dialog->isVisible());
        checked = true;
    });
    p.page.recordReview();
    QVERIFY(checked);
    QCOMPARE(p.page.view()->model()->rowCount(), 3);
    const int row = p.rowOf(QStringLiteral("R3"));
    QVERIFY(row >= 0);
    QCOMPARE(p.page.view()->model()->index(row, ReviewTableModel::Rating)
                 .data(ReviewTableModel::RawRole)
                 .toInt(),
             4);
}

QTEST_MAIN(TestReviewsPage)
#include "tst_reviewspage.moc"
