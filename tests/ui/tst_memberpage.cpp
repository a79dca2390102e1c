// A member's page under QT_QPA_PLATFORM=offscreen (issue 4, "Members"): opened from the member
// list by double-click or Enter; the header, tabs and QR code show the member's history; an
// edit is saved through the core and a bad one refused inline; a manager cannot open another
// branch's person (the core refuses, the page says so). `screenshots` (with
// CHAINCARD_SCREENSHOT_DIR set) pictures the page on a demo chain for README.
#include "tests/support/memberhistory.h"

#include "core/chain/chainsettings.h"
#include "core/common/clock.h"
#include "core/demo/demogenerator.h"
#include "core/people/personservice.h"
#include "core/storage/sql.h"
#include "ui/members/claimtablemodel.h"
#include "ui/members/consenttablemodel.h"
#include "ui/members/ledgertablemodel.h"
#include "ui/members/memberdialog.h"
#include "ui/members/memberlistmodel.h"
#include "ui/members/memberprofileform.h"
#include "ui/members/memberspage.h"
#include "ui/members/qrcodeview.h"
#include "ui/members/reviewtablemodel.h"
#include "ui/members/visittablemodel.h"
#include "ui/shell/session.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace testsupport;
using ui::members::MemberDialog;
using ui::members::MemberListModel;
using ui::members::MembersPage;

namespace {

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->data(model->index(row, column)).toString();
}

// The row of the member list showing `name`, once loaded; -1 when none does.
int rowOf(const MemberListModel *model, const QString &name)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (cell(model, r, MemberListModel::Name) == name)
            return r;
    }
    return -1;
}

} // namespace

class TestMemberPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init() { core::clock::setNowForTesting(MemberHistory::now); }
    void cleanup() { core::clock::setNowForTesting(0); }

    void opensFromTheListByDoubleClickAndEnter();
    void scannedMemberCodeOpensThePage();
    void showsTheMembersHistory();
    void modelsPassTheTester();
    void qrCodeIsCrispAndSaves();
    void editIsSavedThroughTheCore();
    void badInputIsRefusedInline();
    void cashierRecordsConsentOnly();
    void anotherBranchIsRefused();
    void screenshots();

private:
    std::unique_ptr<MemberDialog> open(const core::auth::Actor &actor, qint64 personId);
    core::people::Person stored(qint64 personId);

    std::unique_ptr<TestChain> m_chain;
    std::unique_ptr<ui::Session> m_session;
    MemberHistory m_h;
};

void TestMemberPage::initTestCase()
{
    core::clock::setNowForTesting(MemberHistory::now);
    m_chain = std::make_unique<TestChain>();
    auto h = addMemberHistory(*m_chain);
    CC_VERIFY_OK(h);
    m_h = *h;
    auto settings = core::chain::ChainStore::load(m_chain->db());
    CC_VERIFY_OK(settings);
    m_session = std::make_unique<ui::Session>(ui::Session { m_chain->db(), m_chain->owner(), *settings });
}

std::unique_ptr<MemberDialog> TestMemberPage::open(const core::auth::Actor &actor, qint64 personId)
{
    m_session->actor = actor;
    auto dialog = std::make_unique<MemberDialog>(*m_session, personId);
    dialog->show();
    return dialog;
}

core::people::Person TestMemberPage::stored(qint64 personId)
{
    auto p = core::people::PersonService(m_chain->db(), core::people::PhoneNormalizer(QStringLiteral("CN")))
                 .find(personId);
    return p ? *p : core::people::Person();
}

void TestMemberPage::opensFromTheListByDoubleClickAndEnter()
{
    m_session->actor = m_chain->manager1();
    MembersPage page(*m_session);
    page.resize(1000, 500);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(rowOf(page.model(), QStringLiteral("Li Na")) >= 0);
    const int row = rowOf(page.model(), QStringLiteral("Li Na"));
    QTableView *view = page.view();
    const QRect rect = view->visualRect(page.model()->index(row, MemberListModel::Name));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    auto dialogs = page.findChildren<MemberDialog *>();
    QCOMPARE(dialogs.size(), 1);
    MemberDialog *dialog = dialogs.front();
    QVERIFY(dialog->isLoaded());
    QCOMPARE(dialog->person().id, m_h.memberId);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->testAttribute(Qt::WA_DeleteOnClose));
    dialog->close();
    QTRY_VERIFY(page.findChildren<MemberDialog *>().isEmpty());

    // Enter on the current row opens it as well.
    view->setFocus();
    view->setCurrentIndex(page.model()->index(row, MemberListModel::Phone));
    QTest::keyClick(view, Qt::Key_Return);
    dialogs = page.findChildren<MemberDialog *>();
    QCOMPARE(dialogs.size(), 1);
    QCOMPARE(dialogs.front()->person().id, m_h.memberId);
    dialogs.front()->close();
}

