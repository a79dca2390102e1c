#include "tests/support/testchain.h"

#include "core/csvio/exporter.h"
#include "core/people/memberfilter.h"
#include "core/csvio/importer.h"
#include "core/demo/demogenerator.h"
#include "core/maintenance/checker.h"
#include "core/storage/sql.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTest>

using core::csv::Kind;
using core::csvio::ExportOptions;
using core::csvio::Exporter;
using core::csvio::ImportOptions;
using core::csvio::ImportReport;
using core::csvio::Importer;
using testsupport::TestChain;
using testsupport::count;

namespace {

core::Result<ImportReport> importBytes(core::storage::Database &db, const core::auth::Actor &actor, Kind kind,
                                 QByteArray bytes, ImportOptions options = {})
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    options.kind = kind;
    return Importer(db).run(actor, &buffer, options);
}

QByteArray exportBytes(core::storage::Database &db, const core::auth::Actor &actor, Kind kind,
                       bool excel = false)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    ExportOptions options;
    options.kind = kind;
    options.excel = excel;
    auto rows = Exporter(db).run(actor, &buffer, options);
    if (!rows)
        qWarning() << "export failed:" << rows.error().message();
    return bytes;
}


// The order in which a chain's files import: what a row refers to comes first.
const Kind importOrder[] = { Kind::Branches, Kind::Coupons,      Kind::Members,     Kind::Visits,
                             Kind::Wallet,   Kind::CouponClaims, Kind::Redemptions, Kind::Reviews };

QByteArray membersFile(int rows)
{
    QByteArray bytes = "phone,name,home_branch,joined_at\n";
    for (int i = 0; i < rows; ++i)
        bytes += QByteArray("1380000") + QByteArray::number(1000 + i) + ",Guest " + QByteArray::number(i)
            + ",B01,2025-03-14 12:30:00\n";
    return bytes;
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private slots:
    void everyKindRoundTripsIntoANewChain();
    void aBadRowAtTheEndWritesNothing();
    void skipBadWritesTheGoodRows();
    void randomOrderIndexesComeBack();
    void unreadableRecordIsRejectedInPlace();
    void errorReportHasEveryRow();
    void samePersonWrittenTwiceIsMerged();
    void trustedMemberRowsKeepEveryConstraint();
    void blanksNeverOverwrite();
    void ambiguousDatesNeedAFormat();
    void oneValueSettlesTheDateOrder();
    void cancelIsHeardWhileDatesAreSettled();
    void managerImportsAndExportsOnlyTheirBranch();
    void chineseHeadersInGb18030();
    void refundsAndVoidedReceipts();
    void receiptRecordedWithOtherValuesIsAnError();
    void excelExportNeutralisesFormulas();
    void memberListExportFollowsItsFilter();
    void walletRulesHoldOnImport();
    void cashierCannotImport();
};

void TestImport::everyKindRoundTripsIntoANewChain()
{
    TestChain a(TestChain::Setup::Empty);
    core::demo::DemoOptions demo;
    demo.branches = 3;
    demo.members = 150;
    demo.visits = 1500;
    demo.endDate = QDate(2026, 6, 30);
    CC_VERIFY_OK(core::demo::DemoGenerator(a.db()).generate(a.owner(), demo));

    TestChain b(TestChain::Setup::Empty);
    for (Kind kind : importOrder) {
        const QByteArray exported = exportBytes(a.db(), a.owner(), kind);
        QVERIFY(exported.count('\n') > 1);
        auto into = importBytes(b.db(), b.owner(), kind, exported);
        CC_VERIFY_OK(into);
        QVERIFY2(into->errors.isEmpty(), qPrintable(into->errors.value(0).reason));
        QVERIFY(into->written);
        QCOMPARE(into->inserted, into->rows);
        // What the new chain exports is what the old one did, byte for byte.
        QCOMPARE(exportBytes(b.db(), b.owner(), kind), exported);
        // Importing the same file again changes nothing, in either chain.
        for (TestChain *chain : { &a, &b }) {
            auto again = importBytes(chain->db(), chain->owner(), kind, exported);
            CC_VERIFY_OK(again);
            QCOMPARE(again->unchanged, again->rows);
            QCOMPARE(again->inserted + again->updated + again->rejected, qint64(0));
        }
    }
    auto report = core::maintenance::Checker::run(b.db(), b.owner(), {});
    CC_VERIFY_OK(report);
    QVERIFY(report->ok());
    QCOMPARE(count(b.db(), QStringLiteral("SELECT count(*) FROM people WHERE member_since IS NOT NULL")),
             count(a.db(), QStringLiteral("SELECT count(*) FROM people WHERE member_since IS NOT NULL")));
}

