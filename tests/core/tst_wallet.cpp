#include "tests/support/clirun.h"
#include "tests/support/testchain.h"

#include "core/branches/branchservice.h"
#include "core/common/clock.h"
#include "core/common/money.h"
#include "core/people/personservice.h"
#include "core/storage/sql.h"
#include "core/wallet/walletservice.h"

#include <QAtomicInt>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QLocale>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <memory>

using namespace testsupport;
using core::Error;
using core::wallet::EntryKind;
using core::wallet::Request;
using core::wallet::WalletService;

namespace {

const QString phoneA = QStringLiteral("13812345678");
const QString phoneB = QStringLiteral("13900001111");

Request req(const QString &phone, qint64 branch, qint64 amount, const QString &key = {},
            qint64 bonus = 0)
{
    Request r;
    r.phone = phone;
    r.branchId = branch;
    r.amount = amount;
    r.bonus = bonus;
    r.idempotencyKey = key;
    return r;
}


// Whether every wallets row equals the sum of its person's ledger, and no person has entries
// without a row.
bool ledgerAgrees(core::storage::Database &db)
{
    return count(db, QStringLiteral(
               "SELECT count(*) FROM wallets w LEFT JOIN (SELECT person_id, sum(principal) AS p,"
               " sum(bonus) AS b FROM wallet_entries GROUP BY person_id) e"
               " ON e.person_id = w.person_id"
               " WHERE coalesce(e.p, 0) <> w.principal OR coalesce(e.b, 0) <> w.bonus"))
        == 0
        && count(db, QStringLiteral("SELECT count(DISTINCT person_id) FROM wallet_entries"
                                    " WHERE person_id NOT IN (SELECT person_id FROM wallets)"))
        == 0;
}

} // namespace

class TestWallet : public QObject
{
    Q_OBJECT
private slots:
    void init() { core::clock::setNowForTesting(1767225600); } // 2026-01-01 00:00 UTC
    void cleanup() { core::clock::setNowForTesting(0); }

    void topUpRegistersGuestAndStartsMembership();
    void topUpWithBonusWritesTwoEntries();
    void membershipStartIsTheFirstTopUp();
    void pastTopUpMovesMembershipStartBack();
    void grantBonusNeedsManagerAndKeepsToppedUp();
    void spendTakesBonusFirst();
    void spendAtAnotherBranchIsNormal();
    void spendPastBalanceRefused();
    void spendByUnknownPhoneNotFound();
    void deactivatedBranchTakesNoMoney();
    void invalidAmountsRefused_data();
    void invalidAmountsRefused();
    void malformedAmountTextRefused_data();
    void malformedAmountTextRefused();
    void scopeRefusals_data();
    void scopeRefusals();
    void replayedKeyChargesOnce();
    void replayedTopUpKeyChargesOnce();
    void reusedKeyForOtherOperationRefused_data();
    void reusedKeyForOtherOperationRefused();
    void refundsCannotExceedSpends();
    void refundGivesPrincipalBackFirst();
    void reversalNegatesOnce();
    void reversalThatWouldGoNegativeRefused();
    void reversedTopUpLowersToppedUp();
    void adjustNeedsOwnerAndNote();
    void everyEntryIsAudited();
    void ledgerScopeForOtherBranches();
    void balanceByPhoneFromAnyBranch();
    void randomisedLedgerAgreesWithWallets();
    void twoConnectionsCannotOverdraw();
    void commandLine();
};

void TestWallet::topUpRegistersGuestAndStartsMembership()
{
    TestChain chain;
    WalletService wallet(chain.db());
    auto out = wallet.topUp(chain.cashier1(), req(phoneA, chain.branch1, 10000));
    CC_VERIFY_OK(out);
    QCOMPARE(out->entry.kind, EntryKind::TopUp);
    QCOMPARE(out->entry.principal, qint64(10000));
    QCOMPARE(out->entry.operatorName, QStringLiteral("cashier1"));
    QCOMPARE(out->balance.total(), qint64(10000));
    QCOMPARE(out->balance.toppedUp, qint64(10000));
    QCOMPARE(out->balance.phone, QStringLiteral("+8613812345678"));
    QVERIFY(!out->replayed);
    core::people::PersonService persons(chain.db(), core::people::PhoneNormalizer());
    auto person = persons.findByPhone(phoneA);
    CC_VERIFY_OK(person);
    QCOMPARE(person->homeBranchId, chain.branch1);
    QCOMPARE(person->memberSince, qint64(1767225600));
    QVERIFY(ledgerAgrees(chain.db()));
}

void TestWallet::topUpWithBonusWritesTwoEntries()
{
    TestChain chain;
    WalletService wallet(chain.db());
    auto out = wallet.topUp(chain.owner(), req(phoneA, chain.branch1, 50000, {}, 5000));
    CC_VERIFY_OK(out);
    QCOMPARE(out->bonusEntry.kind, EntryKind::Bonus);
    QCOMPARE(out->bonusEntry.bonus, qint64(5000));
    QCOMPARE(out->balance.principal, qint64(50000));
    QCOMPARE(out->balance.bonus, qint64(5000));
    QCOMPARE(out->balance.toppedUp, qint64(50000)); // bonus is not topped-up money
    auto ledger = wallet.ledger(chain.owner(), out->entry.personId);
    CC_VERIFY_OK(ledger);
    QCOMPARE(ledger->size(), 2);
    QVERIFY(ledgerAgrees(chain.db()));
}