void TestMemberPage::scannedMemberCodeOpensThePage()
{
    // A scanner reading the QR code types the member code and Enter, faster than the search's
    // pause: the page opens once the search has found that one person.
    m_session->actor = m_chain->owner();
    MembersPage page(*m_session);
    page.show();
    QTRY_VERIFY(!page.model()->isLoading());
    page.searchEdit()->setFocus();
    QTest::keyClicks(page.searchEdit(), core::people::PersonService::memberCodeFor(m_h.memberId));
    QTest::keyClick(page.searchEdit(), Qt::Key_Return);
    QTRY_COMPARE(page.findChildren<MemberDialog *>().size(), 1);
    MemberDialog *dialog = page.findChild<MemberDialog *>();
    QCOMPARE(dialog->person().id, m_h.memberId);
    dialog->close();
    QTRY_VERIFY(page.findChildren<MemberDialog *>().isEmpty());

    // A search that finds several people, or none, opens nothing.
    for (const QString &search : { QStringLiteral("+86"), QStringLiteral("0000000000") }) {
        page.searchEdit()->clear();
        QTest::keyClicks(page.searchEdit(), search);
        QTest::keyClick(page.searchEdit(), Qt::Key_Return);
        QTRY_VERIFY(!page.model()->isLoading());
        QTest::qWait(MembersPage::SearchDelayMs);
        QVERIFY(page.findChildren<MemberDialog *>().isEmpty());
    }
}

