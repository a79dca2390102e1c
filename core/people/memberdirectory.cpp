#include "core/people/memberdirectory.h"

#include "core/people/membersearch.h"
#include "core/people/querycancel.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <algorithm>

namespace core::people {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Members)
};

enum class Order { Id, Phone, Name };

// The latest sale of the person that was not voided: a backward seek of visits_person.
const QString lastVisitSql = QStringLiteral(
    "(SELECT v.occurred_at FROM visits v WHERE v.person_id = p.id AND v.kind = 'sale'"
    " AND v.voided_at IS NULL ORDER BY v.occurred_at DESC LIMIT 1)");

// The WHERE clause of a filter in the actor's scope, with its values in order.
struct Conditions
{
    QStringList terms;
    QVariantList values;
    Order order = Order::Id;
    bool needsWallet = false;

    void add(const QString &term, const QVariantList &termValues = {})
    {
        terms << term;
        values << termValues;
    }
    QString where() const
    {
        return terms.isEmpty() ? QString()
                               : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    }
};

// The home branches the actor may list under the filter: empty means every branch (owner).
Result<QVector<qint64>> scopeBranches(const auth::Actor &actor, const QVector<qint64> &requested)
{
    if (actor.isOwner())
        return requested;
    for (const qint64 id : requested) {
        if (auto s = actor.requireBranch(id, Tr::tr("list the members")); !s)
            return s.error();
    }
    return QVector<qint64> { actor.branchId() };
}

Result<Conditions> conditionsFor(const auth::Actor &actor, const MemberFilter &filter,
                                 const PhonePrefix &phones)
{
    auto branches = scopeBranches(actor, filter.branchIds);
    if (!branches)
        return branches.error();
    if (filter.balanceAbove && *filter.balanceAbove < 0)
        return Error(Error::Code::InvalidInput,
                     Tr::tr("The balance to list members above may not be negative."),
                     QStringLiteral("balance"));
    if (filter.lastVisitBefore < 0 || filter.lastVisitSince < 0)
        return Error(Error::Code::InvalidInput,
                     Tr::tr("The last-visit dates of the member filter lie before 1970."),
                     QStringLiteral("last-visit"));

    Conditions c;
    const MemberSearch search = MemberSearch::parse(filter.search, phones);
    QVector<qint64> ids = *branches;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    // Unary plus keeps SQLite off the branch indexes where another serves better: several
    // branches (see the class comment), and the last four digits or a member code, which
    // people_last4 and the unique indexes narrow to a handful of rows in the whole chain.
    const bool byBranchIndex = ids.size() == 1 && search.kind != MemberSearch::Kind::LastFour
        && search.kind != MemberSearch::Kind::MemberCode;
    if (byBranchIndex) {
        c.add(QStringLiteral("p.home_branch_id = ?"), { ids.front() });
    } else if (!ids.isEmpty()) {
        QStringList marks;
        QVariantList values;
        for (const qint64 id : std::as_const(ids)) {
            marks << QStringLiteral("?");
            values << id;
        }
        c.add(QStringLiteral("+p.home_branch_id IN (%1)").arg(marks.join(QLatin1Char(','))), values);
    }

    switch (search.kind) {
    case MemberSearch::Kind::None:
        break;
    case MemberSearch::Kind::LastFour:
        c.add(QStringLiteral("p.phone_last4 = ?"), { search.lastFour });
        break;
    case MemberSearch::Kind::PhonePrefix:
        c.order = Order::Phone;
        c.add(QStringLiteral("p.phone >= ? AND p.phone < ?"),
              { search.phonePrefix, MemberSearch::upperBound(search.phonePrefix) });
        break;
    case MemberSearch::Kind::MemberCode:
        c.order = Order::Phone;
        c.add(QStringLiteral("(p.member_code = ? OR (p.phone >= ? AND p.phone < ?))"),
              { search.memberCode, search.phonePrefix,
                MemberSearch::upperBound(search.phonePrefix) });
        break;
    case MemberSearch::Kind::Name:
        c.order = Order::Name;
        c.add(QStringLiteral("lower(p.name) >= ? AND lower(p.name) < ?"),
              { search.namePrefix, MemberSearch::upperBound(search.namePrefix) });
        break;
    }

    if (filter.personId != 0)
        c.add(QStringLiteral("p.id = ?"), { filter.personId });
    if (filter.tierId != 0)
        c.add(QStringLiteral("p.tier_id = ?"), { filter.tierId });
    if (filter.standing == MemberFilter::Standing::Members)
        c.add(QStringLiteral("p.member_since IS NOT NULL"));
    else if (filter.standing == MemberFilter::Standing::Guests)
        c.add(QStringLiteral("p.member_since IS NULL"));
    if (filter.lastVisitSince > 0)
        c.add(QStringLiteral("EXISTS (SELECT 1 FROM visits v WHERE v.person_id = p.id"
                             " AND v.occurred_at >= ? AND v.kind = 'sale'"
                             " AND v.voided_at IS NULL)"),
              { filter.lastVisitSince });
    if (filter.lastVisitBefore > 0)
        c.add(lastVisitSql + QStringLiteral(" < ?"), { filter.lastVisitBefore });
    if (filter.balanceAbove) {
        c.needsWallet = true;
        c.add(QStringLiteral("coalesce(w.principal + w.bonus, 0) > ?"), { *filter.balanceAbove });
    }
    return c;
}

