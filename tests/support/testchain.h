#pragma once

#include "core/auth/actor.h"
#include "core/storage/database.h"

#include <QTemporaryDir>
#include <QVariant>

#include <initializer_list>

#include <memory>

namespace testsupport {

// A fresh chain in a temporary folder: initialised (CNY, region CN, Asia/Shanghai), with
// branches B01 and B02, and actors for the owner, a manager of each branch and a cashier of B01.
class TestChain
{
public:
    enum class Setup { WithBranches, Empty };
    // Empty: initialised with no branches and no staff, as `init` leaves it (for demo data
    // and imports into a new chain).
    explicit TestChain(Setup setup = Setup::WithBranches);

    core::storage::Database &db() { return *m_db; }
    QString path() const;
    std::unique_ptr<core::storage::Database> openAnother() const;

    // The owner's account ("owner") signs in with this password.
    static const QString ownerPassword;

    core::auth::Actor owner() const { return core::auth::Actor::localOwner(); }
    // The owner as signed in through the account, not the file's local owner.
    core::auth::Actor signedInOwner();
    core::auth::Actor manager1() const;
    core::auth::Actor manager2() const;
    core::auth::Actor cashier1() const;

    qint64 branch1 = 0;
    qint64 branch2 = 0;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<core::storage::Database> m_db;
};

// The number a one-row, one-column query gives (a count, an amount), or -1 when it fails.
qint64 count(core::storage::Database &db, const QString &sql,
    std::initializer_list<QVariant> values = {});

// Fails the current test with the error's message when `result` is not ok.
#define CC_VERIFY_OK(result)                                                                     \
    do {                                                                                         \
        const auto &cc_r = (result);                                                             \
        QVERIFY2(cc_r.ok(), qPrintable(cc_r.error().message()));                                 \
    } while (false)

// Expects a refusal with the given core::Error::Code.
#define CC_VERIFY_ERROR(result, errorCode)                                                       \
    do {                                                                                         \
        const auto &cc_r = (result);                                                             \
        QVERIFY2(!cc_r.ok(), "expected a refusal, the operation succeeded");                     \
        QCOMPARE(int(cc_r.error().code()), int(errorCode));                                      \
        QVERIFY(!cc_r.error().message().isEmpty());                                              \
    } while (false)

} // namespace testsupport
