#include "core/audit/auditlog.h"
#include "core/common/clock.h"
#include "core/people/personservice.h"
#include "core/storage/sql.h"
#include "core/visits/visitservice.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include "tests/support/clirun.h"
#include "tests/support/testchain.h"

using namespace testsupport;
using core::Error;
using core::visits::NewVisit;
using core::visits::RefundRequest;
using core::visits::Visit;
using core::visits::VisitKind;
using core::visits::VisitService;
using core::visits::VisitSource;

namespace {

constexpr qint64 t0 = 1767225600; // 2026-01-01 00:00 UTC
const QString phoneA = QStringLiteral("13812345678");
const QString phoneB = QStringLiteral("13900001111");


// Everything a refusal must leave as it was.
QString fingerprint(core::storage::Database &db)
{
    auto v = core::storage::scalar(db,
        QStringLiteral("SELECT (SELECT count(*) FROM visits) || '/' ||"
                       " (SELECT coalesce(sum(amount), 0) FROM visits) || '/' ||"
                       " (SELECT count(*) FROM visits WHERE voided_at IS NOT NULL) || '/' ||"
                       " (SELECT count(*) FROM people) || '/' ||"
                       " (SELECT count(*) FROM audit_log)"));
    return v ? v->toString() : QString();
}

core::auth::Actor actorNamed(const TestChain &chain, const QString &name)
{
    if (name == QLatin1String("manager1"))
        return chain.manager1();
    if (name == QLatin1String("manager2"))
        return chain.manager2();
    if (name == QLatin1String("cashier1"))
        return chain.cashier1();
    return chain.owner();
}

NewVisit bill(qint64 branch, qint64 amount, const QString &receipt, const QString &phone = {})
{
    NewVisit v;
    v.branchId = branch;
    v.amount = amount;
    v.receiptNo = receipt;
    v.phone = phone;
    return v;
}

RefundRequest refundOf(
    qint64 visitId, qint64 amount, const QString &reason = QStringLiteral("cold soup"))
{
    RefundRequest r;
    r.visitId = visitId;
    r.amount = amount;
    r.reason = reason;
    return r;
}

} // namespace

class TestVisits : public QObject
{
    Q_OBJECT
private slots:
    void init() { core::clock::setNowForTesting(t0); }
    void cleanup() { core::clock::setNowForTesting(0); }

    void recordAnonymousAndByPhone();
    void recordByPersonIdAndSource();
    void recordRefusals_data();
    void recordRefusals();
    void duplicateReceiptNamesReceiptAndBranch();
    void sameReceiptAtAnotherBranchIsAnotherBill();
    void refundWritesNegativeRow();
    void refundRefusals_data();
    void refundRefusals();
    void voidRules();
    void voidedRefundFreesTheAmount();
    void voidRefusals_data();
    void voidRefusals();
    void findAndListWithinScope();
    void everyWriteIsAudited();
    void commandLine();
};

void TestVisits::recordAnonymousAndByPhone()
{
    TestChain chain;
    VisitService visits(chain.db());
    auto anonymous
        = visits.record(chain.cashier1(), bill(chain.branch1, 8800, QStringLiteral("R1")));
    CC_VERIFY_OK(anonymous);
    QCOMPARE(anonymous->personId, qint64(0));
    QCOMPARE(anonymous->occurredAt, t0);
    QCOMPARE(anonymous->kind, VisitKind::Sale);
    QCOMPARE(anonymous->source, VisitSource::Counter);
    QVERIFY(anonymous->id > 0);

    const qint64 people = count(chain.db(), QStringLiteral("SELECT count(*) FROM people"));
    auto first
        = visits.record(chain.cashier1(), bill(chain.branch1, 0, QStringLiteral(" R2 "), phoneA));
    CC_VERIFY_OK(first);
    QCOMPARE(first->receiptNo, QStringLiteral("R2")); // trimmed
    QCOMPARE(first->amount, qint64(0)); // a zero bill is a bill
    QVERIFY(first->personId != 0);
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT count(*) FROM people")), people + 1);
    core::people::PersonService persons(chain.db(), core::people::PhoneNormalizer());
    auto guest = persons.find(first->personId);
    CC_VERIFY_OK(guest);
    QCOMPARE(guest->phone, QStringLiteral("+8613812345678"));
    QCOMPARE(guest->homeBranchId, chain.branch1);
    QVERIFY(!guest->isMember());

    // The same phone in another form is the same person, at any branch.
    auto again = visits.record(chain.manager2(),
        bill(chain.branch2, 1234, QStringLiteral("R2"), QStringLiteral("+86 138 1234 5678")));
    CC_VERIFY_OK(again);
    QCOMPARE(again->personId, first->personId);
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT count(*) FROM people")), people + 1);
}