Error cancelledError()
{
    return Error(Error::Code::Conflict, Tr::tr("The member search was cancelled."),
                 QStringLiteral("cancelled"));
}

Result<QSqlQuery> run(storage::Database &db, const QString &sql, const QVariantList &values,
                      const QueryCancel &guard)
{
    auto q = storage::prepare(db, sql);
    if (!q)
        return q.error();
    q->setForwardOnly(true);
    for (const QVariant &v : values)
        q->addBindValue(v);
    if (!q->exec())
        return guard.stopped() ? cancelledError() : storage::toError(q->lastError());
    return q;
}

} // namespace

MemberDirectory::MemberDirectory(storage::Database &db, const QString &region)
    : m_db(db)
    , m_phones(region)
{
}

Result<MemberPage> MemberDirectory::page(const auth::Actor &actor, const MemberFilter &filter,
                                         const MemberCursor &after, int limit,
                                         const Cancelled &cancelled)
{
    auto conditions = conditionsFor(actor, filter, m_phones);
    if (!conditions)
        return conditions.error();
    Conditions &c = *conditions;
    limit = std::clamp(limit, 1, MaxPageSize);

    QString orderBy;
    switch (c.order) {
    case Order::Id:
        orderBy = QStringLiteral("p.id");
        if (!after.atStart())
            c.add(QStringLiteral("p.id > ?"), { after.id });
        break;
    case Order::Phone:
        orderBy = QStringLiteral("p.phone");
        if (!after.atStart())
            c.add(QStringLiteral("p.phone > ?"), { after.key });
        break;
    case Order::Name:
        orderBy = QStringLiteral("lower(p.name), p.id");
        if (!after.atStart())
            c.add(QStringLiteral("lower(p.name) >= ? AND (lower(p.name) > ? OR p.id > ?)"),
                  { after.key, after.key, after.id });
        break;
    }

    const QString sql =
        QStringLiteral("SELECT p.id, p.phone, p.name, p.member_code, coalesce(b.code, ''),"
                       " coalesce(t.name, ''), coalesce(p.member_since, 0),"
                       " coalesce(w.principal + w.bonus, 0), coalesce(")
        + lastVisitSql
        + QStringLiteral(", 0), lower(p.name) FROM people p"
                         " LEFT JOIN branches b ON b.id = p.home_branch_id"
                         " LEFT JOIN tiers t ON t.id = p.tier_id"
                         " LEFT JOIN wallets w ON w.person_id = p.id")
        + c.where() + QStringLiteral(" ORDER BY ") + orderBy + QStringLiteral(" LIMIT ?");
    QVariantList values = c.values;
    values << limit + 1; // one more tells whether the list goes on
    QueryCancel guard(m_db, cancelled);
    auto q = run(m_db, sql, values, guard);
    if (!q)
        return q.error();

    MemberPage out;
    QString lastLowerName;
    while (q->next()) {
        if (out.rows.size() == limit)
            break;
        MemberRow r;
        r.id = q->value(0).toLongLong();
        r.phone = q->value(1).toString();
        r.name = q->value(2).toString();
        r.memberCode = q->value(3).toString();
        r.homeBranchCode = q->value(4).toString();
        r.tierName = q->value(5).toString();
        r.memberSince = q->value(6).toLongLong();
        r.balance = q->value(7).toLongLong();
        r.lastVisit = q->value(8).toLongLong();
        lastLowerName = q->value(9).toString();
        out.rows.push_back(std::move(r));
    }
    if (guard.stopped())
        return cancelledError();
    if (q->lastError().isValid())
        return storage::toError(q->lastError());
    out.atEnd = !q->isValid(); // the loop stopped on row limit + 1, or ran out
    if (!out.rows.isEmpty()) {
        const MemberRow &last = out.rows.constLast();
        out.next.id = last.id;
        out.next.key = c.order == Order::Phone ? last.phone
                     : c.order == Order::Name  ? lastLowerName
                                               : QString();
    } else {
        out.next = after;
    }
    return out;
}

Result<MemberCount> MemberDirectory::count(const auth::Actor &actor, const MemberFilter &filter,
                                           qint64 cap, const Cancelled &cancelled)
{
    auto conditions = conditionsFor(actor, filter, m_phones);
    if (!conditions)
        return conditions.error();
    const Conditions &c = *conditions;
    QueryCancel guard(m_db, cancelled);
    if (!filter.narrowsRows()) {
        // Branches only: count(*) over people_home_branch (or the whole table), exact.
        auto q = run(m_db, QStringLiteral("SELECT count(*) FROM people p") + c.where(), c.values,
                     guard);
        if (!q)
            return q.error();
        MemberCount out;
        out.value = q->next() ? q->value(0).toLongLong() : 0;
        if (guard.stopped())
            return cancelledError();
        return out;
    }
    cap = std::max<qint64>(cap, 1);
    const QString sql = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM people p")
        + (c.needsWallet ? QStringLiteral(" LEFT JOIN wallets w ON w.person_id = p.id") : QString())
        + c.where() + QStringLiteral(" LIMIT ?) AS matched");
    QVariantList values = c.values;
    values << cap + 1;
    auto q = run(m_db, sql, values, guard);
    if (!q)
        return q.error();
    const qint64 n = q->next() ? q->value(0).toLongLong() : 0;
    if (guard.stopped())
        return cancelledError();
    MemberCount out;
    out.exact = n <= cap;
    out.value = std::min(n, cap);
    return out;
}

} // namespace core::people
