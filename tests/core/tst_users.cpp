#include "core/auth/passwordhasher.h"
#include "core/auth/userservice.h"
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
using core::auth::Actor;
using core::auth::NewUser;
using core::auth::Role;
using core::auth::UserService;

namespace {

constexpr qint64 pinnedNow = 1767225600;


NewUser staff(const QString &username, Role role, qint64 branch,
    const QString &password = QStringLiteral("counter-pass-1"))
{
    NewUser u;
    u.username = username;
    u.displayName = username.toUpper();
    u.password = password;
    u.role = role;
    u.branchId = branch;
    return u;
}

QJsonObject json(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

} // namespace

// Passwords are hashed with argon2id (about 0.1-1 s each here), so one chain serves the whole
// program and each test adds its own accounts.
class TestUsers : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init() { core::clock::setNowForTesting(pinnedNow); }
    void cleanup() { core::clock::setNowForTesting(0); }

    void ownerHashIsArgon2idNotThePassword();
    void ownerSignsIn();
    void wrongPasswordAndUnknownUserRefusedAlike();
    void createStaffAndSignIn();
    void weakPasswordRefused_data();
    void weakPasswordRefused();
    void usernameValidation_data();
    void usernameValidation();
    void takenUsernameRefused();
    void managersAndCashiersNeedABranch_data();
    void managersAndCashiersNeedABranch();
    void onlyTheOwnerManagesUsers();
    void disabledUserCannotSignIn();
    void ownerCannotLockThemselvesOut();
    void setRoleMovesScope();
    void updateRenamesWithTheRole();
    void staffOfADeactivatedBranchCannotSignIn();
    void resetPassword();
    void everyChangeIsAudited();
    void listAndFind();
    void lastActiveOwnerIsKept();

private:
    std::unique_ptr<TestChain> m_chain;
    std::unique_ptr<UserService> m_users;
    TestChain &chain() { return *m_chain; }
    UserService &users() { return *m_users; }
};

void TestUsers::initTestCase()
{
    m_chain = std::make_unique<TestChain>();
    m_users = std::make_unique<UserService>(chain().db());
}

void TestUsers::cleanupTestCase()
{
    m_users.reset();
    m_chain.reset();
}

void TestUsers::ownerHashIsArgon2idNotThePassword()
{
    auto stored = core::storage::scalar(chain().db(),
        QStringLiteral("SELECT password_hash FROM users"
                       " WHERE username = 'owner'"));
    CC_VERIFY_OK(stored);
    const QString hash = stored->toString();
    QVERIFY2(hash.startsWith(QStringLiteral("$argon2id$")), qPrintable(hash));
    QVERIFY(!hash.contains(QStringLiteral("owner-password")));
    QVERIFY(core::auth::password::verify(hash, QStringLiteral("owner-password")));
    QVERIFY(!core::auth::password::verify(hash, QStringLiteral("owner-passworD")));
    // Salted: the same password hashes differently each time.
    QVERIFY(core::auth::password::hash(QStringLiteral("owner-password")) != hash);
    QVERIFY(!core::auth::password::verify(QStringLiteral("not a hash"), QStringLiteral("x")));
}

void TestUsers::ownerSignsIn()
{
    auto owner = users().authenticate(QStringLiteral("owner"), QStringLiteral("owner-password"));
    CC_VERIFY_OK(owner);
    QVERIFY(owner->isOwner());
    QVERIFY(owner->userId() > 0);
    QCOMPARE(owner->name(), QStringLiteral("owner"));
    QCOMPARE(owner->branchId(), qint64(0));
}

void TestUsers::wrongPasswordAndUnknownUserRefusedAlike()
{
    auto wrong = users().authenticate(QStringLiteral("owner"), QStringLiteral("owner-passwort"));
    CC_VERIFY_ERROR(wrong, Error::Code::PermissionDenied);
    auto unknown = users().authenticate(QStringLiteral("nobody"), QStringLiteral("owner-password"));
    CC_VERIFY_ERROR(unknown, Error::Code::PermissionDenied);
    QCOMPARE(unknown.error().message(), wrong.error().message());
    auto empty = users().authenticate(QStringLiteral("owner"), QString());
    CC_VERIFY_ERROR(empty, Error::Code::PermissionDenied);
}