void TestWallet::membershipStartIsTheFirstTopUp()
{
    TestChain chain;
    core::people::PersonService persons(chain.db(), core::people::PhoneNormalizer());
    auto guest = persons.findOrRegister(chain.owner(), phoneA, chain.branch1);
    CC_VERIFY_OK(guest);
    QVERIFY(!guest->isMember());
    WalletService wallet(chain.db());
    core::clock::setNowForTesting(1767300000);
    CC_VERIFY_OK(wallet.topUp(chain.owner(), req(phoneA, chain.branch2, 100)));
    core::clock::setNowForTesting(1767400000);
    CC_VERIFY_OK(wallet.topUp(chain.owner(), req(phoneA, chain.branch1, 100)));
    auto after = persons.find(guest->id);
    CC_VERIFY_OK(after);
    QCOMPARE(after->memberSince, qint64(1767300000));
    QCOMPARE(after->homeBranchId, chain.branch1); // a top-up elsewhere does not move them
}

void TestWallet::pastTopUpMovesMembershipStartBack()
{
    TestChain chain;
    WalletService wallet(chain.db());
    CC_VERIFY_OK(wallet.topUp(chain.owner(), req(phoneA, chain.branch1, 100)));
    Request older = req(phoneA, chain.branch1, 100);
    older.occurredAt = 1767000000; // an imported entry from before the first one recorded
    auto out = wallet.topUp(chain.owner(), older);
    CC_VERIFY_OK(out);
    QCOMPARE(out->entry.occurredAt, qint64(1767000000));
    Request newer = req(phoneA, chain.branch1, 100);
    newer.occurredAt = 1767100000; // later than the start now known: leaves it alone
    CC_VERIFY_OK(wallet.topUp(chain.owner(), newer));
    core::people::PersonService persons(chain.db(), core::people::PhoneNormalizer());
    auto person = persons.findByPhone(phoneA);
    CC_VERIFY_OK(person);
    QCOMPARE(person->memberSince, qint64(1767000000));
}

void TestWallet::grantBonusNeedsManagerAndKeepsToppedUp()
{
    TestChain chain;
    WalletService wallet(chain.db());
    auto refused = wallet.grantBonus(chain.cashier1(), req(phoneA, chain.branch1, 500));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), Error::Code::PermissionDenied);
    auto other = wallet.grantBonus(chain.manager1(), req(phoneA, chain.branch2, 500));
    QVERIFY(!other);
    QCOMPARE(other.error().code(), Error::Code::PermissionDenied);
    auto out = wallet.grantBonus(chain.manager1(), req(phoneA, chain.branch1, 500, QStringLiteral("gift-1")));
    CC_VERIFY_OK(out);
    QCOMPARE(out->entry.kind, EntryKind::Bonus);
    QCOMPARE(out->balance.bonus, qint64(500));
    QCOMPARE(out->balance.toppedUp, qint64(0));
    auto again = wallet.grantBonus(chain.manager1(), req(phoneA, chain.branch1, 500, QStringLiteral("gift-1")));
    CC_VERIFY_OK(again);
    QVERIFY(again->replayed);
    QCOMPARE(again->balance.bonus, qint64(500));
    core::people::PersonService persons(chain.db(), core::people::PhoneNormalizer());
    auto person = persons.findByPhone(phoneA);
    CC_VERIFY_OK(person);
    QVERIFY(!person->isMember()); // a gift is not a top-up
    QVERIFY(ledgerAgrees(chain.db()));
}

void TestWallet::spendTakesBonusFirst()
{
    TestChain chain;
    WalletService wallet(chain.db());
    CC_VERIFY_OK(wallet.topUp(chain.owner(), req(phoneA, chain.branch1, 10000, {}, 1000)));
    auto spend = wallet.spend(chain.cashier1(), req(phoneA, chain.branch1, 1500));
    CC_VERIFY_OK(spend);
    QCOMPARE(spend->entry.kind, EntryKind::Spend);
    QCOMPARE(spend->entry.bonus, qint64(-1000));
    QCOMPARE(spend->entry.principal, qint64(-500));
    QCOMPARE(spend->balance.bonus, qint64(0));
    QCOMPARE(spend->balance.principal, qint64(9500));
    auto small = wallet.spend(chain.cashier1(), req(phoneA, chain.branch1, 9500));
    CC_VERIFY_OK(small);
    QCOMPARE(small->balance.total(), qint64(0)); // spending the whole balance is allowed
    QVERIFY(ledgerAgrees(chain.db()));
}

void TestWallet::spendAtAnotherBranchIsNormal()
{
    TestChain chain;
    WalletService wallet(chain.db());
    CC_VERIFY_OK(wallet.topUp(chain.manager1(), req(phoneA, chain.branch1, 10000)));
    auto spend = wallet.spend(chain.manager2(), req(phoneA, chain.branch2, 2500));
    CC_VERIFY_OK(spend);
    QCOMPARE(spend->entry.branchId, chain.branch2);
    QCOMPARE(spend->balance.total(), qint64(7500));
}

