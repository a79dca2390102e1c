// The lazy member list model (issue 4, "Members"): QAbstractItemModelTester while pages arrive
// through fetchMore on a chain of a few thousand people, the whole list read to its end, a new
// filter superseding pages still on their way, the manager's scope and a refusal, and the
// compact row store giving back what it was given.
#include "tests/support/testchain.h"

#include "core/chain/chainsettings.h"
#include "core/people/personservice.h"
#include "core/storage/writetransaction.h"
#include "ui/members/memberlistmodel.h"
#include "ui/members/memberrowstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace testsupport;
using core::people::MemberFilter;
using ui::members::MemberListModel;

namespace {

constexpr int People = 3000;

// The i-th generated person's phone: 11 digits, last four i % 10000.
QString phoneOf(int i)
{
    return QStringLiteral("1380000%1").arg(i, 4, 10, QLatin1Char('0'));
}

MemberFilter search(const QString &text)
{
    MemberFilter f;
    f.search = text;
    return f;
}

} // namespace

class TestMemberListModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void passesModelTesterWhileFetchingToTheEnd();
    void newFilterSupersedesPagesOnTheirWay();
    void managerSeesOnlyTheirBranch();
    void refusalEndsTheList();
    void rowStoreGivesBackWhatItWasGiven();
    void refreshPersonKeepsThePlace();

private:
    std::unique_ptr<MemberListModel> model(const core::auth::Actor &actor);
    // Waits for the next page (false on a timeout).
    static bool nextPage(MemberListModel &model);

    std::unique_ptr<TestChain> m_chain;
    core::chain::ChainSettings m_settings;
    int m_b01 = 0;
};

void TestMemberListModel::initTestCase()
{
    m_chain = std::make_unique<TestChain>();
    auto settings = core::chain::ChainStore::load(m_chain->db());
    CC_VERIFY_OK(settings);
    m_settings = *settings;
    // Through the core, in one transaction: two thirds at B01, a third at B02.
    core::people::PersonService people(m_chain->db(), core::people::PhoneNormalizer(m_settings.region));
    core::storage::WriteTransaction tx(m_chain->db());
    QVERIFY(tx.ok());
    for (int i = 0; i < People; ++i) {
        core::people::Person p;
        p.phone = phoneOf(i);
        p.name = i % 7 ? QStringLiteral("Guest %1").arg(i) : QStringLiteral("王%1").arg(i);
        p.homeBranchId = i % 3 ? m_chain->branch1 : m_chain->branch2;
        m_b01 += i % 3 ? 1 : 0;
        CC_VERIFY_OK(people.registerPerson(m_chain->owner(), p));
    }
    CC_VERIFY_OK(tx.commit());
}

std::unique_ptr<MemberListModel> TestMemberListModel::model(const core::auth::Actor &actor)
{
    return std::make_unique<MemberListModel>(m_chain->path(), actor, m_settings);
}

bool TestMemberListModel::nextPage(MemberListModel &model)
{
    QSignalSpy spy(&model, &MemberListModel::pageLoaded);
    return spy.wait(20000);
}