void TestMemberPage::showsTheMembersHistory()
{
    auto dialog = open(m_chain->owner(), m_h.memberId);
    QVERIFY(dialog->isLoaded());
    QVERIFY(dialog->errorLabel()->isHidden());
    const QString header = dialog->headerLabel()->text();
    const QString code = core::people::PersonService::memberCodeFor(m_h.memberId);
    QVERIFY2(header.contains(QStringLiteral("Li Na")), qPrintable(header));
    QVERIFY(header.contains(QStringLiteral("+8613800001111")));
    QVERIFY(header.contains(code));
    QVERIFY(header.contains(QStringLiteral("home branch B01")));
    QVERIFY(header.contains(QStringLiteral("Member"))); // no tiers defined: a plain member
    // 500.00 + 50.00 bonus, 80.00 spent bonus first: 470.00 of principal, no bonus left.
    QCOMPARE(dialog->balanceLabel()->text(),
             QStringLiteral("Balance <b>470.00</b> (principal 470.00, bonus 0.00)"));
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Member — Li Na"));

    auto *form = dialog->profileForm();
    QCOMPARE(form->nameEdit()->text(), QStringLiteral("Li Na"));
    QCOMPARE(form->emailEdit()->text(), QStringLiteral("li.na@example.com"));
    QVERIFY(form->consentBox(core::people::Channel::Sms)->isChecked());
    QVERIFY(!form->consentBox(core::people::Channel::Email)->isChecked());
    QVERIFY(!form->saveButton()->isEnabled());

    using namespace ui::members;
    const auto *consents = dialog->consentModel();
    QCOMPARE(consents->rowCount(), 3);
    QCOMPARE(cell(consents, 0, ConsentTableModel::Channel), QStringLiteral("SMS"));
    QCOMPARE(cell(consents, 0, ConsentTableModel::Given), QStringLiteral("Given"));
    QCOMPARE(cell(consents, 0, ConsentTableModel::How), QStringLiteral("In person at the counter"));
    QVERIFY(!cell(consents, 0, ConsentTableModel::When).isEmpty());
    QCOMPARE(cell(consents, 1, ConsentTableModel::Given), QStringLiteral("Never asked"));

    const auto *ledger = dialog->ledgerModel();
    QCOMPARE(ledger->rowCount(), 3);
    QCOMPARE(cell(ledger, 0, LedgerTableModel::Kind), QStringLiteral("Spend"));
    QCOMPARE(cell(ledger, 0, LedgerTableModel::Branch), QStringLiteral("B02"));
    QCOMPARE(cell(ledger, 0, LedgerTableModel::Bonus), QStringLiteral("-50.00"));
    QCOMPARE(cell(ledger, 0, LedgerTableModel::Principal), QStringLiteral("-30.00"));
    QCOMPARE(ledger->data(ledger->index(0, LedgerTableModel::Principal), LedgerTableModel::RawRole)
                 .toLongLong(),
             qint64(-3000));
    QCOMPARE(cell(ledger, 2, LedgerTableModel::Kind), QStringLiteral("Top-up"));
    QCOMPARE(cell(ledger, 2, LedgerTableModel::Principal), QStringLiteral("500.00"));

    const auto *visits = dialog->visitModel();
    QCOMPARE(visits->rowCount(), 3);
    QCOMPARE(cell(visits, 0, VisitTableModel::Receipt), QStringLiteral("R3"));
    QCOMPARE(cell(visits, 0, VisitTableModel::Amount), QStringLiteral("156.00"));
    QCOMPARE(cell(visits, 1, VisitTableModel::Branch), QStringLiteral("B02"));

    const auto *claims = dialog->claimModel();
    QCOMPARE(claims->rowCount(), 2);
    QCOMPARE(cell(claims, 0, ClaimTableModel::Coupon), QStringLiteral("Free tea (TEA)"));
    QCOMPARE(cell(claims, 0, ClaimTableModel::State), QStringLiteral("Expired"));
    QCOMPARE(cell(claims, 1, ClaimTableModel::State), QStringLiteral("Redeemed"));
    QVERIFY(cell(claims, 1, ClaimTableModel::Redeemed).endsWith(QStringLiteral("at B01")));

    const auto *reviews = dialog->reviewModel();
    QCOMPARE(reviews->rowCount(), 2);
    QCOMPARE(cell(reviews, 0, ReviewTableModel::Rating), QStringLiteral("★★★★★"));
    QCOMPARE(cell(reviews, 1, ReviewTableModel::Rating), QStringLiteral("★★★☆☆"));
    QCOMPARE(cell(reviews, 1, ReviewTableModel::Text), QStringLiteral("Noodles a little soft"));

    QStringList tabs;
    for (int i = 0; i < dialog->tabs()->count(); ++i)
        tabs << dialog->tabs()->tabText(i);
    QCOMPARE(tabs, QStringList({ QStringLiteral("Profile"), QStringLiteral("Consents"),
                                 QStringLiteral("Wallet"), QStringLiteral("Visits"),
                                 QStringLiteral("Coupons"), QStringLiteral("Reviews") }));
}

void TestMemberPage::modelsPassTheTester()
{
    auto dialog = open(m_chain->owner(), m_h.memberId);
    const QList<QAbstractItemModel *> models = { dialog->consentModel(), dialog->ledgerModel(),
                                                 dialog->visitModel(), dialog->claimModel(),
                                                 dialog->reviewModel() };
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (QAbstractItemModel *model : models) {
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));
        QVERIFY(model->rowCount() > 0);
        for (int c = 0; c < model->columnCount(); ++c)
            QVERIFY(!model->headerData(c, Qt::Horizontal).toString().isEmpty());
    }
    // Reloading resets every model under the testers' eyes; so does a refusal, which empties
    // them.
    QVERIFY(dialog->reload());
    m_session->actor = m_chain->manager2();
    QVERIFY(!dialog->reload());
    for (QAbstractItemModel *model : models)
        QCOMPARE(model->rowCount(), model == dialog->consentModel() ? 3 : 0);
}