void TestImport::aBadRowAtTheEndWritesNothing()
{
    TestChain chain;
    QByteArray bytes = membersFile(3000);
    bytes += "12345,Too Short,B01,2025-03-14 12:30:00\n";
    auto report = importBytes(chain.db(), chain.owner(), Kind::Members, bytes);
    CC_VERIFY_OK(report);
    QCOMPARE(report->rows, qint64(3001));
    QCOMPARE(report->rejected, qint64(1));
    QCOMPARE(report->errors.size(), 1);
    QCOMPARE(report->errors[0].row, qint64(3002));
    QCOMPARE(report->errors[0].column, QStringLiteral("phone"));
    QVERIFY(report->errors[0].reason.contains(QStringLiteral("12345")));
    QVERIFY(!report->written);
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT count(*) FROM people")), qint64(0));
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'import.%'")),
             qint64(0));
}

void TestImport::skipBadWritesTheGoodRows()
{
    TestChain chain;
    QByteArray bytes = membersFile(10);
    bytes += "not a phone,Bad,B01,\n";
    ImportOptions options;
    options.skipBad = true;
    auto report = importBytes(chain.db(), chain.owner(), Kind::Members, bytes, options);
    CC_VERIFY_OK(report);
    QCOMPARE(report->inserted, qint64(10));
    QCOMPARE(report->rejected, qint64(1));
    QVERIFY(report->written);
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT count(*) FROM people")), qint64(10));

    // A dry run counts the same and writes nothing.
    TestChain other;
    options.dryRun = true;
    auto dry = importBytes(other.db(), other.owner(), Kind::Members, bytes, options);
    CC_VERIFY_OK(dry);
    QCOMPARE(dry->inserted, qint64(10));
    QVERIFY(!dry->written);
    QCOMPARE(count(other.db(), QStringLiteral("SELECT count(*) FROM people")), qint64(0));
}

// A large file into a small table loads with the random-order indexes dropped and builds them
// at the end; a failed or dry import brings them back with the rollback.
void TestImport::randomOrderIndexesComeBack()
{
    const QString indexes = QStringLiteral(
        "SELECT count(*) FROM sqlite_master WHERE type = 'index'"
        " AND name IN ('people_phone', 'people_last4', 'people_home_branch', 'visits_person')");
    TestChain chain;
    QByteArray bad = membersFile(500);
    bad += "12345,Too Short,B01,2025-03-14 12:30:00\n";
    auto failed = importBytes(chain.db(), chain.owner(), Kind::Members, bad);
    CC_VERIFY_OK(failed);
    QVERIFY(!failed->written);
    QCOMPARE(count(chain.db(), indexes), qint64(4));
    ImportOptions dry;
    dry.dryRun = true;
    CC_VERIFY_OK(importBytes(chain.db(), chain.owner(), Kind::Members, membersFile(500), dry));
    QCOMPARE(count(chain.db(), indexes), qint64(4));

    auto written = importBytes(chain.db(), chain.owner(), Kind::Members, membersFile(500));
    CC_VERIFY_OK(written);
    QCOMPARE(written->inserted, qint64(500));
    QCOMPARE(count(chain.db(), indexes), qint64(4));
    QByteArray visits = "branch,receipt_no,phone,amount,occurred_at\n";
    for (int i = 0; i < 300; ++i)
        visits += "B01,R" + QByteArray::number(i) + ",1380000" + QByteArray::number(1000 + i % 500)
            + ",88.00,2025-03-15 12:00:00\n";
    CC_VERIFY_OK(importBytes(chain.db(), chain.owner(), Kind::Visits, visits));
    QCOMPARE(count(chain.db(), indexes), qint64(4));
    // The rebuilt indexes answer: the planner uses them, and what they hold is right.
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT count(*) FROM people WHERE phone_last4 = '1007'")), qint64(1));
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT count(*) FROM visits v JOIN people p ON p.id = v.person_id"
                                              " WHERE p.phone = '+8613800001007'")),
             qint64(1));
    auto check = core::storage::scalar(chain.db(), QStringLiteral("PRAGMA integrity_check"));
    CC_VERIFY_OK(check);
    QCOMPARE(check->toString(), QStringLiteral("ok"));
}

