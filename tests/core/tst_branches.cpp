#include "core/branches/branchservice.h"
#include "core/common/clock.h"
#include "core/storage/sql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "tests/support/testchain.h"
#include <memory>

using namespace testsupport;
using core::Error;
using core::branches::Branch;
using core::branches::BranchService;

namespace {


Branch branch(const QString &code, const QString &name)
{
    Branch b;
    b.code = code;
    b.name = name;
    return b;
}

QStringList codes(const QVector<Branch> &list)
{
    QStringList out;
    for (const Branch &b : list)
        out << b.code;
    return out;
}

} // namespace

class TestBranches : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init() { core::clock::setNowForTesting(1767225600); }
    void cleanup() { core::clock::setNowForTesting(0); }

    void ownerCreatesWithEveryField();
    void onlyTheOwnerChangesBranches();
    void validation_data();
    void validation();
    void duplicateCodeRefused();
    void codeMayEqualAnotherBranchesName();
    void updateKeepsCodesUnique();
    void updateAndDeactivateAreAudited();
    void updateUnknownBranch();
    void listScopedToTheActor();
    void resolveByCodeOrName_data();
    void resolveByCodeOrName();
    void resolveRefusals();

private:
    std::unique_ptr<TestChain> m_chain;
    std::unique_ptr<BranchService> m_branches;
    TestChain &chain() { return *m_chain; }
    BranchService &branches() { return *m_branches; }
};

void TestBranches::initTestCase()
{
    m_chain = std::make_unique<TestChain>();
    m_branches = std::make_unique<BranchService>(chain().db());
}

void TestBranches::cleanupTestCase()
{
    m_branches.reset();
    m_chain.reset();
}

void TestBranches::ownerCreatesWithEveryField()
{
    Branch b = branch(QStringLiteral("SH-03"), QStringLiteral("  Jing'an Temple "));
    b.city = QStringLiteral("Shanghai");
    b.address = QStringLiteral("1 Nanjing W Rd");
    b.phone = QStringLiteral("021 5555 0101");
    b.latitude = 31.2231;
    b.longitude = 121.4453;
    b.timezone = QStringLiteral("Asia/Shanghai");
    auto created = branches().create(chain().owner(), b);
    CC_VERIFY_OK(created);
    QVERIFY(created->id > 0);
    QCOMPARE(created->name, QStringLiteral("Jing'an Temple"));
    auto stored = branches().find(created->id);
    CC_VERIFY_OK(stored);
    QCOMPARE(stored->code, QStringLiteral("SH-03"));
    QCOMPARE(stored->name, QStringLiteral("Jing'an Temple"));
    QCOMPARE(stored->city, QStringLiteral("Shanghai"));
    QCOMPARE(stored->address, QStringLiteral("1 Nanjing W Rd"));
    QCOMPARE(stored->phone, QStringLiteral("021 5555 0101"));
    QVERIFY(stored->latitude && qFuzzyCompare(*stored->latitude, 31.2231));
    QVERIFY(stored->longitude && qFuzzyCompare(*stored->longitude, 121.4453));
    QCOMPARE(stored->timezone, QStringLiteral("Asia/Shanghai"));
    QVERIFY(stored->active);
    auto audit = core::storage::scalar(chain().db(),
        QStringLiteral("SELECT after_value FROM audit_log WHERE action = 'branch.create'"
                       " AND entity_id = ?"),
        { created->id });
    CC_VERIFY_OK(audit);
    const QJsonObject after = QJsonDocument::fromJson(audit->toString().toUtf8()).object();
    QCOMPARE(after.value(QStringLiteral("code")).toString(), QStringLiteral("SH-03"));

    // Without coordinates they stay absent, not zero.
    auto plain = branches().create(
        chain().owner(), branch(QStringLiteral("SH-04"), QStringLiteral("Plain")));
    CC_VERIFY_OK(plain);
    QVERIFY(!branches().find(plain->id)->latitude);
}

void TestBranches::onlyTheOwnerChangesBranches()
{
    const qint64 before = count(chain().db(), QStringLiteral("SELECT count(*) FROM branches"));
    for (const auto &actor : { chain().manager1(), chain().cashier1() }) {
        auto created = branches().create(actor, branch(QStringLiteral("X1"), QStringLiteral("X")));
        CC_VERIFY_ERROR(created, Error::Code::PermissionDenied);
        QVERIFY2(created.error().message().contains(actor.name()),
            qPrintable(created.error().message()));
        Branch own = *branches().find(chain().branch1);
        own.name = QStringLiteral("Renamed");
        CC_VERIFY_ERROR(branches().update(actor, own), Error::Code::PermissionDenied);
        CC_VERIFY_ERROR(
            branches().setActive(actor, chain().branch1, false), Error::Code::PermissionDenied);
    }
    QCOMPARE(count(chain().db(), QStringLiteral("SELECT count(*) FROM branches")), before);
    auto b1 = branches().find(chain().branch1);
    QCOMPARE(b1->name, QStringLiteral("People's Square"));
    QVERIFY(b1->active);
}

