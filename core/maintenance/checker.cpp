#include "core/maintenance/checker.h"

#include "core/broadcasts/visitsummary.h"
#include "core/chain/chainsettings.h"
#include "core/common/log.h"
#include "core/maintenance/ledgercheck.h"
#include "core/storage/database.h"
#include "core/storage/migrations.h"
#include "core/storage/sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <functional>
#include <iterator>

namespace core::maintenance {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Checker)
};

constexpr int maxExamples = Finding::MaxExamples;

// One invariant: a query selecting the offending rows' ids as its single column `id`. The
// runner wraps it to count them all and keep the smallest few, in one pass.
struct Invariant
{
    const char *name;
    const char *description;
    const char *sql;
};

// Each query reads a table once in order, or a few distinct keys through an index, never every
// row at random: on the demo chain of 10 M visits and 10.7 M ledger entries they take about
// ten seconds together, far less than SQLite's own page checks. They keep to SQL PostgreSQL
// shares except schema_objects (sqlite_master), which that seam replaces.
const Invariant invariants[] = {
    { "schema_objects",
        QT_TRANSLATE_NOOP("Checker",
            "The unique receipt index (one receipt number per branch) and the triggers that "
            "keep the ledger and the audit log append-only are in place."),
        "SELECT e.type || ' ' || e.name AS id FROM ("
        " SELECT 'index' AS type, 'visits_receipt' AS name"
        " UNION ALL SELECT 'trigger', 'wallet_entries_no_update'"
        " UNION ALL SELECT 'trigger', 'wallet_entries_no_delete'"
        " UNION ALL SELECT 'trigger', 'audit_log_no_update'"
        " UNION ALL SELECT 'trigger', 'audit_log_no_delete') e"
        " WHERE NOT EXISTS (SELECT 1 FROM sqlite_master m WHERE m.type = e.type AND m.name = e.name"
        "  AND (e.type <> 'index' OR m.sql LIKE 'CREATE UNIQUE INDEX%'))" },
    { "wallet_missing",
        QT_TRANSLATE_NOOP(
            "Checker", "Everyone with ledger entries has a wallet row (ids: people)."),
        "SELECT e.person_id AS id FROM (SELECT DISTINCT person_id FROM wallet_entries) e"
        " WHERE NOT EXISTS (SELECT 1 FROM wallets w WHERE w.person_id = e.person_id)" },
    { "member_since",
        QT_TRANSLATE_NOOP("Checker",
            "A person has a membership start exactly when they have a top-up in the ledger "
            "(ids: people)."),
        "SELECT p.id FROM people p WHERE (p.member_since IS NOT NULL) <> EXISTS ("
        " SELECT 1 FROM wallet_entries e WHERE e.person_id = p.id AND e.kind = 'topup')" },
    { "wallet_reversal",
        QT_TRANSLATE_NOOP("Checker",
            "Every reversal negates exactly one earlier entry of the same person and branch "
            "that is not itself a reversal, and only reversals name an entry they reverse (ids: "
            "wallet entries)."),
        "SELECT r.id FROM wallet_entries r LEFT JOIN wallet_entries o ON o.id = r.reverses"
        " WHERE (r.kind = 'reversal' AND (o.id IS NULL OR o.kind = 'reversal' OR o.id >= r.id"
        "  OR o.person_id <> r.person_id OR o.branch_id <> r.branch_id"
        "  OR r.principal <> -o.principal OR r.bonus <> -o.bonus))"
        " OR (r.kind <> 'reversal' AND r.reverses IS NOT NULL)" },
    { "claim_person",
        QT_TRANSLATE_NOOP("Checker", "Every coupon claim's person and coupon exist (ids: claims)."),
        "SELECT c.id FROM coupon_claims c"
        " WHERE NOT EXISTS (SELECT 1 FROM people p WHERE p.id = c.person_id)"
        " OR NOT EXISTS (SELECT 1 FROM coupons k WHERE k.id = c.coupon_id)" },
    { "redemption_claim",
        QT_TRANSLATE_NOOP("Checker", "Every redemption has its claim (ids: redemptions)."),
        "SELECT r.id FROM redemptions r"
        " WHERE NOT EXISTS (SELECT 1 FROM coupon_claims c WHERE c.id = r.claim_id)" },
    // Expiry is exclusive, as at the counter: a claim expiring at T is refused at T.
    { "redemption_window",
        QT_TRANSLATE_NOOP("Checker",
            "Every redemption happened after its claim, before the claim expired and within the "
            "coupon's validity dates (ids: redemptions)."),
        "SELECT r.id FROM redemptions r JOIN coupon_claims c ON c.id = r.claim_id"
        " JOIN coupons k ON k.id = c.coupon_id"
        " WHERE r.redeemed_at < c.claimed_at"
        " OR (c.expires_at IS NOT NULL AND r.redeemed_at >= c.expires_at)"
        " OR (k.valid_to IS NOT NULL AND r.redeemed_at >= k.valid_to)"
        " OR (k.valid_from IS NOT NULL AND r.redeemed_at < k.valid_from)" },
    { "redemption_scope",
        QT_TRANSLATE_NOOP("Checker",
            "Every redemption happened at a branch in its coupon's scope, and at the branch of "
            "the bill it was used on (ids: redemptions)."),
        "SELECT r.id FROM redemptions r JOIN coupon_claims c ON c.id = r.claim_id"
        " WHERE (EXISTS (SELECT 1 FROM coupon_branches b WHERE b.coupon_id = c.coupon_id)"
        "  AND NOT EXISTS (SELECT 1 FROM coupon_branches b WHERE b.coupon_id = c.coupon_id"
        "   AND b.branch_id = r.branch_id))"
        " OR EXISTS (SELECT 1 FROM visits v WHERE v.id = r.visit_id AND v.branch_id <> "
        "r.branch_id)" },
    { "review_visit",
        QT_TRANSLATE_NOOP("Checker",
            "Every review is of a sale and was written by the person of that bill, for its "
            "branch (ids: reviews)."),
        "SELECT r.id FROM reviews r LEFT JOIN visits v ON v.id = r.visit_id"
        " WHERE v.id IS NULL OR v.kind <> 'sale' OR v.person_id IS NULL"
        " OR v.person_id <> r.person_id OR v.branch_id <> r.branch_id" },
    { "review_window",
        QT_TRANSLATE_NOOP("Checker",
            "Every review was written after its visit and within the chain's review window "
            "(ids: reviews)."),
        "SELECT r.id FROM reviews r JOIN visits v ON v.id = r.visit_id"
        " WHERE r.created_at < v.occurred_at OR r.created_at > v.occurred_at + ?" },
    { "refund_sale",
        QT_TRANSLATE_NOOP("Checker",
            "Every refund that names its bill names a sale at the same branch (ids: refund "
            "visits)."),
        "SELECT r.id FROM visits r LEFT JOIN visits s ON s.id = r.refund_of"
        " WHERE r.kind = 'refund' AND r.refund_of IS NOT NULL"
        " AND (s.id IS NULL OR s.kind <> 'sale' OR s.branch_id <> r.branch_id)" },
    { "refund_total",
        QT_TRANSLATE_NOOP("Checker",
            "The refunds of a sale (voided ones aside) never add up to more than the sale (ids: "
            "sale visits)."),
        "SELECT r.refund_of AS id FROM visits r JOIN visits s ON s.id = r.refund_of"
        " WHERE r.kind = 'refund' AND r.voided_at IS NULL"
        " GROUP BY r.refund_of HAVING -sum(r.amount) > max(s.amount)" },
    { "home_balances",
        QT_TRANSLATE_NOOP("Checker",
            "The stored value outstanding kept per home branch (for the dashboard) equals the sum "
            "of the wallets of the people at home there (ids: branches; 0: people without one)."),
        "SELECT s.branch_id AS id FROM (SELECT coalesce(p.home_branch_id, 0) AS branch_id,"
        "  sum(w.principal + w.bonus) AS balance FROM wallets w JOIN people p ON p.id = w.person_id"
        "  GROUP BY coalesce(p.home_branch_id, 0)) s"
        " LEFT JOIN home_balances h ON h.branch_id = s.branch_id"
        " WHERE coalesce(h.balance, 0) <> s.balance"
        " UNION SELECT h.branch_id FROM home_balances h WHERE h.balance <> 0 AND NOT EXISTS ("
        "  SELECT 1 FROM wallets w JOIN people p ON p.id = w.person_id"
        "  WHERE coalesce(p.home_branch_id, 0) = h.branch_id)" },
    // Ids are rowids without AUTOINCREMENT: a rolled-back insert leaves no hole, so a hole
    // means a deleted entry. (Deleting the newest entries leaves none and is not seen here.)
    { "audit_log_gaps",
        QT_TRANSLATE_NOOP("Checker",
            "The audit log has no holes: no entry was deleted from its middle (ids: the first "
            "entry after each hole)."),
        "SELECT id FROM (SELECT id, lag(id, 1, 0) OVER (ORDER BY id) AS previous FROM audit_log)"
        " WHERE id <> previous + 1" },
};