// Members and visits are read on a second thread: a record that cannot be decoded is still
// reported at its own line, in order with the rows around it.
void TestImport::unreadableRecordIsRejectedInPlace()
{
    TestChain chain;
    QByteArray bytes = membersFile(2000);
    const int at = bytes.indexOf("Guest 1500");
    QVERIFY(at > 0);
    bytes[at + 1] = char(0xFF); // not UTF-8
    ImportOptions options;
    options.skipBad = true;
    auto report = importBytes(chain.db(), chain.owner(), Kind::Members, bytes, options);
    CC_VERIFY_OK(report);
    QCOMPARE(report->rows, qint64(2000));
    QCOMPARE(report->inserted, qint64(1999));
    QCOMPARE(report->rejected, qint64(1));
    QCOMPARE(report->errors.size(), 1);
    QCOMPARE(report->errors[0].row, qint64(1502));
    QVERIFY(report->written);
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT count(*) FROM people WHERE phone = '+8613800002500'")), qint64(0));
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT count(*) FROM people WHERE phone = '+8613800002501'")), qint64(1));
}

void TestImport::errorReportHasEveryRow()
{
    TestChain chain;
    QByteArray bytes = "phone,name\n";
    for (int i = 0; i < 30; ++i)
        bytes += "x" + QByteArray::number(i) + ",Nobody\n";
    QByteArray errors;
    QBuffer errorFile(&errors);
    errorFile.open(QIODevice::WriteOnly);
    ImportOptions options;
    options.errorReport = &errorFile;
    auto report = importBytes(chain.db(), chain.owner(), Kind::Members, bytes, options);
    CC_VERIFY_OK(report);
    QCOMPARE(report->rejected, qint64(30));
    QCOMPARE(report->errors.size(), ImportReport::keptErrors);
    QCOMPARE(errors.count('\n'), 31);
    QVERIFY(errors.startsWith("row,column,reason\n2,phone,"));
}

void TestImport::samePersonWrittenTwiceIsMerged()
{
    TestChain chain;
    const QByteArray bytes = "手机号,姓名,邮箱,生日\n"
                             "13800138000,,li@example.com,\n"
                             "+86 138-0013-8000,李雷,,1990-05-06\n";
    auto report = importBytes(chain.db(), chain.owner(), Kind::Members, bytes);
    CC_VERIFY_OK(report);
    QCOMPARE(report->inserted, qint64(1));
    QCOMPARE(report->merged, qint64(1));
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT count(*) FROM people")), qint64(1));
    auto row = core::storage::scalar(chain.db(),
        QStringLiteral("SELECT phone || '|' || name || '|' || email || '|' || birthday FROM people"));
    CC_VERIFY_OK(row);
    QCOMPARE(row->toString(), QStringLiteral("+8613800138000|李雷|li@example.com|1990-05-06"));
}

