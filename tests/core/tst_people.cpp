#include "core/audit/auditlog.h"
#include "core/common/clock.h"
#include "core/people/personservice.h"
#include "core/storage/sql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include "tests/support/testchain.h"
#include <memory>

using namespace testsupport;
using core::Error;
using core::people::Channel;
using core::people::Person;
using core::people::PersonService;
using core::people::PhoneNormalizer;

namespace {

constexpr qint64 pinnedNow = 1767268800; // 2026-01-01 12:00 UTC: that date in any local time


// The standard Luhn check over a whole code, check digit included.
bool luhnValid(const QString &code)
{
    int sum = 0;
    for (int i = 0; i < code.size(); ++i) {
        int d = code.at(code.size() - 1 - i).digitValue();
        if (i % 2 == 1) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return sum % 10 == 0;
}

Person newPerson(const QString &phone, qint64 branch = 0, const QString &name = {})
{
    Person p;
    p.phone = phone;
    p.homeBranchId = branch;
    p.name = name;
    return p;
}

} // namespace

class TestPeople : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init() { core::clock::setNowForTesting(pinnedNow); }
    void cleanup() { core::clock::setNowForTesting(0); }

    void samePersonWrittenDifferentlyIsOnePerson_data();
    void samePersonWrittenDifferentlyIsOnePerson();
    void findOrRegisterMakesAGuestAtTheBranch();
    void registerValidation_data();
    void registerValidation();
    void registerAtUnknownBranchRefused();
    void registerOutOfScopeRefused();
    void memberCodeIsTenDigitsWithLuhnAndUnique();
    void memberCodeFor_data();
    void memberCodeFor();
    void findByMemberCode();
    void findByLastFour();
    void findByLastFourRefusesOtherInput_data();
    void findByLastFourRefusesOtherInput();
    void consentRecordedWithTimeAndSource();
    void consentScope();
    void updateWithinScope();
    void updateRefusals_data();
    void updateRefusals();
    void updateToAnotherPersonsPhoneRefused();
    void managerLooksUpAnotherBranchesMember();

private:
    std::unique_ptr<TestChain> m_chain;
    std::unique_ptr<PersonService> m_people;
    TestChain &chain() { return *m_chain; }
    PersonService &people() { return *m_people; }
};

void TestPeople::initTestCase()
{
    // One chain for the whole program: creating one hashes the owner's password (argon2id).
    // Each test uses its own phone numbers.
    m_chain = std::make_unique<TestChain>();
    m_people = std::make_unique<PersonService>(chain().db(), PhoneNormalizer(QStringLiteral("CN")));
}

void TestPeople::cleanupTestCase()
{
    m_people.reset();
    m_chain.reset();
}

void TestPeople::samePersonWrittenDifferentlyIsOnePerson_data()
{
    QTest::addColumn<QString>("registeredAs");
    QTest::addColumn<QStringList>("writtenAs");
    QTest::newRow("mobile") << QStringLiteral("138 0013 8000")
                            << QStringList { QStringLiteral("13800138000"),
                                   QStringLiteral("+86 138-0013-8000"),
                                   QStringLiteral("008613800138000"),
                                   QStringLiteral("86 13800138000"),
                                   QStringLiteral("(138) 0013 8000") };
    QTest::newRow("E.164 first") << QStringLiteral("+8615900001234")
                                 << QStringList { QStringLiteral("159-0000-1234"),
                                        QStringLiteral("159 0000 1234 ") };
}

void TestPeople::samePersonWrittenDifferentlyIsOnePerson()
{
    QFETCH(QString, registeredAs);
    QFETCH(QStringList, writtenAs);
    const qint64 before = count(chain().db(), QStringLiteral("SELECT count(*) FROM people"));
    auto registered = people().registerPerson(chain().manager1(), newPerson(registeredAs));
    CC_VERIFY_OK(registered);
    QVERIFY(registered->phone.startsWith(QStringLiteral("+86")));
    QCOMPARE(registered->homeBranchId, chain().branch1);
    for (const QString &form : std::as_const(writtenAs)) {
        auto found = people().findByPhone(form);
        CC_VERIFY_OK(found);
        QCOMPARE(found->id, registered->id);
        auto again = people().findOrRegister(chain().manager2(), form, chain().branch2);
        CC_VERIFY_OK(again);
        QCOMPARE(again->id, registered->id);
        QCOMPARE(again->homeBranchId, chain().branch1); // not moved by a lookup elsewhere
        auto twice = people().registerPerson(chain().owner(), newPerson(form, chain().branch2));
        CC_VERIFY_ERROR(twice, Error::Code::Conflict);
        QVERIFY2(twice.error().message().contains(registered->memberCode),
            qPrintable(twice.error().message()));
    }
    QCOMPARE(count(chain().db(), QStringLiteral("SELECT count(*) FROM people")), before + 1);
}

