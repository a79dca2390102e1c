// The member list's core (issue 4, "Members"): each search form, each filter, the actor's
// branch scope (refusal included), keyset pages that stay stable across ties, empty results and
// the capped count.
#include "tests/support/testchain.h"

#include "core/demo/demogenerator.h"
#include "core/people/memberdirectory.h"
#include "core/people/membersearch.h"
#include "core/people/personservice.h"
#include "core/people/phoneprefix.h"
#include "core/storage/bulkinserter.h"
#include "core/storage/sql.h"
#include "core/tiers/tierservice.h"
#include "core/visits/visitservice.h"
#include "core/wallet/walletservice.h"

#include <QHash>
#include <QSet>
#include <QTest>

#include <memory>

using namespace testsupport;
using core::Error;
using core::auth::Actor;
using core::people::MemberCursor;
using core::people::MemberDirectory;
using core::people::MemberFilter;
using core::people::MemberRow;
using core::people::MemberSearch;

namespace {

// 2024-03-01 00:00 UTC and a day.
constexpr qint64 march = 1709251200;
constexpr qint64 day = 86400;

QStringList names(const QVector<MemberRow> &rows)
{
    QStringList out;
    for (const MemberRow &r : rows)
        out << r.name;
    return out;
}

QVector<qint64> ids(const QVector<MemberRow> &rows)
{
    QVector<qint64> out;
    for (const MemberRow &r : rows)
        out << r.id;
    return out;
}

MemberFilter searchFor(const QString &text)
{
    MemberFilter f;
    f.search = text;
    return f;
}

} // namespace

class TestMemberDirectory : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void parsesSearchForms_data();
    void parsesSearchForms();
    void phonePrefixFollowsRegion_data();
    void phonePrefixFollowsRegion();

    void searches_data();
    void searches();
    void rowsCarryTheirColumns();
    void filters();
    void managerSeesOnlyTheirBranch();
    void refusesBranchesOutsideScope();
    void pagesAreStableAcrossTies_data();
    void pagesAreStableAcrossTies();
    void emptyResults();
    void countIsCappedAndExact();
    void cancelledQueriesStop();

private:
    // Every row the filter matches, read page by page.
    QVector<MemberRow> all(const Actor &actor, const MemberFilter &filter, int pageSize);

    std::unique_ptr<TestChain> m_chain;
    std::unique_ptr<MemberDirectory> m_dir;
    QHash<QString, qint64> m_id; // by name
    qint64 m_silver = 0;
    qint64 m_gold = 0;
};

