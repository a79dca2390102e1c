// What a member's page reads and saves (issue 4, "Members"): the person within the actor's
// scope, their latest ledger entries, their claims with state, their reviews, and a Save that
// changes the profile and the consents together or not at all.
#include "core/audit/auditlog.h"
#include "core/common/clock.h"
#include "core/coupons/claimservice.h"
#include "core/coupons/couponservice.h"
#include "core/people/personservice.h"
#include "core/reviews/reviewservice.h"
#include "core/storage/sql.h"
#include "core/wallet/walletservice.h"

#include <QTest>

#include "tests/support/memberhistory.h"
#include <memory>

using namespace testsupport;
using core::Error;
using core::coupons::ClaimState;
using core::people::Channel;
using core::people::Consent;
using core::people::Person;
using core::people::PersonService;
using core::wallet::EntryKind;

namespace {

Consent consent(Channel channel, bool granted, const QString &source)
{
    Consent c;
    c.channel = channel;
    c.granted = granted;
    c.source = source;
    return c;
}

} // namespace

class TestMemberProfile : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init() { core::clock::setNowForTesting(MemberHistory::now); }
    void cleanup() { core::clock::setNowForTesting(0); }

    void profileWithinScope();
    void latestEntriesNewestFirst();
    void claimsCarryTheirState();
    void claimStateOrder_data();
    void claimStateOrder();
    void reviewsOfAPerson();
    void saveProfileWritesFieldsAndConsents();
    void saveUnchangedWritesNothing();
    void cashierRecordsConsentButNotProfile();
    void saveRefusals_data();
    void saveRefusals();

private:
    qint64 audits(const QString &action);
    QString fingerprint();

    std::unique_ptr<TestChain> m_chain;
    std::unique_ptr<PersonService> m_people;
    MemberHistory m_h;
};

void TestMemberProfile::initTestCase()
{
    core::clock::setNowForTesting(MemberHistory::now);
    m_chain = std::make_unique<TestChain>();
    m_people = std::make_unique<PersonService>(m_chain->db(),
                                               core::people::PhoneNormalizer(QStringLiteral("CN")));
    auto h = addMemberHistory(*m_chain);
    CC_VERIFY_OK(h);
    m_h = *h;
}

qint64 TestMemberProfile::audits(const QString &action)
{
    auto n = core::storage::scalar(m_chain->db(),
                                   QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"),
                                   { action });
    return n ? n->toLongLong() : -1;
}

// The person's row and consents as stored, to check that a refusal left them alone.
QString TestMemberProfile::fingerprint()
{
    auto v = core::storage::scalar(
        m_chain->db(),
        QStringLiteral("SELECT name || '|' || coalesce(email, '') || '|' || tags || '|' ||"
                       " (SELECT group_concat(channel || granted || source || changed_at, ',')"
                       "  FROM consents WHERE person_id = people.id)"
                       " FROM people WHERE id = ?"),
        { m_h.memberId });
    return v ? v->toString() : QString();
}

void TestMemberProfile::profileWithinScope()
{
    for (const auto &actor : { m_chain->owner(), m_chain->manager1(), m_chain->cashier1() }) {
        auto p = m_people->profile(actor, m_h.memberId);
        CC_VERIFY_OK(p);
        QCOMPARE(p->name, QStringLiteral("Li Na"));
        QCOMPARE(p->memberCode, PersonService::memberCodeFor(m_h.memberId));
        QVERIFY(p->isMember());
    }
    // The manager of B02 may look the member up at the counter, not open their page.
    CC_VERIFY_OK(m_people->find(m_h.memberId));
    CC_VERIFY_ERROR(m_people->profile(m_chain->manager2(), m_h.memberId),
                    Error::Code::PermissionDenied);
    CC_VERIFY_ERROR(m_people->profile(m_chain->manager1(), m_h.guestId),
                    Error::Code::PermissionDenied);
    CC_VERIFY_OK(m_people->profile(m_chain->manager2(), m_h.guestId));
    CC_VERIFY_ERROR(m_people->profile(m_chain->owner(), 999999), Error::Code::NotFound);
}