void TestPeople::findOrRegisterMakesAGuestAtTheBranch()
{
    auto guest = people().findOrRegister(
        chain().cashier1(), QStringLiteral("137 1111 2222"), chain().branch1);
    CC_VERIFY_OK(guest);
    QCOMPARE(guest->phone, QStringLiteral("+8613711112222"));
    QCOMPARE(guest->homeBranchId, chain().branch1);
    QCOMPARE(guest->joinedAt, pinnedNow);
    QVERIFY(!guest->isMember());
    auto stored = people().find(guest->id);
    CC_VERIFY_OK(stored);
    QCOMPARE(stored->phone, guest->phone);
    QCOMPARE(stored->memberCode, guest->memberCode);
    QCOMPARE(stored->joinedAt, pinnedNow);
    auto audited = core::storage::scalar(chain().db(),
        QStringLiteral("SELECT actor || ' ' || action FROM audit_log"
                       " WHERE entity = 'person' AND entity_id = ?"),
        { guest->id });
    CC_VERIFY_OK(audited);
    QCOMPARE(audited->toString(), QStringLiteral("cashier1 person.register"));
    // A cashier of B01 cannot make someone a guest of B02.
    auto elsewhere = people().findOrRegister(
        chain().cashier1(), QStringLiteral("137 1111 3333"), chain().branch2);
    CC_VERIFY_ERROR(elsewhere, Error::Code::PermissionDenied);
    auto malformed
        = people().findOrRegister(chain().cashier1(), QStringLiteral("137 1111"), chain().branch1);
    CC_VERIFY_ERROR(malformed, Error::Code::InvalidInput);
}

void TestPeople::registerValidation_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("gender");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QDate>("birthday");
    QTest::addColumn<QString>("field");
    const QString ok = QStringLiteral("13622223333");
    QTest::newRow("phone malformed")
        << QStringLiteral("12345") << QString() << QString() << QDate() << QStringLiteral("phone");
    QTest::newRow("phone empty") << QString() << QString() << QString() << QDate()
                                 << QStringLiteral("phone");
    QTest::newRow("gender") << ok << QStringLiteral("x") << QString() << QDate()
                            << QStringLiteral("gender");
    QTest::newRow("email without @") << ok << QString() << QStringLiteral("someone.example.com")
                                     << QDate() << QStringLiteral("email");
    QTest::newRow("email without domain")
        << ok << QString() << QStringLiteral("a@b") << QDate() << QStringLiteral("email");
    // The pinned clock says 2026-01-01; the birthday is judged by it, not by the wall clock.
    QTest::newRow("birthday after today")
        << ok << QString() << QString() << QDate(2026, 1, 2) << QStringLiteral("birthday");
}

void TestPeople::registerValidation()
{
    QFETCH(QString, phone);
    QFETCH(QString, gender);
    QFETCH(QString, email);
    QFETCH(QDate, birthday);
    QFETCH(QString, field);
    Person p = newPerson(phone, chain().branch1);
    p.gender = gender;
    p.email = email;
    p.birthday = birthday;
    const qint64 before = count(chain().db(), QStringLiteral("SELECT count(*) FROM people"));
    auto refused = people().registerPerson(chain().owner(), p);
    CC_VERIFY_ERROR(refused, Error::Code::InvalidInput);
    QCOMPARE(refused.error().field(), field);
    QCOMPARE(count(chain().db(), QStringLiteral("SELECT count(*) FROM people")), before);

    // The same person with valid details is accepted (the birthday of the pinned today too).
    if (field != QLatin1String("phone")) {
        Person fine = newPerson(phone, chain().branch1);
        fine.gender = QStringLiteral("female");
        fine.email = QStringLiteral("li.na@example.cn");
        fine.birthday = QDate(2026, 1, 1);
        static int serial = 0;
        fine.phone = QStringLiteral("1362222%1").arg(4000 + ++serial);
        auto accepted = people().registerPerson(chain().owner(), fine);
        CC_VERIFY_OK(accepted);
        QCOMPARE(people().find(accepted->id)->birthday, QDate(2026, 1, 1));
    }
}

