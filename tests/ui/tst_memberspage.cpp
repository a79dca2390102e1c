// The Members page under QT_QPA_PLATFORM=offscreen, driven by keys (issue 4, "Tests"): typing
// the last four digits of a phone finds the member; a manager sees only their branch's
// people; the filters narrow the list; the count says how many match.
#include "tests/support/testchain.h"

#include "core/chain/chainsettings.h"
#include "core/people/personservice.h"
#include "core/storage/writetransaction.h"
#include "core/wallet/walletservice.h"
#include "ui/members/memberlistmodel.h"
#include "ui/members/memberspage.h"
#include "ui/shell/session.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace testsupport;
using ui::members::MemberListModel;
using ui::members::MembersPage;

namespace {

constexpr int People = 1200;

QString phoneOf(int i)
{
    return QStringLiteral("1390000%1").arg(i, 4, 10, QLatin1Char('0'));
}

// Every row the table shows, column `column`, after fetching to the end.
QStringList column(MembersPage &page, int column)
{
    MemberListModel *m = page.model();
    while (m->canFetchMore({})) {
        if (!m->isLoading())
            m->fetchMore({});
        QTest::qWait(5);
    }
    QStringList out;
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->data(m->index(r, column)).toString();
    return out;
}

} // namespace

class TestMembersPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void lastFourDigitsFindTheMember();
    void managerSeesOnlyTheirBranch();
    void balanceFilterNarrowsTheList();
    void scopeListsThoseBranches();
    void exportWritesWhatTheListShows();

private:
    std::unique_ptr<MembersPage> open(const core::auth::Actor &actor);

    std::unique_ptr<TestChain> m_chain;
    std::unique_ptr<ui::Session> m_session;
    int m_b01 = 0;
};

void TestMembersPage::initTestCase()
{
    m_chain = std::make_unique<TestChain>();
    auto settings = core::chain::ChainStore::load(m_chain->db());
    CC_VERIFY_OK(settings);
    core::people::PersonService people(m_chain->db(), core::people::PhoneNormalizer(settings->region));
    core::storage::WriteTransaction tx(m_chain->db());
    QVERIFY(tx.ok());
    for (int i = 0; i < People; ++i) {
        core::people::Person p;
        p.phone = phoneOf(i);
        p.name = QStringLiteral("Person %1").arg(i);
        p.homeBranchId = i % 2 ? m_chain->branch2 : m_chain->branch1;
        m_b01 += i % 2 ? 0 : 1;
        CC_VERIFY_OK(people.registerPerson(m_chain->owner(), p));
    }
    CC_VERIFY_OK(tx.commit());
    // One member with stored value, for the balance filter.
    core::wallet::Request r;
    r.phone = QStringLiteral("13812345678");
    r.branchId = m_chain->branch1;
    r.amount = 88800;
    CC_VERIFY_OK(core::wallet::WalletService(m_chain->db()).topUp(m_chain->owner(), r));
    m_session = std::make_unique<ui::Session>(ui::Session { m_chain->db(), m_chain->owner(), *settings });
}

std::unique_ptr<MembersPage> TestMembersPage::open(const core::auth::Actor &actor)
{
    m_session->actor = actor;
    auto page = std::make_unique<MembersPage>(*m_session);
    page->resize(1000, 600);
    page->show();
    return page;
}

void TestMembersPage::lastFourDigitsFindTheMember()
{
    auto page = open(m_chain->owner());
    QTRY_COMPARE(page->model()->rowCount(), MemberListModel::FirstPageSize);
    QTRY_VERIFY(page->countLabel()->text().contains(QLocale().toString(People + 1)));

    page->searchEdit()->setFocus();
    QTest::keyClicks(page->searchEdit(), QStringLiteral("0777"));
    QTRY_COMPARE(page->model()->filter().search, QStringLiteral("0777"));
    QTRY_COMPARE(page->model()->rowCount(), 1);
    QCOMPARE(page->model()->data(page->model()->index(0, MemberListModel::Phone)).toString(),
             QStringLiteral("+86") + phoneOf(777));
    QCOMPARE(page->model()->data(page->model()->index(0, MemberListModel::Name)).toString(),
             QStringLiteral("Person 777"));
    QTRY_VERIFY(page->countLabel()->text().contains(QLatin1Char('1')));

    // Typed quickly, the keystrokes ask once, after the pause.
    page->searchEdit()->clear();
    QTRY_COMPARE(page->model()->rowCount(), MemberListModel::FirstPageSize);
    QTest::keyClicks(page->searchEdit(), QStringLiteral("Person 11"));
    QTRY_COMPARE(page->model()->filter().search, QStringLiteral("Person 11"));
    const QStringList names = column(*page, MemberListModel::Name);
    QCOMPARE(names.size(), 1 + 10 + 100); // 11, 110..119, 1100..1199
    for (const QString &name : names)
        QVERIFY(name.startsWith(QStringLiteral("Person 11")));
}