void TestWallet::spendPastBalanceRefused()
{
    TestChain chain;
    WalletService wallet(chain.db());
    CC_VERIFY_OK(wallet.topUp(chain.owner(), req(phoneA, chain.branch1, 5000)));
    auto spend = wallet.spend(chain.cashier1(), req(phoneA, chain.branch1, 5001));
    CC_VERIFY_ERROR(spend, Error::Code::Conflict);
    QVERIFY2(spend.error().message().contains(core::money::toDisplay(5000, QLocale(), 2)),
             qPrintable(spend.error().message()));
    QCOMPARE(spend.error().field(), QStringLiteral("amount"));
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT count(*) FROM wallet_entries")), qint64(1));
    // Someone who never topped up has nothing to spend.
    core::people::PersonService persons(chain.db(), core::people::PhoneNormalizer());
    CC_VERIFY_OK(persons.findOrRegister(chain.owner(), phoneB, chain.branch1));
    CC_VERIFY_ERROR(wallet.spend(chain.cashier1(), req(phoneB, chain.branch1, 1)),
                    Error::Code::Conflict);
}

void TestWallet::spendByUnknownPhoneNotFound()
{
    TestChain chain;
    WalletService wallet(chain.db());
    CC_VERIFY_ERROR(wallet.spend(chain.cashier1(), req(phoneA, chain.branch1, 100)),
                    Error::Code::NotFound);
    CC_VERIFY_ERROR(wallet.balanceByPhone(chain.cashier1(), phoneA), Error::Code::NotFound);
    // Nobody was registered by the attempt.
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT count(*) FROM people")), qint64(0));
}

void TestWallet::deactivatedBranchTakesNoMoney()
{
    TestChain chain;
    WalletService wallet(chain.db());
    CC_VERIFY_OK(wallet.topUp(chain.owner(), req(phoneA, chain.branch1, 10000)));
    CC_VERIFY_OK(core::branches::BranchService(chain.db()).setActive(chain.owner(), chain.branch2,
                                                                    false));
    const qint64 entries = count(chain.db(), QStringLiteral("SELECT count(*) FROM wallet_entries"));
    CC_VERIFY_ERROR(wallet.topUp(chain.owner(), req(phoneA, chain.branch2, 100)),
                    Error::Code::Conflict);
    CC_VERIFY_ERROR(wallet.spend(chain.owner(), req(phoneA, chain.branch2, 100)),
                    Error::Code::Conflict);
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT count(*) FROM wallet_entries")), entries);
    // The money stays usable at the branches that are open.
    CC_VERIFY_OK(wallet.spend(chain.owner(), req(phoneA, chain.branch1, 100)));
}

void TestWallet::invalidAmountsRefused_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("bonus");
    QTest::addColumn<QString>("field");
    for (const char *op : { "topup", "spend", "refund" }) {
        const QString o = QString::fromLatin1(op);
        QTest::addRow("%s zero", op) << o << qint64(0) << qint64(0) << QStringLiteral("amount");
        QTest::addRow("%s negative", op) << o << qint64(-100) << qint64(0) << QStringLiteral("amount");
        QTest::addRow("%s huge", op) << o << WalletService::MaxAmount + 1 << qint64(0)
                                     << QStringLiteral("amount");
    }
    QTest::addRow("topup negative bonus") << QStringLiteral("topup") << qint64(100) << qint64(-1)
                                          << QStringLiteral("bonus");
    QTest::addRow("spend with bonus") << QStringLiteral("spend") << qint64(100) << qint64(5)
                                      << QStringLiteral("bonus");
}

void TestWallet::invalidAmountsRefused()
{
    QFETCH(QString, operation);
    QFETCH(qint64, amount);
    QFETCH(qint64, bonus);
    QFETCH(QString, field);
    TestChain chain;
    WalletService wallet(chain.db());
    CC_VERIFY_OK(wallet.topUp(chain.owner(), req(phoneA, chain.branch1, 10000)));
    CC_VERIFY_OK(wallet.spend(chain.owner(), req(phoneA, chain.branch1, 5000)));
    const Request r = req(phoneA, chain.branch1, amount, {}, bonus);
    auto out = operation == QLatin1String("topup")   ? wallet.topUp(chain.owner(), r)
             : operation == QLatin1String("spend")   ? wallet.spend(chain.owner(), r)
                                                     : wallet.refund(chain.owner(), r);
    CC_VERIFY_ERROR(out, Error::Code::InvalidInput);
    QCOMPARE(out.error().field(), field);
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT count(*) FROM wallet_entries")), qint64(2));
}

void TestWallet::malformedAmountTextRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("letters") << QStringLiteral("twelve");
    QTest::newRow("too many decimals") << QStringLiteral("12.345");
    QTest::newRow("two dots") << QStringLiteral("1.2.3");
    QTest::newRow("two signs") << QStringLiteral("--5");
    QTest::newRow("empty") << QString();
}

void TestWallet::malformedAmountTextRefused()
{
    QFETCH(QString, text);
    auto parsed = core::money::parse(text, 2, QStringLiteral("--amount"));
    CC_VERIFY_ERROR(parsed, Error::Code::InvalidInput);
    QCOMPARE(parsed.error().field(), QStringLiteral("--amount"));
}

