#include "core/demo/demogenerator.h"

#include "core/audit/auditlog.h"
#include "core/chain/chainsettings.h"
#include "core/common/clock.h"
#include "core/common/log.h"
#include "core/demo/democalendar.h"
#include "core/demo/demoplan.h"
#include "core/demo/demowriter.h"
#include "core/storage/bulkinserter.h"
#include "core/storage/bulksession.h"
#include "core/storage/database.h"
#include "core/storage/migrations.h"
#include "core/storage/sql.h"
#include "core/storage/writetransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>

namespace core::demo {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Demo)
};

constexpr int maxBranches = 5000;
constexpr int maxMembers = 20000000;
constexpr qint64 maxVisits = 1000000000;
// Page cache for the bulk load, KiB: the indexes' working set stays in memory.
constexpr int bulkCacheKiB = 160 * 1024;

// Indexes whose keys arrive in random order during the load: dropped before it and built again
// after, in the same transaction (a sort, then appends), which is cheaper than searching each
// one per row. The others receive their keys in order (DemoWriter writes visits by branch and
// time and the ledger by person) and stay.
const char *const rebuiltIndexes[] = { "visits_person",        "wallet_entries_branch",
                                       "people_phone",         "people_last4",
                                       "people_home_branch",   "coupon_claims_person",
                                       "coupon_claims_coupon", "people_name",
                                       "people_branch_phone",  "people_branch_name",
                                       "people_branch_member", "wallet_entries_branch_topup" };

Status requireEmptyChain(storage::Database &db)
{
    const struct
    {
        const char *table;
        const char *what;
    } tables[] = {
        { "branches", QT_TRANSLATE_NOOP("Demo", "branches") },
        { "people", QT_TRANSLATE_NOOP("Demo", "people") },
        { "tiers", QT_TRANSLATE_NOOP("Demo", "membership tiers") },
        { "coupons", QT_TRANSLATE_NOOP("Demo", "coupons") },
        { "visits", QT_TRANSLATE_NOOP("Demo", "visits") },
    };
    for (const auto &t : tables) {
        auto any = storage::scalar(
            db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(QLatin1String(t.table)));
        if (!any)
            return any.error();
        if (any->toInt() != 0)
            return Error(Error::Code::Conflict,
                         Tr::tr("The chain already has %1; demo data only goes into an empty "
                                "chain. Create a new chain for the demo.")
                             .arg(Tr::tr(t.what)));
    }
    return {};
}

// Whether the INSERT triggers on the tables the demo fills would do nothing for its rows, so the
// bulk load may run without them (BulkInserter::disableTriggers). The only ones known are the
// retention rollup's and the broadcasts' visit summary's, which note changes to rows at or
// below their marks; on an empty chain with marks at 0 every demo row lies above them and the
// rollup and the summary find the rows by id. The dashboard's
// home_balances is recomputed after a load without triggers. Any other INSERT trigger keeps
// triggers on.
bool insertTriggersIdle(storage::Database &db)
{
    const QString known = QStringLiteral(
        "'retention_visit_insert', 'retention_wallet_insert', 'retention_claim_insert',"
        " 'home_balances_insert', 'visit_summary_insert'");
    auto others = storage::scalar(
        db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
                           " AND upper(sql) LIKE '%INSERT ON%' AND name NOT IN (%1)").arg(known));
    if (!others || others->toLongLong() != 0)
        return false;
    // The broadcasts' visit summary notes only visits at or below its mark, like the rollup.
    auto summary = storage::scalar(db,
        QStringLiteral("SELECT visit_mark FROM visit_summary_state WHERE id = 1"), {}, 0);
    if (!summary || summary->toLongLong() != 0)
        return false;
    auto retention = storage::scalar(
        db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                           " AND name = 'retention_state'"));
    if (!retention)
        return false;
    if (retention->toLongLong() == 0)
        return true;
    auto marks = storage::scalar(
        db, QStringLiteral("SELECT coalesce(max(visit_mark, wallet_mark, claim_mark), 0)"
                           " FROM retention_state"), {}, 0);
    return marks && marks->toLongLong() == 0;
}

QJsonObject toJson(const DemoOptions &o, const DemoSummary &s, const QDate &end)
{
    return { { QStringLiteral("seed"), QString::number(o.seed) },
             { QStringLiteral("end_date"), end.toString(Qt::ISODate) },
             { QStringLiteral("branches"), s.branches },
             { QStringLiteral("people"), s.people },
             { QStringLiteral("members"), s.members },
             { QStringLiteral("visits"), s.visits },
             { QStringLiteral("wallet_entries"), s.walletEntries },
             { QStringLiteral("coupons"), s.coupons },
             { QStringLiteral("claims"), s.claims },
             { QStringLiteral("redemptions"), s.redemptions },
             { QStringLiteral("reviews"), s.reviews } };
}

} // namespace

DemoGenerator::DemoGenerator(storage::Database &db)
    : m_db(db)
{
}