void TestMemberDirectory::initTestCase()
{
    m_chain = std::make_unique<TestChain>();
    auto &db = m_chain->db();
    const Actor owner = m_chain->owner();
    const qint64 b1 = m_chain->branch1;
    const qint64 b2 = m_chain->branch2;

    core::tiers::TierService tiers(db);
    core::tiers::Tier silver;
    silver.name = QStringLiteral("Silver");
    silver.rank = 1;
    silver.threshold = 30000;
    auto s = tiers.create(owner, silver);
    CC_VERIFY_OK(s);
    m_silver = s->id;
    core::tiers::Tier gold = silver;
    gold.name = QStringLiteral("Gold");
    gold.rank = 2;
    gold.threshold = 100000;
    auto g = tiers.create(owner, gold);
    CC_VERIFY_OK(g);
    m_gold = g->id;

    core::people::PersonService people(db, core::people::PhoneNormalizer(QStringLiteral("CN")));
    const auto add = [&](const QString &name, const QString &phone, qint64 branch) {
        core::people::Person p;
        p.name = name;
        p.phone = phone;
        p.homeBranchId = branch;
        auto r = people.registerPerson(owner, p);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message()));
        m_id.insert(name, r->id);
    };
    add(QStringLiteral("Wang Fang"), QStringLiteral("13800138000"), b1);
    add(QStringLiteral("wang li"), QStringLiteral("13800131234"), b1);
    add(QStringLiteral("王芳"), QStringLiteral("13900008000"), b1);
    add(QStringLiteral("Zhang Wei"), QStringLiteral("15000001111"), b1);
    add(QStringLiteral("Wang Bo"), QStringLiteral("13800139999"), b2);
    add(QStringLiteral("李娜"), QStringLiteral("18600001234"), b2);
    // Ties: 25 people of one name, in both branches, phones in the reverse order of their ids.
    for (int i = 0; i < 25; ++i)
        add(QStringLiteral("Li Na %1").arg(i), QStringLiteral("1710000%1").arg(99 - i, 4, 10, QLatin1Char('0')),
            i % 2 ? b2 : b1);
    {
        // The same name for all of them: the tie the name order breaks by id.
        auto q = core::storage::prepare(db, QStringLiteral("UPDATE people SET name = 'Li Na'"
                                                           " WHERE name LIKE 'Li Na %'"));
        CC_VERIFY_OK(q);
        CC_VERIFY_OK(core::storage::exec(*q));
    }

    core::wallet::WalletService wallet(db);
    const auto topUp = [&](const QString &name, qint64 branch, qint64 amount) {
        core::wallet::Request r;
        r.personId = m_id.value(name);
        r.branchId = branch;
        r.amount = amount;
        r.occurredAt = march;
        CC_VERIFY_OK(wallet.topUp(owner, r));
    };
    topUp(QStringLiteral("Wang Fang"), b1, 50000); // Silver
    topUp(QStringLiteral("王芳"), b1, 5000);        // a member without a tier
    topUp(QStringLiteral("Wang Bo"), b2, 200000);  // Gold

    core::visits::VisitService visits(db);
    int receipt = 0;
    const auto visit = [&](const QString &name, qint64 branch, qint64 at) -> qint64 {
        core::visits::NewVisit v;
        v.branchId = branch;
        v.personId = m_id.value(name);
        v.amount = 8800;
        v.occurredAt = at;
        v.receiptNo = QStringLiteral("R%1").arg(++receipt);
        auto r = visits.record(owner, v);
        if (!r.ok())
            qWarning("%s", qPrintable(r.error().message()));
        return r.ok() ? r->id : 0;
    };
    visit(QStringLiteral("Wang Fang"), b1, march + 2 * day);
    // A later visit of Wang Fang's, voided: not her last visit.
    const qint64 voided = visit(QStringLiteral("Wang Fang"), b2, march + 40 * day);
    QVERIFY(voided != 0);
    CC_VERIFY_OK(visits.voidVisit(owner, voided, QStringLiteral("wrong bill")));
    QVERIFY(visit(QStringLiteral("wang li"), b1, march + 30 * day) != 0);
    QVERIFY(visit(QStringLiteral("Wang Bo"), b1, march + 10 * day) != 0);

    m_dir = std::make_unique<MemberDirectory>(db, QStringLiteral("CN"));
}

QVector<MemberRow> TestMemberDirectory::all(const Actor &actor, const MemberFilter &filter,
                                            int pageSize)
{
    QVector<MemberRow> out;
    MemberCursor cursor;
    for (int guard = 0; guard < 1000; ++guard) {
        auto page = m_dir->page(actor, filter, cursor, pageSize);
        if (!page.ok()) {
            qWarning("%s", qPrintable(page.error().message()));
            return {};
        }
        out += page->rows;
        cursor = page->next;
        if (page->atEnd)
            break;
    }
    return out;
}

void TestMemberDirectory::parsesSearchForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("value");
    using K = MemberSearch::Kind;
    const QString code = core::people::PersonService::memberCodeFor(42);
    QTest::newRow("empty") << QStringLiteral("  ") << int(K::None) << QString();
    QTest::newRow("last four") << QStringLiteral("8000") << int(K::LastFour) << QStringLiteral("8000");
    QTest::newRow("last four, spaced") << QStringLiteral(" 80 00 ") << int(K::LastFour)
                                       << QStringLiteral("8000");
    QTest::newRow("three digits") << QStringLiteral("138") << int(K::PhonePrefix)
                                  << QStringLiteral("+86138");
    QTest::newRow("phone prefix") << QStringLiteral("138001") << int(K::PhonePrefix)
                                  << QStringLiteral("+86138001");
    QTest::newRow("phone with dashes") << QStringLiteral("138-0013-8000") << int(K::PhonePrefix)
                                       << QStringLiteral("+8613800138000");
    QTest::newRow("international") << QStringLiteral("+44 20 79") << int(K::PhonePrefix)
                                   << QStringLiteral("+442079");
    QTest::newRow("international, four digits") << QStringLiteral("+852") << int(K::PhonePrefix)
                                                 << QStringLiteral("+852");
    QTest::newRow("00 prefix") << QStringLiteral("00852 9") << int(K::PhonePrefix)
                               << QStringLiteral("+8529");
    QTest::newRow("trunk prefix") << QStringLiteral("010 6552") << int(K::PhonePrefix)
                                  << QStringLiteral("+86106552");
    QTest::newRow("member code") << code << int(K::MemberCode) << code;
    QTest::newRow("ten digits, bad check digit")
        << code.left(9) + QString::number((code.right(1).toInt() + 1) % 10) << int(K::PhonePrefix)
        << QStringLiteral("+86") + code.left(9) + QString::number((code.right(1).toInt() + 1) % 10);
    QTest::newRow("latin name") << QStringLiteral(" Wang F") << int(K::Name) << QStringLiteral("wang f");
    QTest::newRow("chinese name") << QStringLiteral("王") << int(K::Name) << QStringLiteral("王");
    QTest::newRow("letters and digits") << QStringLiteral("li 2") << int(K::Name) << QStringLiteral("li 2");
}