void TestMemberPage::qrCodeIsCrispAndSaves()
{
    auto dialog = open(m_chain->owner(), m_h.memberId);
    const auto &code = dialog->qrView()->code();
    QVERIFY(code.has_value());
    QCOMPARE(code->size(), 21); // a ten-digit member code: version 1
    const auto expected = core::QrCode::encode(core::people::PersonService::memberCodeFor(m_h.memberId));
    CC_VERIFY_OK(expected);
    for (int y = 0; y < 21; ++y) {
        for (int x = 0; x < 21; ++x)
            QCOMPARE(code->isDark(x, y), expected->isDark(x, y));
    }
    // Drawn at an awkward size, every pixel is black or white: no smoothing at the edges.
    for (const int side : { 97, 150, 233 }) {
        ui::members::QrCodeView view;
        view.setCode(*code);
        view.resize(side, side);
        const QImage shot = view.grab().toImage().convertToFormat(QImage::Format_RGB32);
        int dark = 0;
        for (int y = 0; y < shot.height(); ++y) {
            for (int x = 0; x < shot.width(); ++x) {
                const QRgb p = shot.pixel(x, y);
                QVERIFY2(p == qRgb(0, 0, 0) || p == qRgb(255, 255, 255),
                         qPrintable(QStringLiteral("grey at %1,%2 of %3").arg(x).arg(y).arg(side)));
                dark += p == qRgb(0, 0, 0);
            }
        }
        const int module = side / 29;
        QCOMPARE(dark % (module * module), 0); // whole modules only
    }

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("member.png"));
    QVERIFY(dialog->saveQrCode(path));
    QImage png(path);
    QCOMPARE(png.size(), QSize(29 * 12, 29 * 12));
    for (int y = 0; y < 21; ++y) {
        for (int x = 0; x < 21; ++x) {
            const QRgb centre = png.pixel((4 + x) * 12 + 6, (4 + y) * 12 + 6);
            QCOMPARE(centre == qRgb(0, 0, 0), code->isDark(x, y));
        }
    }
    QCOMPARE(png.pixel(0, 0), qRgb(255, 255, 255)); // the quiet zone
    QVERIFY(!dialog->saveQrCode(dir.filePath(QStringLiteral("no/such/folder/member.png"))));
    QVERIFY(dialog->errorLabel()->isVisible());
}

void TestMemberPage::editIsSavedThroughTheCore()
{
    auto dialog = open(m_chain->manager1(), m_h.memberId);
    auto *form = dialog->profileForm();
    QVERIFY(!form->saveButton()->isEnabled());
    form->nameEdit()->setFocus();
    form->nameEdit()->selectAll();
    QTest::keyClicks(form->nameEdit(), QStringLiteral("Li Nana"));
    QVERIFY(form->saveButton()->isEnabled());
    // Revert puts back what is stored.
    QTest::mouseClick(form->revertButton(), Qt::LeftButton);
    QCOMPARE(form->nameEdit()->text(), QStringLiteral("Li Na"));
    QVERIFY(!form->saveButton()->isEnabled());

    form->nameEdit()->selectAll();
    QTest::keyClicks(form->nameEdit(), QStringLiteral("Li Nana"));
    form->consentBox(core::people::Channel::Email)->click();
    QVERIFY(form->sourceBox()->isEnabled());
    form->sourceBox()->setCurrentIndex(form->sourceBox()->findData(QStringLiteral("paper form")));
    QSignalSpy saved(dialog.get(), &MemberDialog::saved);
    core::clock::setNowForTesting(MemberHistory::now + 120);
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QCOMPARE(saved.count(), 1);
    QVERIFY(form->errorLabel()->isHidden());
    QCOMPARE(stored(m_h.memberId).name, QStringLiteral("Li Nana"));
    QVERIFY(dialog->headerLabel()->text().contains(QStringLiteral("Li Nana")));
    QVERIFY(!form->saveButton()->isEnabled()); // what is shown is what is stored
    const auto *consents = dialog->consentModel();
    QCOMPARE(cell(consents, 1, ui::members::ConsentTableModel::Channel), QStringLiteral("E-mail"));
    QCOMPARE(cell(consents, 1, ui::members::ConsentTableModel::Given), QStringLiteral("Given"));
    QCOMPARE(cell(consents, 1, ui::members::ConsentTableModel::How), QStringLiteral("On a paper form"));
    QCOMPARE(consents->data(consents->index(1, ui::members::ConsentTableModel::When),
                            ui::members::ConsentTableModel::RawRole)
                 .toLongLong(),
             MemberHistory::now + 120);
}

void TestMemberPage::badInputIsRefusedInline()
{
    auto dialog = open(m_chain->manager1(), m_h.memberId);
    auto *form = dialog->profileForm();
    const QString before = stored(m_h.memberId).email;
    form->emailEdit()->selectAll();
    QTest::keyClicks(form->emailEdit(), QStringLiteral("nana@"));
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QVERIFY(form->errorLabel()->isVisible());
    QCOMPARE(form->errorLabel()->text(), QStringLiteral("\"nana@\" is not an e-mail address."));
    QVERIFY(!form->emailEdit()->styleSheet().isEmpty()); // the field at fault is marked
    QCOMPARE(form->emailEdit()->text(), QStringLiteral("nana@")); // kept for correcting
    QCOMPARE(stored(m_h.memberId).email, before);
    // Correcting it and saving clears the message.
    form->emailEdit()->selectAll();
    QTest::keyClicks(form->emailEdit(), QStringLiteral("nana@example.com"));
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QVERIFY(form->errorLabel()->isHidden());
    QVERIFY(form->emailEdit()->styleSheet().isEmpty());
    QCOMPARE(stored(m_h.memberId).email, QStringLiteral("nana@example.com"));
}

