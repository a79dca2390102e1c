#include "core/audit/auditlog.h"
#include "core/chain/chainsettings.h"
#include "core/common/clock.h"
#include "core/reviews/reviewservice.h"
#include "core/storage/sql.h"
#include "core/visits/visitservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include "tests/support/clirun.h"
#include "tests/support/testchain.h"

using namespace testsupport;
using core::Error;
using core::reviews::ReviewFilter;
using core::reviews::ReviewRequest;
using core::reviews::ReviewService;

namespace {

constexpr qint64 t0 = 1767225600; // 2026-01-01 00:00 UTC
constexpr qint64 day = 86400;
const QString phoneA = QStringLiteral("13812345678");
const QString phoneB = QStringLiteral("13900001111");


// Everything a refusal must leave as it was.
QString fingerprint(core::storage::Database &db)
{
    auto v = core::storage::scalar(db,
        QStringLiteral("SELECT (SELECT count(*) FROM reviews) || '/' ||"
                       " (SELECT count(*) FROM reviews WHERE reply IS NOT NULL) || '/' ||"
                       " (SELECT coalesce(group_concat(reply, '|'), '') FROM reviews) || '/' ||"
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

ReviewRequest reviewOf(qint64 branch, const QString &receipt, const QString &phone, int rating,
    const QString &text = QStringLiteral("Good noodles"))
{
    ReviewRequest r;
    r.branchId = branch;
    r.receiptNo = receipt;
    r.phone = phone;
    r.rating = rating;
    r.text = text;
    return r;
}

// A chain with bills at t0: R1 at B01 by phone A, R2 at B01 by phone B, R3 at B02 by phone A,
// ANON at B01 without a person, VOID at B01 by A (voided) and its refund-less sibling.
struct Bills
{
    explicit Bills(TestChain &chain)
    {
        core::visits::VisitService visits(chain.db());
        const auto add = [&](qint64 branch, const char *receipt, const QString &phone) {
            core::visits::NewVisit v;
            v.branchId = branch;
            v.receiptNo = QString::fromLatin1(receipt);
            v.amount = 8800;
            v.phone = phone;
            auto written = visits.record(chain.owner(), v);
            return written ? written->id : 0;
        };
        r1 = add(chain.branch1, "R1", phoneA);
        r2 = add(chain.branch1, "R2", phoneB);
        r3 = add(chain.branch2, "R3", phoneA);
        add(chain.branch1, "ANON", QString());
        const qint64 voided = add(chain.branch1, "VOID", phoneA);
        (void)visits.voidVisit(chain.owner(), voided, QStringLiteral("typo"));
        const qint64 refunded = add(chain.branch1, "SOLD", phoneA);
        core::visits::RefundRequest refund;
        refund.visitId = refunded;
        refund.amount = 100;
        refund.reason = QStringLiteral("cold");
        refund.receiptNo = QStringLiteral("RF1");
        (void)visits.refund(chain.owner(), refund);
    }
    qint64 r1 = 0;
    qint64 r2 = 0;
    qint64 r3 = 0;
};

} // namespace

class TestReviews : public QObject
{
    Q_OBJECT
private slots:
    void init() { core::clock::setNowForTesting(t0); }
    void cleanup() { core::clock::setNowForTesting(0); }

    void verifiedReviewIsRecorded();
    void addRefusals_data();
    void addRefusals();
    void reviewWindow_data();
    void reviewWindow();
    void windowFollowsChainSettings();
    void reviewAtAGivenTime();
    void replyScope();
    void listFiltersWithinScope();
    void averagesPerBranch();
    void everyWriteIsAudited();
    void commandLine();
};

void TestReviews::verifiedReviewIsRecorded()
{
    TestChain chain;
    Bills bills(chain);
    ReviewService reviews(chain.db());
    core::clock::setNowForTesting(t0 + 3 * day);
    // The phone in another form is the same person; a cashier records it at the counter.
    auto review = reviews.add(chain.cashier1(),
        reviewOf(chain.branch1, QStringLiteral("R1"), QStringLiteral("+86 138-1234-5678"), 5,
            QStringLiteral("  Best beef noodles in town  ")));
    CC_VERIFY_OK(review);
    QCOMPARE(review->visitId, bills.r1);
    QCOMPARE(review->branchId, chain.branch1);
    QCOMPARE(review->rating, 5);
    QCOMPARE(review->text, QStringLiteral("Best beef noodles in town"));
    QCOMPARE(review->createdAt, t0 + 3 * day);
    QCOMPARE(review->receiptNo, QStringLiteral("R1"));
    QVERIFY(!review->hasReply());
    auto read = reviews.find(chain.manager1(), review->id);
    CC_VERIFY_OK(read);
    QCOMPARE(read->text, review->text);
    QCOMPARE(read->personId, review->personId);
    // The same person reviews another visit of theirs, at another branch.
    CC_VERIFY_OK(
        reviews.add(chain.owner(), reviewOf(chain.branch2, QStringLiteral("R3"), phoneA, 3)));
    // Text is optional.
    CC_VERIFY_OK(reviews.add(
        chain.owner(), reviewOf(chain.branch1, QStringLiteral("R2"), phoneB, 4, QString())));
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT count(*) FROM reviews")), qint64(3));
}

void TestReviews::addRefusals_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<int>("branch");
    QTest::addColumn<QString>("receipt");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<int>("rating");
    QTest::addColumn<int>("textLength"); // -1: a short text
    QTest::addColumn<bool>("reviewedBefore");
    QTest::addColumn<int>("code");
    const int conflict = int(Error::Code::Conflict);
    const int invalid = int(Error::Code::InvalidInput);
    const int denied = int(Error::Code::PermissionDenied);
    const int notFound = int(Error::Code::NotFound);
    const QString r1 = QStringLiteral("R1");
    QTest::newRow("no such receipt")
        << "owner" << 1 << "R404" << phoneA << 5 << -1 << false << notFound;
    QTest::newRow("receipt of another branch")
        << "owner" << 2 << r1 << phoneA << 5 << -1 << false << notFound;
    QTest::newRow("another person's phone")
        << "owner" << 1 << r1 << phoneB << 5 << -1 << false << denied;
    QTest::newRow("phone unknown to the chain")
        << "owner" << 1 << r1 << "13700009999" << 5 << -1 << false << denied;
    QTest::newRow("malformed phone") << "owner" << 1 << r1 << "12ab" << 5 << -1 << false << invalid;
    QTest::newRow("no phone") << "owner" << 1 << r1 << "" << 5 << -1 << false << invalid;
    QTest::newRow("anonymous bill")
        << "owner" << 1 << "ANON" << phoneA << 5 << -1 << false << conflict;
    QTest::newRow("voided bill") << "owner" << 1 << "VOID" << phoneA << 5 << -1 << false
                                 << conflict;
    QTest::newRow("refund receipt")
        << "owner" << 1 << "RF1" << phoneA << 5 << -1 << false << conflict;
    QTest::newRow("second review of a visit")
        << "owner" << 1 << r1 << phoneA << 4 << -1 << true << conflict;
    QTest::newRow("rating 0") << "owner" << 1 << r1 << phoneA << 0 << -1 << false << invalid;
    QTest::newRow("rating 6") << "owner" << 1 << r1 << phoneA << 6 << -1 << false << invalid;
    QTest::newRow("rating -1") << "owner" << 1 << r1 << phoneA << -1 << -1 << false << invalid;
    QTest::newRow("text too long") << "owner" << 1 << r1 << phoneA << 5
                                   << ReviewService::MaxTextLength + 1 << false << invalid;
    QTest::newRow("no branch") << "owner" << 0 << r1 << phoneA << 5 << -1 << false << invalid;
    QTest::newRow("manager of another branch")
        << "manager2" << 1 << r1 << phoneA << 5 << -1 << false << denied;
    QTest::newRow("cashier at another branch")
        << "cashier1" << 2 << "R3" << phoneA << 5 << -1 << false << denied;
}

void TestReviews::addRefusals()
{
    QFETCH(QString, actor);
    QFETCH(int, branch);
    QFETCH(QString, receipt);
    QFETCH(QString, phone);
    QFETCH(int, rating);
    QFETCH(int, textLength);
    QFETCH(bool, reviewedBefore);
    QFETCH(int, code);
    TestChain chain;
    Bills bills(chain);
    ReviewService reviews(chain.db());
    if (reviewedBefore)
        CC_VERIFY_OK(
            reviews.add(chain.owner(), reviewOf(chain.branch1, QStringLiteral("R1"), phoneA, 5)));
    const QString before = fingerprint(chain.db());
    const qint64 branchId = branch == 1 ? chain.branch1 : branch == 2 ? chain.branch2 : 0;
    ReviewRequest r = reviewOf(branchId, receipt, phone, rating);
    if (textLength >= 0)
        r.text = QString(textLength, QLatin1Char('x'));
    auto result = reviews.add(actorNamed(chain, actor), r);
    CC_VERIFY_ERROR(result, Error::Code(code));
    QCOMPARE(fingerprint(chain.db()), before);
}

void TestReviews::reviewWindow_data()
{
    QTest::addColumn<qint64>("after"); // seconds after the visit
    QTest::addColumn<bool>("allowed");
    QTest::newRow("right away") << qint64(0) << true;
    QTest::newRow("six days") << 6 * day << true;
    QTest::newRow("the last second of day 7") << 7 * day << true;
    QTest::newRow("one second late") << 7 * day + 1 << false;
    QTest::newRow("a month late") << 30 * day << false;
}

void TestReviews::reviewWindow()
{
    QFETCH(qint64, after);
    QFETCH(bool, allowed);
    TestChain chain;
    Bills bills(chain);
    ReviewService reviews(chain.db());
    core::clock::setNowForTesting(t0 + after);
    const QString before = fingerprint(chain.db());
    auto result
        = reviews.add(chain.owner(), reviewOf(chain.branch1, QStringLiteral("R1"), phoneA, 2));
    if (allowed) {
        CC_VERIFY_OK(result);
        return;
    }
    CC_VERIFY_ERROR(result, Error::Code::Conflict);
    QVERIFY2(result.error().message().contains(QStringLiteral("7")),
        qPrintable(result.error().message()));
    QCOMPARE(fingerprint(chain.db()), before);
}

void TestReviews::reviewAtAGivenTime()
{
    TestChain chain;
    Bills bills(chain);
    ReviewService reviews(chain.db());
    core::clock::setNowForTesting(t0 + 30 * day); // the window is long shut now
    const QString before = fingerprint(chain.db());
    ReviewRequest early = reviewOf(chain.branch1, QStringLiteral("R1"), phoneA, 4);
    early.createdAt = t0 - 1; // before the visit
    CC_VERIFY_ERROR(reviews.add(chain.owner(), early), Error::Code::InvalidInput);
    QCOMPARE(fingerprint(chain.db()), before);
    ReviewRequest late = early;
    late.createdAt = t0 + 7 * day + 1;
    CC_VERIFY_ERROR(reviews.add(chain.owner(), late), Error::Code::Conflict);
    ReviewRequest inTime = early;
    inTime.createdAt = t0 + 2 * day; // an imported review, judged when it was written
    auto added = reviews.add(chain.owner(), inTime);
    CC_VERIFY_OK(added);
    QCOMPARE(added->createdAt, t0 + 2 * day);
}

void TestReviews::windowFollowsChainSettings()
{
    TestChain chain;
    Bills bills(chain);
    auto settings = core::chain::ChainStore::load(chain.db());
    CC_VERIFY_OK(settings);
    core::chain::ChainSettings shorter = *settings;
    shorter.reviewDays = 2;
    CC_VERIFY_OK(core::chain::ChainStore::update(chain.db(), chain.owner(), shorter));
    ReviewService reviews(chain.db());
    core::clock::setNowForTesting(t0 + 2 * day + 1);
    CC_VERIFY_ERROR(
        reviews.add(chain.owner(), reviewOf(chain.branch1, QStringLiteral("R1"), phoneA, 5)),
        Error::Code::Conflict);
    core::clock::setNowForTesting(t0 + 2 * day);
    CC_VERIFY_OK(
        reviews.add(chain.owner(), reviewOf(chain.branch1, QStringLiteral("R1"), phoneA, 5)));
}

void TestReviews::replyScope()
{
    TestChain chain;
    Bills bills(chain);
    ReviewService reviews(chain.db());
    auto review = reviews.add(chain.owner(),
        reviewOf(chain.branch1, QStringLiteral("R1"), phoneA, 2, QStringLiteral("Soup was cold")));
    CC_VERIFY_OK(review);
    const QString before = fingerprint(chain.db());
    CC_VERIFY_ERROR(reviews.reply(chain.manager2(), review->id, QStringLiteral("Sorry")),
        Error::Code::PermissionDenied);
    CC_VERIFY_ERROR(reviews.reply(chain.cashier1(), review->id, QStringLiteral("Sorry")),
        Error::Code::PermissionDenied);
    CC_VERIFY_ERROR(reviews.reply(chain.manager1(), review->id, QStringLiteral("   ")),
        Error::Code::InvalidInput);
    CC_VERIFY_ERROR(reviews.reply(chain.manager1(), review->id,
                        QString(ReviewService::MaxTextLength + 1, QLatin1Char('x'))),
        Error::Code::InvalidInput);
    CC_VERIFY_ERROR(
        reviews.reply(chain.manager1(), 999, QStringLiteral("Sorry")), Error::Code::NotFound);
    QCOMPARE(fingerprint(chain.db()), before);

    core::clock::setNowForTesting(t0 + 3600);
    auto replied
        = reviews.reply(chain.manager1(), review->id, QStringLiteral("Sorry, next bowl is on us"));
    CC_VERIFY_OK(replied);
    QCOMPARE(replied->reply, QStringLiteral("Sorry, next bowl is on us"));
    QCOMPARE(replied->repliedAt, t0 + 3600);
    QCOMPARE(replied->repliedBy, qint64(101));
    // The owner may reply anywhere; a later reply replaces the earlier.
    auto again = reviews.reply(chain.owner(), review->id, QStringLiteral("We fixed the heater."));
    CC_VERIFY_OK(again);
    auto read = reviews.find(chain.owner(), review->id);
    CC_VERIFY_OK(read);
    QCOMPARE(read->reply, QStringLiteral("We fixed the heater."));
    QCOMPARE(read->repliedBy, qint64(0));
    CC_VERIFY_ERROR(reviews.find(chain.manager2(), review->id), Error::Code::PermissionDenied);
}

void TestReviews::listFiltersWithinScope()
{
    TestChain chain;
    Bills bills(chain);
    ReviewService reviews(chain.db());
    CC_VERIFY_OK(
        reviews.add(chain.owner(), reviewOf(chain.branch1, QStringLiteral("R1"), phoneA, 5)));
    core::clock::setNowForTesting(t0 + 60);
    CC_VERIFY_OK(
        reviews.add(chain.owner(), reviewOf(chain.branch1, QStringLiteral("R2"), phoneB, 1)));
    core::clock::setNowForTesting(t0 + 120);
    CC_VERIFY_OK(
        reviews.add(chain.owner(), reviewOf(chain.branch2, QStringLiteral("R3"), phoneA, 3)));

    auto all = reviews.list(chain.owner());
    CC_VERIFY_OK(all);
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->first().receiptNo, QStringLiteral("R3")); // newest first
    ReviewFilter low;
    low.maxRating = 2;
    auto bad = reviews.list(chain.owner(), low);
    CC_VERIFY_OK(bad);
    QCOMPARE(bad->size(), 1);
    QCOMPARE(bad->first().rating, 1);
    ReviewFilter b2;
    b2.branchIds = { chain.branch2 };
    QCOMPARE(reviews.list(chain.owner(), b2)->size(), 1);
    ReviewFilter both;
    both.branchIds = { chain.branch1, chain.branch2 };
    QCOMPARE(reviews.list(chain.owner(), both)->size(), 3);
    ReviewFilter good;
    good.minRating = 3;
    QCOMPARE(reviews.list(chain.owner(), good)->size(), 2);

    // Staff see their own branch, and naming another is refused.
    auto mine = reviews.list(chain.manager1());
    CC_VERIFY_OK(mine);
    QCOMPARE(mine->size(), 2);
    QCOMPARE(reviews.list(chain.cashier1())->size(), 2);
    CC_VERIFY_ERROR(reviews.list(chain.manager1(), b2), Error::Code::PermissionDenied);
    CC_VERIFY_ERROR(reviews.list(chain.manager1(), both), Error::Code::PermissionDenied);
    ReviewFilter own;
    own.branchIds = { chain.branch1 };
    QCOMPARE(reviews.list(chain.manager1(), own)->size(), 2);
    ReviewFilter upsideDown;
    upsideDown.minRating = 4;
    upsideDown.maxRating = 2;
    CC_VERIFY_ERROR(reviews.list(chain.owner(), upsideDown), Error::Code::InvalidInput);
    ReviewFilter outside;
    outside.maxRating = 6;
    CC_VERIFY_ERROR(reviews.list(chain.owner(), outside), Error::Code::InvalidInput);
}

void TestReviews::averagesPerBranch()
{
    TestChain chain;
    Bills bills(chain);
    ReviewService reviews(chain.db());
    auto empty = reviews.averages(chain.owner());
    CC_VERIFY_OK(empty);
    QCOMPARE(empty->size(), 2);
    QCOMPARE(empty->at(0).reviews, qint64(0));
    QCOMPARE(empty->at(0).average(), 0.0);
    CC_VERIFY_OK(
        reviews.add(chain.owner(), reviewOf(chain.branch1, QStringLiteral("R1"), phoneA, 5)));
    CC_VERIFY_OK(
        reviews.add(chain.owner(), reviewOf(chain.branch1, QStringLiteral("R2"), phoneB, 2)));
    CC_VERIFY_OK(
        reviews.add(chain.owner(), reviewOf(chain.branch2, QStringLiteral("R3"), phoneA, 4)));
    auto all = reviews.averages(chain.owner());
    CC_VERIFY_OK(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).branchCode, QStringLiteral("B01"));
    QCOMPARE(all->at(0).reviews, qint64(2));
    QCOMPARE(all->at(0).ratingSum, qint64(7));
    QCOMPARE(all->at(0).average(), 3.5);
    QCOMPARE(all->at(1).branchCode, QStringLiteral("B02"));
    QCOMPARE(all->at(1).average(), 4.0);
    auto mine = reviews.averages(chain.manager2());
    CC_VERIFY_OK(mine);
    QCOMPARE(mine->size(), 1);
    QCOMPARE(mine->first().branchCode, QStringLiteral("B02"));
}