void TestMemberListModel::passesModelTesterWhileFetchingToTheEnd()
{
    auto m = model(m_chain->owner());
    QAbstractItemModelTester tester(m.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m->columnCount(), int(MemberListModel::ColumnCount));
    QSignalSpy counted(m.get(), &MemberListModel::countChanged);
    m->setFilter({});
    QVERIFY(m->isLoading());
    QVERIFY(nextPage(*m));
    QCOMPARE(m->rowCount(), MemberListModel::FirstPageSize);
    QVERIFY(m->canFetchMore({}));
    QVERIFY(!m->canFetchMore(m->index(0, 0))); // a table: rows have no children

    int pages = 1;
    while (m->canFetchMore({})) {
        const int before = m->rowCount();
        m->fetchMore({});
        m->fetchMore({}); // while a page is on its way, asking again does nothing
        QVERIFY(nextPage(*m));
        QVERIFY(m->rowCount() > before || m->atEnd());
        ++pages;
    }
    QCOMPARE(m->rowCount(), People);
    QCOMPARE(pages, 1 + (People - MemberListModel::FirstPageSize + MemberListModel::NextPageSize - 1)
                     / MemberListModel::NextPageSize);
    QVERIFY(m->atEnd());
    QTRY_VERIFY(m->hasCount());
    QCOMPARE(m->count().value, qint64(People));
    QVERIFY(m->count().exact);
    QVERIFY(counted.count() >= 2); // emptied, then counted

    // In the order people joined; every column of a row, shown and raw.
    for (int r = 1; r < m->rowCount(); ++r)
        QVERIFY(m->data(m->index(r - 1, 0), MemberListModel::IdRole).toLongLong()
                < m->data(m->index(r, 0), MemberListModel::IdRole).toLongLong());
    const int last = People - 1;
    QCOMPARE(m->data(m->index(last, MemberListModel::Phone)).toString(),
             QStringLiteral("+86") + phoneOf(last));
    QCOMPARE(m->data(m->index(last, MemberListModel::Name)).toString(), QStringLiteral("Guest %1").arg(last));
    const qint64 id = m->data(m->index(last, 0), MemberListModel::IdRole).toLongLong();
    QCOMPARE(m->data(m->index(last, MemberListModel::MemberCode)).toString(),
             core::people::PersonService::memberCodeFor(id));
    QCOMPARE(m->data(m->index(last, MemberListModel::HomeBranch)).toString(), QStringLiteral("B01"));
    QVERIFY(!m->data(m->index(last, MemberListModel::Tier)).toString().isEmpty()); // "Guest"
    QCOMPARE(m->data(m->index(last, MemberListModel::Balance), MemberListModel::RawRole).toLongLong(), qint64(0));
    QCOMPARE(m->data(m->index(last, MemberListModel::LastVisit), MemberListModel::RawRole).toLongLong(), qint64(0));
    QCOMPARE(m->headerData(MemberListModel::Phone, Qt::Horizontal).toString(), MemberListModel::tr("Phone"));

    // A search empties the list and loads again, under the tester's eye.
    m->setFilter(search(QStringLiteral("王")));
    QCOMPARE(m->rowCount(), 0);
    QVERIFY(nextPage(*m));
    while (m->canFetchMore({})) {
        m->fetchMore({});
        QVERIFY(nextPage(*m));
    }
    QCOMPARE(m->rowCount(), (People + 6) / 7);
    for (int r = 0; r < m->rowCount(); ++r)
        QVERIFY(m->data(m->index(r, MemberListModel::Name)).toString().startsWith(QStringLiteral("王")));
}