void TestUsers::createStaffAndSignIn()
{
    auto manager = users().create(
        chain().owner(), staff(QStringLiteral("li.manager"), Role::Manager, chain().branch2));
    CC_VERIFY_OK(manager);
    QVERIFY(manager->id > 0);
    QCOMPARE(manager->role, Role::Manager);
    QCOMPARE(manager->branchId, chain().branch2);
    QCOMPARE(manager->createdAt, pinnedNow);
    QVERIFY(manager->active);
    auto actor
        = users().authenticate(QStringLiteral("li.manager"), QStringLiteral("counter-pass-1"));
    CC_VERIFY_OK(actor);
    QCOMPARE(actor->role(), Role::Manager);
    QCOMPARE(actor->branchId(), chain().branch2);
    QCOMPARE(actor->userId(), manager->id);
    QVERIFY(!actor->canAccessBranch(chain().branch1));
    QVERIFY(actor->canAccessBranch(chain().branch2));
    auto hash = core::storage::scalar(chain().db(),
        QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), { manager->id });
    QVERIFY(hash->toString().startsWith(QStringLiteral("$argon2id$")));
    QVERIFY(!hash->toString().contains(QStringLiteral("counter-pass-1")));
}

void TestUsers::weakPasswordRefused_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("empty") << QString();
    QTest::newRow("seven characters") << QStringLiteral("1234567");
    QTest::newRow("short CJK") << QStringLiteral("密码密码");
}

void TestUsers::weakPasswordRefused()
{
    QFETCH(QString, password);
    const qint64 before = count(chain().db(), QStringLiteral("SELECT count(*) FROM users"));
    auto refused = users().create(chain().owner(),
        staff(QStringLiteral("weak.one"), Role::Cashier, chain().branch1, password));
    CC_VERIFY_ERROR(refused, Error::Code::InvalidInput);
    QCOMPARE(refused.error().field(), QStringLiteral("password"));
    QVERIFY(refused.error().message().contains(QStringLiteral("8")));
    QCOMPARE(count(chain().db(), QStringLiteral("SELECT count(*) FROM users")), before);
    QVERIFY(!core::auth::password::weakness(password).isEmpty());
    QVERIFY(core::auth::password::weakness(QStringLiteral("12345678")).isEmpty());
}

void TestUsers::usernameValidation_data()
{
    QTest::addColumn<QString>("username");
    QTest::newRow("empty") << QString();
    QTest::newRow("one character") << QStringLiteral("a");
    QTest::newRow("space") << QStringLiteral("li na");
    QTest::newRow("quote") << QStringLiteral("li'na");
    QTest::newRow("65 characters") << QString(65, QLatin1Char('a'));
}

void TestUsers::usernameValidation()
{
    QFETCH(QString, username);
    auto refused = users().create(chain().owner(), staff(username, Role::Cashier, chain().branch1));
    CC_VERIFY_ERROR(refused, Error::Code::InvalidInput);
    QCOMPARE(refused.error().field(), QStringLiteral("username"));
}

void TestUsers::takenUsernameRefused()
{
    const qint64 before = count(chain().db(), QStringLiteral("SELECT count(*) FROM users"));
    auto taken = users().create(
        chain().owner(), staff(QStringLiteral("manager1"), Role::Cashier, chain().branch1));
    CC_VERIFY_ERROR(taken, Error::Code::Conflict);
    QCOMPARE(taken.error().field(), QStringLiteral("username"));
    QVERIFY(taken.error().message().contains(QStringLiteral("manager1")));
    QCOMPARE(count(chain().db(), QStringLiteral("SELECT count(*) FROM users")), before);
}

void TestUsers::managersAndCashiersNeedABranch_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<qint64>("branch");
    QTest::newRow("manager without branch") << int(Role::Manager) << qint64(0);
    QTest::newRow("cashier without branch") << int(Role::Cashier) << qint64(0);
    QTest::newRow("cashier at unknown branch") << int(Role::Cashier) << qint64(999);
}

void TestUsers::managersAndCashiersNeedABranch()
{
    QFETCH(int, role);
    QFETCH(qint64, branch);
    auto refused
        = users().create(chain().owner(), staff(QStringLiteral("no.branch"), Role(role), branch));
    CC_VERIFY_ERROR(refused, Error::Code::InvalidInput);
    QCOMPARE(refused.error().field(), QStringLiteral("branch"));
    QCOMPARE(count(chain().db(),
                 QStringLiteral("SELECT count(*) FROM users WHERE username = 'no.branch'")),
        qint64(0));
}

