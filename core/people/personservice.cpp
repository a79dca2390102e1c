#include "core/people/personservice.h"

#include "core/audit/auditlog.h"
#include "core/common/clock.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"
#include "core/storage/writetransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace core::people {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(People)
};

const QString selectPerson = QStringLiteral(
    "SELECT id, phone, member_code, name, gender, birthday, email, coalesce(home_branch_id, 0),"
    " joined_at, coalesce(member_since, 0), coalesce(tier_id, 0), tags, notes FROM people");

Person readPerson(const QSqlQuery &q)
{
    Person p;
    p.id = q.value(0).toLongLong();
    p.phone = q.value(1).toString();
    p.memberCode = q.value(2).toString();
    p.name = q.value(3).toString();
    p.gender = q.value(4).toString();
    p.birthday = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    p.email = q.value(6).toString();
    p.homeBranchId = q.value(7).toLongLong();
    p.joinedAt = q.value(8).toLongLong();
    p.memberSince = q.value(9).toLongLong();
    p.tierId = q.value(10).toLongLong();
    p.tags = q.value(11).toString();
    p.notes = q.value(12).toString();
    return p;
}

QVariant birthdayValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QJsonObject toJson(const Person &p)
{
    return { { QStringLiteral("phone"), p.phone },   { QStringLiteral("name"), p.name },
             { QStringLiteral("gender"), p.gender }, { QStringLiteral("birthday"), p.birthday.toString(Qt::ISODate) },
             { QStringLiteral("email"), p.email },   { QStringLiteral("home_branch_id"), p.homeBranchId },
             { QStringLiteral("tags"), p.tags },     { QStringLiteral("notes"), p.notes } };
}

Status validate(const Person &p)
{
    static const QStringList genders = { QString(), QStringLiteral("female"), QStringLiteral("male"),
                                         QStringLiteral("other") };
    if (!genders.contains(p.gender))
        return Error(Error::Code::InvalidInput,
                     Tr::tr("Gender \"%1\" must be female, male, other or empty.").arg(p.gender),
                     QStringLiteral("gender"));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!p.email.isEmpty() && !email.match(p.email).hasMatch())
        return Error(Error::Code::InvalidInput,
                     Tr::tr("\"%1\" is not an e-mail address.").arg(p.email), QStringLiteral("email"));
    // Today by the core's clock (so tests can pin it), in the machine's local time.
    const QDate today = QDateTime::fromSecsSinceEpoch(clock::now()).date();
    if (p.birthday.isValid() && p.birthday > today)
        return Error(Error::Code::InvalidInput, Tr::tr("The birthday lies in the future."),
                     QStringLiteral("birthday"));
    return {};
}

Status requireBranchExists(storage::Database &db, qint64 branchId)
{
    auto found = storage::scalar(db, QStringLiteral("SELECT count(*) FROM branches WHERE id = ?"),
                                 { branchId }, 0);
    if (!found)
        return found.error();
    if (found->toLongLong() == 0)
        return Error(Error::Code::NotFound, Tr::tr("There is no branch with id %1.").arg(branchId),
                     QStringLiteral("branch"));
    return {};
}

} // namespace

QString channelName(Channel channel)
{
    switch (channel) {
    case Channel::Sms: return QStringLiteral("sms");
    case Channel::Email: return QStringLiteral("email");
    case Channel::Webhook: return QStringLiteral("webhook");
    }
    return {};
}

QString channelDisplayName(Channel channel)
{
    switch (channel) {
    case Channel::Sms: return Tr::tr("SMS");
    case Channel::Email: return Tr::tr("E-mail");
    case Channel::Webhook: return Tr::tr("Webhook");
    }
    return {};
}

QVector<Channel> allChannels()
{
    return { Channel::Sms, Channel::Email, Channel::Webhook };
}

PersonService::PersonService(storage::Database &db, PhoneNormalizer phones)
    : m_db(db)
    , m_phones(std::move(phones))
{
}

