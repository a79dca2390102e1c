#include "core/csvio/membersink.h"

#include "core/csv/fieldparsers.h"
#include "core/people/personservice.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"

#include <QCoreApplication>

namespace core::csvio {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

const QString phoneField = QStringLiteral("phone");

Result<std::optional<bool>> readBool(const ImportRow &row, const QString &field)
{
    auto value = csv::parseBool(row.text(field));
    if (!value)
        return Error(value.error().code(), value.error().message(), field);
    return *value;
}

// yyyy-MM-dd, as QDate::toString(Qt::ISODate) writes it without going through a format string
// (a sixth of the time it took to read a member).
QString isoDate(QDate date)
{
    if (date.year() < 1 || date.year() > 9999)
        return date.toString(Qt::ISODate);
    QString out(10, QLatin1Char('-'));
    QChar *d = out.data();
    const auto put = [](QChar *at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            at[i] = QChar(char16_t(u'0' + value % 10));
    };
    put(d, date.year(), 4);
    put(d + 5, date.month(), 2);
    put(d + 8, date.day(), 2);
    return out;
}

} // namespace

// A member as the reading thread leaves it: its text columns already UTF-8, one after another
// in one buffer, ready to bind (the writing thread, the one that waits, only binds them).
struct MemberSink::Values : PreparedRow
{
    enum Text { Phone, LastFour, Name, Gender, Birthday, Email, Tags, Notes, TextCount };

    QByteArray utf8;
    int ends[TextCount] = {};
    quint64 key = 0; // phoneKey()
    qint64 homeBranchId = 0;
    std::optional<qint64> joinedAt;
    std::optional<bool> sms;
    std::optional<bool> mail;

    void setTexts(const QString (&texts)[TextCount])
    {
        qsizetype size = 0;
        for (const QString &t : texts)
            size += t.size();
        utf8.reserve(size);
        for (int i = 0; i < TextCount; ++i) {
            appendUtf8(texts[i]);
            ends[i] = int(utf8.size());
        }
    }
    QByteArrayView bytes(Text t) const
    {
        const int start = t == 0 ? 0 : ends[t - 1];
        return QByteArrayView(utf8.constData() + start, ends[t] - start);
    }
    QString text(Text t) const { return QString::fromUtf8(bytes(t)); }

private:
    void appendUtf8(QStringView text)
    {
        const qsizetype at = utf8.size();
        utf8.resize(at + text.size());
        char *out = utf8.data() + at;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t c = text[i].unicode();
            if (c >= 0x80) { // not ASCII: the whole text through the codec
                utf8.truncate(at);
                utf8 += text.toUtf8();
                return;
            }
            out[i] = char(c);
        }
    }
};

QStringList MemberSink::timeFields() const
{
    return { QStringLiteral("joined_at"), QStringLiteral("birthday") };
}

quint64 MemberSink::phoneKey(const QString &e164)
{
    quint64 key = 0;
    for (QChar c : e164) {
        if (c.isDigit())
            key = key * 10 + quint64(c.unicode() - u'0');
    }
    return key;
}