void TestMemberProfile::latestEntriesNewestFirst()
{
    core::wallet::WalletService wallet(m_chain->db());
    auto all = wallet.latestEntries(m_chain->owner(), m_h.memberId, 100);
    CC_VERIFY_OK(all);
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(0).kind, EntryKind::Spend);
    QCOMPARE(all->at(0).bonus, qint64(-5000)); // the bonus goes first
    QCOMPARE(all->at(0).principal, qint64(-3000));
    QCOMPARE(all->at(1).kind, EntryKind::Bonus);
    QCOMPARE(all->at(2).kind, EntryKind::TopUp);
    // The same entries as the ledger, in the opposite order.
    auto ledger = wallet.ledger(m_chain->owner(), m_h.memberId);
    CC_VERIFY_OK(ledger);
    QCOMPARE(ledger->size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(ledger->at(i).id, all->at(2 - i).id);

    auto two = wallet.latestEntries(m_chain->manager1(), m_h.memberId, 2);
    CC_VERIFY_OK(two);
    QCOMPARE(two->size(), 2);
    QCOMPARE(two->at(1).id, all->at(1).id);
    // Staff of another branch see what happened at theirs.
    auto b02 = wallet.latestEntries(m_chain->manager2(), m_h.memberId, 100);
    CC_VERIFY_OK(b02);
    QCOMPARE(b02->size(), 1);
    QCOMPARE(b02->front().branchId, m_chain->branch2);
    CC_VERIFY_ERROR(wallet.latestEntries(m_chain->owner(), 999999, 10), Error::Code::NotFound);
}

void TestMemberProfile::claimsCarryTheirState()
{
    core::coupons::ClaimService claims(m_chain->db());
    auto all = claims.claimsOf(m_chain->owner(), m_h.memberId);
    CC_VERIFY_OK(all);
    QCOMPARE(all->size(), 2);
    const auto &tea = all->at(0); // newest first
    const auto &welcome = all->at(1);
    QCOMPARE(tea.id, m_h.expiredClaim);
    QCOMPARE(tea.couponName, QStringLiteral("Free tea"));
    QCOMPARE(tea.stateAt(MemberHistory::now), ClaimState::Expired);
    QCOMPARE(tea.stateAt(tea.claimedAt + MemberHistory::day), ClaimState::Usable);
    QCOMPARE(tea.redeemedAt, qint64(0));
    QCOMPARE(welcome.id, m_h.redeemedClaim);
    QCOMPARE(welcome.couponName, QStringLiteral("Welcome gift"));
    QCOMPARE(welcome.stateAt(MemberHistory::now), ClaimState::Redeemed);
    QCOMPARE(welcome.redeemedAt, MemberHistory::now - MemberHistory::day);
    QCOMPARE(welcome.redeemedBranchId, m_chain->branch1);
    QVERIFY(welcome.couponActive);

    auto b02 = claims.claimsOf(m_chain->manager2(), m_h.memberId);
    CC_VERIFY_OK(b02);
    QCOMPARE(b02->size(), 1);
    QCOMPARE(b02->front().id, m_h.expiredClaim);
}

void TestMemberProfile::claimStateOrder_data()
{
    QTest::addColumn<qint64>("redemption");
    QTest::addColumn<bool>("active");
    QTest::addColumn<qint64>("expiresAt");
    QTest::addColumn<int>("state");
    const qint64 now = MemberHistory::now;
    QTest::newRow("usable, no expiry") << qint64(0) << true << qint64(0) << int(ClaimState::Usable);
    QTest::newRow("usable, expires later") << qint64(0) << true << now + 1 << int(ClaimState::Usable);
    QTest::newRow("expired at the second") << qint64(0) << true << now << int(ClaimState::Expired);
    QTest::newRow("retired beats expired") << qint64(0) << false << now - 1 << int(ClaimState::Retired);
    QTest::newRow("redeemed beats retired") << qint64(7) << false << now - 1 << int(ClaimState::Redeemed);
}

