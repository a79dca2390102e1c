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

// Running sums per person in id order. Every window function shares one window, so SQLite
// walks the ledger once through wallet_entries_person; `next` is null on a person's last
// entry, where the running sums are the ledger's totals. The wallets row is looked up on last
// entries (and negative ones) only: the first condition filters before the join.
const char *const passSql =
    "SELECT x.person_id, x.next IS NULL, x.principal, x.bonus, x.topped_up,"
    " w.person_id IS NOT NULL, coalesce(w.principal, 0), coalesce(w.bonus, 0),"
    " coalesce(w.topped_up, 0)"
    " FROM (SELECT e.person_id, lead(e.id) OVER running AS next,"
    "  sum(e.principal) OVER running AS principal, sum(e.bonus) OVER running AS bonus,"
    "  sum(CASE WHEN e.kind = 'topup' THEN e.principal"
    "   WHEN e.kind = 'reversal' AND (SELECT o.kind FROM wallet_entries o"
    "    WHERE o.id = e.reverses) = 'topup' THEN e.principal ELSE 0 END)"
    "   OVER running AS topped_up"
    "  FROM wallet_entries e WINDOW running AS (PARTITION BY e.person_id ORDER BY e.id"
    "   ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)) x"
    " LEFT JOIN wallets w ON w.person_id = x.person_id"
    " WHERE (x.next IS NULL OR x.principal < 0 OR x.bonus < 0)"
    " AND ((x.next IS NULL AND w.person_id IS NOT NULL AND (w.principal <> x.principal"
    "   OR w.bonus <> x.bonus OR w.topped_up <> x.topped_up))"
    "  OR x.principal < 0 OR x.bonus < 0)";

// Wallets rows the pass cannot see: no entries at all, yet something in them; and negative
// rows (the table's CHECK forbids them, unless someone removed it).
const char *const rowsSql =
    "SELECT w.person_id, w.principal <> 0 OR w.bonus <> 0, w.topped_up <> 0,"
    " w.principal < 0 OR w.bonus < 0 FROM wallets w"
    " WHERE ((w.principal <> 0 OR w.bonus <> 0 OR w.topped_up <> 0)"
    "  AND NOT EXISTS (SELECT 1 FROM wallet_entries e WHERE e.person_id = w.person_id))"
    " OR w.principal < 0 OR w.bonus < 0";

Status collect(storage::Database &db, const char *sql, QSet<qint64> (&offenders)[CheckCount],
               bool pass)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QLatin1String(sql)))
        return storage::toError(q.lastError());
    while (q.next()) {
        const qint64 person = q.value(0).toLongLong();
        if (pass) {
            const bool last = q.value(1).toBool();
            const qint64 principal = q.value(2).toLongLong();
            const qint64 bonus = q.value(3).toLongLong();
            if (last && q.value(5).toBool()) {
                if (q.value(6).toLongLong() != principal || q.value(7).toLongLong() != bonus)
                    offenders[Balance].insert(person);
                if (q.value(8).toLongLong() != q.value(4).toLongLong())
                    offenders[ToppedUp].insert(person);
            }
            if (principal < 0 || bonus < 0)
                offenders[Negative].insert(person);
        } else {
            if (q.value(1).toBool())
                offenders[Balance].insert(person);
            if (q.value(2).toBool())
                offenders[ToppedUp].insert(person);
            if (q.value(3).toBool())
                offenders[Negative].insert(person);
        }
    }
    if (q.lastError().isValid())
        return storage::toError(q.lastError());
    return {};
}

} // namespace

QVector<Finding> LedgerCheck::run(storage::Database &db)
{
    QVector<Finding> out(CheckCount);
    out[Balance].name = QStringLiteral("wallet_balance");
    out[Balance].description = Tr::tr("Every wallet's principal and bonus equal the sums of its "
                                      "ledger entries (ids: people).");
    out[ToppedUp].name = QStringLiteral("wallet_topped_up");
    out[ToppedUp].description = Tr::tr("Every wallet's topped-up total equals its top-ups net of "
                                       "reversed top-ups (ids: people).");
    out[Negative].name = QStringLiteral("wallet_negative");
    out[Negative].description = Tr::tr("No wallet is negative, and no ledger ever took the "
                                       "principal or the bonus below zero at any entry (ids: "
                                       "people).");
    QSet<qint64> offenders[CheckCount];
    Status s = collect(db, passSql, offenders, true);
    if (s)
        s = collect(db, rowsSql, offenders, false);
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