// Runs `sql`, each of whose rows is one problem, counting them and keeping the first few as
// `example` makes them. An error (a damaged page, say) becomes a failed finding.
void collectRows(storage::Database &db, const QString &sql, const QVariantList &values,
    Finding &finding, const std::function<QVariant(const QSqlQuery &)> &example)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    Status s;
    if (!q.prepare(sql)) {
        s = storage::toError(q.lastError());
    } else {
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (!q.exec())
            s = storage::toError(q.lastError());
    }
    if (s) {
        while (q.next()) {
            ++finding.count;
            if (finding.examples.size() < maxExamples)
                finding.examples.push_back(example(q));
        }
        if (q.lastError().isValid())
            s = storage::toError(q.lastError());
    }
    if (!s)
        finding.couldNotRun(s.error());
}

Finding sqliteIntegrity(storage::Database &db, bool quick)
{
    Finding f;
    f.name = QStringLiteral("integrity");
    f.description = quick ? Tr::tr("SQLite's quick check finds every page of the file sound.")
                          : Tr::tr("SQLite's integrity check finds every page and index of the "
                                   "file sound.");
    // The limit keeps a badly damaged file from producing a message per page.
    const QString sql = quick ? QStringLiteral("PRAGMA quick_check(%1)").arg(maxExamples)
                              : QStringLiteral("PRAGMA integrity_check(%1)").arg(maxExamples);
    collectRows(db, sql, {}, f, [](const QSqlQuery &q) { return q.value(0); });
    if (f.ok && f.count == 1 && f.examples.value(0).toString() == QLatin1String("ok")) {
        f.count = 0;
        f.examples.clear();
    } else if (f.ok) {
        f.fail(f.count);
    }
    return f;
}