void TestVisits::recordByPersonIdAndSource()
{
    TestChain chain;
    core::people::PersonService persons(chain.db(), core::people::PhoneNormalizer());
    auto person = persons.findOrRegister(chain.owner(), phoneB, chain.branch2);
    CC_VERIFY_OK(person);
    VisitService visits(chain.db());
    NewVisit v = bill(chain.branch1, 4500, QStringLiteral("POS-9"));
    v.personId = person->id;
    v.occurredAt = t0 - 3600;
    v.source = VisitSource::Import;
    auto written = visits.record(chain.owner(), v);
    CC_VERIFY_OK(written);
    auto read = visits.find(chain.owner(), written->id);
    CC_VERIFY_OK(read);
    QCOMPARE(read->personId, person->id);
    QCOMPARE(read->occurredAt, t0 - 3600);
    QCOMPARE(read->source, VisitSource::Import);
    QCOMPARE(read->amount, qint64(4500));
    QCOMPARE(read->branchId, chain.branch1);
}

void TestVisits::recordRefusals_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<int>("branch"); // 1, 2, 0 (none) or 99 (unknown)
    QTest::addColumn<QString>("phone");
    QTest::addColumn<qint64>("personId");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("receipt");
    QTest::addColumn<qint64>("offset"); // occurredAt = t0 + offset; 0: now
    QTest::addColumn<int>("code");
    const int invalid = int(Error::Code::InvalidInput);
    const int denied = int(Error::Code::PermissionDenied);
    const int conflict = int(Error::Code::Conflict);
    const int notFound = int(Error::Code::NotFound);
    const QString r = QStringLiteral("NEW");
    QTest::newRow("negative amount")
        << "owner" << 1 << phoneA << qint64(0) << qint64(-1) << r << qint64(0) << invalid;
    QTest::newRow("huge amount") << "owner" << 1 << phoneA << qint64(0)
                                 << VisitService::MaxAmount + 1 << r << qint64(0) << invalid;
    QTest::newRow("no receipt") << "owner" << 1 << phoneA << qint64(0) << qint64(100)
                                << QStringLiteral("  ") << qint64(0) << invalid;
    QTest::newRow("receipt too long") << "owner" << 1 << phoneA << qint64(0) << qint64(100)
                                      << QString(65, QLatin1Char('x')) << qint64(0) << invalid;
    QTest::newRow("no branch") << "owner" << 0 << phoneA << qint64(0) << qint64(100) << r
                               << qint64(0) << invalid;
    QTest::newRow("unknown branch")
        << "owner" << 99 << phoneA << qint64(0) << qint64(100) << r << qint64(0) << notFound;
    QTest::newRow("unknown person id")
        << "owner" << 1 << QString() << qint64(4242) << qint64(100) << r << qint64(0) << notFound;
    QTest::newRow("malformed phone") << "owner" << 1 << QStringLiteral("12ab") << qint64(0)
                                     << qint64(100) << r << qint64(0) << invalid;
    QTest::newRow("two days ahead")
        << "owner" << 1 << phoneA << qint64(0) << qint64(100) << r << qint64(2 * 86400) << invalid;
    QTest::newRow("manager of another branch")
        << "manager2" << 1 << phoneA << qint64(0) << qint64(100) << r << qint64(0) << denied;
    QTest::newRow("cashier at another branch")
        << "cashier1" << 2 << phoneA << qint64(0) << qint64(100) << r << qint64(0) << denied;
    QTest::newRow("duplicate receipt") << "cashier1" << 1 << phoneB << qint64(0) << qint64(100)
                                       << QStringLiteral("R1") << qint64(0) << conflict;
    QTest::newRow("duplicate receipt, anonymous")
        << "owner" << 1 << QString() << qint64(0) << qint64(5) << QStringLiteral("R1") << qint64(0)
        << conflict;
}