// Members are written without SQLite's row-by-row CHECK and foreign-key evaluation, because
// the sink makes every value canonical and looks every reference up: what it writes still
// satisfies them all, and the connection has its checks back afterwards.
void TestImport::trustedMemberRowsKeepEveryConstraint()
{
    TestChain chain;
    const QByteArray bytes = "phone,name,gender,home_branch,sms_opt_in,email_opt_in\n"
                             "13800138001,Li,女,B01,yes,no\n"
                             "13800138002,Wang,M,B02,no,yes\n"
                             "13800138003,Zhao,,,yes,\n"
                             "+86 138 0013 8001,,,B02,,yes\n";
    auto report = importBytes(chain.db(), chain.owner(), Kind::Members, bytes);
    CC_VERIFY_OK(report);
    QCOMPARE(report->inserted, qint64(3));
    auto &db = chain.db();
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), qint64(0));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM people"
                                      " WHERE gender NOT IN ('', 'female', 'male', 'other')")),
             qint64(0));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM consents WHERE channel NOT IN"
                                      " ('sms', 'email', 'webhook') OR granted NOT IN (0, 1)")),
             qint64(0));
    QCOMPARE(count(db, QStringLiteral("SELECT gender = 'female' FROM people WHERE name = 'Li'")),
             qint64(1));
    QCOMPARE(count(db, QStringLiteral("PRAGMA foreign_keys")), qint64(1));
    QCOMPARE(count(db, QStringLiteral("PRAGMA ignore_check_constraints")), qint64(0));
    // And a row that breaks a CHECK is still refused on this connection.
    auto refused = core::storage::execOnce(db,
        QStringLiteral("UPDATE people SET gender = 'unknown' WHERE name = 'Li'"));
    QVERIFY(!refused.ok());
}

void TestImport::blanksNeverOverwrite()
{
    TestChain chain;
    CC_VERIFY_OK(importBytes(chain.db(), chain.owner(), Kind::Members,
                             "phone,name,notes\n13800138000,Wang,regular\n"));
    auto blank = importBytes(chain.db(), chain.owner(), Kind::Members, "phone,name,notes\n13800138000,,\n");
    CC_VERIFY_OK(blank);
    QCOMPARE(blank->unchanged, qint64(1));
    auto changed = importBytes(chain.db(), chain.owner(), Kind::Members, "phone,name\n13800138000,Wang Li\n");
    CC_VERIFY_OK(changed);
    QCOMPARE(changed->updated, qint64(1));
    QCOMPARE(core::storage::scalar(chain.db(), QStringLiteral("SELECT name || '|' || notes FROM people"))->toString(),
             QStringLiteral("Wang Li|regular"));
}

void TestImport::ambiguousDatesNeedAFormat()
{
    TestChain chain;
    const QByteArray bytes = "branch,occurred_at,amount,receipt_no\nB01,3/4/2025 12:00,10.00,R1\n"
                             "B01,5/6/2025 12:00,12.00,R2\n";
    auto refused = importBytes(chain.db(), chain.owner(), Kind::Visits, bytes);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message().contains(QStringLiteral("--date-format")),
             qPrintable(refused.error().message()));
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT count(*) FROM visits")), qint64(0));

    ImportOptions options;
    options.dateFormat = QStringLiteral("DMY");
    auto report = importBytes(chain.db(), chain.owner(), Kind::Visits, bytes, options);
    CC_VERIFY_OK(report);
    QCOMPARE(report->inserted, qint64(2));
    // 3 April 2025 12:00 in Shanghai is 04:00 UTC.
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT occurred_at FROM visits WHERE receipt_no = 'R1'")),
             QDateTime(QDate(2025, 4, 3), QTime(4, 0), Qt::UTC).toSecsSinceEpoch());
}