QString quoted(const QString &identifier)
{
    QString out = identifier;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString literal(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

// One query over every foreign key the schema declares (read from the schema, so new tables are
// covered without touching this file). Each key's distinct child values are looked up once in
// the parent: PRAGMA foreign_key_check looks up every child row, at random places in the
// parent, which takes a minute on ten million visits; this takes seconds, reading the child
// column through its index where there is one. A row names the column and the missing key.
Result<QString> foreignKeyQuery(storage::Database &db)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT m.name, f.id, f.\"table\", f.\"from\", coalesce(f.\"to\", ''),"
            " (SELECT group_concat(name) FROM (SELECT name FROM pragma_table_info(f.\"table\")"
            "   WHERE pk > 0 ORDER BY pk))"
            " FROM sqlite_master m, pragma_foreign_key_list(m.name) f"
            " WHERE m.type = 'table' ORDER BY m.name, f.id, f.seq")))
        return storage::toError(q.lastError());
    struct Key
    {
        QString child, parent;
        QStringList from, to;
    };
    QVector<Key> keys;
    QString lastTable;
    qint64 lastId = -1;
    while (q.next()) {
        const QString table = q.value(0).toString();
        const qint64 id = q.value(1).toLongLong();
        if (keys.isEmpty() || table != lastTable || id != lastId)
            keys.push_back({ table, q.value(2).toString(), {}, {} });
        lastTable = table;
        lastId = id;
        keys.back().from << q.value(3).toString();
        // No parent column named: the parent's primary key, column by column.
        const QStringList primary = q.value(5).toString().split(QLatin1Char(','));
        const QString to = q.value(4).toString();
        keys.back().to << (to.isEmpty() ? primary.value(keys.back().from.size() - 1) : to);
    }
    if (q.lastError().isValid())
        return storage::toError(q.lastError());
    QStringList parts;
    for (const Key &key : keys) {
        QStringList distinct, notNull, match, shown;
        for (int i = 0; i < key.from.size(); ++i) {
            const QString k = QStringLiteral("k%1").arg(i);
            distinct << quoted(key.from.at(i)) + QStringLiteral(" AS ") + k;
            notNull << quoted(key.from.at(i)) + QStringLiteral(" IS NOT NULL");
            match << QStringLiteral("p.") + quoted(key.to.at(i)) + QStringLiteral(" = d.") + k;
            shown << QStringLiteral("d.") + k;
        }
        const QString label = literal(
            key.child + QLatin1Char('.') + key.from.join(QLatin1Char(',')) + QLatin1Char('='));
        parts << QStringLiteral("SELECT %1 || %2 || %3 AS id FROM (SELECT DISTINCT %4 FROM %5"
                                " WHERE %6) d WHERE NOT EXISTS (SELECT 1 FROM %7 p WHERE %8)")
                     .arg(label, shown.join(QStringLiteral(" || ',' || ")),
                         literal(QStringLiteral(" -> ") + key.parent),
                         distinct.join(QStringLiteral(", ")), quoted(key.child),
                         notNull.join(QStringLiteral(" AND ")), quoted(key.parent),
                         match.join(QStringLiteral(" AND ")));
    }
    if (parts.isEmpty())
        return QStringLiteral("SELECT NULL AS id WHERE 0");
    return parts.join(QStringLiteral(" UNION ALL "));
}