void TestMemberDirectory::parsesSearchForms()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(QString, value);
    const auto s = MemberSearch::parse(text, core::people::PhonePrefix(QStringLiteral("CN")));
    QCOMPARE(int(s.kind), kind);
    switch (s.kind) {
    case MemberSearch::Kind::None: break;
    case MemberSearch::Kind::LastFour: QCOMPARE(s.lastFour, value); break;
    case MemberSearch::Kind::PhonePrefix: QCOMPARE(s.phonePrefix, value); break;
    case MemberSearch::Kind::MemberCode:
        QCOMPARE(s.memberCode, value);
        QCOMPARE(s.phonePrefix, QStringLiteral("+86") + value); // a phone's start as well
        break;
    case MemberSearch::Kind::Name: QCOMPARE(s.namePrefix, value); break;
    }
}

void TestMemberDirectory::phonePrefixFollowsRegion_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("CN mobile") << QStringLiteral("CN") << QStringLiteral("139") << QStringLiteral("+86139");
    QTest::newRow("GB trunk 0") << QStringLiteral("GB") << QStringLiteral("07700 9")
                                << QStringLiteral("+4477009");
    QTest::newRow("US ten digits") << QStringLiteral("US") << QStringLiteral("(212) 55")
                                   << QStringLiteral("+121255");
    QTest::newRow("HK") << QStringLiteral("HK") << QStringLiteral("9123") << QStringLiteral("+8529123");
    QTest::newRow("not a phone") << QStringLiteral("CN") << QStringLiteral("12a") << QString();
}

void TestMemberDirectory::phonePrefixFollowsRegion()
{
    QFETCH(QString, region);
    QFETCH(QString, typed);
    QFETCH(QString, prefix);
    QCOMPARE(core::people::PhonePrefix(region).e164Prefix(typed), prefix);
}

void TestMemberDirectory::searches_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // in list order
    QTest::newRow("last four") << QStringLiteral("8000")
                               << QStringList { QStringLiteral("Wang Fang"), QStringLiteral("王芳") };
    QTest::newRow("last four, other") << QStringLiteral("1234")
                                      << QStringList { QStringLiteral("wang li"), QStringLiteral("李娜") };
    QTest::newRow("phone prefix, by phone")
        << QStringLiteral("138001")
        << QStringList { QStringLiteral("wang li"), QStringLiteral("Wang Fang"), QStringLiteral("Wang Bo") };
    QTest::newRow("whole phone") << QStringLiteral("138 0013 8000") << QStringList { QStringLiteral("Wang Fang") };
    QTest::newRow("E.164 prefix") << QStringLiteral("+86139") << QStringList { QStringLiteral("王芳") };
    QTest::newRow("name prefix, any case")
        << QStringLiteral("WANG") << QStringList { QStringLiteral("Wang Bo"), QStringLiteral("Wang Fang"),
                                                   QStringLiteral("wang li") };
    QTest::newRow("name, two words") << QStringLiteral("wang f") << QStringList { QStringLiteral("Wang Fang") };
    QTest::newRow("chinese name") << QStringLiteral("王") << QStringList { QStringLiteral("王芳") };
    QTest::newRow("chinese name, whole") << QStringLiteral("李娜") << QStringList { QStringLiteral("李娜") };
    QTest::newRow("no match") << QStringLiteral("Nobody") << QStringList();
}

void TestMemberDirectory::searches()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(names(all(m_chain->owner(), searchFor(text), 50)), expected);
}