void TestWallet::scopeRefusals_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("cashier refund") << QStringLiteral("cashier-refund");
    QTest::newRow("manager of B02 tops up at B01") << QStringLiteral("manager2-topup-b01");
    QTest::newRow("manager of B02 spends at B01") << QStringLiteral("manager2-spend-b01");
    QTest::newRow("manager of B02 refunds at B01") << QStringLiteral("manager2-refund-b01");
    QTest::newRow("cashier reversal") << QStringLiteral("cashier-reverse");
    QTest::newRow("manager of B02 reverses a B01 entry") << QStringLiteral("manager2-reverse");
    QTest::newRow("manager adjusts") << QStringLiteral("manager-adjust");
}

void TestWallet::scopeRefusals()
{
    QFETCH(QString, what);
    TestChain chain;
    WalletService wallet(chain.db());
    auto top = wallet.topUp(chain.owner(), req(phoneA, chain.branch1, 10000));
    CC_VERIFY_OK(top);
    CC_VERIFY_OK(wallet.spend(chain.owner(), req(phoneA, chain.branch1, 5000)));
    const qint64 entries = count(chain.db(), QStringLiteral("SELECT count(*) FROM wallet_entries"));
    core::Result<core::wallet::Outcome> out = Error();
    if (what == QLatin1String("cashier-refund"))
        out = wallet.refund(chain.cashier1(), req(phoneA, chain.branch1, 100));
    else if (what == QLatin1String("manager2-topup-b01"))
        out = wallet.topUp(chain.manager2(), req(phoneA, chain.branch1, 100));
    else if (what == QLatin1String("manager2-spend-b01"))
        out = wallet.spend(chain.manager2(), req(phoneA, chain.branch1, 100));
    else if (what == QLatin1String("manager2-refund-b01"))
        out = wallet.refund(chain.manager2(), req(phoneA, chain.branch1, 100));
    else if (what == QLatin1String("cashier-reverse"))
        out = wallet.reverse(chain.cashier1(), top->entry.id);
    else if (what == QLatin1String("manager2-reverse"))
        out = wallet.reverse(chain.manager2(), top->entry.id);
    else
        out = wallet.adjust(chain.manager1(), top->entry.personId, chain.branch1, 100, 0,
                            QStringLiteral("goodwill"));
    CC_VERIFY_ERROR(out, Error::Code::PermissionDenied);
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT count(*) FROM wallet_entries")), entries);
}

void TestWallet::replayedKeyChargesOnce()
{
    TestChain chain;
    WalletService wallet(chain.db());
    CC_VERIFY_OK(wallet.topUp(chain.owner(), req(phoneA, chain.branch1, 10000)));
    auto first = wallet.spend(chain.cashier1(), req(phoneA, chain.branch1, 3000, QStringLiteral("pos-1")));
    CC_VERIFY_OK(first);
    QVERIFY(!first->replayed);
    auto again = wallet.spend(chain.cashier1(), req(phoneA, chain.branch1, 3000, QStringLiteral("pos-1")));
    CC_VERIFY_OK(again);
    QVERIFY(again->replayed);
    QCOMPARE(again->entry.id, first->entry.id);
    QCOMPARE(again->balance.total(), qint64(7000));
    // From another connection too (a retry after a crash).
    auto other = chain.openAnother();
    WalletService wallet2(*other);
    auto third = wallet2.spend(chain.cashier1(), req(phoneA, chain.branch1, 3000, QStringLiteral("pos-1")));
    CC_VERIFY_OK(third);
    QVERIFY(third->replayed);
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT count(*) FROM wallet_entries WHERE kind = 'spend'")),
             qint64(1));
    QVERIFY(ledgerAgrees(chain.db()));
}

void TestWallet::replayedTopUpKeyChargesOnce()
{
    TestChain chain;
    WalletService wallet(chain.db());
    auto first = wallet.topUp(chain.owner(), req(phoneA, chain.branch1, 10000, QStringLiteral("t-1"), 800));
    CC_VERIFY_OK(first);
    auto again = wallet.topUp(chain.owner(), req(phoneA, chain.branch1, 10000, QStringLiteral("t-1"), 800));
    CC_VERIFY_OK(again);
    QVERIFY(again->replayed);
    QCOMPARE(again->entry.id, first->entry.id);
    QCOMPARE(again->bonusEntry.id, first->bonusEntry.id);
    QCOMPARE(again->balance.total(), qint64(10800));
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT count(*) FROM wallet_entries")), qint64(2));
}

void TestWallet::reusedKeyForOtherOperationRefused_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("bonus");
    QTest::newRow("other amount") << QStringLiteral("topup") << phoneA << qint64(999) << qint64(100);
    QTest::newRow("other bonus") << QStringLiteral("topup") << phoneA << qint64(1000) << qint64(0);
    QTest::newRow("other person") << QStringLiteral("topup") << phoneB << qint64(1000) << qint64(100);
    QTest::newRow("other operation") << QStringLiteral("spend") << phoneA << qint64(1000) << qint64(0);
    QTest::newRow("refund") << QStringLiteral("refund") << phoneA << qint64(1000) << qint64(0);
}