Status DemoGenerator::validate(const DemoOptions &o)
{
    if (o.branches < 1 || o.branches > maxBranches)
        return Error(Error::Code::InvalidInput,
                     Tr::tr("The number of branches must be between 1 and %1, not %2.")
                         .arg(maxBranches)
                         .arg(o.branches),
                     QStringLiteral("branches"));
    if (o.members < 1 || o.members > maxMembers)
        return Error(Error::Code::InvalidInput,
                     Tr::tr("The number of members must be between 1 and %1, not %2.")
                         .arg(maxMembers)
                         .arg(o.members),
                     QStringLiteral("members"));
    if (o.visits < 1 || o.visits > maxVisits)
        return Error(Error::Code::InvalidInput,
                     Tr::tr("The number of visits must be between 1 and %1, not %2.")
                         .arg(maxVisits)
                         .arg(o.visits),
                     QStringLiteral("visits"));
    if (o.visits < o.members)
        return Error(Error::Code::InvalidInput,
                     Tr::tr("The number of visits (%1) must be at least the number of members "
                            "(%2): every member tops up at a visit.")
                         .arg(o.visits)
                         .arg(o.members),
                     QStringLiteral("visits"));
    if (o.endDate.isValid() && (o.endDate.year() < 2000 || o.endDate.year() > 2099))
        return Error(Error::Code::InvalidInput,
                     Tr::tr("The last day of the demo history must lie between 2000 and 2099, "
                            "not %1.")
                         .arg(o.endDate.toString(Qt::ISODate)),
                     QStringLiteral("end"));
    return {};
}

Result<DemoSummary> DemoGenerator::generate(const auth::Actor &actor, const DemoOptions &options,
                                            const std::function<bool(int)> &progress)
{
    QElapsedTimer timer;
    timer.start();
    if (auto s = actor.requireOwner(Tr::tr("generate demo data")); !s)
        return s.error();
    if (auto s = validate(options); !s)
        return s.error();
    auto settings = chain::ChainStore::load(m_db);
    if (!settings)
        return settings.error();
    if (auto s = requireEmptyChain(m_db); !s)
        return s.error();

    const QTimeZone zone = settings->timeZone();
    // By default the history ends with yesterday, the last whole day, so that nothing lies
    // later than now.
    const QDate end = options.endDate.isValid()
        ? options.endDate
        : QDateTime::fromSecsSinceEpoch(clock::now(), zone).date().addDays(-1);
    const DemoCalendar calendar(end, zone);
    DemoPlan plan(options, calendar);
    plan.build();
    qCInfo(lcDemo) << "planned" << plan.people().size() << "people in" << timer.elapsed() << "ms";

    DemoWriter::Settings writerSettings;
    writerSettings.timezone = settings->timezone.toUtf8();
    writerSettings.reviewDays = settings->reviewDays;
    writerSettings.operatorName = actor.name().toUtf8();
    writerSettings.operatorId = actor.userId();

    storage::BulkSession session(m_db, { bulkCacheKiB, true });
    storage::WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (auto s = requireEmptyChain(m_db); !s)
        return s.error();
    storage::BulkInserter bulk(m_db, m_forceQtSql ? storage::BulkInserter::Backend::QtSql
                                                  : storage::BulkInserter::Backend::Automatic);
    const bool quiet = bulk.usesSqliteApi() && insertTriggersIdle(m_db) && bulk.disableTriggers();
    qCInfo(lcDemo) << "bulk writes through" << (bulk.usesSqliteApi() ? "the sqlite3 C API" : "QSqlQuery")
                   << (quiet ? "without triggers" : "with triggers");
    DemoWriter writer(m_db, bulk, plan, writerSettings, progress);
    if (auto s = writer.tick(20); !s)
        return s.error();

    QStringList rebuilt;
    for (const char *name : rebuiltIndexes)
        rebuilt << QLatin1String(name);
    if (auto s = session.dropIndexes(rebuilt); !s)
        return s.error();

    DemoSummary summary;
    if (auto s = writer.write(summary); !s)
        return s.error();
    qCInfo(lcDemo) << "rows written in" << timer.elapsed() << "ms";
    for (const QString &sql : storage::homeBalancesRebuild()) {
        if (auto s = storage::execOnce(m_db, sql); !s)
            return s.error();
    }
    if (auto s = session.rebuildIndexes([&writer](int done, int total) { return writer.tick(940 + 50 * done / total); });
        !s)
        return s.error();
    qCInfo(lcDemo) << "indexes rebuilt in" << timer.elapsed() << "ms";
    if (auto s = audit::AuditLog::record(m_db, actor, QStringLiteral("demo.generate"),
                                         QStringLiteral("chain"), 0, 0, {},
                                         toJson(options, summary, end));
        !s)
        return s.error();
    if (auto s = writer.tick(995); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    summary.elapsedMs = timer.elapsed();
    qCInfo(lcDemo) << "committed in" << summary.elapsedMs << "ms";
    if (progress)
        progress(1000);
    return summary;
}

} // namespace core::demo