void TestMemberDirectory::rowsCarryTheirColumns()
{
    // The member code finds its member exactly (and reads as a phone's start as well).
    const qint64 id = m_id.value(QStringLiteral("Wang Fang"));
    const auto rows = all(m_chain->owner(), searchFor(core::people::PersonService::memberCodeFor(id)), 10);
    QCOMPARE(rows.size(), 1);
    const MemberRow &r = rows.front();
    QCOMPARE(r.id, id);
    QCOMPARE(r.phone, QStringLiteral("+8613800138000"));
    QCOMPARE(r.memberCode, core::people::PersonService::memberCodeFor(id));
    QCOMPARE(r.homeBranchCode, QStringLiteral("B01"));
    QCOMPARE(r.tierName, QStringLiteral("Silver"));
    QCOMPARE(r.memberSince, march);
    QCOMPARE(r.balance, qint64(50000));
    QCOMPARE(r.lastVisit, march + 2 * day); // the voided later visit does not count

    const auto guest = all(m_chain->owner(), searchFor(QStringLiteral("Zhang")), 10);
    QCOMPARE(guest.size(), 1);
    QCOMPARE(guest.front().memberSince, qint64(0));
    QCOMPARE(guest.front().balance, qint64(0));
    QCOMPARE(guest.front().lastVisit, qint64(0));
    QCOMPARE(guest.front().tierName, QString());
}

void TestMemberDirectory::filters()
{
    const Actor owner = m_chain->owner();
    MemberFilter f;
    f.search = QStringLiteral("wang");
    f.branchIds = { m_chain->branch2 };
    QCOMPARE(names(all(owner, f, 10)), QStringList { QStringLiteral("Wang Bo") });
    f.branchIds = { m_chain->branch1, m_chain->branch2 };
    QCOMPARE(all(owner, f, 10).size(), 3);

    f = {};
    f.tierId = m_silver;
    QCOMPARE(names(all(owner, f, 10)), QStringList { QStringLiteral("Wang Fang") });
    f.tierId = m_gold;
    QCOMPARE(names(all(owner, f, 10)), QStringList { QStringLiteral("Wang Bo") });

    f = {};
    f.standing = MemberFilter::Standing::Members;
    QCOMPARE(names(all(owner, f, 10)),
             (QStringList { QStringLiteral("Wang Fang"), QStringLiteral("王芳"), QStringLiteral("Wang Bo") }));
    f.standing = MemberFilter::Standing::Guests;
    QCOMPARE(all(owner, f, 10).size(), 3 + 25);

    f = {};
    f.lastVisitSince = march + 10 * day;
    QCOMPARE(names(all(owner, f, 10)), (QStringList { QStringLiteral("wang li"), QStringLiteral("Wang Bo") }));
    f.lastVisitSince = march + 31 * day; // Wang Fang's visit then was voided
    QVERIFY(all(owner, f, 10).isEmpty());
    f = {};
    f.lastVisitBefore = march + 10 * day; // strictly before; never-seen people are not "before"
    QCOMPARE(names(all(owner, f, 10)), QStringList { QStringLiteral("Wang Fang") });
    f.lastVisitBefore = march + 11 * day;
    f.lastVisitSince = march + 10 * day;
    QCOMPARE(names(all(owner, f, 10)), QStringList { QStringLiteral("Wang Bo") });

    f = {};
    f.balanceAbove = 5000; // strictly above
    QCOMPARE(names(all(owner, f, 10)), (QStringList { QStringLiteral("Wang Fang"), QStringLiteral("Wang Bo") }));
    f.balanceAbove = 4999;
    QCOMPARE(all(owner, f, 10).size(), 3);
    f.balanceAbove = 0;
    QCOMPARE(all(owner, f, 10).size(), 3);
    f.balanceAbove = -1;
    CC_VERIFY_ERROR(m_dir->page(owner, f), Error::Code::InvalidInput);

    // Every filter at once.
    f = {};
    f.search = QStringLiteral("138");
    f.branchIds = { m_chain->branch1 };
    f.standing = MemberFilter::Standing::Members;
    f.tierId = m_silver;
    f.balanceAbove = 100;
    f.lastVisitSince = march;
    f.lastVisitBefore = march + 3 * day;
    QCOMPARE(names(all(owner, f, 10)), QStringList { QStringLiteral("Wang Fang") });
}