void TestVisits::recordRefusals()
{
    QFETCH(QString, actor);
    QFETCH(int, branch);
    QFETCH(QString, phone);
    QFETCH(qint64, personId);
    QFETCH(qint64, amount);
    QFETCH(QString, receipt);
    QFETCH(qint64, offset);
    QFETCH(int, code);
    TestChain chain;
    VisitService visits(chain.db());
    CC_VERIFY_OK(
        visits.record(chain.owner(), bill(chain.branch1, 8800, QStringLiteral("R1"), phoneA)));
    const QString before = fingerprint(chain.db());
    NewVisit v;
    v.branchId = branch == 1 ? chain.branch1 : branch == 2 ? chain.branch2 : branch;
    v.phone = phone;
    v.personId = personId;
    v.amount = amount;
    v.receiptNo = receipt;
    v.occurredAt = offset == 0 ? 0 : t0 + offset;
    auto result = visits.record(actorNamed(chain, actor), v);
    CC_VERIFY_ERROR(result, Error::Code(code));
    QCOMPARE(fingerprint(chain.db()), before);
}

void TestVisits::duplicateReceiptNamesReceiptAndBranch()
{
    TestChain chain;
    VisitService visits(chain.db());
    CC_VERIFY_OK(visits.record(chain.owner(), bill(chain.branch1, 8800, QStringLiteral("R-77"))));
    // An unknown phone on the duplicate must not register anyone either.
    const QString before = fingerprint(chain.db());
    auto dup
        = visits.record(chain.cashier1(), bill(chain.branch1, 100, QStringLiteral("R-77"), phoneB));
    CC_VERIFY_ERROR(dup, Error::Code::Conflict);
    QVERIFY2(dup.error().message().contains(QStringLiteral("R-77"))
            && dup.error().message().contains(QStringLiteral("B01")),
        qPrintable(dup.error().message()));
    QCOMPARE(dup.error().field(), QStringLiteral("receipt"));
    QCOMPARE(fingerprint(chain.db()), before);
}

void TestVisits::sameReceiptAtAnotherBranchIsAnotherBill()
{
    TestChain chain;
    VisitService visits(chain.db());
    CC_VERIFY_OK(visits.record(chain.owner(), bill(chain.branch1, 8800, QStringLiteral("0001"))));
    CC_VERIFY_OK(visits.record(chain.owner(), bill(chain.branch2, 8800, QStringLiteral("0001"))));
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT count(*) FROM visits")), qint64(2));
}

void TestVisits::refundWritesNegativeRow()
{
    TestChain chain;
    VisitService visits(chain.db());
    auto sale
        = visits.record(chain.cashier1(), bill(chain.branch1, 8800, QStringLiteral("R1"), phoneA));
    CC_VERIFY_OK(sale);
    core::clock::setNowForTesting(t0 + 600);
    auto first = visits.refund(chain.manager1(), refundOf(sale->id, 3000));
    CC_VERIFY_OK(first);
    QCOMPARE(first->kind, VisitKind::Refund);
    QCOMPARE(first->amount, qint64(-3000));
    QCOMPARE(first->refundOf, sale->id);
    QCOMPARE(first->personId, sale->personId);
    QCOMPARE(first->branchId, chain.branch1);
    QCOMPARE(first->occurredAt, t0 + 600);
    QCOMPARE(first->receiptNo, QStringLiteral("R1/refund-1"));
    auto refunded = visits.refundedTotal(chain.owner(), sale->id);
    CC_VERIFY_OK(refunded);
    QCOMPARE(*refunded, qint64(3000));

    // The owner may refund anywhere; the rest of the bill exactly.
    RefundRequest rest = refundOf(sale->id, 5800);
    rest.receiptNo = QStringLiteral("RF-2");
    auto second = visits.refund(chain.owner(), rest);
    CC_VERIFY_OK(second);
    QCOMPARE(second->receiptNo, QStringLiteral("RF-2"));
    QCOMPARE(*visits.refundedTotal(chain.owner(), sale->id), qint64(8800));

    // Not a fen more: the total refunded never passes the sale.
    const QString before = fingerprint(chain.db());
    auto over = visits.refund(chain.manager1(), refundOf(sale->id, 1));
    CC_VERIFY_ERROR(over, Error::Code::Conflict);
    QCOMPARE(over.error().field(), QStringLiteral("amount"));
    QCOMPARE(fingerprint(chain.db()), before);
    // Revenue nets out to zero.
    QCOMPARE(
        count(chain.db(), QStringLiteral("SELECT sum(amount) FROM visits WHERE voided_at IS NULL")),
        qint64(0));
}