void TestMembersPage::managerSeesOnlyTheirBranch()
{
    auto page = open(m_chain->manager1());
    QTRY_COMPARE(page->model()->rowCount(), MemberListModel::FirstPageSize);
    const QStringList branches = column(*page, MemberListModel::HomeBranch);
    QCOMPARE(branches.size(), m_b01 + 1); // and the member who topped up at B01
    QCOMPARE(branches.count(QStringLiteral("B01")), branches.size());
    QTRY_VERIFY(page->countLabel()->text().contains(QLocale().toString(m_b01 + 1)));
    // Person 1 lives at B02: the manager of B01 cannot find them, even by the last four.
    QTest::keyClicks(page->searchEdit(), QStringLiteral("0001"));
    QTRY_COMPARE(page->model()->filter().search, QStringLiteral("0001"));
    QTRY_VERIFY(!page->model()->isLoading());
    QCOMPARE(page->model()->rowCount(), 0);
    page->searchEdit()->clear();
    QTest::keyClicks(page->searchEdit(), QStringLiteral("0002"));
    QTRY_COMPARE(page->model()->filter().search, QStringLiteral("0002"));
    QTRY_COMPARE(page->model()->rowCount(), 1);
}

void TestMembersPage::balanceFilterNarrowsTheList()
{
    auto page = open(m_chain->owner());
    QTRY_COMPARE(page->model()->rowCount(), MemberListModel::FirstPageSize);
    auto *balance = page->findChild<QLineEdit *>(QStringLiteral("memberBalance"));
    QVERIFY(balance);
    QCheckBox *on = nullptr;
    for (QCheckBox *box : page->findChildren<QCheckBox *>()) {
        if (box->text() == MembersPage::tr("Balance above"))
            on = box;
    }
    QVERIFY(on);
    on->click();
    QTest::keyClicks(balance, QStringLiteral("800.00"));
    QTRY_VERIFY(page->model()->filter().balanceAbove.has_value());
    QCOMPARE(*page->model()->filter().balanceAbove, qint64(80000));
    QTRY_COMPARE(page->model()->rowCount(), 1);
    QCOMPARE(page->model()->data(page->model()->index(0, MemberListModel::Phone)).toString(),
             QStringLiteral("+8613812345678"));
}

// The toolbar's scope narrows the list to those home branches; clearSearch() (the dashboard's
// "Show members") empties the search without listing by itself.
void TestMembersPage::scopeListsThoseBranches()
{
    auto page = open(m_chain->owner());
    QTRY_COMPARE(page->model()->rowCount(), MemberListModel::FirstPageSize);
    QTest::keyClicks(page->searchEdit(), QStringLiteral("0777"));
    QTRY_COMPARE(page->model()->filter().search, QStringLiteral("0777"));
    page->clearSearch();
    QCOMPARE(page->model()->filter().search, QStringLiteral("0777"));
    page->setScope({ m_chain->branch2 });
    QCOMPARE(page->filter().branchIds, QVector<qint64> { m_chain->branch2 });
    QVERIFY(page->filter().search.isEmpty());
    QTRY_COMPARE(page->model()->filter().branchIds, QVector<qint64> { m_chain->branch2 });
    QTRY_COMPARE(page->model()->rowCount(), MemberListModel::FirstPageSize);
    const QStringList branches = column(*page, MemberListModel::HomeBranch);
    QCOMPARE(branches.count(QStringLiteral("B02")), branches.size());
}

// "Export CSV…" (issue 3, "Export from every list"): the people the list shows with its
// search, in the members' columns; for a manager, their branch; a cashier has no button.
void TestMembersPage::exportWritesWhatTheListShows()
{
    QTemporaryDir dir;
    auto page = open(m_chain->owner());
    QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("exportMembers"))->isHidden());
    QTest::keyClicks(page->searchEdit(), QStringLiteral("Person 11"));
    QTRY_COMPARE(page->model()->filter().search, QStringLiteral("Person 11"));
    const QString path = dir.filePath(QStringLiteral("some.csv"));
    auto written = page->exportCsv(path, true);
    CC_VERIFY_OK(written);
    QCOMPARE(*written, qint64(1 + 10 + 100));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFphone,name,")); // for Excel: a BOM and CRLF
    QVERIFY(bytes.endsWith("\r\n"));
    const QList<QByteArray> lines = bytes.chopped(2).split('\n');
    QCOMPARE(lines.size(), 1 + 111);
    for (int i = 1; i < lines.size(); ++i)
        QVERIFY2(lines[i].contains(",Person 11"), lines[i].constData());

    auto mine = open(m_chain->manager1());
    QTRY_COMPARE(mine->model()->rowCount(), MemberListModel::FirstPageSize);
    auto manager = mine->exportCsv(dir.filePath(QStringLiteral("b01.csv")), false);
    CC_VERIFY_OK(manager);
    QCOMPARE(*manager, qint64(m_b01 + 1));

    auto counter = open(m_chain->cashier1());
    QVERIFY(counter->findChild<QPushButton *>(QStringLiteral("exportMembers"))->isHidden());
    const QString refusedPath = dir.filePath(QStringLiteral("refused.csv"));
    auto refused = counter->exportCsv(refusedPath, false);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), core::Error::Code::PermissionDenied);
    QVERIFY(!QFile::exists(refusedPath)); // nothing left behind
}

QTEST_MAIN(TestMembersPage)
#include "tst_memberspage.moc"