void TestPeople::registerAtUnknownBranchRefused()
{
    auto refused
        = people().registerPerson(chain().owner(), newPerson(QStringLiteral("13633334444"), 999));
    CC_VERIFY_ERROR(refused, Error::Code::NotFound);
    QCOMPARE(refused.error().field(), QStringLiteral("branch"));
    QVERIFY2(refused.error().message().contains(QStringLiteral("999")),
        qPrintable(refused.error().message()));
    auto noBranch
        = people().registerPerson(chain().owner(), newPerson(QStringLiteral("13633334444")));
    CC_VERIFY_ERROR(noBranch, Error::Code::InvalidInput);
    QCOMPARE(noBranch.error().field(), QStringLiteral("branch"));
}

void TestPeople::registerOutOfScopeRefused()
{
    const qint64 before = count(chain().db(), QStringLiteral("SELECT count(*) FROM people"));
    auto refused = people().registerPerson(
        chain().manager2(), newPerson(QStringLiteral("13644445555"), chain().branch1));
    CC_VERIFY_ERROR(refused, Error::Code::PermissionDenied);
    QVERIFY2(refused.error().message().contains(QStringLiteral("manager2")),
        qPrintable(refused.error().message()));
    QCOMPARE(count(chain().db(), QStringLiteral("SELECT count(*) FROM people")), before);
}

void TestPeople::memberCodeIsTenDigitsWithLuhnAndUnique()
{
    QSet<QString> codes;
    for (int i = 0; i < 40; ++i) {
        auto p = people().registerPerson(chain().owner(),
            newPerson(QStringLiteral("1355555%1").arg(1000 + i),
                i % 2 ? chain().branch1 : chain().branch2));
        CC_VERIFY_OK(p);
        QCOMPARE(p->memberCode.size(), 10);
        for (const QChar c : std::as_const(p->memberCode))
            QVERIFY(c.isDigit());
        QVERIFY2(luhnValid(p->memberCode), qPrintable(p->memberCode));
        QCOMPARE(p->memberCode, PersonService::memberCodeFor(p->id));
        codes.insert(p->memberCode);
    }
    QCOMPARE(codes.size(), 40);
    QCOMPARE(count(chain().db(), QStringLiteral("SELECT count(DISTINCT member_code) FROM people")),
        count(chain().db(), QStringLiteral("SELECT count(*) FROM people")));
}

void TestPeople::memberCodeFor_data()
{
    QTest::addColumn<qint64>("personId");
    QTest::addColumn<QString>("code");
    // Worked by hand for 1: base 100000001, doubling every second digit from the right gives
    // 2 + 0 + ... + 2 = 4, so the check digit is 6.
    QTest::newRow("1") << qint64(1) << QStringLiteral("1000000016");
    QTest::newRow("2") << qint64(2) << QStringLiteral("1000000024");
    QTest::newRow("9") << qint64(9) << QStringLiteral("1000000099");
    QTest::newRow("12345") << qint64(12345) << QStringLiteral("1000123453");
}

void TestPeople::memberCodeFor()
{
    QFETCH(qint64, personId);
    QFETCH(QString, code);
    QCOMPARE(PersonService::memberCodeFor(personId), code);
    QVERIFY(luhnValid(code));
    // One mistyped digit is always caught.
    for (int i = 0; i < code.size(); ++i) {
        QString typo = code;
        typo[i] = QChar(u'0' + char16_t((code.at(i).digitValue() + 1) % 10));
        QVERIFY2(!luhnValid(typo), qPrintable(typo));
    }
}

void TestPeople::findByMemberCode()
{
    auto p = people().registerPerson(chain().manager2(), newPerson(QStringLiteral("13566667777")));
    CC_VERIFY_OK(p);
    auto found
        = people().findByMemberCode(QStringLiteral(" ") + p->memberCode + QStringLiteral(" "));
    CC_VERIFY_OK(found);
    QCOMPARE(found->id, p->id);
    QCOMPARE(found->homeBranchId, chain().branch2);
    auto missing = people().findByMemberCode(QStringLiteral("1999999999"));
    CC_VERIFY_ERROR(missing, Error::Code::NotFound);
    QVERIFY(missing.error().message().contains(QStringLiteral("1999999999")));
    auto unknownPhone = people().findByPhone(QStringLiteral("13566660000"));
    CC_VERIFY_ERROR(unknownPhone, Error::Code::NotFound);
    QVERIFY(unknownPhone.error().message().contains(QStringLiteral("+8613566660000")));
    auto badPhone = people().findByPhone(QStringLiteral("hello"));
    CC_VERIFY_ERROR(badPhone, Error::Code::InvalidInput);
}