void TestVisits::refundRefusals_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("target"); // sale, refund, voided, unknown
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("receipt");
    QTest::addColumn<int>("code");
    const QString why = QStringLiteral("wrong dish");
    const int invalid = int(Error::Code::InvalidInput);
    const int denied = int(Error::Code::PermissionDenied);
    const int conflict = int(Error::Code::Conflict);
    QTest::newRow("cashier refunding") << "cashier1"
                                       << "sale" << qint64(100) << why << QString() << denied;
    QTest::newRow("manager of another branch")
        << "manager2"
        << "sale" << qint64(100) << why << QString() << denied;
    QTest::newRow("over-refund") << "manager1"
                                 << "sale" << qint64(8001) << why << QString() << conflict;
    QTest::newRow("zero") << "manager1"
                          << "sale" << qint64(0) << why << QString() << invalid;
    QTest::newRow("negative") << "manager1"
                              << "sale" << qint64(-5) << why << QString() << invalid;
    QTest::newRow("no reason") << "manager1"
                               << "sale" << qint64(100) << QStringLiteral(" ") << QString()
                               << invalid;
    QTest::newRow("refund of a refund") << "manager1"
                                        << "refund" << qint64(100) << why << QString() << conflict;
    QTest::newRow("voided sale") << "owner"
                                 << "voided" << qint64(100) << why << QString() << conflict;
    QTest::newRow("unknown visit")
        << "owner"
        << "unknown" << qint64(100) << why << QString() << int(Error::Code::NotFound);
    QTest::newRow("refund receipt taken")
        << "owner"
        << "sale" << qint64(100) << why << QStringLiteral("R2") << conflict;
}

void TestVisits::refundRefusals()
{
    QFETCH(QString, actor);
    QFETCH(QString, target);
    QFETCH(qint64, amount);
    QFETCH(QString, reason);
    QFETCH(QString, receipt);
    QFETCH(int, code);
    TestChain chain;
    VisitService visits(chain.db());
    auto sale
        = visits.record(chain.owner(), bill(chain.branch1, 8800, QStringLiteral("R1"), phoneA));
    CC_VERIFY_OK(sale);
    auto other = visits.record(chain.owner(), bill(chain.branch1, 500, QStringLiteral("R2")));
    CC_VERIFY_OK(other);
    CC_VERIFY_OK(visits.voidVisit(chain.owner(), other->id, QStringLiteral("typo")));
    auto partial = visits.refund(chain.owner(), refundOf(sale->id, 800));
    CC_VERIFY_OK(partial);
    const qint64 id = target == QLatin1String("sale") ? sale->id
        : target == QLatin1String("refund")           ? partial->id
        : target == QLatin1String("voided")           ? other->id
                                                      : 999;
    const QString before = fingerprint(chain.db());
    RefundRequest r = refundOf(id, amount, reason);
    r.receiptNo = receipt;
    CC_VERIFY_ERROR(visits.refund(actorNamed(chain, actor), r), Error::Code(code));
    QCOMPARE(fingerprint(chain.db()), before);
}

void TestVisits::voidRules()
{
    TestChain chain;
    VisitService visits(chain.db());
    auto sale
        = visits.record(chain.cashier1(), bill(chain.branch1, 8800, QStringLiteral("R1"), phoneA));
    CC_VERIFY_OK(sale);
    core::clock::setNowForTesting(t0 + 60);
    auto voided = visits.voidVisit(chain.manager1(), sale->id, QStringLiteral("entered twice"));
    CC_VERIFY_OK(voided);
    QCOMPARE(voided->voidedAt, t0 + 60);
    auto read = visits.find(chain.manager1(), sale->id);
    CC_VERIFY_OK(read);
    QVERIFY(read->isVoided());

    // A voided visit cannot be voided again.
    const QString before = fingerprint(chain.db());
    auto twice = visits.voidVisit(chain.owner(), sale->id, QStringLiteral("again"));
    CC_VERIFY_ERROR(twice, Error::Code::Conflict);
    QVERIFY2(twice.error().message().contains(QStringLiteral("R1")),
        qPrintable(twice.error().message()));
    QCOMPARE(fingerprint(chain.db()), before);

    // A refunded sale cannot be voided while its refund stands; voiding the refund first works.
    auto second
        = visits.record(chain.cashier1(), bill(chain.branch1, 3000, QStringLiteral("R2"), phoneA));
    CC_VERIFY_OK(second);
    auto refund = visits.refund(chain.manager1(), refundOf(second->id, 1000));
    CC_VERIFY_OK(refund);
    const QString refunded = fingerprint(chain.db());
    CC_VERIFY_ERROR(
        visits.voidVisit(chain.manager1(), second->id, QStringLiteral("x")), Error::Code::Conflict);
    QCOMPARE(fingerprint(chain.db()), refunded);
    CC_VERIFY_OK(
        visits.voidVisit(chain.manager1(), refund->id, QStringLiteral("refund was a mistake")));
    CC_VERIFY_OK(
        visits.voidVisit(chain.manager1(), second->id, QStringLiteral("bill was a mistake")));
    QCOMPARE(count(chain.db(),
                 QStringLiteral("SELECT count(*) FROM visits WHERE voided_at IS NOT NULL")),
        qint64(3));
}

