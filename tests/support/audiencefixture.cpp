#include "tests/support/audiencefixture.h"

#include "core/storage/sql.h"

#include <QTest>

namespace testsupport {

void execSql(
    core::storage::Database &db, const QString &text, std::initializer_list<QVariant> values)
{
    auto s = core::storage::execOnce(db, text, values);
    QVERIFY2(s.ok(), qPrintable(s.error().message()));
}

qint64 addAudiencePerson(core::storage::Database &db, int n, qint64 home, qint64 joinedAt,
    bool consent, const QString &name)
{
    const QString phone = QStringLiteral("+86138%1").arg(n, 8, 10, QLatin1Char('0'));
    execSql(db,
        QStringLiteral("INSERT INTO people (phone, phone_last4, member_code, name, home_branch_id,"
                       " joined_at, member_since) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { phone, phone.right(4), QStringLiteral("M%1").arg(n),
            name.isEmpty() ? QStringLiteral("P%1").arg(n) : name, home, joinedAt, joinedAt });
    const qint64 id = count(db, QStringLiteral("SELECT max(id) FROM people"));
    if (consent)
        for (const char *channel : { "sms", "webhook" })
            execSql(db, QStringLiteral("INSERT INTO consents VALUES (?, ?, 1, ?, 'test')"),
                { id, QString::fromLatin1(channel), joinedAt });
    return id;
}

qint64 addSale(core::storage::Database &db, qint64 person, qint64 branch, qint64 when)
{
    static int receipt = 0;
    execSql(db,
        QStringLiteral("INSERT INTO visits (branch_id, person_id, occurred_at, amount, source,"
                       " receipt_no) VALUES (?, ?, ?, 1000, 'demo', ?)"),
        { branch, core::storage::nullIfZero(person), when, QStringLiteral("R%1").arg(++receipt) });
    return count(db, QStringLiteral("SELECT max(id) FROM visits"));
}

} // namespace testsupport