void TestMemberProfile::claimStateOrder()
{
    QFETCH(qint64, redemption);
    QFETCH(bool, active);
    QFETCH(qint64, expiresAt);
    QFETCH(int, state);
    core::coupons::Claim c;
    c.redemptionId = redemption;
    c.couponActive = active;
    c.expiresAt = expiresAt;
    QCOMPARE(int(c.stateAt(MemberHistory::now)), state);
    QVERIFY(!core::coupons::claimStateDisplayName(ClaimState(state)).isEmpty());
}

void TestMemberProfile::reviewsOfAPerson()
{
    core::reviews::ReviewService reviews(m_chain->db());
    core::reviews::ReviewFilter filter;
    filter.personId = m_h.memberId;
    auto all = reviews.list(m_chain->owner(), filter);
    CC_VERIFY_OK(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).rating, 5); // newest first
    QCOMPARE(all->at(0).receiptNo, QStringLiteral("R3"));
    QCOMPARE(all->at(1).rating, 3);
    auto b02 = reviews.list(m_chain->manager2(), filter);
    CC_VERIFY_OK(b02);
    QCOMPARE(b02->size(), 1);
    QCOMPARE(b02->front().branchId, m_chain->branch2);
    filter.personId = m_h.guestId;
    auto none = reviews.list(m_chain->owner(), filter);
    CC_VERIFY_OK(none);
    QVERIFY(none->isEmpty());
    filter.personId = 0; // everyone's, as before
    QCOMPARE(reviews.list(m_chain->owner(), filter)->size(), 2);
}

void TestMemberProfile::saveProfileWritesFieldsAndConsents()
{
    auto p = m_people->profile(m_chain->manager1(), m_h.memberId);
    CC_VERIFY_OK(p);
    Person edited = *p;
    edited.name = QStringLiteral("  Li Na (Nana) ");
    edited.email = QStringLiteral("nana@example.com");
    edited.notes = QStringLiteral("Window seat");
    edited.birthday = QDate(1990, 5, 18);
    const qint64 updates = audits(QStringLiteral("person.update"));
    const qint64 consentsBefore = audits(QStringLiteral("person.consent"));
    core::clock::setNowForTesting(MemberHistory::now + 60);
    CC_VERIFY_OK(m_people->saveProfile(
        m_chain->manager1(), edited,
        { consent(Channel::Sms, true, QStringLiteral("ignored: unchanged")),
          consent(Channel::Email, true, QStringLiteral("paper form")) }));

    auto after = m_people->profile(m_chain->owner(), m_h.memberId);
    CC_VERIFY_OK(after);
    QCOMPARE(after->name, QStringLiteral("Li Na (Nana)"));
    QCOMPARE(after->email, QStringLiteral("nana@example.com"));
    QCOMPARE(after->notes, QStringLiteral("Window seat"));
    QCOMPARE(after->birthday, QDate(1990, 5, 18));
    QCOMPARE(after->tags, p->tags);
    QCOMPARE(audits(QStringLiteral("person.update")), updates + 1);
    QCOMPARE(audits(QStringLiteral("person.consent")), consentsBefore + 1);
    auto consents = m_people->consents(m_h.memberId);
    CC_VERIFY_OK(consents);
    QCOMPARE(consents->size(), 2);
    QCOMPARE(consents->at(0).channel, Channel::Email);
    QVERIFY(consents->at(0).granted);
    QCOMPARE(consents->at(0).source, QStringLiteral("paper form"));
    QCOMPARE(consents->at(0).changedAt, MemberHistory::now + 60);
    QCOMPARE(consents->at(1).source, QStringLiteral("counter")); // SMS left as it was
    QCOMPARE(consents->at(1).changedAt, MemberHistory::now);

    // Withdrawing is a change like any other.
    CC_VERIFY_OK(m_people->saveProfile(m_chain->owner(), *after,
                                       { consent(Channel::Email, false, QStringLiteral("phone call")) }));
    QVERIFY(!m_people->consents(m_h.memberId)->at(0).granted);
}