void TestVisits::voidedRefundFreesTheAmount()
{
    TestChain chain;
    VisitService visits(chain.db());
    auto sale = visits.record(chain.owner(), bill(chain.branch2, 1000, QStringLiteral("R1")));
    CC_VERIFY_OK(sale);
    auto all = visits.refund(chain.manager2(), refundOf(sale->id, 1000));
    CC_VERIFY_OK(all);
    CC_VERIFY_ERROR(visits.refund(chain.manager2(), refundOf(sale->id, 1)), Error::Code::Conflict);
    CC_VERIFY_OK(visits.voidVisit(chain.manager2(), all->id, QStringLiteral("wrong amount")));
    auto right = visits.refund(chain.manager2(), refundOf(sale->id, 400));
    CC_VERIFY_OK(right);
    QCOMPARE(right->receiptNo, QStringLiteral("R1/refund-2"));
    QCOMPARE(*visits.refundedTotal(chain.owner(), sale->id), qint64(400));
}

void TestVisits::voidRefusals_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("unknown");
    QTest::addColumn<int>("code");
    QTest::newRow("cashier") << "cashier1"
                             << "typo" << false << int(Error::Code::PermissionDenied);
    QTest::newRow("manager of another branch")
        << "manager2"
        << "typo" << false << int(Error::Code::PermissionDenied);
    QTest::newRow("no reason") << "manager1"
                               << "" << false << int(Error::Code::InvalidInput);
    QTest::newRow("unknown visit") << "owner"
                                   << "typo" << true << int(Error::Code::NotFound);
}

void TestVisits::voidRefusals()
{
    QFETCH(QString, actor);
    QFETCH(QString, reason);
    QFETCH(bool, unknown);
    QFETCH(int, code);
    TestChain chain;
    VisitService visits(chain.db());
    auto sale = visits.record(chain.owner(), bill(chain.branch1, 8800, QStringLiteral("R1")));
    CC_VERIFY_OK(sale);
    const QString before = fingerprint(chain.db());
    CC_VERIFY_ERROR(visits.voidVisit(actorNamed(chain, actor), unknown ? 999 : sale->id, reason),
        Error::Code(code));
    QCOMPARE(fingerprint(chain.db()), before);
}

void TestVisits::findAndListWithinScope()
{
    TestChain chain;
    VisitService visits(chain.db());
    auto a = visits.record(chain.owner(), bill(chain.branch1, 100, QStringLiteral("A"), phoneA));
    CC_VERIFY_OK(a);
    core::clock::setNowForTesting(t0 + 10);
    auto b = visits.record(chain.owner(), bill(chain.branch2, 200, QStringLiteral("B"), phoneA));
    CC_VERIFY_OK(b);

    auto found = visits.findByReceipt(chain.cashier1(), chain.branch1, QStringLiteral("A"));
    CC_VERIFY_OK(found);
    QCOMPARE(found->id, a->id);
    CC_VERIFY_ERROR(visits.findByReceipt(chain.cashier1(), chain.branch1, QStringLiteral("B")),
        Error::Code::NotFound);
    CC_VERIFY_ERROR(visits.findByReceipt(chain.manager2(), chain.branch1, QStringLiteral("A")),
        Error::Code::PermissionDenied);
    CC_VERIFY_ERROR(visits.find(chain.manager1(), b->id), Error::Code::PermissionDenied);
    CC_VERIFY_ERROR(visits.refundedTotal(chain.manager1(), b->id), Error::Code::PermissionDenied);

    auto all = visits.listForPerson(chain.owner(), a->personId);
    CC_VERIFY_OK(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->first().id, b->id); // newest first
    auto mine = visits.listForPerson(chain.manager1(), a->personId);
    CC_VERIFY_OK(mine);
    QCOMPARE(mine->size(), 1);
    QCOMPARE(mine->first().id, a->id);
    auto theirs = visits.listForPerson(chain.cashier1(), a->personId);
    CC_VERIFY_OK(theirs);
    QCOMPARE(theirs->size(), 1);
    CC_VERIFY_ERROR(visits.listForPerson(chain.owner(), 4242), Error::Code::NotFound);
}