void TestImport::oneValueSettlesTheDateOrder()
{
    TestChain chain;
    const QByteArray bytes = "branch,occurred_at,amount,receipt_no\nB01,3/4/2025 12:00,10.00,R1\n"
                             "B01,4/28/2025 23:30,12.00,R2\n";
    auto report = importBytes(chain.db(), chain.owner(), Kind::Visits, bytes);
    CC_VERIFY_OK(report);
    QCOMPARE(report->inserted, qint64(2));
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT occurred_at FROM visits WHERE receipt_no = 'R1'")),
             QDateTime(QDate(2025, 3, 4), QTime(4, 0), Qt::UTC).toSecsSinceEpoch());
}

namespace {

// A buffer that counts the bytes read from it.
class CountingBuffer : public QBuffer
{
public:
    using QBuffer::QBuffer;
    qint64 bytesRead = 0;

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = QBuffer::readData(data, maxSize);
        bytesRead += qMax<qint64>(n, 0);
        return n;
    }
};

} // namespace

// A file whose dates never say day or month first is read to its end to settle them before the
// import proper; Cancel must be heard during that pass (it used to wait for the second one).
void TestImport::cancelIsHeardWhileDatesAreSettled()
{
    TestChain chain;
    QByteArray bytes = "branch,occurred_at,amount,receipt_no\n";
    for (int i = 0; i < 250000; ++i) // 9 MB: more than the reader's first reads
        bytes += "B01,3/4/2025 12:00,10.00,R" + QByteArray::number(i) + "\n";
    CountingBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    ImportOptions options;
    options.kind = Kind::Visits;
    int asked = 0;
    options.progress = [&asked](qint64) { return ++asked < 3; };
    auto report = Importer(chain.db()).run(chain.owner(), &buffer, options);
    QVERIFY(!report);
    QCOMPARE(report.error().field(), QStringLiteral("cancelled"));
    QVERIFY2(buffer.bytesRead < bytes.size() / 2, qPrintable(QString::number(buffer.bytesRead)));
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT count(*) FROM visits")), qint64(0));
}

void TestImport::managerImportsAndExportsOnlyTheirBranch()
{
    TestChain chain;
    const QByteArray bytes = "branch,occurred_at,amount,receipt_no\nB01,2025-03-14 12:00,10.00,R1\n"
                             "B02,2025-03-14 12:00,12.00,R1\n";
    auto refused = importBytes(chain.db(), chain.manager1(), Kind::Visits, bytes);
    CC_VERIFY_OK(refused);
    QCOMPARE(refused->rejected, qint64(1));
    QCOMPARE(refused->errors[0].row, qint64(3));
    QCOMPARE(refused->errors[0].column, QStringLiteral("branch"));
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT count(*) FROM visits")), qint64(0));

    CC_VERIFY_OK(importBytes(chain.db(), chain.owner(), Kind::Visits, bytes));
    const QByteArray mine = exportBytes(chain.db(), chain.manager1(), Kind::Visits);
    QCOMPARE(mine.count('\n'), 2);
    QVERIFY(mine.contains("B01,") && !mine.contains("B02,"));
}

void TestImport::chineseHeadersInGb18030()
{
    TestChain chain;
    QStringEncoder gb18030("GB18030");
    QVERIFY(gb18030.isValid());
    const QByteArray bytes = gb18030(QStringLiteral("手机号,姓名,门店\r\n13800138000,张三,Xujiahui\r\n"));
    auto report = importBytes(chain.db(), chain.owner(), Kind::Members, bytes);
    CC_VERIFY_OK(report);
    QCOMPARE(report->encoding, QStringLiteral("GB18030"));
    QCOMPARE(report->inserted, qint64(1));
    QCOMPARE(core::storage::scalar(chain.db(), QStringLiteral("SELECT name FROM people"))->toString(),
             QStringLiteral("张三"));
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT home_branch_id FROM people")), chain.branch2);
}