void TestUsers::onlyTheOwnerManagesUsers()
{
    const qint64 cashierId = 103;
    const qint64 audits = count(chain().db(), QStringLiteral("SELECT count(*) FROM audit_log"));
    for (const Actor &actor : { chain().manager1(), chain().cashier1() }) {
        auto created = users().create(
            actor, staff(QStringLiteral("sneaky"), Role::Cashier, actor.branchId()));
        CC_VERIFY_ERROR(created, Error::Code::PermissionDenied);
        QVERIFY2(created.error().message().contains(actor.name()),
            qPrintable(created.error().message()));
        CC_VERIFY_ERROR(users().setActive(actor, cashierId, false), Error::Code::PermissionDenied);
        CC_VERIFY_ERROR(users().setRole(actor, cashierId, Role::Manager, chain().branch1),
            Error::Code::PermissionDenied);
        CC_VERIFY_ERROR(users().resetPassword(actor, cashierId == actor.userId() ? 101 : cashierId,
                            QStringLiteral("new-password-1")),
            Error::Code::PermissionDenied);
        CC_VERIFY_ERROR(users().list(actor), Error::Code::PermissionDenied);
    }
    auto cashier = users().find(cashierId);
    CC_VERIFY_OK(cashier);
    QVERIFY(cashier->active);
    QCOMPARE(cashier->role, Role::Cashier);
    QCOMPARE(count(chain().db(), QStringLiteral("SELECT count(*) FROM audit_log")), audits);
}

void TestUsers::disabledUserCannotSignIn()
{
    auto cashier = users().create(
        chain().owner(), staff(QStringLiteral("zhou.cashier"), Role::Cashier, chain().branch1));
    CC_VERIFY_OK(cashier);
    CC_VERIFY_OK(users().setActive(chain().owner(), cashier->id, false));
    QVERIFY(!users().find(cashier->id)->active);
    auto refused
        = users().authenticate(QStringLiteral("zhou.cashier"), QStringLiteral("counter-pass-1"));
    CC_VERIFY_ERROR(refused, Error::Code::PermissionDenied);
    // The same words as a wrong password: sign-in does not reveal that the account exists.
    auto wrong = users().authenticate(QStringLiteral("owner"), QStringLiteral("wrong-password"));
    QCOMPARE(refused.error().message(), wrong.error().message());
    CC_VERIFY_OK(users().setActive(chain().owner(), cashier->id, true));
    auto back
        = users().authenticate(QStringLiteral("zhou.cashier"), QStringLiteral("counter-pass-1"));
    CC_VERIFY_OK(back);
    QCOMPARE(back->role(), Role::Cashier);
    CC_VERIFY_ERROR(users().setActive(chain().owner(), 9999, false), Error::Code::NotFound);
}

void TestUsers::ownerCannotLockThemselvesOut()
{
    auto ownerRow = core::storage::scalar(
        chain().db(), QStringLiteral("SELECT id FROM users WHERE username = 'owner'"));
    CC_VERIFY_OK(ownerRow);
    const Actor owner
        = Actor::user(ownerRow->toLongLong(), QStringLiteral("owner"), Role::Owner, 0);
    CC_VERIFY_ERROR(users().setActive(owner, owner.userId(), false), Error::Code::Conflict);
    CC_VERIFY_ERROR(users().setRole(owner, owner.userId(), Role::Manager, chain().branch1),
        Error::Code::Conflict);
    auto stored = users().find(owner.userId());
    QVERIFY(stored->active);
    QCOMPARE(stored->role, Role::Owner);
}

void TestUsers::setRoleMovesScope()
{
    // manager2 (B02) becomes the cashier of B01; then a manager without a branch is refused.
    CC_VERIFY_OK(users().setRole(chain().owner(), 102, Role::Cashier, chain().branch1));
    auto moved = users().find(102);
    CC_VERIFY_OK(moved);
    QCOMPARE(moved->role, Role::Cashier);
    QCOMPARE(moved->branchId, chain().branch1);
    CC_VERIFY_ERROR(
        users().setRole(chain().owner(), 102, Role::Manager, 0), Error::Code::InvalidInput);
    CC_VERIFY_ERROR(users().setRole(chain().owner(), 9999, Role::Manager, chain().branch1),
        Error::Code::NotFound);
    // Promoted to owner: the branch is dropped.
    CC_VERIFY_OK(users().setRole(chain().owner(), 102, Role::Owner, chain().branch2));
    QCOMPARE(users().find(102)->branchId, qint64(0));
    CC_VERIFY_OK(users().setRole(chain().owner(), 102, Role::Manager, chain().branch2));
    QCOMPARE(users().find(102)->branchId, chain().branch2);
}