void TestVisits::everyWriteIsAudited()
{
    TestChain chain;
    VisitService visits(chain.db());
    auto sale
        = visits.record(chain.cashier1(), bill(chain.branch1, 8800, QStringLiteral("R1"), phoneA));
    CC_VERIFY_OK(sale);
    auto refund = visits.refund(
        chain.manager1(), refundOf(sale->id, 800, QStringLiteral("hair in the soup")));
    CC_VERIFY_OK(refund);
    CC_VERIFY_OK(
        visits.voidVisit(chain.manager1(), refund->id, QStringLiteral("customer took it back")));
    auto log = core::audit::AuditLog::recent(chain.db(), chain.owner());
    CC_VERIFY_OK(log);
    QStringList actions;
    for (const auto &e : *log) {
        if (e.entity == QLatin1String("visit"))
            actions.prepend(e.action);
    }
    QCOMPARE(actions,
        (QStringList { QStringLiteral("visit.record"), QStringLiteral("visit.refund"),
            QStringLiteral("visit.void") }));
    const auto &voidEntry = log->at(0);
    QCOMPARE(voidEntry.actor, QStringLiteral("manager1"));
    QCOMPARE(voidEntry.entityId, refund->id);
    QVERIFY(voidEntry.after.contains(QStringLiteral("customer took it back")));
    const auto &refundEntry = log->at(1);
    QVERIFY(refundEntry.after.contains(QStringLiteral("hair in the soup")));
    QCOMPARE(refundEntry.branchId, chain.branch1);
}

namespace {

QStringList words(const char *line)
{
    return QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

void TestVisits::commandLine()
{
    if (qEnvironmentVariableIsEmpty("CHAINCARD_CLI"))
        QSKIP("CHAINCARD_CLI is not set (run through ctest)");
    core::clock::setNowForTesting(0);
    TestChain chain;
    const QString db = chain.path();
    auto add = runCli(
        db, words("visit add --branch B01 --phone 13812345678 --amount 88.00 --receipt R1"));
    QCOMPARE(add.exitCode, 0);
    QCOMPARE(add.json.value(QStringLiteral("amount")).toString(), QStringLiteral("88.00"));
    QCOMPARE(add.json.value(QStringLiteral("branch")).toString(), QStringLiteral("B01"));
    QCOMPARE(add.json.value(QStringLiteral("receipt_no")).toString(), QStringLiteral("R1"));
    QCOMPARE(add.json.value(QStringLiteral("phone")).toString(), QStringLiteral("+8613812345678"));
    QCOMPARE(add.json.value(QStringLiteral("kind")).toString(), QStringLiteral("sale"));

    auto dup = runCli(db, words("visit add --branch B01 --amount 1.00 --receipt R1"));
    QCOMPARE(dup.exitCode, 4);
    QVERIFY2(dup.err.contains(QStringLiteral("R1")) && dup.err.contains(QStringLiteral("B01"))
            && !dup.err.contains(QLatin1Char('\n')),
        qPrintable(dup.err));

    auto refund
        = runCli(db, words("visit refund --branch B01 --receipt R1 --amount 8.00 --reason cold"));
    QCOMPARE(refund.exitCode, 0);
    QCOMPARE(refund.json.value(QStringLiteral("amount")).toString(), QStringLiteral("-8.00"));
    QCOMPARE(refund.json.value(QStringLiteral("kind")).toString(), QStringLiteral("refund"));
    auto over
        = runCli(db, words("visit refund --branch B01 --receipt R1 --amount 80.01 --reason cold"));
    QCOMPARE(over.exitCode, 4);
    QVERIFY2(over.err.contains(QStringLiteral("80.00")), qPrintable(over.err));

    auto noReason = runCli(db, words("visit void --branch B01 --receipt R1"));
    QCOMPARE(noReason.exitCode, 2);
    auto voidRefund
        = runCli(db, words("visit void --branch B01 --receipt R1/refund-1 --reason typo"));
    QCOMPARE(voidRefund.exitCode, 0);
    QCOMPARE(voidRefund.json.value(QStringLiteral("voided")).toBool(), true);
    auto badAmount = runCli(db, words("visit add --branch B01 --amount 1.234 --receipt R9"));
    QCOMPARE(badAmount.exitCode, 2);
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT count(*) FROM visits")), qint64(2));
}

QTEST_GUILESS_MAIN(TestVisits)
#include "tst_visits.moc"