Status MemberSink::begin()
{
    auto find = storage::prepare(m_ctx.db(),
        QStringLiteral("SELECT id, name, gender, birthday, email, home_branch_id, joined_at, tags,"
                       " notes FROM people WHERE id = ?"));
    auto consent = storage::prepare(m_ctx.db(),
        QStringLiteral("INSERT INTO consents (person_id, channel, granted, changed_at, source)"
                       " VALUES (?,?,?,?,'import') ON CONFLICT (person_id, channel) DO UPDATE SET"
                       " granted = excluded.granted, changed_at = excluded.changed_at,"
                       " source = excluded.source"));
    auto consents = storage::prepare(m_ctx.db(),
        QStringLiteral("SELECT channel, granted FROM consents WHERE person_id = ?"));
    if (!find || !consent || !consents)
        return !find ? find.error() : !consent ? consent.error() : consents.error();
    m_find.emplace(std::move(*find));
    m_consent.emplace(std::move(*consent));
    m_consents.emplace(std::move(*consents));

    m_bulk = std::make_unique<storage::BulkInserter>(m_ctx.db());
    auto person = m_bulk->prepare(
        QStringLiteral("INSERT INTO people (id, phone, phone_last4, member_code, name, gender,"
                       " birthday, email, home_branch_id, joined_at, tags, notes)"
                       " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
    auto newConsent = m_bulk->prepare(
        QStringLiteral("INSERT INTO consents (person_id, channel, granted, changed_at, source)"
                       " VALUES (?,?,?,?,'import')"));
    if (!person || !newConsent)
        return !person ? person.error() : newConsent.error();
    m_insertPerson = std::move(*person);
    m_insertConsent = std::move(*newConsent);

    QSqlQuery all(m_ctx.db().sql());
    all.setForwardOnly(true);
    if (!all.exec(QStringLiteral("SELECT id, phone FROM people")))
        return storage::toError(all.lastError());
    qint64 maxId = 0;
    while (all.next()) {
        const qint64 id = all.value(0).toLongLong();
        m_ids.insert(phoneKey(all.value(1).toString()), id);
        maxId = std::max(maxId, id);
    }
    m_firstNewId = m_nextId = maxId + 1;
    return {};
}

Result<std::unique_ptr<PreparedRow>> MemberSink::prepare(const ImportRow &row) const
{
    auto values = std::make_unique<Values>();
    Values &v = *values;
    QString texts[Values::TextCount];
    auto phone = m_ctx.phone(row, phoneField, true);
    if (!phone)
        return phone.error();
    texts[Values::Phone] = *phone;
    texts[Values::LastFour] = people::PhoneNormalizer::lastFour(*phone);
    v.key = phoneKey(*phone);
    texts[Values::Name] = csv::simplifiedText(row.text(QStringLiteral("name")));
    auto gender = csv::parseGender(row.text(QStringLiteral("gender")));
    if (!gender)
        return Error(gender.error().code(), gender.error().message(), QStringLiteral("gender"));
    texts[Values::Gender] = *gender;
    const QString birthday = row.text(QStringLiteral("birthday"));
    if (!birthday.isEmpty()) {
        auto date = m_ctx.parser(QStringLiteral("birthday")).parseDate(birthday);
        if (!date)
            return Error(date.error().code(), date.error().message(), QStringLiteral("birthday"));
        texts[Values::Birthday] = isoDate(*date);
    }
    auto email = csv::parseEmail(row.text(QStringLiteral("email")));
    if (!email)
        return Error(email.error().code(), email.error().message(), QStringLiteral("email"));
    texts[Values::Email] = *email;
    auto home = m_ctx.branch(row, QStringLiteral("home_branch"), false);
    if (!home)
        return home.error();
    v.homeBranchId = *home ? (*home)->id : (m_ctx.actor().isOwner() ? 0 : m_ctx.actor().branchId());
    auto joined = m_ctx.time(row, QStringLiteral("joined_at"), false);
    if (!joined)
        return joined.error();
    v.joinedAt = *joined;
    auto sms = readBool(row, QStringLiteral("sms_opt_in"));
    auto mail = readBool(row, QStringLiteral("email_opt_in"));
    if (!sms || !mail)
        return !sms ? sms.error() : mail.error();
    v.sms = *sms;
    v.mail = *mail;
    texts[Values::Tags] = csv::simplifiedText(row.text(QStringLiteral("tags")));
    texts[Values::Notes] = csv::trimmedText(row.text(QStringLiteral("notes")));
    v.setTexts(texts);
    return std::unique_ptr<PreparedRow>(std::move(values));
}

Result<Outcome> MemberSink::write(PreparedRow &row)
{
    const Values &values = static_cast<const Values &>(row);
    const qint64 id = m_ids.value(values.key, 0);
    if (id == 0) {
        auto outcome = insert(values);
        if (outcome)
            m_ids.insert(values.key, m_nextId - 1);
        return outcome;
    }
    if (auto s = storage::exec(*m_find, { id }); !s)
        return s.error();
    if (!m_find->next()) {
        m_find->finish();
        return Error(Error::Code::Storage, Tr::tr("Person %1 vanished during the import.").arg(id));
    }
    return merge(id, values);
}

Result<Outcome> MemberSink::insert(const Values &v)
{
    const qint64 id = m_nextId;
    const qint64 joined = v.joinedAt.value_or(m_ctx.now());
    char code[24];
    storage::BulkStatement &p = *m_insertPerson;
    const auto bind = [&p, &v](int index, Values::Text text) {
        const QByteArrayView bytes = v.bytes(text);
        p.bindText(index, bytes.data(), int(bytes.size()));
    };
    p.bindInt(0, id);
    bind(1, Values::Phone);
    bind(2, Values::LastFour);
    p.bindText(3, code, people::PersonService::writeMemberCode(id, code));
    bind(4, Values::Name);
    bind(5, Values::Gender);
    if (v.bytes(Values::Birthday).isEmpty())
        p.bindNull(6);
    else
        bind(6, Values::Birthday);
    bind(7, Values::Email);
    p.bindOptional(8, v.homeBranchId);
    p.bindInt(9, joined);
    bind(10, Values::Tags);
    bind(11, Values::Notes);
    if (auto s = p.step(); !s)
        return s.error();
    ++m_nextId;
    const std::pair<const char *, std::optional<bool>> given[] = { { "sms", v.sms }, { "email", v.mail } };
    for (const auto &[channel, granted] : given) {
        if (!granted)
            continue;
        storage::BulkStatement &c = *m_insertConsent;
        c.bindInt(0, id);
        c.bindText(1, channel, int(qstrlen(channel)));
        c.bindInt(2, *granted ? 1 : 0);
        c.bindInt(3, joined);
        if (auto s = c.step(); !s)
            return s.error();
    }
    return Outcome::Inserted;
}

// Reads the current row from m_find (positioned on it), then writes what the file adds.
Result<Outcome> MemberSink::merge(qint64 id, const Values &v)
{
    const qint64 home = m_find->value(5).toLongLong();
    if (!m_ctx.actor().isOwner() && home != 0 && !m_ctx.actor().canAccessBranch(home)) {
        m_find->finish();
        const auto *branch = m_ctx.branchById(home);
        return Error(Error::Code::PermissionDenied,
                     Tr::tr("%1 belongs to branch %2; you may import only your branch's members.")
                         .arg(v.text(Values::Phone), branch ? branch->code : QString::number(home)),
                     phoneField);
    }
    struct Column
    {
        const char *name;
        int index;
        QString value;
    };
    const Column texts[] = { { "name", 1, v.text(Values::Name) },
                             { "gender", 2, v.text(Values::Gender) },
                             { "birthday", 3, v.text(Values::Birthday) },
                             { "email", 4, v.text(Values::Email) },
                             { "tags", 7, v.text(Values::Tags) },
                             { "notes", 8, v.text(Values::Notes) } };
    QStringList sets;
    QVariantList values;
    for (const Column &c : texts) {
        if (!c.value.isEmpty() && m_find->value(c.index).toString() != c.value) {
            sets << QLatin1String(c.name) + QStringLiteral(" = ?");
            values << c.value;
        }
    }
    if (home == 0 && v.homeBranchId != 0) {
        sets << QStringLiteral("home_branch_id = ?");
        values << v.homeBranchId;
    }
    const qint64 joined = m_find->value(6).toLongLong();
    if (v.joinedAt && *v.joinedAt < joined) {
        sets << QStringLiteral("joined_at = ?");
        values << *v.joinedAt;
    }
    m_find->finish();
    bool changed = !sets.isEmpty();
    if (changed) {
        auto q = storage::prepare(m_ctx.db(), QStringLiteral("UPDATE people SET %1 WHERE id = ?")
                                                  .arg(sets.join(QStringLiteral(", "))));
        if (!q)
            return q.error();
        for (int i = 0; i < values.size(); ++i)
            q->bindValue(i, values[i]);
        q->bindValue(int(values.size()), id);
        if (!q->exec())
            return storage::toError(q->lastError());
    }
    if (v.sms || v.mail) {
        if (auto s = storage::exec(*m_consents, { id }); !s)
            return s.error();
        QHash<QString, bool> current;
        while (m_consents->next())
            current.insert(m_consents->value(0).toString(), m_consents->value(1).toInt() != 0);
        m_consents->finish();
        const std::pair<const char *, std::optional<bool>> wanted[] = { { "sms", v.sms }, { "email", v.mail } };
        for (const auto &[channel, granted] : wanted) {
            const QString name = QLatin1String(channel);
            if (!granted || (current.contains(name) && current.value(name) == *granted))
                continue;
            if (auto s = setConsent(id, channel, *granted, m_ctx.now()); !s)
                return s.error();
            changed = true;
        }
    }
    const bool again = id >= m_firstNewId || m_touched.contains(id);
    if (id < m_firstNewId)
        m_touched.insert(id);
    if (again)
        return Outcome::Merged;
    return changed ? Outcome::Updated : Outcome::Unchanged;
}

Status MemberSink::setConsent(qint64 personId, const char *channel, bool granted, qint64 at)
{
    return storage::exec(*m_consent, { personId, QLatin1String(channel), granted ? 1 : 0, at });
}

} // namespace core::csvio