void TestWallet::reusedKeyForOtherOperationRefused()
{
    QFETCH(QString, operation);
    QFETCH(QString, phone);
    QFETCH(qint64, amount);
    QFETCH(qint64, bonus);
    TestChain chain;
    WalletService wallet(chain.db());
    core::people::PersonService persons(chain.db(), core::people::PhoneNormalizer());
    CC_VERIFY_OK(persons.findOrRegister(chain.owner(), phoneB, chain.branch1));
    CC_VERIFY_OK(wallet.topUp(chain.owner(), req(phoneB, chain.branch1, 5000)));
    CC_VERIFY_OK(wallet.topUp(chain.owner(), req(phoneA, chain.branch1, 1000, QStringLiteral("k"), 100)));
    CC_VERIFY_OK(wallet.spend(chain.owner(), req(phoneA, chain.branch1, 1000)));
    const qint64 entries = count(chain.db(), QStringLiteral("SELECT count(*) FROM wallet_entries"));
    const Request r = req(phone, chain.branch1, amount, QStringLiteral("k"), bonus);
    auto out = operation == QLatin1String("topup")   ? wallet.topUp(chain.owner(), r)
             : operation == QLatin1String("spend")   ? wallet.spend(chain.owner(), r)
                                                     : wallet.refund(chain.owner(), r);
    CC_VERIFY_ERROR(out, Error::Code::Conflict);
    QCOMPARE(out.error().field(), QStringLiteral("ref"));
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT count(*) FROM wallet_entries")), entries);
}

void TestWallet::refundsCannotExceedSpends()
{
    TestChain chain;
    WalletService wallet(chain.db());
    CC_VERIFY_OK(wallet.topUp(chain.owner(), req(phoneA, chain.branch1, 10000)));
    CC_VERIFY_ERROR(wallet.refund(chain.manager1(), req(phoneA, chain.branch1, 1)),
                    Error::Code::Conflict);
    CC_VERIFY_OK(wallet.spend(chain.cashier1(), req(phoneA, chain.branch1, 3000)));
    CC_VERIFY_OK(wallet.refund(chain.manager1(), req(phoneA, chain.branch1, 2000)));
    CC_VERIFY_ERROR(wallet.refund(chain.manager1(), req(phoneA, chain.branch1, 1001)),
                    Error::Code::Conflict);
    auto last = wallet.refund(chain.manager1(), req(phoneA, chain.branch1, 1000));
    CC_VERIFY_OK(last);
    QCOMPARE(last->balance.total(), qint64(10000));
    // A reversed spend is not spending any more.
    auto spend = wallet.spend(chain.cashier1(), req(phoneA, chain.branch1, 500));
    CC_VERIFY_OK(spend);
    CC_VERIFY_OK(wallet.reverse(chain.manager1(), spend->entry.id));
    CC_VERIFY_ERROR(wallet.refund(chain.manager1(), req(phoneA, chain.branch1, 500)),
                    Error::Code::Conflict);
    // Refunds at another branch than the spend are fine, within scope.
    CC_VERIFY_OK(wallet.spend(chain.cashier1(), req(phoneA, chain.branch1, 700)));
    CC_VERIFY_OK(wallet.refund(chain.manager2(), req(phoneA, chain.branch2, 700)));
    QVERIFY(ledgerAgrees(chain.db()));
}

void TestWallet::refundGivesPrincipalBackFirst()
{
    TestChain chain;
    WalletService wallet(chain.db());
    CC_VERIFY_OK(wallet.topUp(chain.owner(), req(phoneA, chain.branch1, 1000, {}, 500)));
    CC_VERIFY_OK(wallet.spend(chain.owner(), req(phoneA, chain.branch1, 1200))); // 500 bonus, 700 principal
    auto refund = wallet.refund(chain.owner(), req(phoneA, chain.branch1, 900));
    CC_VERIFY_OK(refund);
    QCOMPARE(refund->entry.principal, qint64(700));
    QCOMPARE(refund->entry.bonus, qint64(200));
    QCOMPARE(refund->balance.principal, qint64(1000));
    QCOMPARE(refund->balance.bonus, qint64(200));
}

void TestWallet::reversalNegatesOnce()
{
    TestChain chain;
    WalletService wallet(chain.db());
    CC_VERIFY_OK(wallet.topUp(chain.owner(), req(phoneA, chain.branch1, 10000, {}, 1000)));
    auto spend = wallet.spend(chain.cashier1(), req(phoneA, chain.branch1, 1500));
    CC_VERIFY_OK(spend);
    auto reversal = wallet.reverse(chain.manager1(), spend->entry.id, QStringLiteral("wrong table"));
    CC_VERIFY_OK(reversal);
    QCOMPARE(reversal->entry.kind, EntryKind::Reversal);
    QCOMPARE(reversal->entry.reverses, spend->entry.id);
    QCOMPARE(reversal->entry.principal, -spend->entry.principal);
    QCOMPARE(reversal->entry.bonus, -spend->entry.bonus);
    QCOMPARE(reversal->balance.principal, qint64(10000));
    QCOMPARE(reversal->balance.bonus, qint64(1000));
    CC_VERIFY_ERROR(wallet.reverse(chain.manager1(), spend->entry.id), Error::Code::Conflict);
    CC_VERIFY_ERROR(wallet.reverse(chain.owner(), reversal->entry.id), Error::Code::Conflict);
    CC_VERIFY_ERROR(wallet.reverse(chain.owner(), 9999), Error::Code::NotFound);
    // The original entry is still there, unchanged: corrections are new entries.
    auto original = wallet.entry(spend->entry.id);
    CC_VERIFY_OK(original);
    QCOMPARE(original->principal, spend->entry.principal);
    QVERIFY(ledgerAgrees(chain.db()));
}