Finding schemaVersion(storage::Database &db)
{
    Finding f;
    f.name = QStringLiteral("schema_version");
    f.description = Tr::tr("The file carries ChainCard's application id and schema version %1.")
                        .arg(storage::latestSchemaVersion());
    auto appId = storage::scalar(db, QStringLiteral("PRAGMA application_id"));
    auto version = storage::scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!appId || !version) {
        f.couldNotRun(appId ? version.error() : appId.error());
        return f;
    }
    if (quint32(appId->toLongLong()) != storage::Database::ApplicationId)
        f.examples.push_back(QStringLiteral("application_id=%1").arg(appId->toLongLong()));
    if (version->toInt() != storage::latestSchemaVersion())
        f.examples.push_back(QStringLiteral("user_version=%1").arg(version->toInt()));
    if (!f.examples.isEmpty())
        f.fail(f.examples.size());
    return f;
}

// Runs a query selecting offending ids as its column `id`. count(*) OVER () counts every
// offending row before LIMIT keeps the first few, in one pass.
Finding offenders(storage::Database &db, const QString &name, const QString &description,
    const QString &sql, const QVariantList &values = {})
{
    Finding f;
    f.name = name;
    f.description = description;
    const QString wrapped
        = QStringLiteral("SELECT count(*) OVER (), id FROM (%1) ORDER BY id LIMIT %2")
              .arg(sql)
              .arg(maxExamples);
    qint64 total = 0;
    collectRows(db, wrapped, values, f, [&total](const QSqlQuery &q) {
        total = q.value(0).toLongLong();
        return q.value(1);
    });
    if (f.ok) {
        f.count = total;
        if (total > 0)
            f.fail(total);
    }
    return f;
}

Finding invariant(storage::Database &db, const Invariant &check, const QVariantList &values)
{
    return offenders(
        db, QLatin1String(check.name), Tr::tr(check.description), QLatin1String(check.sql), values);
}

Finding foreignKeys(storage::Database &db)
{
    const QString name = QStringLiteral("foreign_keys");
    const QString description = Tr::tr("Every reference between rows points to a row that exists "
                                       "(examples: the column and the missing key).");
    auto sql = foreignKeyQuery(db);
    if (!sql) {
        Finding f;
        f.name = name;
        f.description = description;
        f.couldNotRun(sql.error());
        return f;
    }
    return offenders(db, name, description, *sql);
}

void record(CheckReport &report, Finding f, qint64 elapsedMs)
{
    f.elapsedMs = elapsedMs;
    qCInfo(lcStorage) << "check" << f.name << (f.ok ? "ok" : "FAILED") << f.count << "in"
                      << f.elapsedMs << "ms";
    report.findings.push_back(std::move(f));
}