void TestMemberDirectory::managerSeesOnlyTheirBranch()
{
    const Actor manager = m_chain->manager1();
    const auto rows = all(manager, MemberFilter(), 4);
    QCOMPARE(rows.size(), 4 + 13); // B01's four and the 13 Li Na of B01
    auto b01 = m_dir->count(manager, MemberFilter());
    CC_VERIFY_OK(b01);
    QCOMPARE(b01->value, qint64(rows.size()));
    QVERIFY(b01->exact);
    for (const MemberRow &r : rows)
        QCOMPARE(r.homeBranchCode, QStringLiteral("B01"));
    // Naming their own branch is the same list.
    MemberFilter own;
    own.branchIds = { m_chain->branch1 };
    QCOMPARE(ids(all(manager, own, 100)), ids(rows));
    // Searches stay inside: Wang Bo (B02) shares the phone prefix, 李娜 (B02) the last four.
    QCOMPARE(names(all(manager, searchFor(QStringLiteral("138001")), 10)),
             (QStringList { QStringLiteral("wang li"), QStringLiteral("Wang Fang") }));
    QCOMPARE(names(all(manager, searchFor(QStringLiteral("1234")), 10)), QStringList { QStringLiteral("wang li") });
    QVERIFY(all(manager, searchFor(QStringLiteral("李")), 10).isEmpty());
    const qint64 bo = m_id.value(QStringLiteral("Wang Bo"));
    QVERIFY(all(manager, searchFor(core::people::PersonService::memberCodeFor(bo)), 10).isEmpty());
    // A cashier of B01 likewise; the manager of B02 sees B02's.
    QCOMPARE(ids(all(m_chain->cashier1(), MemberFilter(), 100)), ids(rows));
    const auto b02 = all(m_chain->manager2(), MemberFilter(), 100);
    QCOMPARE(b02.size(), 2 + 12);
    for (const MemberRow &r : b02)
        QCOMPARE(r.homeBranchCode, QStringLiteral("B02"));
    // One person by id (a list reading a changed row again): within the scope only.
    MemberFilter one;
    one.personId = bo;
    QCOMPARE(names(all(m_chain->owner(), one, 10)), QStringList { QStringLiteral("Wang Bo") });
    QCOMPARE(names(all(m_chain->manager2(), one, 10)), QStringList { QStringLiteral("Wang Bo") });
    QVERIFY(all(manager, one, 10).isEmpty());
}

void TestMemberDirectory::refusesBranchesOutsideScope()
{
    MemberFilter f;
    f.branchIds = { m_chain->branch2 };
    CC_VERIFY_ERROR(m_dir->page(m_chain->manager1(), f), Error::Code::PermissionDenied);
    CC_VERIFY_ERROR(m_dir->count(m_chain->manager1(), f), Error::Code::PermissionDenied);
    f.branchIds = { m_chain->branch1, m_chain->branch2 };
    CC_VERIFY_ERROR(m_dir->page(m_chain->cashier1(), f), Error::Code::PermissionDenied);
    CC_VERIFY_ERROR(m_dir->page(m_chain->manager2(), f), Error::Code::PermissionDenied);
}

void TestMemberDirectory::pagesAreStableAcrossTies_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("by name, ties broken by id") << QStringLiteral("li na") << 4;
    QTest::newRow("by name, one a page") << QStringLiteral("li") << 1;
    QTest::newRow("by id") << QString() << 7;
    QTest::newRow("by phone") << QStringLiteral("17") << 6;
    QTest::newRow("one page") << QStringLiteral("li") << 500;
}

void TestMemberDirectory::pagesAreStableAcrossTies()
{
    QFETCH(QString, search);
    QFETCH(int, pageSize);
    const Actor owner = m_chain->owner();
    const auto whole = all(owner, searchFor(search), 1000);
    QVERIFY(whole.size() >= 25);
    const auto paged = all(owner, searchFor(search), pageSize);
    QCOMPARE(ids(paged), ids(whole));
    const QVector<qint64> pagedIds = ids(paged);
    QCOMPARE(QSet<qint64>(pagedIds.cbegin(), pagedIds.cend()).size(), paged.size());
    // The order itself: name then id, id, or phone.
    for (int i = 1; i < paged.size(); ++i) {
        const MemberRow &a = paged.at(i - 1);
        const MemberRow &b = paged.at(i);
        if (search.isEmpty())
            QVERIFY(a.id < b.id);
        else if (search.at(0).isDigit())
            QVERIFY(a.phone < b.phone);
        else
            QVERIFY(MemberSearch::asciiLower(a.name) < MemberSearch::asciiLower(b.name)
                    || (a.name.compare(b.name, Qt::CaseInsensitive) == 0 && a.id < b.id));
    }
    if (search == QStringLiteral("li na")) {
        QCOMPARE(paged.size(), 25);
        // The same name throughout: ids ascending, so the phones run backwards.
        QVERIFY(paged.front().phone > paged.back().phone);
    }
    // The page after the last is empty and says so.
    MemberCursor cursor;
    cursor.id = paged.back().id;
    cursor.key = search.isEmpty() ? QString()
               : search.at(0).isDigit() ? paged.back().phone
                                        : MemberSearch::asciiLower(paged.back().name);
    auto after = m_dir->page(owner, searchFor(search), cursor, pageSize);
    CC_VERIFY_OK(after);
    QVERIFY(after->rows.isEmpty());
    QVERIFY(after->atEnd);
}

