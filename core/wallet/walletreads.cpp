#include "core/wallet/walletservice.h"

// The reads and look-ups of the ledger; the writes are in walletservice.cpp.

#include "core/chain/chainsettings.h"
#include "core/common/money.h"
#include "core/people/personservice.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"

#include <QCoreApplication>
#include <QLocale>

namespace core::wallet {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wallet)
};

const QString selectEntry = QStringLiteral(
    "SELECT id, person_id, branch_id, kind, principal, bonus, occurred_at,"
    " coalesce(operator_id, 0), operator, coalesce(idempotency_key, ''), coalesce(reverses, 0),"
    " coalesce(visit_id, 0), note FROM wallet_entries");

Entry readEntry(const QSqlQuery &q)
{
    Entry e;
    e.id = q.value(0).toLongLong();
    e.personId = q.value(1).toLongLong();
    e.branchId = q.value(2).toLongLong();
    e.kind = kindFromName(q.value(3).toString()).value_or(EntryKind::Adjustment);
    e.principal = q.value(4).toLongLong();
    e.bonus = q.value(5).toLongLong();
    e.occurredAt = q.value(6).toLongLong();
    e.operatorId = q.value(7).toLongLong();
    e.operatorName = q.value(8).toString();
    e.idempotencyKey = q.value(9).toString();
    e.reverses = q.value(10).toLongLong();
    e.visitId = q.value(11).toLongLong();
    e.note = q.value(12).toString();
    return e;
}

} // namespace

QString kindName(EntryKind kind)
{
    switch (kind) {
    case EntryKind::TopUp:
        return QStringLiteral("topup");
    case EntryKind::Bonus:
        return QStringLiteral("bonus");
    case EntryKind::Spend:
        return QStringLiteral("spend");
    case EntryKind::Refund:
        return QStringLiteral("refund");
    case EntryKind::Reversal:
        return QStringLiteral("reversal");
    case EntryKind::Adjustment:
        return QStringLiteral("adjustment");
    }
    return {};
}

std::optional<EntryKind> kindFromName(const QString &name)
{
    for (EntryKind k : { EntryKind::TopUp, EntryKind::Bonus, EntryKind::Spend, EntryKind::Refund,
             EntryKind::Reversal, EntryKind::Adjustment }) {
        if (kindName(k) == name)
            return k;
    }
    return std::nullopt;
}

WalletService::WalletService(storage::Database &db)
    : m_db(db)
{
}

// Read at every operation: the owner may change the spending order or the bonus rules while a
// counter keeps its service.
Status WalletService::loadSettings()
{
    auto settings = chain::ChainStore::load(m_db);
    if (!settings)
        return settings.error();
    m_settings = Settings { settings->region, settings->decimals(), settings->wallet };
    return {};
}

QString WalletService::display(qint64 minor) const
{
    return money::toDisplay(minor, QLocale(), m_settings ? m_settings->decimals : 2);
}

Result<WalletService::Person> WalletService::resolvePerson(
    const auth::Actor &actor, const Request &request, bool registerIfUnknown)
{
    people::PersonService persons(m_db, people::PhoneNormalizer(m_settings->region));
    Result<people::Person> found = Error();
    if (request.personId != 0)
        found = persons.find(request.personId);
    else if (request.phone.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput, Tr::tr("Give the person's phone number."),
            QStringLiteral("phone"));
    else if (registerIfUnknown)
        found = persons.findOrRegister(actor, request.phone, request.branchId);
    else
        found = persons.findByPhone(request.phone);
    if (!found)
        return found.error();
    return Person { found->id, found->phone, found->memberSince };
}

Result<Balance> WalletService::readBalance(qint64 personId)
{
    auto q = storage::prepare(m_db,
        QStringLiteral("SELECT p.phone, coalesce(w.principal, 0), coalesce(w.bonus, 0),"
                       " coalesce(w.topped_up, 0) FROM people p"
                       " LEFT JOIN wallets w ON w.person_id = p.id WHERE p.id = ?"));
    if (!q)
        return q.error();
    if (auto s = storage::exec(*q, { personId }); !s)
        return s.error();
    if (!q->next())
        return Error(Error::Code::NotFound, Tr::tr("There is no person with id %1.").arg(personId));
    Balance b;
    b.personId = personId;
    b.phone = q->value(0).toString();
    b.principal = q->value(1).toLongLong();
    b.bonus = q->value(2).toLongLong();
    b.toppedUp = q->value(3).toLongLong();
    return b;
}

Result<Entry> WalletService::entry(qint64 entryId)
{
    auto q = storage::prepare(m_db, selectEntry + QStringLiteral(" WHERE id = ?"));
    if (!q)
        return q.error();
    if (auto s = storage::exec(*q, { entryId }); !s)
        return s.error();
    if (!q->next())
        return Error(Error::Code::NotFound,
            Tr::tr("There is no wallet entry with id %1.").arg(entryId), QStringLiteral("entry"));
    return readEntry(*q);
}

Result<std::optional<Entry>> WalletService::findByKey(const QString &key)
{
    auto q = storage::prepare(m_db, selectEntry + QStringLiteral(" WHERE idempotency_key = ?"));
    if (!q)
        return q.error();
    if (auto s = storage::exec(*q, { key }); !s)
        return s.error();
    if (!q->next())
        return std::optional<Entry>();
    return std::optional<Entry>(readEntry(*q));
}

Result<Balance> WalletService::balance(const auth::Actor &actor, qint64 personId)
{
    (void)actor; // anyone at a counter may read a balance (DESIGN.md, roles)
    return readBalance(personId);
}

Result<Balance> WalletService::balanceByPhone(const auth::Actor &actor, const QString &phone)
{
    if (auto s = loadSettings(); !s)
        return s.error();
    Request request;
    request.phone = phone;
    auto person = resolvePerson(actor, request, false);
    if (!person)
        return person.error();
    return balance(actor, person->id);
}

Result<QVector<Entry>> WalletService::ledger(const auth::Actor &actor, qint64 personId)
{
    return entriesOf(actor, personId, QStringLiteral("id"), -1);
}

Result<QVector<Entry>> WalletService::latestEntries(
    const auth::Actor &actor, qint64 personId, int limit)
{
    return entriesOf(actor, personId, QStringLiteral("id DESC"), qMax(1, limit));
}

Result<QVector<Entry>> WalletService::entriesOf(
    const auth::Actor &actor, qint64 personId, const QString &order, int limit)
{
    auto home = storage::scalar(m_db,
        QStringLiteral("SELECT coalesce(home_branch_id, 0) FROM people WHERE id = ?"), { personId },
        -1);
    if (!home)
        return home.error();
    if (home->toLongLong() < 0)
        return Error(Error::Code::NotFound, Tr::tr("There is no person with id %1.").arg(personId));
    const bool everything = actor.canAccessBranch(home->toLongLong());
    // LIMIT -1: no limit.
    auto q = storage::prepare(m_db,
        selectEntry
            + QStringLiteral(" WHERE person_id = ?"
                             " AND (? = 0 OR branch_id = ?)"
                             " ORDER BY ")
            + order + QStringLiteral(" LIMIT ?"));
    if (!q)
        return q.error();
    const qint64 scope = everything ? 0 : actor.branchId();
    if (auto s = storage::exec(*q, { personId, scope, scope, limit }); !s)
        return s.error();
    QVector<Entry> out;
    while (q->next())
        out.push_back(readEntry(*q));
    return out;
}

} // namespace core::wallet