void TestBranches::validation_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("latitude");
    QTest::addColumn<double>("longitude");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("field");
    const QString n = QStringLiteral("Name");
    QTest::newRow("code empty") << QString() << n << 0.0 << 0.0 << QString()
                                << QStringLiteral("code");
    QTest::newRow("code 17 characters")
        << QString(17, QLatin1Char('A')) << n << 0.0 << 0.0 << QString() << QStringLiteral("code");
    QTest::newRow("code with space")
        << QStringLiteral("B 9") << n << 0.0 << 0.0 << QString() << QStringLiteral("code");
    QTest::newRow("code with semicolon")
        << QStringLiteral("B9;B8") << n << 0.0 << 0.0 << QString() << QStringLiteral("code");
    QTest::newRow("name empty") << QStringLiteral("B9") << QString() << 0.0 << 0.0 << QString()
                                << QStringLiteral("name");
    QTest::newRow("name blank") << QStringLiteral("B9") << QStringLiteral("   ") << 0.0 << 0.0
                                << QString() << QStringLiteral("name");
    QTest::newRow("latitude 91") << QStringLiteral("B9") << n << 91.0 << 0.0 << QString()
                                 << QStringLiteral("latitude");
    QTest::newRow("longitude -181")
        << QStringLiteral("B9") << n << 0.0 << -181.0 << QString() << QStringLiteral("longitude");
    QTest::newRow("unknown time zone")
        << QStringLiteral("B9") << n << 0.0 << 0.0 << QStringLiteral("Mars/Olympus_Mons")
        << QStringLiteral("timezone");
}

void TestBranches::validation()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(double, latitude);
    QFETCH(double, longitude);
    QFETCH(QString, zone);
    QFETCH(QString, field);
    Branch b = branch(code, name);
    b.latitude = latitude;
    b.longitude = longitude;
    b.timezone = zone;
    const qint64 before = count(chain().db(), QStringLiteral("SELECT count(*) FROM branches"));
    auto refused = branches().create(chain().owner(), b);
    CC_VERIFY_ERROR(refused, Error::Code::InvalidInput);
    QCOMPARE(refused.error().field(), field);
    QCOMPARE(count(chain().db(), QStringLiteral("SELECT count(*) FROM branches")), before);
    // update() validates the same way.
    Branch existing = *branches().find(chain().branch2);
    b.id = existing.id;
    CC_VERIFY_ERROR(branches().update(chain().owner(), b), Error::Code::InvalidInput);
    QCOMPARE(branches().find(chain().branch2)->code, QStringLiteral("B02"));
    // The longest code is fine.
    QVERIFY(
        BranchService::validate(branch(QString(16, QLatin1Char('Z')), QStringLiteral("Ok"))).ok());
}

void TestBranches::duplicateCodeRefused()
{
    auto refused = branches().create(
        chain().owner(), branch(QStringLiteral("B01"), QStringLiteral("Another")));
    CC_VERIFY_ERROR(refused, Error::Code::Conflict);
    QCOMPARE(refused.error().field(), QStringLiteral("code"));
    QVERIFY(refused.error().message().contains(QStringLiteral("B01")));
}

void TestBranches::codeMayEqualAnotherBranchesName()
{
    // A branch named "North" does not make "North" a taken code.
    auto named = branches().create(
        chain().owner(), branch(QStringLiteral("N01"), QStringLiteral("North")));
    CC_VERIFY_OK(named);
    auto coded = branches().create(
        chain().owner(), branch(QStringLiteral("North"), QStringLiteral("North Gate")));
    CC_VERIFY_OK(coded);
    // resolve prefers the code.
    auto resolved = branches().resolve(QStringLiteral("North"));
    CC_VERIFY_OK(resolved);
    QCOMPARE(resolved->id, coded->id);
}

void TestBranches::updateKeepsCodesUnique()
{
    auto created = branches().create(
        chain().owner(), branch(QStringLiteral("U01"), QStringLiteral("Uptown")));
    CC_VERIFY_OK(created);
    Branch changed = *created;
    changed.code = QStringLiteral("B01");
    auto refused = branches().update(chain().owner(), changed);
    CC_VERIFY_ERROR(refused, Error::Code::Conflict);
    QCOMPARE(refused.error().field(), QStringLiteral("code"));
    QVERIFY2(refused.error().message().contains(QStringLiteral("B01"))
            && !refused.error().message().contains(QStringLiteral("UNIQUE")),
        qPrintable(refused.error().message()));
    QCOMPARE(branches().find(created->id)->code, QStringLiteral("U01"));
    // Keeping its own code, or taking a free one, is fine.
    changed.code = QStringLiteral("U01");
    changed.name = QStringLiteral("Uptown Mall");
    CC_VERIFY_OK(branches().update(chain().owner(), changed));
    changed.code = QStringLiteral("U02");
    CC_VERIFY_OK(branches().update(chain().owner(), changed));
    QCOMPARE(branches().find(created->id)->code, QStringLiteral("U02"));
}