// The owner renames an account together with its role and branch; setRole keeps the name; a
// manager may not rename anyone.
void TestUsers::updateRenamesWithTheRole()
{
    const auto audited = [this](const char *action) {
        return count(chain().db(),
            QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'user' AND entity_id = 102"
                           " AND action = ?"),
            { QString::fromLatin1(action) });
    };
    const qint64 updates = audited("user.update");
    const qint64 roleChanges = audited("user.set_role");
    CC_VERIFY_OK(users().update(chain().owner(), 102, QStringLiteral("  Mei Lin "), Role::Cashier,
        chain().branch2));
    auto renamed = users().find(102);
    CC_VERIFY_OK(renamed);
    QCOMPARE(renamed->displayName, QStringLiteral("Mei Lin"));
    QCOMPARE(renamed->role, Role::Cashier);
    CC_VERIFY_OK(users().setRole(chain().owner(), 102, Role::Manager, chain().branch2));
    QCOMPARE(users().find(102)->displayName, QStringLiteral("Mei Lin"));
    CC_VERIFY_ERROR(users().update(chain().manager2(), 102, QStringLiteral("X"), Role::Manager,
                        chain().branch2),
        Error::Code::PermissionDenied);
    QCOMPARE(users().find(102)->displayName, QStringLiteral("Mei Lin"));
    QCOMPARE(audited("user.update"), updates + 1);
    QCOMPARE(audited("user.set_role"), roleChanges + 1);
}

// Deactivating a branch stops its staff signing in (they kept working before); the owner is
// not held by branches; moving the account to an open branch lets it in again.
void TestUsers::staffOfADeactivatedBranchCannotSignIn()
{
    auto user = users().create(chain().owner(),
        staff(QStringLiteral("closing.cashier"), Role::Cashier, chain().branch2));
    CC_VERIFY_OK(user);
    CC_VERIFY_OK(users().authenticate(QStringLiteral("closing.cashier"),
        QStringLiteral("counter-pass-1")));
    CC_VERIFY_OK(core::branches::BranchService(chain().db()).setActive(
        chain().owner(), chain().branch2, false));
    auto refused
        = users().authenticate(QStringLiteral("closing.cashier"), QStringLiteral("counter-pass-1"));
    CC_VERIFY_ERROR(refused, Error::Code::PermissionDenied);
    QVERIFY(refused.error().message().contains(QStringLiteral("B02")));
    // A wrong password still gets the message that reveals nothing.
    auto wrong = users().authenticate(QStringLiteral("closing.cashier"), QStringLiteral("nope-nope-1"));
    CC_VERIFY_ERROR(wrong, Error::Code::PermissionDenied);
    QVERIFY(!wrong.error().message().contains(QStringLiteral("B02")));
    CC_VERIFY_OK(users().setRole(chain().owner(), user->id, Role::Cashier, chain().branch1));
    CC_VERIFY_OK(users().authenticate(QStringLiteral("closing.cashier"),
        QStringLiteral("counter-pass-1")));
    CC_VERIFY_OK(core::branches::BranchService(chain().db()).setActive(
        chain().owner(), chain().branch2, true));
}

void TestUsers::resetPassword()
{
    auto user = users().create(chain().owner(),
        staff(QStringLiteral("wu.manager"), Role::Manager, chain().branch1,
            QStringLiteral("first-password")));
    CC_VERIFY_OK(user);
    const Actor self = Actor::user(user->id, user->username, Role::Manager, chain().branch1);
    CC_VERIFY_ERROR(
        users().resetPassword(self, user->id, QStringLiteral("short")), Error::Code::InvalidInput);
    // Anyone may change their own password; the owner anyone's.
    CC_VERIFY_OK(users().resetPassword(self, user->id, QStringLiteral("second-password")));
    CC_VERIFY_ERROR(
        users().authenticate(QStringLiteral("wu.manager"), QStringLiteral("first-password")),
        Error::Code::PermissionDenied);
    CC_VERIFY_OK(
        users().authenticate(QStringLiteral("wu.manager"), QStringLiteral("second-password")));
    CC_VERIFY_ERROR(
        users().resetPassword(chain().owner(), 9999, QStringLiteral("whatever-password")),
        Error::Code::NotFound);
}