void TestMemberProfile::saveUnchangedWritesNothing()
{
    auto p = m_people->profile(m_chain->manager1(), m_h.memberId);
    CC_VERIFY_OK(p);
    auto consents = m_people->consents(m_h.memberId);
    CC_VERIFY_OK(consents);
    const qint64 updates = audits(QStringLiteral("person.update"));
    const qint64 changes = audits(QStringLiteral("person.consent"));
    const QString before = fingerprint();
    // The phone as typed at the counter is the same phone.
    Person same = *p;
    same.phone = QStringLiteral("138 0000 1111");
    CC_VERIFY_OK(m_people->saveProfile(m_chain->manager1(), same, *consents));
    QCOMPARE(audits(QStringLiteral("person.update")), updates);
    QCOMPARE(audits(QStringLiteral("person.consent")), changes);
    QCOMPARE(fingerprint(), before);
}

void TestMemberProfile::cashierRecordsConsentButNotProfile()
{
    auto p = m_people->profile(m_chain->cashier1(), m_h.memberId);
    CC_VERIFY_OK(p);
    CC_VERIFY_OK(m_people->saveProfile(m_chain->cashier1(), *p,
                                       { consent(Channel::Webhook, true, QStringLiteral("counter")) }));
    auto consents = m_people->consents(m_h.memberId);
    CC_VERIFY_OK(consents);
    QCOMPARE(consents->back().channel, Channel::Webhook);
    QVERIFY(consents->back().granted);

    // Changing the profile as well is refused, and the consent in the same Save is not kept.
    const QString before = fingerprint();
    Person edited = *p;
    edited.tags = QStringLiteral("changed");
    CC_VERIFY_ERROR(m_people->saveProfile(m_chain->cashier1(), edited,
                                          { consent(Channel::Webhook, false, QStringLiteral("counter")) }),
                    Error::Code::PermissionDenied);
    QCOMPARE(fingerprint(), before);
}

void TestMemberProfile::saveRefusals_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("errorField");
    const QString form = QStringLiteral("paper form");
    QTest::newRow("another branch's manager")
        << "manager2" << "name" << "X" << form << int(Error::Code::PermissionDenied) << QString();
    QTest::newRow("bad e-mail") << "manager1" << "email" << "nana@" << form
                                << int(Error::Code::InvalidInput) << "email";
    QTest::newRow("bad gender") << "manager1" << "gender" << "m" << form
                                << int(Error::Code::InvalidInput) << "gender";
    QTest::newRow("birthday ahead") << "manager1" << "birthday" << "2030-01-01" << form
                                    << int(Error::Code::InvalidInput) << "birthday";
    QTest::newRow("consent without its source")
        << "manager1" << "name" << "Y" << "  " << int(Error::Code::InvalidInput) << "consent-source";
    QTest::newRow("moved by a manager") << "manager1" << "home" << "" << form
                                        << int(Error::Code::PermissionDenied) << QString();
}

void TestMemberProfile::saveRefusals()
{
    QFETCH(QString, actor);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, source);
    QFETCH(int, code);
    QFETCH(QString, errorField);
    auto p = m_people->profile(m_chain->owner(), m_h.memberId);
    CC_VERIFY_OK(p);
    Person edited = *p;
    if (field == QLatin1String("name"))
        edited.name = value;
    else if (field == QLatin1String("email"))
        edited.email = value;
    else if (field == QLatin1String("gender"))
        edited.gender = value;
    else if (field == QLatin1String("birthday"))
        edited.birthday = QDate::fromString(value, Qt::ISODate);
    else
        edited.homeBranchId = m_chain->branch2;
    const bool granted = !m_people->consents(m_h.memberId)->front().granted;
    const QString before = fingerprint();
    const auto who = actor == QLatin1String("manager2") ? m_chain->manager2() : m_chain->manager1();
    auto refused = m_people->saveProfile(who, edited, { consent(Channel::Email, granted, source) });
    CC_VERIFY_ERROR(refused, Error::Code(code));
    if (!errorField.isEmpty())
        QCOMPARE(refused.error().field(), errorField);
    QCOMPARE(fingerprint(), before);
}

QTEST_GUILESS_MAIN(TestMemberProfile)
#include "tst_memberprofile.moc"