void TestWallet::reversalThatWouldGoNegativeRefused()
{
    TestChain chain;
    WalletService wallet(chain.db());
    auto top = wallet.topUp(chain.owner(), req(phoneA, chain.branch1, 10000));
    CC_VERIFY_OK(top);
    CC_VERIFY_OK(wallet.spend(chain.cashier1(), req(phoneA, chain.branch1, 8000)));
    CC_VERIFY_ERROR(wallet.reverse(chain.owner(), top->entry.id), Error::Code::Conflict);
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT count(*) FROM wallet_entries")), qint64(2));
}

void TestWallet::reversedTopUpLowersToppedUp()
{
    TestChain chain;
    WalletService wallet(chain.db());
    auto top = wallet.topUp(chain.cashier1(), req(phoneA, chain.branch1, 10000));
    CC_VERIFY_OK(top);
    auto reversal = wallet.reverse(chain.manager1(), top->entry.id);
    CC_VERIFY_OK(reversal);
    QCOMPARE(reversal->balance.total(), qint64(0));
    QCOMPARE(reversal->balance.toppedUp, qint64(0));
}

void TestWallet::adjustNeedsOwnerAndNote()
{
    TestChain chain;
    WalletService wallet(chain.db());
    auto top = wallet.topUp(chain.owner(), req(phoneA, chain.branch1, 1000));
    CC_VERIFY_OK(top);
    const qint64 person = top->entry.personId;
    auto noNote = wallet.adjust(chain.owner(), person, chain.branch1, 100, 0, QStringLiteral("  "));
    CC_VERIFY_ERROR(noNote, Error::Code::InvalidInput);
    QCOMPARE(noNote.error().field(), QStringLiteral("note"));
    CC_VERIFY_ERROR(wallet.adjust(chain.owner(), person, chain.branch1, 0, 0, QStringLiteral("x")),
                    Error::Code::InvalidInput);
    CC_VERIFY_ERROR(wallet.adjust(chain.owner(), person, chain.branch1, 100, -100, QStringLiteral("x")),
                    Error::Code::InvalidInput);
    auto up = wallet.adjust(chain.owner(), person, chain.branch1, 250, 50, QStringLiteral("till error"));
    CC_VERIFY_OK(up);
    QCOMPARE(up->balance.principal, qint64(1250));
    QCOMPARE(up->balance.bonus, qint64(50));
    auto down = wallet.adjust(chain.owner(), person, chain.branch1, -1250, 0, QStringLiteral("fix"));
    CC_VERIFY_OK(down);
    QCOMPARE(down->balance.principal, qint64(0));
    CC_VERIFY_ERROR(wallet.adjust(chain.owner(), person, chain.branch1, -1, 0, QStringLiteral("fix")),
                    Error::Code::Conflict);
    QVERIFY(ledgerAgrees(chain.db()));
}

void TestWallet::everyEntryIsAudited()
{
    TestChain chain;
    WalletService wallet(chain.db());
    auto top = wallet.topUp(chain.owner(), req(phoneA, chain.branch1, 10000, {}, 100));
    CC_VERIFY_OK(top);
    auto spend = wallet.spend(chain.manager2(), req(phoneA, chain.branch2, 700));
    CC_VERIFY_OK(spend);
    CC_VERIFY_OK(wallet.refund(chain.manager1(), req(phoneA, chain.branch1, 200)));
    CC_VERIFY_OK(wallet.reverse(chain.manager2(), spend->entry.id));
    CC_VERIFY_OK(wallet.adjust(chain.owner(), top->entry.personId, chain.branch1, 5, 0,
                               QStringLiteral("rounding")));
    // Refused operations leave no trace.
    CC_VERIFY_ERROR(wallet.spend(chain.cashier1(), req(phoneA, chain.branch1, 99999999)),
                    Error::Code::Conflict);
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT count(*) FROM wallet_entries")), qint64(6));
    QCOMPARE(count(chain.db(),
                   QStringLiteral("SELECT count(*) FROM audit_log a JOIN wallet_entries e"
                                  " ON a.entity = 'wallet_entry' AND a.entity_id = e.id"
                                  " AND a.action = 'wallet.' || e.kind AND a.branch_id = e.branch_id")),
             qint64(6));
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'wallet.spend'"
                                              " AND actor = 'manager2' AND user_id = 102")),
             qint64(1));
}