void TestBranches::updateAndDeactivateAreAudited()
{
    auto created = branches().create(
        chain().owner(), branch(QStringLiteral("A01"), QStringLiteral("Audit")));
    CC_VERIFY_OK(created);
    Branch changed = *created;
    changed.city = QStringLiteral("Hangzhou");
    CC_VERIFY_OK(branches().update(chain().owner(), changed));
    CC_VERIFY_OK(branches().setActive(chain().owner(), created->id, false));
    QVERIFY(!branches().find(created->id)->active);
    QCOMPARE(branches().find(created->id)->city, QStringLiteral("Hangzhou"));
    auto q = core::storage::prepare(chain().db(),
        QStringLiteral("SELECT before_value, after_value FROM audit_log"
                       " WHERE entity = 'branch' AND entity_id = ?"
                       " AND action <> 'branch.create' ORDER BY id"));
    CC_VERIFY_OK(q);
    CC_VERIFY_OK(core::storage::exec(*q, { created->id }));
    QVector<QPair<QJsonObject, QJsonObject>> rows;
    while (q->next())
        rows.append({ QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object(),
            QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object() });
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).first.value(QStringLiteral("city")).toString(), QString());
    QCOMPARE(
        rows.at(0).second.value(QStringLiteral("city")).toString(), QStringLiteral("Hangzhou"));
    QCOMPARE(rows.at(1).first.value(QStringLiteral("active")).toBool(), true);
    QCOMPARE(rows.at(1).second.value(QStringLiteral("active")).toBool(), false);
    // A deactivated branch is still listed and resolvable (its history stays), and can return.
    QVERIFY(codes(*branches().list(chain().owner())).contains(QStringLiteral("A01")));
    CC_VERIFY_OK(branches().setActive(chain().owner(), created->id, true));
    QVERIFY(branches().find(created->id)->active);
}

void TestBranches::updateUnknownBranch()
{
    Branch ghost = branch(QStringLiteral("G01"), QStringLiteral("Ghost"));
    ghost.id = 4242;
    CC_VERIFY_ERROR(branches().update(chain().owner(), ghost), Error::Code::NotFound);
    CC_VERIFY_ERROR(branches().setActive(chain().owner(), 4242, false), Error::Code::NotFound);
    CC_VERIFY_ERROR(branches().find(4242), Error::Code::NotFound);
}

void TestBranches::listScopedToTheActor()
{
    auto all = branches().list(chain().owner());
    CC_VERIFY_OK(all);
    QVERIFY(all->size() >= 2);
    const QStringList allCodes = codes(*all);
    QStringList sorted = allCodes;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(allCodes, sorted);
    QCOMPARE(
        all->size(), int(count(chain().db(), QStringLiteral("SELECT count(*) FROM branches"))));
    auto mine = branches().list(chain().manager1());
    CC_VERIFY_OK(mine);
    QCOMPARE(codes(*mine), QStringList { QStringLiteral("B01") });
    auto other = branches().list(chain().manager2());
    CC_VERIFY_OK(other);
    QCOMPARE(codes(*other), QStringList { QStringLiteral("B02") });
    auto cashier = branches().list(chain().cashier1());
    CC_VERIFY_OK(cashier);
    QCOMPARE(codes(*cashier), QStringList { QStringLiteral("B01") });
}

void TestBranches::resolveByCodeOrName_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("code");
    QTest::newRow("code") << QStringLiteral("B01") << QStringLiteral("B01");
    QTest::newRow("code with spaces") << QStringLiteral(" B02 ") << QStringLiteral("B02");
    QTest::newRow("name") << QStringLiteral("People's Square") << QStringLiteral("B01");
    QTest::newRow("name with spaces") << QStringLiteral("  Xujiahui") << QStringLiteral("B02");
}

void TestBranches::resolveByCodeOrName()
{
    QFETCH(QString, key);
    QFETCH(QString, code);
    auto resolved = branches().resolve(key);
    CC_VERIFY_OK(resolved);
    QCOMPARE(resolved->code, code);
}

void TestBranches::resolveRefusals()
{
    auto unknown = branches().resolve(QStringLiteral("Nowhere"));
    CC_VERIFY_ERROR(unknown, Error::Code::NotFound);
    QCOMPARE(unknown.error().field(), QStringLiteral("branch"));
    QVERIFY(unknown.error().message().contains(QStringLiteral("Nowhere")));
    // Two branches with one name: the name alone is ambiguous, each code still works.
    CC_VERIFY_OK(
        branches().create(chain().owner(), branch(QStringLiteral("T1"), QStringLiteral("Twin"))));
    CC_VERIFY_OK(
        branches().create(chain().owner(), branch(QStringLiteral("T2"), QStringLiteral("Twin"))));
    auto ambiguous = branches().resolve(QStringLiteral("Twin"));
    CC_VERIFY_ERROR(ambiguous, Error::Code::InvalidInput);
    QVERIFY(ambiguous.error().message().contains(QStringLiteral("Twin")));
    QCOMPARE(branches().resolve(QStringLiteral("T2"))->name, QStringLiteral("Twin"));
}

QTEST_GUILESS_MAIN(TestBranches)
#include "tst_branches.moc"