void TestPeople::findByLastFour()
{
    // Three people sharing the last four digits, joined at different times and branches.
    QVector<qint64> ids;
    const QStringList phones = { QStringLiteral("13100009876"), QStringLiteral("13200009876"),
        QStringLiteral("13300009876") };
    for (int i = 0; i < phones.size(); ++i) {
        core::clock::setNowForTesting(pinnedNow + i * 60);
        auto p = people().registerPerson(
            chain().owner(), newPerson(phones.at(i), i == 1 ? chain().branch2 : chain().branch1));
        CC_VERIFY_OK(p);
        ids.prepend(p->id); // newest first
    }
    auto found = people().findByLastFour(QStringLiteral("9876"));
    CC_VERIFY_OK(found);
    QCOMPARE(found->size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(found->at(i).id, ids.at(i));
    auto limited = people().findByLastFour(QStringLiteral("9876"), 2);
    CC_VERIFY_OK(limited);
    QCOMPARE(limited->size(), 2);
    QCOMPARE(limited->front().id, ids.front());
    auto none = people().findByLastFour(QStringLiteral("0000"));
    CC_VERIFY_OK(none);
    QVERIFY(none->isEmpty());
}

void TestPeople::findByLastFourRefusesOtherInput_data()
{
    QTest::addColumn<QString>("digits");
    QTest::newRow("three") << QStringLiteral("987");
    QTest::newRow("five") << QStringLiteral("98765");
    QTest::newRow("letter") << QStringLiteral("98a6");
    QTest::newRow("empty") << QString();
    QTest::newRow("wildcard") << QStringLiteral("98%6");
}

void TestPeople::findByLastFourRefusesOtherInput()
{
    QFETCH(QString, digits);
    auto refused = people().findByLastFour(digits);
    CC_VERIFY_ERROR(refused, Error::Code::InvalidInput);
    QCOMPARE(refused.error().field(), QStringLiteral("phone"));
}

void TestPeople::consentRecordedWithTimeAndSource()
{
    auto p = people().registerPerson(chain().cashier1(), newPerson(QStringLiteral("13677778888")));
    CC_VERIFY_OK(p);
    auto none = people().consents(p->id);
    CC_VERIFY_OK(none);
    QVERIFY(none->isEmpty());

    CC_VERIFY_OK(people().setConsent(
        chain().cashier1(), p->id, Channel::Sms, true, QStringLiteral("counter")));
    core::clock::setNowForTesting(pinnedNow + 3600);
    CC_VERIFY_OK(people().setConsent(
        chain().manager1(), p->id, Channel::Email, true, QStringLiteral("web form")));
    auto both = people().consents(p->id);
    CC_VERIFY_OK(both);
    QCOMPARE(both->size(), 2);
    QCOMPARE(both->at(0).channel, Channel::Email); // ordered by channel name
    QCOMPARE(both->at(0).changedAt, pinnedNow + 3600);
    QCOMPARE(both->at(0).source, QStringLiteral("web form"));
    QCOMPARE(both->at(1).channel, Channel::Sms);
    QVERIFY(both->at(1).granted);
    QCOMPARE(both->at(1).changedAt, pinnedNow);
    QCOMPARE(both->at(1).source, QStringLiteral("counter"));

    // Withdrawing replaces the channel's record, with the new time and source.
    core::clock::setNowForTesting(pinnedNow + 7200);
    CC_VERIFY_OK(people().setConsent(
        chain().manager1(), p->id, Channel::Sms, false, QStringLiteral("phone call")));
    auto after = people().consents(p->id);
    CC_VERIFY_OK(after);
    QCOMPARE(after->size(), 2);
    QVERIFY(!after->at(1).granted);
    QCOMPARE(after->at(1).changedAt, pinnedNow + 7200);
    QCOMPARE(after->at(1).source, QStringLiteral("phone call"));

    auto audited = core::storage::scalar(chain().db(),
        QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'person.consent'"
                       " AND entity_id = ?"),
        { p->id });
    QCOMPARE(audited->toInt(), 3);
    auto last = core::storage::scalar(chain().db(),
        QStringLiteral("SELECT after_value FROM audit_log WHERE action = 'person.consent'"
                       " AND entity_id = ? ORDER BY id DESC LIMIT 1"),
        { p->id });
    const QJsonObject afterJson = QJsonDocument::fromJson(last->toString().toUtf8()).object();
    QCOMPARE(afterJson.value(QStringLiteral("channel")).toString(), QStringLiteral("sms"));
    QCOMPARE(afterJson.value(QStringLiteral("granted")).toBool(), false);
    QCOMPARE(afterJson.value(QStringLiteral("source")).toString(), QStringLiteral("phone call"));

    auto missing
        = people().setConsent(chain().owner(), 99999, Channel::Sms, true, QStringLiteral("x"));
    CC_VERIFY_ERROR(missing, Error::Code::NotFound);
}