void TestImport::refundsAndVoidedReceipts()
{
    TestChain chain;
    const QByteArray bytes = "branch,occurred_at,amount,receipt_no,row_type,row_status\n"
                             "B01,2025-03-14 12:00,100.00,R1,Sale,Closed\n"
                             "B01,2025-03-14 13:00,30.00,R1,Refund,Closed\n"
                             "B01,2025-03-14 14:00,50.00,R2,Sale,Cancelled\n";
    auto report = importBytes(chain.db(), chain.owner(), Kind::Visits, bytes);
    CC_VERIFY_OK(report);
    QCOMPARE(report->inserted, qint64(2));
    QCOMPARE(report->skipped, qint64(1));
    QCOMPARE(core::storage::scalar(chain.db(),
                 QStringLiteral("SELECT r.kind || '|' || r.amount || '|' || r.receipt_no || '|' || (r.refund_of = s.id)"
                                " FROM visits r JOIN visits s ON s.receipt_no = 'R1' WHERE r.kind = 'refund'"))
                 ->toString(),
             QStringLiteral("refund|-3000|R1/refund|1"));
    auto again = importBytes(chain.db(), chain.owner(), Kind::Visits, bytes);
    CC_VERIFY_OK(again);
    QCOMPARE(again->unchanged, qint64(2));
}

void TestImport::receiptRecordedWithOtherValuesIsAnError()
{
    TestChain chain;
    CC_VERIFY_OK(importBytes(chain.db(), chain.owner(), Kind::Visits,
                             "branch,occurred_at,amount,receipt_no\nB01,2025-03-14 12:00,10.00,R1\n"));
    auto changed = importBytes(chain.db(), chain.owner(), Kind::Visits,
                               "branch,occurred_at,amount,receipt_no\nB01,2025-03-14 12:00,99.00,R1\n");
    CC_VERIFY_OK(changed);
    QCOMPARE(changed->rejected, qint64(1));
    QCOMPARE(changed->errors[0].column, QStringLiteral("receipt_no"));
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT amount FROM visits")), qint64(1000));
}

// Export from the member list (issue 3, "Export from every list"): the people its filter and
// scope show, in its order, in the members' canonical columns, which import back unchanged.
void TestImport::memberListExportFollowsItsFilter()
{
    TestChain a(TestChain::Setup::Empty);
    core::demo::DemoOptions demo;
    demo.branches = 3;
    demo.members = 12000; // more than one page of the directory (5,000)
    demo.visits = 20000;
    demo.endDate = QDate(2026, 6, 30);
    CC_VERIFY_OK(core::demo::DemoGenerator(a.db()).generate(a.owner(), demo));
    const auto exportList = [&a](const core::auth::Actor &actor,
                                const core::people::MemberFilter &filter) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        auto rows = Exporter(a.db()).runMembers(actor, &buffer, filter, {});
        return std::make_pair(rows, bytes);
    };
    const auto branchId = [&a](const char *code) {
        return core::storage::scalar(a.db(), QStringLiteral("SELECT id FROM branches WHERE code = ?"),
                   { QString::fromLatin1(code) })
            ->toLongLong();
    };
    const qint64 b02 = branchId("B002");

    // Everyone: the same rows as the whole export (the list's order is the id order).
    auto [all, allBytes] = exportList(a.owner(), {});
    CC_VERIFY_OK(all);
    QCOMPARE(*all, count(a.db(), QStringLiteral("SELECT count(*) FROM people")));
    QVERIFY(*all > 10000);
    QCOMPARE(allBytes, exportBytes(a.db(), a.owner(), Kind::Members));

    // Members of B002 only: every row says B002, as many as the list counts.
    core::people::MemberFilter filter;
    filter.branchIds = { b02 };
    filter.standing = core::people::MemberFilter::Standing::Members;
    auto [some, someBytes] = exportList(a.owner(), filter);
    CC_VERIFY_OK(some);
    QCOMPARE(*some,
        count(a.db(), QStringLiteral("SELECT count(*) FROM people WHERE member_since IS NOT NULL"
                                     " AND home_branch_id = %1").arg(b02)));
    QVERIFY(*some > 0 && *some < *all);
    const QList<QByteArray> lines = someBytes.trimmed().split('\n');
    QCOMPARE(lines.size(), *some + 1);
    for (int i = 1; i < lines.size(); ++i)
        QVERIFY2(lines[i].contains(",B002,"), lines[i].constData());

    // A name search: in the list's order (by name), and it imports back unchanged.
    filter = {};
    filter.search = QStringLiteral("王");
    auto [named, namedBytes] = exportList(a.owner(), filter);
    CC_VERIFY_OK(named);
    QVERIFY(*named > 0);
    auto again = importBytes(a.db(), a.owner(), Kind::Members, namedBytes);
    CC_VERIFY_OK(again);
    QCOMPARE(again->unchanged, *named);

    // A cashier may not export.
    auto [refused, refusedBytes] = exportList(a.cashier1(), {});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), core::Error::Code::PermissionDenied);
}

