#include "tests/support/testchain.h"

#include "core/auth/userservice.h"
#include "core/branches/branchservice.h"
#include "core/chain/chainsettings.h"
#include "core/storage/sql.h"

#include <QSqlQuery>
#include <QTest>

namespace testsupport {

const QString TestChain::ownerPassword = QStringLiteral("owner-password");

core::auth::Actor TestChain::signedInOwner()
{
    auto actor = core::auth::UserService(*m_db).authenticate(QStringLiteral("owner"), ownerPassword);
    if (!actor)
        qFatal("the test chain's owner cannot sign in: %s", qPrintable(actor.error().message()));
    return *actor;
}

TestChain::TestChain(Setup setup)
{
    auto db = core::storage::Database::open(m_dir.filePath(QStringLiteral("test.chaincard")));
    if (!db)
        qFatal("cannot create test database: %s", qPrintable(db.error().message()));
    m_db = std::move(db).value();
    core::chain::ChainSettings settings;
    settings.name = QStringLiteral("Test Noodles");
    if (auto s = core::chain::ChainStore::initialise(*m_db, settings, QStringLiteral("owner"),
                                                     ownerPassword);
        !s)
        qFatal("cannot initialise test chain: %s", qPrintable(s.error().message()));
    if (setup == Setup::Empty)
        return;
    core::branches::BranchService branches(*m_db);
    core::branches::Branch b;
    b.code = QStringLiteral("B01");
    b.name = QStringLiteral("People's Square");
    b.city = QStringLiteral("Shanghai");
    branch1 = branches.create(owner(), b)->id;
    b.code = QStringLiteral("B02");
    b.name = QStringLiteral("Xujiahui");
    branch2 = branches.create(owner(), b)->id;
    // Staff accounts written directly: hashing three passwords per test would cost a second
    // each time. Sign-in itself is tested through UserService.
    const struct
    {
        qint64 id;
        const char *name;
        const char *role;
        qint64 branch;
    } staff[] = { { 101, "manager1", "manager", branch1 },
                  { 102, "manager2", "manager", branch2 },
                  { 103, "cashier1", "cashier", branch1 } };
    for (const auto &u : staff) {
        QSqlQuery q(m_db->sql());
        q.prepare(QStringLiteral("INSERT INTO users (id, username, display_name, password_hash,"
                                 " role, branch_id, created_at) VALUES (?, ?, '', 'x', ?, ?, 0)"));
        q.addBindValue(u.id);
        q.addBindValue(QString::fromLatin1(u.name));
        q.addBindValue(QString::fromLatin1(u.role));
        q.addBindValue(u.branch);
        if (!q.exec())
            qFatal("cannot add test staff");
    }
}

QString TestChain::path() const
{
    return m_dir.filePath(QStringLiteral("test.chaincard"));
}

std::unique_ptr<core::storage::Database> TestChain::openAnother() const
{
    auto db = m_db->openAnother();
    if (!db)
        qFatal("cannot open a second connection: %s", qPrintable(db.error().message()));
    return std::move(db).value();
}

core::auth::Actor TestChain::manager1() const
{
    return core::auth::Actor::user(101, QStringLiteral("manager1"), core::auth::Role::Manager, branch1);
}

core::auth::Actor TestChain::manager2() const
{
    return core::auth::Actor::user(102, QStringLiteral("manager2"), core::auth::Role::Manager, branch2);
}

core::auth::Actor TestChain::cashier1() const
{
    return core::auth::Actor::user(103, QStringLiteral("cashier1"), core::auth::Role::Cashier, branch1);
}

qint64 count(core::storage::Database &db, const QString &sql,
    std::initializer_list<QVariant> values)
{
    auto v = core::storage::scalar(db, sql, values);
    return v ? v->toLongLong() : -1;
}

} // namespace testsupport