void TestPeople::consentScope()
{
    auto p = people().registerPerson(chain().manager1(), newPerson(QStringLiteral("13688889999")));
    CC_VERIFY_OK(p);
    auto refused = people().setConsent(
        chain().manager2(), p->id, Channel::Sms, true, QStringLiteral("counter"));
    CC_VERIFY_ERROR(refused, Error::Code::PermissionDenied);
    auto none = people().consents(p->id);
    CC_VERIFY_OK(none);
    QVERIFY(none->isEmpty());
    CC_VERIFY_OK(people().setConsent(
        chain().owner(), p->id, Channel::Webhook, true, QStringLiteral("import")));
    QCOMPARE(people().consents(p->id)->front().channel, Channel::Webhook);
}

void TestPeople::updateWithinScope()
{
    auto p = people().registerPerson(chain().manager1(),
        newPerson(QStringLiteral("13699990000"), 0, QStringLiteral("Wang Fang")));
    CC_VERIFY_OK(p);
    Person changed = *p;
    changed.name = QStringLiteral("  Wang Fang (VIP) ");
    changed.email = QStringLiteral("wf@example.cn");
    changed.phone = QStringLiteral("+86 136 9999 0001");
    CC_VERIFY_OK(people().update(chain().manager1(), changed));
    auto stored = people().find(p->id);
    CC_VERIFY_OK(stored);
    QCOMPARE(stored->name, QStringLiteral("Wang Fang (VIP)"));
    QCOMPARE(stored->email, QStringLiteral("wf@example.cn"));
    QCOMPARE(stored->phone, QStringLiteral("+8613699990001"));
    QCOMPARE(stored->memberCode, p->memberCode); // the printed code survives a phone change
    auto byNewLastFour = people().findByLastFour(QStringLiteral("0001"));
    CC_VERIFY_OK(byNewLastFour);
    QCOMPARE(byNewLastFour->size(), 1);
    QCOMPARE(byNewLastFour->front().id, p->id);

    auto row = core::storage::scalar(chain().db(),
        QStringLiteral("SELECT before_value || '|' || after_value FROM audit_log"
                       " WHERE action = 'person.update' AND entity_id = ?"),
        { p->id });
    CC_VERIFY_OK(row);
    const QStringList parts = row->toString().split(QLatin1Char('|'));
    QCOMPARE(parts.size(), 2);
    const QJsonObject before = QJsonDocument::fromJson(parts.at(0).toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(parts.at(1).toUtf8()).object();
    QCOMPARE(before.value(QStringLiteral("name")).toString(), QStringLiteral("Wang Fang"));
    QCOMPARE(after.value(QStringLiteral("phone")).toString(), QStringLiteral("+8613699990001"));

    // The owner may move a person to another branch.
    changed = *stored;
    changed.homeBranchId = chain().branch2;
    CC_VERIFY_OK(people().update(chain().owner(), changed));
    QCOMPARE(people().find(p->id)->homeBranchId, chain().branch2);
}

void TestPeople::updateRefusals_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("code");
    QTest::newRow("manager of another branch") << QStringLiteral(
        "manager2") << QStringLiteral("name") << int(Error::Code::PermissionDenied);
    QTest::newRow("cashier of the branch") << QStringLiteral("cashier1") << QStringLiteral("name")
                                           << int(Error::Code::PermissionDenied);
    QTest::newRow("manager moves to another branch") << QStringLiteral(
        "manager1") << QStringLiteral("branch") << int(Error::Code::PermissionDenied);
    QTest::newRow("malformed phone")
        << QStringLiteral("manager1") << QStringLiteral("phone") << int(Error::Code::InvalidInput);
    QTest::newRow("bad gender") << QStringLiteral("owner") << QStringLiteral("gender")
                                << int(Error::Code::InvalidInput);
    QTest::newRow("unknown person")
        << QStringLiteral("owner") << QStringLiteral("id") << int(Error::Code::NotFound);
    QTest::newRow("owner moves to unknown branch")
        << QStringLiteral("owner") << QStringLiteral("unknown-branch")
        << int(Error::Code::NotFound);
}

