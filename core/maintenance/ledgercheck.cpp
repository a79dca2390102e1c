#include "core/maintenance/ledgercheck.h"

#include "core/storage/database.h"
#include "core/storage/sql.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace core::maintenance {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Checker)
};

enum Check { Balance, ToppedUp, Negative, CheckCount };

// The ledger's totals per person against the wallets row. NOT INDEXED makes SQLite read the
// table in order and sort, instead of following the person index into the table at random:
// on ten million entries that is twice as fast.
const char *const totalsSql
    = "SELECT l.person_id, w.person_id IS NOT NULL, l.principal, l.bonus, l.topped_up,"
      " coalesce(w.principal, 0), coalesce(w.bonus, 0), coalesce(w.topped_up, 0)"
      " FROM (SELECT e.person_id, sum(e.principal) AS principal, sum(e.bonus) AS bonus,"
      "  sum(CASE WHEN e.kind = 'topup' THEN e.principal"
      "   WHEN e.kind = 'reversal' AND (SELECT o.kind FROM wallet_entries o"
      "    WHERE o.id = e.reverses) = 'topup' THEN e.principal ELSE 0 END) AS topped_up"
      "  FROM wallet_entries e NOT INDEXED GROUP BY e.person_id) l"
      " LEFT JOIN wallets w ON w.person_id = l.person_id"
      " WHERE (w.person_id IS NOT NULL AND (w.principal <> l.principal OR w.bonus <> l.bonus"
      "  OR w.topped_up <> l.topped_up)) OR l.principal < 0 OR l.bonus < 0";

// Running sums per person in id order (the order entries were written): people whose
// principal or bonus went below zero at some entry, even if later entries made up for it.
const char *const historySql
    = "SELECT DISTINCT person_id FROM (SELECT person_id,"
      " sum(principal) OVER running AS principal, sum(bonus) OVER running AS bonus"
      " FROM wallet_entries WINDOW running AS (PARTITION BY person_id ORDER BY id"
      "  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW))"
      " WHERE principal < 0 OR bonus < 0";

// Wallets rows the pass cannot see: no entries at all, yet something in them; and negative
// rows (the table's CHECK forbids them, unless someone removed it).
const char *const rowsSql
    = "SELECT w.person_id, w.principal <> 0 OR w.bonus <> 0, w.topped_up <> 0,"
      " w.principal < 0 OR w.bonus < 0 FROM wallets w"
      " WHERE ((w.principal <> 0 OR w.bonus <> 0 OR w.topped_up <> 0)"
      "  AND NOT EXISTS (SELECT 1 FROM wallet_entries e WHERE e.person_id = w.person_id))"
      " OR w.principal < 0 OR w.bonus < 0";

enum class Query { Totals, Rows, History };

Status collect(storage::Database &db, Query kind, QSet<qint64> (&offenders)[CheckCount])
{
    const char *sql = kind == Query::Totals ? totalsSql
        : kind == Query::Rows               ? rowsSql
                                            : historySql;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QLatin1String(sql)))
        return storage::toError(q.lastError());
    while (q.next()) {
        const qint64 person = q.value(0).toLongLong();
        switch (kind) {
        case Query::Totals: {
            const qint64 principal = q.value(2).toLongLong();
            const qint64 bonus = q.value(3).toLongLong();
            if (q.value(1).toBool()) {
                if (q.value(5).toLongLong() != principal || q.value(6).toLongLong() != bonus)
                    offenders[Balance].insert(person);
                if (q.value(7).toLongLong() != q.value(4).toLongLong())
                    offenders[ToppedUp].insert(person);
            }
            if (principal < 0 || bonus < 0)
                offenders[Negative].insert(person);
            break;
        }
        case Query::Rows:
            if (q.value(1).toBool())
                offenders[Balance].insert(person);
            if (q.value(2).toBool())
                offenders[ToppedUp].insert(person);
            if (q.value(3).toBool())
                offenders[Negative].insert(person);
            break;
        case Query::History:
            offenders[Negative].insert(person);
            break;
        }
    }
    if (q.lastError().isValid())
        return storage::toError(q.lastError());
    return {};
}

} // namespace

QVector<Finding> LedgerCheck::run(storage::Database &db, bool history)
{
    QVector<Finding> out(CheckCount);
    out[Balance].name = QStringLiteral("wallet_balance");
    out[Balance].description = Tr::tr("Every wallet's principal and bonus equal the sums of its "
                                      "ledger entries (ids: people).");
    out[ToppedUp].name = QStringLiteral("wallet_topped_up");
    out[ToppedUp].description = Tr::tr("Every wallet's topped-up total equals its top-ups net of "
                                       "reversed top-ups (ids: people).");
    out[Negative].name = QStringLiteral("wallet_negative");
    out[Negative].description = history
        ? Tr::tr("No wallet is negative, and no ledger ever took the principal or the bonus "
                 "below zero at any entry (ids: people).")
        : Tr::tr("No wallet and no ledger total is negative (ids: people; the full check also "
                 "follows every ledger entry by entry).");
    QSet<qint64> offenders[CheckCount];
    Status s = collect(db, Query::Totals, offenders);
    if (s)
        s = collect(db, Query::Rows, offenders);
    if (s && history)
        s = collect(db, Query::History, offenders);
    for (int i = 0; i < CheckCount; ++i) {
        Finding &f = out[i];
        if (!s) {
            f.couldNotRun(s.error());
            continue;
        }
        if (offenders[i].isEmpty())
            continue;
        QList<qint64> ids(offenders[i].cbegin(), offenders[i].cend());
        std::sort(ids.begin(), ids.end());
        for (int k = 0; k < ids.size() && k < Finding::MaxExamples; ++k)
            f.examples.push_back(ids.at(k));
        f.fail(ids.size());
    }
    return out;
}

} // namespace core::maintenance