void TestWallet::ledgerScopeForOtherBranches()
{
    TestChain chain;
    WalletService wallet(chain.db());
    auto top = wallet.topUp(chain.manager1(), req(phoneA, chain.branch1, 10000));
    CC_VERIFY_OK(top);
    CC_VERIFY_OK(wallet.spend(chain.manager2(), req(phoneA, chain.branch2, 100)));
    auto mine = wallet.ledger(chain.manager1(), top->entry.personId);
    CC_VERIFY_OK(mine);
    QCOMPARE(mine->size(), 2);
    auto theirs = wallet.ledger(chain.manager2(), top->entry.personId);
    CC_VERIFY_OK(theirs);
    QCOMPARE(theirs->size(), 1);
    QCOMPARE(theirs->first().branchId, chain.branch2);
}

void TestWallet::balanceByPhoneFromAnyBranch()
{
    TestChain chain;
    WalletService wallet(chain.db());
    CC_VERIFY_OK(wallet.topUp(chain.cashier1(), req(phoneA, chain.branch1, 4321)));
    auto balance = wallet.balanceByPhone(chain.manager2(), QStringLiteral("+86 138 1234 5678"));
    CC_VERIFY_OK(balance);
    QCOMPARE(balance->total(), qint64(4321));
    QCOMPARE(balance->phone, QStringLiteral("+8613812345678"));
}

void TestWallet::randomisedLedgerAgreesWithWallets()
{
    TestChain chain;
    WalletService wallet(chain.db());
    QRandomGenerator rng(20261125);
    const QStringList phones = { QStringLiteral("13800000001"), QStringLiteral("13800000002"),
                                 QStringLiteral("13800000003"), QStringLiteral("13800000004"),
                                 QStringLiteral("13800000005") };
    const core::auth::Actor actors[] = { chain.owner(), chain.manager1(), chain.manager2() };
    QVector<qint64> entryIds;
    int ok = 0;
    int conflicts = 0;
    for (int i = 0; i < 2000; ++i) {
        const QString phone = phones.at(int(rng.bounded(phones.size())));
        const auto &actor = actors[rng.bounded(3)];
        const qint64 branch = actor.isOwner() ? (rng.bounded(2) ? chain.branch1 : chain.branch2)
                                              : actor.branchId();
        const qint64 amount = 1 + rng.bounded(20000);
        const QString key = rng.bounded(4) == 0
            ? QStringLiteral("k%1").arg(rng.bounded(300)) // some keys repeat on purpose
            : QString();
        core::Result<core::wallet::Outcome> out = Error();
        switch (rng.bounded(10)) {
        case 0:
        case 1:
        case 2:
            out = wallet.topUp(actor, req(phone, branch, amount, key, rng.bounded(3) ? 0 : amount / 10));
            break;
        case 3:
        case 4:
        case 5:
        case 6: out = wallet.spend(actor, req(phone, branch, amount, key)); break;
        case 7: out = wallet.refund(actor, req(phone, branch, amount / 4 + 1, key)); break;
        case 8:
            if (entryIds.isEmpty())
                continue;
            out = wallet.reverse(chain.owner(), entryIds.at(int(rng.bounded(entryIds.size()))));
            break;
        default: {
            auto bal = wallet.balanceByPhone(actor, phone);
            if (!bal)
                continue;
            const qint64 delta = qint64(rng.bounded(2000)) - 1000;
            if (delta == 0)
                continue;
            out = wallet.adjust(chain.owner(), bal->personId, branch, delta, 0,
                                QStringLiteral("random"));
            break;
        }
        }
        if (out) {
            ++ok;
            if (!out->replayed)
                entryIds.push_back(out->entry.id);
            QVERIFY(out->balance.principal >= 0 && out->balance.bonus >= 0);
        } else {
            const auto code = out.error().code();
            QVERIFY2(code == Error::Code::Conflict || code == Error::Code::NotFound,
                     qPrintable(out.error().message()));
            ++conflicts;
        }
    }
    QVERIFY(ok > 500);
    QVERIFY(conflicts > 0);
    QVERIFY(ledgerAgrees(chain.db()));
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT count(*) FROM wallets"
                                              " WHERE principal < 0 OR bonus < 0")),
             qint64(0));
    // topped_up is the net principal of top-ups.
    QCOMPARE(count(chain.db(),
                   QStringLiteral("SELECT count(*) FROM wallets w WHERE topped_up <> (SELECT"
                                  " coalesce(sum(e.principal), 0) FROM wallet_entries e"
                                  " LEFT JOIN wallet_entries r ON r.id = e.reverses"
                                  " WHERE e.person_id = w.person_id AND (e.kind = 'topup'"
                                  "  OR (e.kind = 'reversal' AND r.kind = 'topup')))")),
             qint64(0));
    // Refunds never exceed spends, per person.
    QCOMPARE(count(chain.db(),
                   QStringLiteral("SELECT count(*) FROM (SELECT e.person_id, sum(e.principal + e.bonus) AS net"
                                  " FROM wallet_entries e LEFT JOIN wallet_entries r ON r.id = e.reverses"
                                  " WHERE e.kind IN ('spend', 'refund') OR (e.kind = 'reversal'"
                                  "  AND r.kind IN ('spend', 'refund')) GROUP BY e.person_id)"
                                  " WHERE net > 0")),
             qint64(0));
}