void TestImport::excelExportNeutralisesFormulas()
{
    TestChain chain;
    CC_VERIFY_OK(importBytes(chain.db(), chain.owner(), Kind::Members,
                             "phone,name,notes\n13800138000,\"=HYPERLINK(\"\"x\"\")\",@SUM(1)\n"));
    const QByteArray excel = exportBytes(chain.db(), chain.owner(), Kind::Members, true);
    QVERIFY(excel.startsWith("\xEF\xBB\xBF"));
    QVERIFY(excel.contains("\r\n"));
    QVERIFY(excel.contains("'=HYPERLINK"));
    QVERIFY(excel.contains("'@SUM(1)"));
    QVERIFY(excel.contains("\r\n+8613800138000,"));
    auto back = importBytes(chain.db(), chain.owner(), Kind::Members, excel);
    CC_VERIFY_OK(back);
    QCOMPARE(back->unchanged, qint64(1));
    QCOMPARE(core::storage::scalar(chain.db(), QStringLiteral("SELECT name FROM people"))->toString(),
             QStringLiteral("=HYPERLINK(\"x\")"));
}

void TestImport::walletRulesHoldOnImport()
{
    TestChain chain;
    const QByteArray bytes = "phone,branch,occurred_at,kind,amount,ref\n"
                             "13800138000,B01,2025-03-14 12:00,topup,100.00,T1\n"
                             "13800138000,B02,2025-03-15 12:00,spend,150.00,S1\n";
    auto refused = importBytes(chain.db(), chain.owner(), Kind::Wallet, bytes);
    CC_VERIFY_OK(refused);
    QCOMPARE(refused->rejected, qint64(1));
    QCOMPARE(refused->errors[0].row, qint64(3));
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT count(*) FROM wallet_entries")), qint64(0));

    ImportOptions options;
    options.skipBad = true;
    auto partial = importBytes(chain.db(), chain.owner(), Kind::Wallet, bytes, options);
    CC_VERIFY_OK(partial);
    QCOMPARE(partial->inserted, qint64(1));
    // The top-up made a member from the time it happened, not from the time of the import.
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT member_since FROM people")),
             QDateTime(QDate(2025, 3, 14), QTime(4, 0), Qt::UTC).toSecsSinceEpoch());
    // The same reference for another amount is refused, not applied twice.
    auto replay = importBytes(chain.db(), chain.owner(), Kind::Wallet,
                              "phone,branch,occurred_at,kind,amount,ref\n"
                              "13800138000,B01,2025-03-14 12:00,topup,200.00,T1\n");
    CC_VERIFY_OK(replay);
    QCOMPARE(replay->rejected, qint64(1));
    QCOMPARE(replay->errors[0].column, QStringLiteral("ref"));
}

void TestImport::cashierCannotImport()
{
    TestChain chain;
    CC_VERIFY_ERROR(importBytes(chain.db(), chain.cashier1(), Kind::Members, membersFile(1)),
                    core::Error::Code::PermissionDenied);
    CC_VERIFY_ERROR(importBytes(chain.db(), chain.manager1(), Kind::Branches, "code,name\nB09,New\n"),
                    core::Error::Code::PermissionDenied);
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