void TestMemberListModel::newFilterSupersedesPagesOnTheirWay()
{
    auto m = model(m_chain->owner());
    QAbstractItemModelTester tester(m.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy pages(m.get(), &MemberListModel::pageLoaded);
    m->setFilter({});
    m->setFilter(search(QStringLiteral("13800001")));
    m->setFilter(search(QStringLiteral("0042"))); // the last four digits
    QVERIFY(pages.wait(20000));
    QTest::qWait(200); // anything the superseded requests still said would have arrived by now
    QCOMPARE(pages.count(), 1);
    QCOMPARE(m->rowCount(), 1);
    QCOMPARE(m->data(m->index(0, MemberListModel::Phone)).toString(), QStringLiteral("+86") + phoneOf(42));
    QVERIFY(m->atEnd());
    QVERIFY(!m->canFetchMore({}));
    QTRY_VERIFY(m->hasCount());
    QCOMPARE(m->count().value, qint64(1));
}

void TestMemberListModel::managerSeesOnlyTheirBranch()
{
    auto m = model(m_chain->manager1());
    QAbstractItemModelTester tester(m.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m->setFilter({});
    QVERIFY(nextPage(*m));
    while (m->canFetchMore({})) {
        m->fetchMore({});
        QVERIFY(nextPage(*m));
    }
    QCOMPARE(m->rowCount(), m_b01);
    for (int r = 0; r < m->rowCount(); ++r)
        QCOMPARE(m->data(m->index(r, MemberListModel::HomeBranch)).toString(), QStringLiteral("B01"));
    // Person 3 lives at B02: their last four find no one for the manager of B01.
    m->setFilter(search(phoneOf(3).right(4)));
    QVERIFY(nextPage(*m));
    QCOMPARE(m->rowCount(), 0);
    m->setFilter(search(phoneOf(4).right(4)));
    QVERIFY(nextPage(*m));
    QCOMPARE(m->rowCount(), 1);
}

void TestMemberListModel::refusalEndsTheList()
{
    auto m = model(m_chain->manager1());
    QAbstractItemModelTester tester(m.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failed(m.get(), &MemberListModel::failed);
    MemberFilter other;
    other.branchIds = { m_chain->branch2 };
    m->setFilter(other);
    QVERIFY(failed.wait(20000));
    QVERIFY(!failed.first().first().toString().isEmpty());
    QTRY_VERIFY(!m->isLoading());
    QCOMPARE(m->rowCount(), 0);
    QVERIFY(!m->canFetchMore({})); // no retry loop from the view
}

void TestMemberListModel::rowStoreGivesBackWhatItWasGiven()
{
    ui::members::MemberRowStore store;
    QVector<core::people::MemberRow> rows;
    for (int i = 0; i < 20000; ++i) {
        core::people::MemberRow r;
        r.id = i + 1;
        r.phone = i % 5 == 0 ? QStringLiteral("+44%1").arg(7700900000ll + i)
                 : i % 5 == 1 ? QStringLiteral("not e164 %1").arg(i)
                              : QStringLiteral("+86%1").arg(13800000000ll + i);
        r.name = i % 3 ? QStringLiteral("王小明%1").arg(i) : QString();
        r.memberCode = i % 4 ? core::people::PersonService::memberCodeFor(r.id)
                             : QStringLiteral("CARD-%1").arg(i);
        r.homeBranchCode = QStringLiteral("B%1").arg(i % 250, 3, 10, QLatin1Char('0'));
        r.tierName = i % 2 ? QStringLiteral("Gold") : QString();
        r.memberSince = i % 2 ? 1700000000 + i : 0;
        r.balance = i % 2 ? qint64(i) * 1000000 : 0;
        r.lastVisit = 1710000000 + i;
        rows << r;
        store.append(r);
    }
    // A row put in the place of another, with text of another length.
    core::people::MemberRow other = rows.at(7);
    other.name = QStringLiteral("A much longer name than the one before");
    other.phone = QStringLiteral("+8613912345678");
    other.balance = 42;
    rows[7] = other;
    store.replace(7, other);
    QCOMPARE(store.indexOf(other.id), 7);
    QCOMPARE(store.indexOf(-5), -1);
    QCOMPARE(store.size(), int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const auto r = store.row(i);
        const auto &e = rows.at(i);
        QCOMPARE(r.id, e.id);
        QCOMPARE(r.phone, e.phone);
        QCOMPARE(r.name, e.name);
        QCOMPARE(r.memberCode, e.memberCode);
        QCOMPARE(r.homeBranchCode, e.homeBranchCode);
        QCOMPARE(r.tierName, e.tierName);
        QCOMPARE(r.memberSince, e.memberSince);
        QCOMPARE(r.balance, e.balance);
        QCOMPARE(r.lastVisit, e.lastVisit);
    }
    QVERIFY(store.bytes() < 20000 * 160); // blocks included; a MemberRow alone is over 400
    store.clear();
    QCOMPARE(store.size(), 0);
}

// A profile saved from the list reads that person's row again: the list keeps its rows and
// place (it used to start again from the top) and shows the new name.
void TestMemberListModel::refreshPersonKeepsThePlace()
{
    auto m = model(m_chain->owner());
    QAbstractItemModelTester tester(m.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m->setFilter({});
    QVERIFY(nextPage(*m));
    m->fetchMore({});
    QVERIFY(nextPage(*m));
    const int rows = m->rowCount();
    QVERIFY(rows > 700);
    const int at = 650; // beyond the first page
    const qint64 id = m->rowAt(at).id;
    core::people::PersonService people(
        m_chain->db(), core::people::PhoneNormalizer(m_settings.region));
    auto person = people.find(id);
    CC_VERIFY_OK(person);
    person->name = QStringLiteral("Renamed Guest");
    CC_VERIFY_OK(people.update(m_chain->owner(), *person));

    QSignalSpy changed(m.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m.get(), &QAbstractItemModel::modelReset);
    m->refreshPerson(id);
    QVERIFY(changed.wait(20000));
    QCOMPARE(changed.first().at(0).toModelIndex().row(), at);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m->rowCount(), rows);
    QCOMPARE(m->data(m->index(at, MemberListModel::Name)).toString(),
        QStringLiteral("Renamed Guest"));
    QCOMPARE(m->rowAt(at).id, id);
    QCOMPARE(m->rowAt(at - 1).id, id - 1); // the neighbours as they were

    // Someone the list does not hold: nothing is asked.
    m->refreshPerson(99999999);
    QVERIFY(!changed.wait(300));
}

QTEST_MAIN(TestMemberListModel)
#include "tst_memberlistmodel.moc"