void TestWallet::twoConnectionsCannotOverdraw()
{
    TestChain chain;
    WalletService wallet(chain.db());
    CC_VERIFY_OK(wallet.topUp(chain.owner(), req(phoneA, chain.branch1, 10000)));
    QAtomicInt spent;
    QAtomicInt refused;
    QAtomicInt failures;
    auto worker = [&](qint64 branch) {
        auto db = chain.openAnother();
        WalletService mine(*db);
        for (int i = 0; i < 80; ++i) {
            auto out = mine.spend(chain.owner(), req(phoneA, branch, 100));
            if (out)
                spent.fetchAndAddRelaxed(1);
            else if (out.error().code() == Error::Code::Conflict)
                refused.fetchAndAddRelaxed(1);
            else
                failures.fetchAndAddRelaxed(1);
        }
    };
    std::unique_ptr<QThread> a(QThread::create(worker, chain.branch1));
    std::unique_ptr<QThread> b(QThread::create(worker, chain.branch2));
    a->start();
    b->start();
    QVERIFY(a->wait(120000));
    QVERIFY(b->wait(120000));
    QCOMPARE(failures.loadRelaxed(), 0);
    QCOMPARE(spent.loadRelaxed(), 100);
    QCOMPARE(refused.loadRelaxed(), 60);
    auto balance = wallet.balanceByPhone(chain.owner(), phoneA);
    CC_VERIFY_OK(balance);
    QCOMPARE(balance->total(), qint64(0));
    QVERIFY(ledgerAgrees(chain.db()));
}

void TestWallet::commandLine()
{
    if (qEnvironmentVariableIsEmpty("CHAINCARD_CLI"))
        QSKIP("CHAINCARD_CLI is not set (run through ctest)");
    core::clock::setNowForTesting(0);
    TestChain chain;
    const QString db = chain.path();
    const QStringList topUp = { QStringLiteral("wallet"), QStringLiteral("topup"),
                                QStringLiteral("--phone"), phoneA, QStringLiteral("--branch"),
                                QStringLiteral("B01"), QStringLiteral("--amount"),
                                QStringLiteral("12.34"), QStringLiteral("--bonus"),
                                QStringLiteral("1.00"), QStringLiteral("--ref"),
                                QStringLiteral("cli-1") };
    auto first = runCli(db, topUp);
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(first.json.value(QStringLiteral("kind")).toString(), QStringLiteral("topup"));
    QCOMPARE(first.json.value(QStringLiteral("amount")).toString(), QStringLiteral("12.34"));
    QCOMPARE(first.json.value(QStringLiteral("balance")).toString(), QStringLiteral("13.34"));
    QCOMPARE(first.json.value(QStringLiteral("bonus")).toString(), QStringLiteral("1.00"));
    QCOMPARE(first.json.value(QStringLiteral("phone")).toString(), QStringLiteral("+8613812345678"));
    QCOMPARE(first.json.value(QStringLiteral("branch")).toString(), QStringLiteral("B01"));
    QCOMPARE(first.json.value(QStringLiteral("replayed")).toBool(), false);
    QVERIFY(first.json.value(QStringLiteral("entry_id")).toInteger() > 0);
    auto again = runCli(db, topUp);
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.json.value(QStringLiteral("replayed")).toBool(), true);
    QCOMPARE(again.json.value(QStringLiteral("entry_id")), first.json.value(QStringLiteral("entry_id")));
    QCOMPARE(again.json.value(QStringLiteral("balance")).toString(), QStringLiteral("13.34"));

    auto spend = runCli(db, { QStringLiteral("wallet"), QStringLiteral("spend"), QStringLiteral("--phone"),
                              phoneA, QStringLiteral("--branch"), QStringLiteral("B02"),
                              QStringLiteral("--amount"), QStringLiteral("3.34") });
    QCOMPARE(spend.exitCode, 0);
    QCOMPARE(spend.json.value(QStringLiteral("balance")).toString(), QStringLiteral("10.00"));
    QCOMPARE(spend.json.value(QStringLiteral("branch")).toString(), QStringLiteral("B02"));

    auto tooMuch = runCli(db, { QStringLiteral("wallet"), QStringLiteral("spend"), QStringLiteral("--phone"),
                                phoneA, QStringLiteral("--branch"), QStringLiteral("B02"),
                                QStringLiteral("--amount"), QStringLiteral("10.01") });
    QVERIFY(tooMuch.exitCode != 0);
    QVERIFY2(tooMuch.err.contains(QStringLiteral("10.00")) && !tooMuch.err.contains(QLatin1Char('\n')),
             qPrintable(tooMuch.err));

    auto malformed = runCli(db, { QStringLiteral("wallet"), QStringLiteral("spend"), QStringLiteral("--phone"),
                                  phoneA, QStringLiteral("--branch"), QStringLiteral("B02"),
                                  QStringLiteral("--amount"), QStringLiteral("1.234") });
    QVERIFY(malformed.exitCode != 0);
    QVERIFY(!malformed.err.isEmpty());

    auto balance = runCli(db, { QStringLiteral("wallet"), QStringLiteral("balance"),
                                QStringLiteral("--phone"), phoneA });
    QCOMPARE(balance.exitCode, 0);
    QCOMPARE(balance.json.value(QStringLiteral("balance")).toString(), QStringLiteral("10.00"));
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT count(*) FROM wallet_entries")), qint64(3));
}

QTEST_GUILESS_MAIN(TestWallet)
#include "tst_wallet.moc"