void TestMemberDirectory::emptyResults()
{
    auto page = m_dir->page(m_chain->owner(), searchFor(QStringLiteral("0000")));
    CC_VERIFY_OK(page);
    QVERIFY(page->rows.isEmpty());
    QVERIFY(page->atEnd);
    QVERIFY(page->next.atStart());
    auto n = m_dir->count(m_chain->owner(), searchFor(QStringLiteral("0000")));
    CC_VERIFY_OK(n);
    QCOMPARE(n->value, qint64(0));
    QVERIFY(n->exact);

    // A chain with no people at all.
    TestChain empty;
    MemberDirectory dir(empty.db(), QStringLiteral("CN"));
    auto none = dir.page(empty.owner(), MemberFilter());
    CC_VERIFY_OK(none);
    QVERIFY(none->rows.isEmpty());
    QVERIFY(none->atEnd);
    auto zero = dir.count(empty.manager1(), searchFor(QStringLiteral("wang")));
    CC_VERIFY_OK(zero);
    QCOMPARE(zero->value, qint64(0));
}

void TestMemberDirectory::countIsCappedAndExact()
{
    const Actor owner = m_chain->owner();
    auto everyone = m_dir->count(owner, MemberFilter());
    CC_VERIFY_OK(everyone);
    QCOMPARE(everyone->value, qint64(6 + 25));
    QVERIFY(everyone->exact);
    auto lis = m_dir->count(owner, searchFor(QStringLiteral("li")), 10);
    CC_VERIFY_OK(lis);
    QCOMPARE(lis->value, qint64(10));
    QVERIFY(!lis->exact);
    lis = m_dir->count(owner, searchFor(QStringLiteral("li")), 25);
    CC_VERIFY_OK(lis);
    QCOMPARE(lis->value, qint64(25));
    QVERIFY(lis->exact);
    auto members = m_dir->count(owner, [] {
        MemberFilter f;
        f.standing = MemberFilter::Standing::Members;
        return f;
    }());
    CC_VERIFY_OK(members);
    QCOMPARE(members->value, qint64(3));
}

// A superseded count or page stops instead of scanning on: on a demo chain of a few thousand
// people, a filter that looks at every person's visits, cancelled from the start.
void TestMemberDirectory::cancelledQueriesStop()
{
    TestChain chain(TestChain::Setup::Empty);
    if (!core::storage::BulkInserter::sqliteApiAvailable(chain.db()))
        QSKIP("statements can be stopped only through the sqlite3 C API");
    core::demo::DemoOptions options;
    options.branches = 3;
    options.members = 2000;
    options.visits = 20000;
    CC_VERIFY_OK(core::demo::DemoGenerator(chain.db()).generate(chain.owner(), options));
    MemberDirectory dir(chain.db(), QStringLiteral("CN"));
    MemberFilter rare;
    rare.lastVisitBefore = 1; // nobody: every person's visits are looked at
    int asked = 0;
    const auto cancelled = [&asked] {
        ++asked;
        return true;
    };
    auto count = dir.count(chain.owner(), rare, MemberDirectory::DefaultCountCap, cancelled);
    CC_VERIFY_ERROR(count, Error::Code::Conflict);
    QCOMPARE(count.error().field(), QStringLiteral("cancelled"));
    QVERIFY(asked > 0);
    CC_VERIFY_ERROR(dir.page(chain.owner(), rare, {}, 200, cancelled), Error::Code::Conflict);
    // Not cancelled, the same calls answer, and the connection is usable again.
    auto whole = dir.count(chain.owner(), rare, MemberDirectory::DefaultCountCap, [] { return false; });
    CC_VERIFY_OK(whole);
    QCOMPARE(whole->value, qint64(0));
    auto page = dir.page(chain.owner(), MemberFilter());
    CC_VERIFY_OK(page);
    QCOMPARE(page->rows.size(), MemberDirectory::DefaultPageSize);
}

QTEST_GUILESS_MAIN(TestMemberDirectory)
#include "tst_memberdirectory.moc"
