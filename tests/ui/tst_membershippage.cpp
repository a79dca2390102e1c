// The owner's Membership page under offscreen (issue 7, "Tiers and membership"): a tier made,
// edited and removed through the dialog; a refusal shown in the dialog; the stored-value rules
// (bonus rules, spending order, top-up refund) saved through the core, and a bad amount refused
// with nothing saved.
#include "core/chain/chainsettings.h"
#include "core/tiers/tierservice.h"
#include "ui/membership/membershippage.h"
#include "ui/membership/tierdialog.h"
#include "ui/shell/session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include "tests/support/testchain.h"
#include "tests/support/widgettest.h"

using namespace testsupport;
using ui::membership::MembershipPage;
using ui::membership::TierDialog;

namespace {

void clickOk(QDialog *dialog)
{
    QTest::mouseClick(
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

QStringList column(QTableWidget *table, int c)
{
    QStringList out;
    for (int r = 0; r < table->rowCount(); ++r)
        out << table->item(r, c)->text();
    return out;
}

} // namespace

class TestMembershipPage : public QObject
{
    Q_OBJECT
private slots:
    void tiersMadeEditedRemoved();
    void bonusRulesSaved();
    void rulesSaveKeepsTheRest();
};

void TestMembershipPage::tiersMadeEditedRemoved()
{
    TestChain chain;
    ui::Session session { chain.db(), chain.owner(), *core::chain::ChainStore::load(chain.db()) };
    MembershipPage page(session);
    page.show();
    const int before = page.tierTable()->rowCount();

    // New: Gold, one top-up of 1000.00, 5.5 % off.
    whenModal<TierDialog>([](TierDialog *dialog) {
        setText(dialog, "name", QStringLiteral("Gold"));
        auto *rule = child<QComboBox>(dialog, "rule");
        rule->setCurrentIndex(rule->findData(int(core::tiers::Rule::SingleTopUp)));
        setText(dialog, "threshold", QStringLiteral("1,000.00"));
        setText(dialog, "discount", QStringLiteral("5.5"));
        clickOk(dialog);
    });
    QTest::mouseClick(child<QPushButton>(&page, "newTier"), Qt::LeftButton);
    QCOMPARE(page.tierTable()->rowCount(), before + 1);
    QVERIFY(column(page.tierTable(), 1).contains(QStringLiteral("Gold")));
    auto tiers = core::tiers::TierService(chain.db()).list();
    CC_VERIFY_OK(tiers);
    const auto gold = tiers->constLast();
    QCOMPARE(gold.name, QStringLiteral("Gold"));
    QCOMPARE(gold.threshold, qint64(100000));
    QCOMPARE(gold.discountBp, 550);
    QVERIFY(column(page.tierTable(), 3).contains(QStringLiteral("5.5% off")));

    // Edit it; a threshold of zero is refused in the dialog, which stays open.
    page.tierTable()->setCurrentCell(page.tierTable()->rowCount() - 1, 0);
    bool refusedInline = false;
    whenModal<TierDialog>([&refusedInline](TierDialog *dialog) {
        setText(dialog, "threshold", QStringLiteral("0"));
        clickOk(dialog);
        refusedInline = dialog->isVisible() && !child<QLabel>(dialog, "error")->isHidden();
        setText(dialog, "threshold", QStringLiteral("800"));
        setText(dialog, "name", QStringLiteral("Gold Card"));
        clickOk(dialog);
    });
    QTest::mouseClick(child<QPushButton>(&page, "editTier"), Qt::LeftButton);
    QVERIFY(refusedInline);
    auto edited = core::tiers::TierService(chain.db()).find(gold.id);
    CC_VERIFY_OK(edited);
    QCOMPARE(edited->name, QStringLiteral("Gold Card"));
    QCOMPARE(edited->threshold, qint64(80000));

    // Remove it (nobody holds it).
    page.tierTable()->setCurrentCell(page.tierTable()->rowCount() - 1, 0);
    whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    QTest::mouseClick(child<QPushButton>(&page, "removeTier"), Qt::LeftButton);
    QCOMPARE(page.tierTable()->rowCount(), before);
    CC_VERIFY_ERROR(
        core::tiers::TierService(chain.db()).find(gold.id), core::Error::Code::NotFound);
}

void TestMembershipPage::bonusRulesSaved()
{
    TestChain chain;
    ui::Session session { chain.db(), chain.owner(), *core::chain::ChainStore::load(chain.db()) };
    MembershipPage page(session);
    QSignalSpy saved(&page, &MembershipPage::saved);
    QTableWidget *rules = page.bonusTable();
    const auto addRule = [&](const QString &threshold, const QString &bonus) {
        QTest::mouseClick(child<QPushButton>(&page, "addBonusRule"), Qt::LeftButton);
        const int row = rules->rowCount() - 1;
        rules->item(row, 0)->setText(threshold);
        rules->item(row, 1)->setText(bonus);
    };
    addRule(QStringLiteral("1000"), QStringLiteral("100"));
    addRule(QStringLiteral("500.00"), QStringLiteral("30"));
    auto *order = child<QComboBox>(&page, "spendOrder");
    order->setCurrentIndex(order->findData(int(core::wallet::SpendOrder::PrincipalFirst)));
    QVERIFY(page.saveRules());
    QCOMPARE(saved.count(), 1);
    auto stored = core::chain::ChainStore::load(chain.db());
    CC_VERIFY_OK(stored);
    QCOMPARE(stored->wallet.bonusRules.size(), 2);
    QCOMPARE(stored->wallet.bonusRules.at(0).threshold, qint64(50000)); // in order
    QCOMPARE(stored->wallet.bonusRules.at(1).bonus, qint64(10000));
    QCOMPARE(stored->wallet.spendOrder, core::wallet::SpendOrder::PrincipalFirst);
    QCOMPARE(stored->wallet.bonusFor(120000), qint64(10000));
    QCOMPARE(session.settings.wallet.bonusRules.size(), 2);
    // Shown again in order.
    QCOMPARE(rules->item(0, 0)->text(), QStringLiteral("500.00"));

    // A bad amount: the reason shown, nothing saved.
    addRule(QStringLiteral("2000"), QStringLiteral("lots"));
    QVERIFY(!page.saveRules());
    QCOMPARE(saved.count(), 1);
    QVERIFY(child<QLabel>(&page, "rulesError")->text().contains(QStringLiteral("row 3")));
    QCOMPARE(core::chain::ChainStore::load(chain.db())->wallet.bonusRules.size(), 2);
    // Revert brings back what is saved.
    QTest::mouseClick(child<QPushButton>(&page, "revertRules"), Qt::LeftButton);
    QCOMPARE(rules->rowCount(), 2);
}

// Saving the rules writes the rules alone: a setting changed elsewhere meanwhile stays.
void TestMembershipPage::rulesSaveKeepsTheRest()
{
    TestChain chain;
    ui::Session session { chain.db(), chain.owner(), *core::chain::ChainStore::load(chain.db()) };
    MembershipPage page(session);
    auto other = chain.openAnother();
    CC_VERIFY_OK(core::chain::ChainStore::modify(*other, chain.owner(),
        [](core::chain::ChainSettings &s) { s.reviewDays = 30; }));
    auto *order = page.findChild<QComboBox *>(QStringLiteral("spendOrder"));
    order->setCurrentIndex(order->findData(int(core::wallet::SpendOrder::Proportional)));
    QVERIFY(page.saveRules());
    auto stored = core::chain::ChainStore::load(chain.db());
    CC_VERIFY_OK(stored);
    QCOMPARE(stored->wallet.spendOrder, core::wallet::SpendOrder::Proportional);
    QCOMPARE(stored->reviewDays, 30);
}

QTEST_MAIN(TestMembershipPage)
#include "tst_membershippage.moc"
