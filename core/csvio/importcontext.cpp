#include "core/csvio/importcontext.h"

#include "core/common/clock.h"
#include "core/csv/fieldparsers.h"
#include "core/people/personservice.h"
#include "core/storage/database.h"
#include "core/storage/bulkinserter.h"
#include "core/storage/sql.h"

#include <QCoreApplication>
#include <QDateTime>

namespace core::csvio {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

// A file's clock and ours may disagree by a few hours (time zones, a till set wrong); a day
// ahead of now is where a time stops being believable.
constexpr qint64 futureSlack = 86400;

} // namespace

ImportContext::ImportContext(storage::Database &db, const auth::Actor &actor,
                             const chain::ChainSettings &settings)
    : m_db(db)
    , m_actor(actor)
    , m_settings(settings)
    , m_phones(settings.region)
    , m_decimals(settings.decimals())
    , m_now(clock::now())
    , m_defaultParser(settings.timeZone())
{
}

ImportContext::~ImportContext() = default;

Error ImportContext::fieldError(const QString &field, const QString &message)
{
    return Error(Error::Code::InvalidInput, message, field);
}

Status ImportContext::load()
{
    auto q = storage::prepare(m_db, QStringLiteral("SELECT id, code, name, active FROM branches ORDER BY id"));
    if (!q)
        return q.error();
    if (auto s = storage::exec(*q, {}); !s)
        return s;
    while (q->next())
        rememberBranch({ q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                         q->value(3).toInt() != 0 });
    m_bulk = std::make_unique<storage::BulkInserter>(m_db);
    auto find = m_bulk->prepare(QStringLiteral("SELECT id FROM people WHERE phone = ?"));
    if (!find)
        return find.error();
    m_findPerson = std::move(*find);
    return {};
}

const csv::DateTimeParser &ImportContext::parser(const QString &field) const
{
    auto it = m_parsers.constFind(field);
    return it == m_parsers.constEnd() ? m_defaultParser : *it;
}

void ImportContext::rememberBranch(const BranchRef &branch)
{
    // A code wins over another branch's name that reads the same.
    const QString name = branch.name.toCaseFolded();
    if (!m_branchByKey.contains(name) || m_branchByKey.value(name).code.toCaseFolded() != name)
        m_branchByKey.insert(name, branch);
    m_branchByKey.insert(branch.code.toCaseFolded(), branch);
    m_branchById.insert(branch.id, branch);
}

const ImportContext::BranchRef *ImportContext::branchById(qint64 id) const
{
    auto it = m_branchById.constFind(id);
    return it == m_branchById.constEnd() ? nullptr : &*it;
}

Result<QString> ImportContext::required(const ImportRow &row, const QString &field) const
{
    QString value = row.text(field);
    if (value.isEmpty())
        return fieldError(field, Tr::tr("This row has no %1, which an import needs.").arg(field));
    return value;
}

Result<std::optional<ImportContext::BranchRef>>
ImportContext::branch(const ImportRow &row, const QString &field, bool isRequired, bool forWriting) const
{
    const QString text = csv::simplifiedText(row.text(field));
    if (text.isEmpty()) {
        if (isRequired)
            return fieldError(field, Tr::tr("This row names no branch."));
        return std::optional<BranchRef>();
    }
    auto found = branchNamed(text, field, forWriting);
    if (!found)
        return found.error();
    return std::optional<BranchRef>(*found);
}

Result<ImportContext::BranchRef> ImportContext::branchNamed(const QString &text, const QString &field,
                                                            bool forWriting) const
{
    auto it = m_branchByKey.constFind(text.toCaseFolded());
    if (it == m_branchByKey.constEnd())
        return fieldError(field, Tr::tr("No branch has the code or name \"%1\".").arg(text));
    if (forWriting) {
        if (!m_actor.canAccessBranch(it->id))
            return Error(Error::Code::PermissionDenied,
                         Tr::tr("Branch %1 is outside your scope; you may import only your branch's records.")
                             .arg(it->code),
                         field);
        if (!it->active)
            return fieldError(field, Tr::tr("Branch %1 is closed and takes no new records.").arg(it->code));
    }
    return *it;
}

Result<QString> ImportContext::phone(const ImportRow &row, const QString &field, bool isRequired) const
{
    const QString text = csv::toHalfWidth(row.text(field));
    if (text.isEmpty()) {
        if (isRequired)
            return fieldError(field, Tr::tr("This row has no phone number."));
        return QString();
    }
    return m_phones.normalize(text, field);
}

Result<std::optional<qint64>> ImportContext::time(const ImportRow &row, const QString &field,
                                                 bool isRequired) const
{
    const QString text = row.text(field);
    if (text.isEmpty()) {
        if (isRequired)
            return fieldError(field, Tr::tr("This row has no date and time."));
        return std::optional<qint64>();
    }
    auto at = parser(field).parse(text);
    if (!at)
        return Error(at.error().code(), at.error().message(), field);
    if (*at > m_now + futureSlack)
        return fieldError(field, Tr::tr("%1 lies in the future.").arg(text));
    return std::optional<qint64>(*at);
}

Result<std::optional<qint64>> ImportContext::amount(const ImportRow &row, const QString &field,
                                                   bool isRequired) const
{
    const QString text = row.text(field);
    if (text.isEmpty()) {
        if (isRequired)
            return fieldError(field, Tr::tr("This row has no amount."));
        return std::optional<qint64>();
    }
    auto value = csv::parseAmount(text, m_decimals);
    if (!value)
        return Error(value.error().code(), value.error().message(), field);
    return std::optional<qint64>(*value);
}

Result<qint64> ImportContext::personId(const QString &e164)
{
    const QByteArray phone = e164.toUtf8();
    m_findPerson->bindText(0, phone.constData(), int(phone.size()));
    auto found = m_findPerson->fetch();
    if (!found)
        return found.error();
    const qint64 id = *found ? m_findPerson->columnInt(0) : 0;
    m_findPerson->done();
    return id;
}

Result<qint64> ImportContext::ensurePerson(const QString &e164, qint64 branchId, qint64 at, bool *created)
{
    auto id = personId(e164);
    if (!id || *id != 0) {
        if (created)
            *created = false;
        return id;
    }
    auto next = storage::scalar(m_db, QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM people"));
    if (!next)
        return next.error();
    const qint64 newId = next->toLongLong();
    if (auto s = storage::execOnce(
            m_db,
            QStringLiteral("INSERT INTO people (id, phone, phone_last4, member_code, home_branch_id,"
                           " joined_at) VALUES (?,?,?,?,?,?)"),
            { newId, e164, people::PhoneNormalizer::lastFour(e164),
              people::PersonService::memberCodeFor(newId), storage::nullIfZero(branchId), at });
        !s)
        return s.error();
    if (created)
        *created = true;
    return newId;
}

} // namespace core::csvio