void TestPeople::updateRefusals()
{
    QFETCH(QString, who);
    QFETCH(QString, change);
    QFETCH(int, code);
    static int serial = 0;
    const QString phone = QStringLiteral("1347777%1").arg(1000 + ++serial);
    auto p = people().registerPerson(
        chain().manager1(), newPerson(phone, 0, QStringLiteral("Before")));
    CC_VERIFY_OK(p);
    const core::auth::Actor actor = who == QLatin1String("owner") ? chain().owner()
        : who == QLatin1String("manager1")                        ? chain().manager1()
        : who == QLatin1String("manager2")                        ? chain().manager2()
                                                                  : chain().cashier1();
    Person changed = *p;
    changed.name = QStringLiteral("After");
    if (change == QLatin1String("branch"))
        changed.homeBranchId = chain().branch2;
    else if (change == QLatin1String("unknown-branch"))
        changed.homeBranchId = 999;
    else if (change == QLatin1String("phone"))
        changed.phone = QStringLiteral("12");
    else if (change == QLatin1String("gender"))
        changed.gender = QStringLiteral("unknown");
    else if (change == QLatin1String("id"))
        changed.id = 99999;
    const qint64 audits = count(chain().db(), QStringLiteral("SELECT count(*) FROM audit_log"));
    auto refused = people().update(actor, changed);
    CC_VERIFY_ERROR(refused, Error::Code(code));
    auto stored = people().find(p->id);
    QCOMPARE(stored->name, QStringLiteral("Before"));
    QCOMPARE(stored->homeBranchId, chain().branch1);
    QCOMPARE(stored->phone, p->phone);
    QCOMPARE(count(chain().db(), QStringLiteral("SELECT count(*) FROM audit_log")), audits);
}

void TestPeople::updateToAnotherPersonsPhoneRefused()
{
    auto a = people().registerPerson(chain().manager1(), newPerson(QStringLiteral("13811110001")));
    auto b = people().registerPerson(chain().manager1(), newPerson(QStringLiteral("13811110002")));
    CC_VERIFY_OK(a);
    CC_VERIFY_OK(b);
    Person changed = *b;
    changed.phone = QStringLiteral("138 1111 0001");
    auto refused = people().update(chain().manager1(), changed);
    CC_VERIFY_ERROR(refused, Error::Code::Conflict);
    QCOMPARE(refused.error().field(), QStringLiteral("phone"));
    // A sentence naming the phone and whose it is, not the driver's constraint text.
    QVERIFY2(refused.error().message().contains(QStringLiteral("+8613811110001"))
            && refused.error().message().contains(a->memberCode)
            && !refused.error().message().contains(QStringLiteral("UNIQUE")),
        qPrintable(refused.error().message()));
    QCOMPARE(people().find(b->id)->phone, QStringLiteral("+8613811110002"));
    // Writing one's own phone differently is not a conflict.
    changed = *b;
    changed.phone = QStringLiteral("138-1111-0002");
    CC_VERIFY_OK(people().update(chain().manager1(), changed));
}

void TestPeople::managerLooksUpAnotherBranchesMember()
{
    // DESIGN.md: a manager looks a member up by phone at the counter wherever they joined,
    // but cannot change them.
    auto p = people().registerPerson(chain().manager1(),
        newPerson(QStringLiteral("13922223333"), 0, QStringLiteral("Zhao Lei")));
    CC_VERIFY_OK(p);
    auto byPhone = people().findByPhone(QStringLiteral("139 2222 3333"));
    CC_VERIFY_OK(byPhone);
    QCOMPARE(byPhone->name, QStringLiteral("Zhao Lei"));
    auto viaCounter = people().findOrRegister(
        chain().manager2(), QStringLiteral("13922223333"), chain().branch2);
    CC_VERIFY_OK(viaCounter);
    QCOMPARE(viaCounter->id, p->id);
    Person changed = *byPhone;
    changed.name = QStringLiteral("Someone else");
    CC_VERIFY_ERROR(people().update(chain().manager2(), changed), Error::Code::PermissionDenied);
    CC_VERIFY_ERROR(people().setConsent(
                        chain().manager2(), p->id, Channel::Sms, true, QStringLiteral("counter")),
        Error::Code::PermissionDenied);
    QCOMPARE(people().find(p->id)->name, QStringLiteral("Zhao Lei"));
}

QTEST_GUILESS_MAIN(TestPeople)
#include "tst_people.moc"