template<typename Run>
void timed(CheckReport &report, Run &&run)
{
    QElapsedTimer timer;
    timer.start();
    Finding f = run();
    record(report, std::move(f), timer.elapsed());
}

// Reads the file through a memory map while the checks run: they visit every page, some at
// random, and a read system call per page costs several times the work (a minute instead of
// seconds on ten million visits). 64-bit builds only; restored afterwards.
class MemoryMap
{
public:
    explicit MemoryMap(storage::Database &db)
        : m_db(db)
    {
        if (sizeof(void *) < 8)
            return;
        auto previous = storage::scalar(m_db, QStringLiteral("PRAGMA mmap_size"));
        if (!previous)
            return;
        m_previous = previous->toLongLong();
        QSqlQuery q(m_db.sql());
        m_active = q.exec(QStringLiteral("PRAGMA mmap_size = 2147418112"));
    }
    ~MemoryMap()
    {
        if (!m_active)
            return;
        QSqlQuery q(m_db.sql());
        q.exec(QStringLiteral("PRAGMA mmap_size = %1").arg(m_previous));
    }
    MemoryMap(const MemoryMap &) = delete;
    MemoryMap &operator=(const MemoryMap &) = delete;

private:
    storage::Database &m_db;
    qint64 m_previous = 0;
    bool m_active = false;
};

// Ends the read transaction the checks shared, whatever state an error left it in.
void endSnapshot(storage::Database &db)
{
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral("ROLLBACK"));
}

} // namespace

bool CheckReport::ok() const
{
    return std::all_of(findings.cbegin(), findings.cend(), [](const Finding &f) { return f.ok; });
}

QVector<Finding> CheckReport::failures() const
{
    QVector<Finding> out;
    std::copy_if(findings.cbegin(), findings.cend(), std::back_inserter(out),
        [](const Finding &f) { return !f.ok; });
    return out;
}

const Finding *CheckReport::find(const QString &name) const
{
    for (const Finding &f : findings) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

Result<CheckReport> Checker::run(
    storage::Database &db, const auth::Actor &actor, const Options &options)
{
    if (auto s = actor.requireOwner(Tr::tr("check the chain database")); !s)
        return s.error();
    if (db.transactionDepth() > 0)
        return Error(Error::Code::Storage,
            Tr::tr("The check cannot run inside a transaction; finish it first."));
    auto settings = chain::ChainStore::load(db);
    if (!settings)
        return settings.error();
    const qint64 reviewWindow = qint64(settings->reviewDays) * 86400;

    QElapsedTimer timer;
    timer.start();
    CheckReport report;
    // One snapshot for every check: a payment committed meanwhile on another connection cannot
    // make a wallet look out of step with its ledger.
    const MemoryMap map(db);
    if (auto s = storage::execOnce(db, QStringLiteral("BEGIN")); !s)
        return s.error();
    timed(report, [&] { return schemaVersion(db); });
    timed(report, [&] { return sqliteIntegrity(db, options.quick); });
    timed(report, [&] { return foreignKeys(db); });
    {
        // Three checks from one pass over the ledger; the pass's time goes to the first.
        QElapsedTimer pass;
        pass.start();
        const QVector<Finding> ledger = LedgerCheck::run(db, !options.quick);
        qint64 elapsed = pass.elapsed();
        for (const Finding &f : ledger) {
            record(report, f, elapsed);
            elapsed = 0;
        }
    }
    for (const Invariant &check : invariants) {
        QVariantList values;
        if (qstrcmp(check.name, "review_window") == 0)
            values.push_back(reviewWindow);
        timed(report, [&] { return invariant(db, check, values); });
    }
    timed(report, [&] {
        return offenders(db, QStringLiteral("visit_summary"),
            Tr::tr("The visit summary kept for broadcasts (home branch by the 12-month rule, "
                   "branches visited, last visit) matches the visits, for everyone not waiting "
                   "for its refresh (ids: people)."),
            broadcasts::VisitSummary::checkSql());
    });
    endSnapshot(db);
    report.elapsedMs = timer.elapsed();
    return report;
}

} // namespace core::maintenance