QString PersonService::memberCodeFor(qint64 personId)
{
    char code[24];
    return QString::fromLatin1(code, writeMemberCode(personId, code));
}

int PersonService::writeMemberCode(qint64 personId, char *out)
{
    // The digits of 100000000 + id, then a Luhn check digit (computed from the right, the last
    // digit doubled), so a mistyped code is caught at the counter.
    quint64 base = quint64(100000000 + personId);
    char digits[24];
    int n = 0;
    for (; base > 0; base /= 10)
        digits[n++] = char('0' + base % 10); // reversed
    int sum = 0;
    for (int i = 0; i < n; ++i) {
        int d = digits[i] - '0';
        if (i % 2 == 0) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    for (int i = 0; i < n; ++i)
        out[i] = digits[n - 1 - i];
    out[n] = char('0' + (10 - sum % 10) % 10);
    return n + 1;
}

Result<Person> PersonService::findWhere(const QString &where, const QVariant &value)
{
    auto q = storage::prepare(m_db, selectPerson + QStringLiteral(" WHERE ") + where);
    if (!q)
        return q.error();
    if (auto s = storage::exec(*q, { value }); !s)
        return s.error();
    if (!q->next())
        return Error(Error::Code::NotFound, QString());
    return readPerson(*q);
}

Result<Person> PersonService::findByPhone(const QString &phone)
{
    auto e164 = m_phones.normalize(phone, QStringLiteral("phone"));
    if (!e164)
        return e164.error();
    auto p = findWhere(QStringLiteral("phone = ?"), *e164);
    if (!p && p.error().code() == Error::Code::NotFound)
        return Error(Error::Code::NotFound,
                     Tr::tr("No one with phone %1 is known to the chain.").arg(*e164),
                     QStringLiteral("phone"));
    return p;
}

Result<Person> PersonService::findByMemberCode(const QString &code)
{
    auto p = findWhere(QStringLiteral("member_code = ?"), code.trimmed());
    if (!p && p.error().code() == Error::Code::NotFound)
        return Error(Error::Code::NotFound, Tr::tr("No member has the code %1.").arg(code.trimmed()),
                     QStringLiteral("member-code"));
    return p;
}

Result<Person> PersonService::find(qint64 personId)
{
    auto p = findWhere(QStringLiteral("id = ?"), personId);
    if (!p && p.error().code() == Error::Code::NotFound)
        return Error(Error::Code::NotFound, Tr::tr("There is no person with id %1.").arg(personId));
    return p;
}

Result<QVector<Person>> PersonService::findByLastFour(const QString &digits, int limit)
{
    static const QRegularExpression four(QStringLiteral("^[0-9]{4}$"));
    if (!four.match(digits).hasMatch())
        return Error(Error::Code::InvalidInput,
                     Tr::tr("Type exactly the last four digits of the phone."), QStringLiteral("phone"));
    auto q = storage::prepare(m_db, selectPerson + QStringLiteral(" WHERE phone_last4 = ?"
                                                                  " ORDER BY joined_at DESC LIMIT ?"));
    if (!q)
        return q.error();
    if (auto s = storage::exec(*q, { digits, limit }); !s)
        return s.error();
    QVector<Person> out;
    while (q->next())
        out.push_back(readPerson(*q));
    return out;
}

Result<Person> PersonService::profile(const auth::Actor &actor, qint64 personId)
{
    auto p = find(personId);
    if (!p)
        return p;
    if (auto s = requirePersonScope(actor, *p, Tr::tr("open the page of people")); !s)
        return s.error();
    return p;
}

Status PersonService::requirePhoneFree(const QString &e164, qint64 exceptPersonId)
{
    auto existing = findWhere(QStringLiteral("phone = ?"), e164);
    if (!existing)
        return existing.error().code() == Error::Code::NotFound ? Status()
                                                                 : Status(existing.error());
    if (existing->id == exceptPersonId)
        return {};
    return Error(Error::Code::Conflict,
                 Tr::tr("%1 is already registered (member code %2).")
                     .arg(e164, existing->memberCode),
                 QStringLiteral("phone"));
}

Status PersonService::requirePersonScope(const auth::Actor &actor, const Person &person,
                                         const QString &action)
{
    return actor.requireBranch(person.homeBranchId, action);
}

Result<Person> PersonService::registerPerson(const auth::Actor &actor, Person person)
{
    auto e164 = m_phones.normalize(person.phone, QStringLiteral("phone"));
    if (!e164)
        return e164.error();
    person.phone = *e164;
    if (person.homeBranchId == 0)
        person.homeBranchId = actor.branchId();
    if (person.homeBranchId == 0)
        return Error(Error::Code::InvalidInput, Tr::tr("Choose the branch the person joins at."),
                     QStringLiteral("branch"));
    if (auto s = actor.requireBranch(person.homeBranchId, Tr::tr("register people")); !s)
        return s.error();
    if (auto s = validate(person); !s)
        return s.error();
    storage::WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (auto s = requireBranchExists(m_db, person.homeBranchId); !s)
        return s.error();
    if (auto s = requirePhoneFree(person.phone, 0); !s)
        return s.error();
    auto nextId = storage::scalar(m_db, QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM people"));
    if (!nextId)
        return nextId.error();
    person.id = nextId->toLongLong();
    person.memberCode = memberCodeFor(person.id);
    if (person.joinedAt == 0)
        person.joinedAt = clock::now();
    if (auto s = storage::execOnce(
            m_db,
            QStringLiteral("INSERT INTO people (id, phone, phone_last4, member_code, name, gender,"
                           " birthday, email, home_branch_id, joined_at, tags, notes)"
                           " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"),
            { person.id, person.phone, PhoneNormalizer::lastFour(person.phone), person.memberCode,
              person.name.trimmed(), person.gender, birthdayValue(person.birthday), person.email,
              person.homeBranchId, person.joinedAt, person.tags, person.notes });
        !s)
        return s.error();
    if (auto s = audit::AuditLog::record(m_db, actor, QStringLiteral("person.register"),
                                         QStringLiteral("person"), person.id, person.homeBranchId,
                                         {}, toJson(person));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    person.memberSince = 0;
    return person;
}

Result<Person> PersonService::findOrRegister(const auth::Actor &actor, const QString &phone,
                                             qint64 branchId)
{
    auto found = findByPhone(phone);
    if (found || found.error().code() != Error::Code::NotFound)
        return found;
    Person guest;
    guest.phone = phone;
    guest.homeBranchId = branchId;
    return registerPerson(actor, guest);
}

Status PersonService::update(const auth::Actor &actor, const Person &person)
{
    if (auto s = actor.requireManagerOrOwner(Tr::tr("edit a person's profile")); !s)
        return s;
    if (auto s = validate(person); !s)
        return s;
    storage::WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto before = find(person.id);
    if (!before)
        return before.error();
    if (auto s = requirePersonScope(actor, *before, Tr::tr("edit people")); !s)
        return s;
    if (person.homeBranchId != before->homeBranchId) {
        if (auto s = actor.requireOwner(Tr::tr("move a person to another branch")); !s)
            return s;
        if (auto s = requireBranchExists(m_db, person.homeBranchId); !s)
            return s;
    }
    auto e164 = m_phones.normalize(person.phone, QStringLiteral("phone"));
    if (!e164)
        return e164.error();
    if (auto s = requirePhoneFree(*e164, person.id); !s)
        return s;
    Person after = person;
    after.phone = *e164;
    if (auto s = storage::execOnce(
            m_db,
            QStringLiteral("UPDATE people SET phone = ?, phone_last4 = ?, name = ?, gender = ?,"
                           " birthday = ?, email = ?, home_branch_id = ?, tags = ?, notes = ?"
                           " WHERE id = ?"),
            { after.phone, PhoneNormalizer::lastFour(after.phone), after.name.trimmed(),
              after.gender, birthdayValue(after.birthday), after.email, after.homeBranchId,
              after.tags, after.notes, after.id });
        !s)
        return s;
    if (auto s = audit::AuditLog::record(m_db, actor, QStringLiteral("person.update"),
                                         QStringLiteral("person"), after.id, after.homeBranchId,
                                         toJson(*before), toJson(after));
        !s)
        return s;
    return tx.commit();
}

Status PersonService::setConsent(const auth::Actor &actor, qint64 personId, Channel channel,
                                 bool granted, const QString &source)
{
    storage::WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto person = find(personId);
    if (!person)
        return person.error();
    if (auto s = requirePersonScope(actor, *person, Tr::tr("record consent")); !s)
        return s;
    if (auto s = storage::execOnce(
            m_db,
            QStringLiteral("INSERT INTO consents (person_id, channel, granted, changed_at, source)"
                           " VALUES (?,?,?,?,?) ON CONFLICT (person_id, channel) DO UPDATE SET"
                           " granted = excluded.granted, changed_at = excluded.changed_at,"
                           " source = excluded.source"),
            { personId, channelName(channel), granted ? 1 : 0, clock::now(), source });
        !s)
        return s;
    if (auto s = audit::AuditLog::record(
            m_db, actor, QStringLiteral("person.consent"), QStringLiteral("person"), personId,
            person->homeBranchId, {},
            { { QStringLiteral("channel"), channelName(channel) },
              { QStringLiteral("granted"), granted },
              { QStringLiteral("source"), source } });
        !s)
        return s;
    return tx.commit();
}

Status PersonService::saveProfile(const auth::Actor &actor, const Person &person,
                                  const QVector<Consent> &consents)
{
    storage::WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto before = profile(actor, person.id);
    if (!before)
        return before.error();
    auto phone = m_phones.normalize(person.phone, QStringLiteral("phone"));
    if (!phone)
        return phone.error();
    const Person &b = *before;
    const bool changed = *phone != b.phone || person.name.trimmed() != b.name
        || person.gender != b.gender || person.birthday != b.birthday || person.email != b.email
        || person.homeBranchId != b.homeBranchId || person.tags != b.tags
        || person.notes != b.notes;
    if (changed) {
        if (auto s = update(actor, person); !s)
            return s;
    }
    auto recorded = this->consents(person.id);
    if (!recorded)
        return recorded.error();
    for (const Consent &c : consents) {
        const auto was = std::find_if(recorded->cbegin(), recorded->cend(),
                                      [&](const Consent &r) { return r.channel == c.channel; });
        if (c.granted == (was != recorded->cend() && was->granted))
            continue;
        if (c.source.trimmed().isEmpty())
            return Error(Error::Code::InvalidInput,
                         Tr::tr("Say how the consent to %1 messages was given.")
                             .arg(channelDisplayName(c.channel)),
                         QStringLiteral("consent-source"));
        if (auto s = setConsent(actor, person.id, c.channel, c.granted, c.source.trimmed()); !s)
            return s;
    }
    return tx.commit();
}

Result<QVector<Consent>> PersonService::consents(qint64 personId)
{
    auto q = storage::prepare(m_db, QStringLiteral("SELECT channel, granted, changed_at, source"
                                                   " FROM consents WHERE person_id = ? ORDER BY channel"));
    if (!q)
        return q.error();
    if (auto s = storage::exec(*q, { personId }); !s)
        return s.error();
    QVector<Consent> out;
    while (q->next()) {
        Consent c;
        const QString name = q->value(0).toString();
        c.channel = name == QLatin1String("email")   ? Channel::Email
                  : name == QLatin1String("webhook") ? Channel::Webhook
                                                     : Channel::Sms;
        c.granted = q->value(1).toBool();
        c.changedAt = q->value(2).toLongLong();
        c.source = q->value(3).toString();
        out.push_back(c);
    }
    return out;
}

} // namespace core::people
