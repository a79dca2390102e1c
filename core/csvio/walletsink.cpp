#include "core/csvio/walletsink.h"

#include "core/storage/sql.h"

#include <QCoreApplication>

namespace core::csvio {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

const QString refField = QStringLiteral("ref");
const QString amountField = QStringLiteral("amount");
const QString entryPrefix = QStringLiteral("entry-");
const QString reversalPrefix = QStringLiteral("reversal-of:");

// What a row of this kind and amount writes, as (principal, bonus) of a plain entry; spends
// and refunds split between the buckets by the service, so only their total is compared.
bool sameAs(const wallet::Entry &e, wallet::EntryKind kind, qint64 personId, qint64 amount)
{
    if (e.kind != kind || e.personId != personId)
        return false;
    switch (kind) {
    case wallet::EntryKind::TopUp: return e.principal == amount;
    case wallet::EntryKind::Bonus: return e.bonus == amount;
    case wallet::EntryKind::Spend: return e.amount() == -qAbs(amount);
    default: return e.amount() == amount;
    }
}

} // namespace

WalletSink::WalletSink(ImportContext &context)
    : RowSink(context)
    , m_wallet(context.db())
{
}

Status WalletSink::begin()
{
    return {};
}

Result<std::optional<wallet::Entry>> WalletSink::byRef(const QString &ref)
{
    if (ref.isEmpty())
        return std::optional<wallet::Entry>();
    auto byKey = storage::scalar(m_ctx.db(),
        QStringLiteral("SELECT id FROM wallet_entries WHERE idempotency_key = ?"), { ref }, 0);
    if (!byKey)
        return byKey.error();
    qint64 id = byKey->toLongLong();
    if (id == 0 && ref.startsWith(entryPrefix)) {
        bool ok = false;
        const qint64 n = ref.mid(entryPrefix.size()).toLongLong(&ok);
        if (ok) {
            auto plain = storage::scalar(m_ctx.db(),
                QStringLiteral("SELECT id FROM wallet_entries WHERE id = ? AND idempotency_key IS NULL"),
                { n }, 0);
            if (!plain)
                return plain.error();
            id = plain->toLongLong();
        }
    }
    if (id == 0)
        return std::optional<wallet::Entry>();
    auto entry = m_wallet.entry(id);
    if (!entry)
        return entry.error();
    return std::optional<wallet::Entry>(*entry);
}

Result<Outcome> WalletSink::apply(const ImportRow &row)
{
    auto branch = m_ctx.branch(row, QStringLiteral("branch"), true);
    if (!branch)
        return branch.error();
    auto at = m_ctx.time(row, QStringLiteral("occurred_at"), true);
    if (!at)
        return at.error();
    const QString kindText = row.text(QStringLiteral("kind")).toLower();
    const auto kind = wallet::kindFromName(kindText);
    if (!kind)
        return ImportContext::fieldError(QStringLiteral("kind"),
            Tr::tr("\"%1\" is not a kind of ledger entry (topup, bonus, spend, refund, reversal or adjustment).")
                .arg(row.text(QStringLiteral("kind"))));
    const QString ref = row.text(refField);
    if (*kind == wallet::EntryKind::Reversal)
        return reversal(row, ref);
    auto amount = m_ctx.amount(row, amountField, true);
    if (!amount)
        return amount.error();
    auto phone = m_ctx.phone(row, QStringLiteral("phone"), true);
    if (!phone)
        return phone.error();
    const qint64 value = **amount;
    if (value == 0 || (value < 0 && *kind != wallet::EntryKind::Spend && *kind != wallet::EntryKind::Adjustment))
        return ImportContext::fieldError(amountField,
            Tr::tr("A %1 needs an amount above zero; this row has %2.").arg(kindText, row.text(amountField)));

    auto person = m_ctx.ensurePerson(*phone, (*branch)->id, **at);
    if (!person)
        return person.error();
    auto known = byRef(ref);
    if (!known)
        return known.error();
    if (*known) {
        if (sameAs(**known, *kind, *person, value))
            return Outcome::Unchanged;
        return ImportContext::fieldError(refField,
            Tr::tr("Reference %1 already belongs to another ledger entry (entry %2, a %3 of %4).")
                .arg(ref)
                .arg((*known)->id)
                .arg(wallet::kindName((*known)->kind))
                .arg((*known)->amount()));
    }

    wallet::Request request;
    request.personId = *person;
    request.branchId = (*branch)->id;
    request.amount = qAbs(value);
    request.occurredAt = **at;
    request.idempotencyKey = !ref.isEmpty() ? ref
        : m_keys.next(QStringLiteral("csv-"), { *phone, (*branch)->code, QString::number(**at), kindText,
                                                 QString::number(value) });
    Result<wallet::Outcome> done = Error(Error::Code::InvalidInput, QString());
    switch (*kind) {
    case wallet::EntryKind::TopUp: done = m_wallet.topUp(m_ctx.actor(), request); break;
    case wallet::EntryKind::Bonus: done = m_wallet.grantBonus(m_ctx.actor(), request); break;
    case wallet::EntryKind::Spend: done = m_wallet.spend(m_ctx.actor(), request); break;
    case wallet::EntryKind::Refund: done = m_wallet.refund(m_ctx.actor(), request); break;
    case wallet::EntryKind::Adjustment:
        done = m_wallet.adjust(m_ctx.actor(), *person, (*branch)->id, value, 0,
                               Tr::tr("imported"), request.idempotencyKey);
        break;
    case wallet::EntryKind::Reversal: break;
    }
    if (!done)
        return done.error();
    return done->replayed ? Outcome::Unchanged : Outcome::Inserted;
}

// A reversal names the entry it undoes by that entry's reference.
Result<Outcome> WalletSink::reversal(const ImportRow &, const QString &ref)
{
    if (!ref.startsWith(reversalPrefix))
        return ImportContext::fieldError(refField,
            Tr::tr("A reversal names the entry it undoes in the ref column as reversal-of:REF."));
    const QString target = ref.mid(reversalPrefix.size());
    auto original = byRef(target);
    if (!original)
        return original.error();
    if (!*original)
        return ImportContext::fieldError(refField,
            Tr::tr("No ledger entry has the reference %1, so it cannot be reversed.").arg(target));
    auto done = storage::scalar(m_ctx.db(),
        QStringLiteral("SELECT count(*) FROM wallet_entries WHERE reverses = ?"), { (*original)->id }, 0);
    if (!done)
        return done.error();
    if (done->toLongLong() != 0)
        return Outcome::Unchanged;
    auto reversed = m_wallet.reverse(m_ctx.actor(), (*original)->id, Tr::tr("imported"));
    if (!reversed)
        return reversed.error();
    return Outcome::Inserted;
}

} // namespace core::csvio