void TestUsers::everyChangeIsAudited()
{
    auto user = users().create(
        chain().owner(), staff(QStringLiteral("audit.me"), Role::Cashier, chain().branch2));
    CC_VERIFY_OK(user);
    CC_VERIFY_OK(users().setActive(chain().owner(), user->id, false));
    CC_VERIFY_OK(users().setRole(chain().owner(), user->id, Role::Manager, chain().branch1));
    CC_VERIFY_OK(
        users().resetPassword(chain().owner(), user->id, QStringLiteral("reset-password")));

    auto q = core::storage::prepare(chain().db(),
        QStringLiteral("SELECT action, actor, at, coalesce(branch_id, 0),"
                       " before_value, after_value FROM audit_log"
                       " WHERE entity = 'user' AND entity_id = ?"
                       " ORDER BY id"));
    CC_VERIFY_OK(q);
    CC_VERIFY_OK(core::storage::exec(*q, { user->id }));
    QStringList actions;
    QVector<QJsonObject> befores, afters;
    while (q->next()) {
        actions << q->value(0).toString();
        QCOMPARE(q->value(1).toString(), QStringLiteral("local-owner"));
        QCOMPARE(q->value(2).toLongLong(), pinnedNow);
        befores << json(q->value(4));
        afters << json(q->value(5));
    }
    QCOMPARE(actions,
        (QStringList { QStringLiteral("user.create"), QStringLiteral("user.set_active"),
            QStringLiteral("user.set_role"), QStringLiteral("user.reset_password") }));
    QCOMPARE(afters.at(0).value(QStringLiteral("username")).toString(), QStringLiteral("audit.me"));
    QCOMPARE(afters.at(0).value(QStringLiteral("role")).toString(), QStringLiteral("cashier"));
    QCOMPARE(befores.at(1).value(QStringLiteral("active")).toBool(), true);
    QCOMPARE(afters.at(1).value(QStringLiteral("active")).toBool(), false);
    QCOMPARE(befores.at(2).value(QStringLiteral("role")).toString(), QStringLiteral("cashier"));
    QCOMPARE(afters.at(2).value(QStringLiteral("role")).toString(), QStringLiteral("manager"));
    QCOMPARE(afters.at(2).value(QStringLiteral("branch_id")).toInteger(), chain().branch1);
    // No audit entry ever holds a password or its hash.
    QCOMPARE(count(chain().db(),
                 QStringLiteral("SELECT count(*) FROM audit_log WHERE"
                                " coalesce(before_value, '') || coalesce(after_value, '')"
                                " LIKE '%password%' OR coalesce(after_value, '') LIKE '%argon%'")),
        qint64(0));
}

void TestUsers::listAndFind()
{
    auto all = users().list(chain().owner());
    CC_VERIFY_OK(all);
    QVERIFY(all->size() >= 4);
    for (int i = 1; i < all->size(); ++i)
        QVERIFY(all->at(i - 1).username < all->at(i).username);
    auto manager = users().find(101);
    CC_VERIFY_OK(manager);
    QCOMPARE(manager->username, QStringLiteral("manager1"));
    QCOMPARE(manager->role, Role::Manager);
    QCOMPARE(manager->branchId, chain().branch1);
    CC_VERIFY_ERROR(users().find(424242), Error::Code::NotFound);
}

void TestUsers::lastActiveOwnerIsKept()
{
    // The local owner (the CLI, scripts) is no account: disabling or demoting the only active
    // owner account would leave nobody able to sign in and manage the chain.
    auto ownerRow = core::storage::scalar(
        chain().db(), QStringLiteral("SELECT id FROM users WHERE username = 'owner'"));
    CC_VERIFY_OK(ownerRow);
    const qint64 ownerId = ownerRow->toLongLong();
    const QString activeOwners
        = QStringLiteral("SELECT count(*) FROM users WHERE role = 'owner' AND active = 1");
    QCOMPARE(count(chain().db(), activeOwners), qint64(1));
    CC_VERIFY_ERROR(users().setActive(chain().owner(), ownerId, false), Error::Code::Conflict);
    CC_VERIFY_ERROR(users().setRole(chain().owner(), ownerId, Role::Manager, chain().branch1),
        Error::Code::Conflict);
    QCOMPARE(count(chain().db(), activeOwners), qint64(1));

    // With a second active owner, either may be disabled; a disabled owner does not count.
    auto second
        = users().create(chain().owner(), staff(QStringLiteral("co-owner"), Role::Owner, 0));
    CC_VERIFY_OK(second);
    CC_VERIFY_OK(users().setActive(chain().owner(), ownerId, false));
    CC_VERIFY_ERROR(users().setActive(chain().owner(), second->id, false), Error::Code::Conflict);
    CC_VERIFY_ERROR(users().setRole(chain().owner(), second->id, Role::Cashier, chain().branch1),
        Error::Code::Conflict);
    CC_VERIFY_OK(users().setActive(chain().owner(), ownerId, true));
    CC_VERIFY_OK(users().setRole(chain().owner(), second->id, Role::Cashier, chain().branch1));
    QCOMPARE(count(chain().db(), activeOwners), qint64(1));
}

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_users.moc"