void TestMemberPage::cashierRecordsConsentOnly()
{
    auto dialog = open(m_chain->cashier1(), m_h.memberId);
    QVERIFY(dialog->isLoaded());
    auto *form = dialog->profileForm();
    QVERIFY(!form->nameEdit()->isEnabled());
    form->consentBox(core::people::Channel::Webhook)->click();
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QVERIFY2(form->errorLabel()->isHidden(), qPrintable(form->errorLabel()->text()));
    QCOMPARE(cell(dialog->consentModel(), 2, ui::members::ConsentTableModel::Given),
             QStringLiteral("Given"));
}

void TestMemberPage::anotherBranchIsRefused()
{
    // The manager of B02 may not open a member of B01, even by id: the core refuses.
    auto dialog = open(m_chain->manager2(), m_h.memberId);
    QVERIFY(!dialog->isLoaded());
    QVERIFY(dialog->errorLabel()->isVisible());
    QCOMPARE(dialog->errorLabel()->text(),
             QStringLiteral("manager2 may not open the page of people for another branch; their "
                            "scope is their own branch."));
    QVERIFY(dialog->headerLabel()->text().isEmpty());
    QVERIFY(dialog->tabs()->isHidden());
    QVERIFY(dialog->qrView()->isHidden());
    QVERIFY(dialog->profileForm()->nameEdit()->text().isEmpty());
    QVERIFY(!dialog->qrView()->code().has_value());
    QCOMPARE(dialog->ledgerModel()->rowCount(), 0);

    // Nor does the member list of B01's manager offer B02's guest.
    m_session->actor = m_chain->manager1();
    MembersPage page(*m_session);
    QTRY_VERIFY(!page.model()->isLoading() && page.model()->rowCount() > 0);
    QCOMPARE(rowOf(page.model(), QStringLiteral("Zhang Wei")), -1);
    // If a stale page asks anyway, the refusal shows on the page it opens.
    MemberDialog *opened = page.openMember(m_h.guestId);
    QVERIFY(!opened->isLoaded());
    QVERIFY(opened->errorLabel()->text().contains(QStringLiteral("manager1")));
    opened->close();
}

void TestMemberPage::screenshots()
{
    const QString folder = qEnvironmentVariable("CHAINCARD_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("set CHAINCARD_SCREENSHOT_DIR to save the member page's picture");
    core::clock::setNowForTesting(0);
    TestChain chain(TestChain::Setup::Empty);
    core::demo::DemoOptions options;
    options.branches = 12;
    options.members = 600;
    options.visits = 12000;
    options.seed = 1;
    CC_VERIFY_OK(core::demo::DemoGenerator(chain.db()).generate(chain.owner(), options));
    // A member with a bit of everything: reviews, claims, the most visits among them.
    auto id = core::storage::scalar(
        chain.db(),
        QStringLiteral("SELECT p.id FROM people p WHERE p.member_since IS NOT NULL"
                       " AND EXISTS (SELECT 1 FROM reviews r WHERE r.person_id = p.id)"
                       " AND EXISTS (SELECT 1 FROM coupon_claims c WHERE c.person_id = p.id)"
                       " ORDER BY (SELECT count(*) FROM visits v WHERE v.person_id = p.id) DESC"
                       " LIMIT 1"));
    CC_VERIFY_OK(id);
    QVERIFY(id->toLongLong() > 0);
    auto settings = core::chain::ChainStore::load(chain.db());
    CC_VERIFY_OK(settings);
    ui::Session session { chain.db(), chain.owner(), *settings };
    MemberDialog dialog(session, id->toLongLong());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.isLoaded());
    QVERIFY(dialog.grab().save(QDir(folder).filePath(QStringLiteral("member.png"))));
}

QTEST_MAIN(TestMemberPage)
#include "tst_memberpage.moc"