void TestReviews::everyWriteIsAudited()
{
    TestChain chain;
    Bills bills(chain);
    ReviewService reviews(chain.db());
    auto review = reviews.add(chain.cashier1(),
        reviewOf(chain.branch1, QStringLiteral("R1"), phoneA, 4, QStringLiteral("Nice")));
    CC_VERIFY_OK(review);
    CC_VERIFY_OK(reviews.reply(chain.manager1(), review->id, QStringLiteral("Thanks!")));
    auto log = core::audit::AuditLog::recent(chain.db(), chain.owner(), 2);
    CC_VERIFY_OK(log);
    QCOMPARE(log->size(), 2);
    QCOMPARE(log->at(1).action, QStringLiteral("review.add"));
    QCOMPARE(log->at(1).actor, QStringLiteral("cashier1"));
    QCOMPARE(log->at(1).entityId, review->id);
    QCOMPARE(log->at(0).action, QStringLiteral("review.reply"));
    QVERIFY(log->at(0).after.contains(QStringLiteral("Thanks!")));
}

namespace {

QStringList words(const char *line)
{
    return QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

void TestReviews::commandLine()
{
    if (qEnvironmentVariableIsEmpty("CHAINCARD_CLI"))
        QSKIP("CHAINCARD_CLI is not set (run through ctest)");
    core::clock::setNowForTesting(0);
    TestChain chain;
    const QString db = chain.path();
    QCOMPARE(
        runCli(db, words("visit add --branch B01 --phone 13812345678 --amount 88.00 --receipt R1"))
            .exitCode,
        0);
    QCOMPARE(
        runCli(db, words("visit add --branch B01 --phone 13900001111 --amount 18.00 --receipt R2"))
            .exitCode,
        0);
    auto added = runCli(db,
        QStringList { QStringLiteral("review"), QStringLiteral("add"), QStringLiteral("--receipt"),
            QStringLiteral("R1"), QStringLiteral("--branch"), QStringLiteral("B01"),
            QStringLiteral("--phone"), QStringLiteral("13812345678"), QStringLiteral("--rating"),
            QStringLiteral("5"), QStringLiteral("--text"), QStringLiteral("Great noodles") });
    QCOMPARE(added.exitCode, 0);
    QCOMPARE(added.json.value(QStringLiteral("rating")).toInt(), 5);
    QCOMPARE(added.json.value(QStringLiteral("text")).toString(), QStringLiteral("Great noodles"));
    QCOMPARE(added.json.value(QStringLiteral("branch")).toString(), QStringLiteral("B01"));
    auto twice
        = runCli(db, words("review add --receipt R1 --branch B01 --phone 13812345678 --rating 4"));
    QCOMPARE(twice.exitCode, 4);
    QVERIFY2(twice.err.contains(QStringLiteral("R1")) && !twice.err.contains(QLatin1Char('\n')),
        qPrintable(twice.err));
    auto stranger
        = runCli(db, words("review add --receipt R2 --branch B01 --phone 13812345678 --rating 4"));
    QCOMPARE(stranger.exitCode, 3);
    auto zero
        = runCli(db, words("review add --receipt R2 --branch B01 --phone 13900001111 --rating 0"));
    QCOMPARE(zero.exitCode, 2);
    auto notANumber = runCli(
        db, words("review add --receipt R2 --branch B01 --phone 13900001111 --rating five"));
    QCOMPARE(notANumber.exitCode, 2);
    QCOMPARE(
        runCli(db, words("review add --receipt R2 --branch B01 --phone 13900001111 --rating 2"))
            .exitCode,
        0);
    auto replied = runCli(db,
        QStringList { QStringLiteral("review"), QStringLiteral("reply"), QStringLiteral("--id"),
            QString::number(added.json.value(QStringLiteral("review_id")).toInteger()),
            QStringLiteral("--text"), QStringLiteral("Thank you") });
    QCOMPARE(replied.exitCode, 0);
    QCOMPARE(replied.json.value(QStringLiteral("reply")).toString(), QStringLiteral("Thank you"));
    auto listed = runCli(db, words("review list --branch B01 --max-rating 3"));
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.json.value(QStringLiteral("reviews")).toArray().size(), 1);
    auto averages = runCli(db, words("review averages"));
    QCOMPARE(averages.exitCode, 0);
    const QJsonObject b01
        = averages.json.value(QStringLiteral("branches")).toArray().first().toObject();
    QCOMPARE(b01.value(QStringLiteral("average")).toString(), QStringLiteral("3.50"));
    QCOMPARE(b01.value(QStringLiteral("reviews")).toInt(), 2);
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT count(*) FROM reviews")), qint64(2));
}

QTEST_GUILESS_MAIN(TestReviews)
#include "tst_reviews.moc"
