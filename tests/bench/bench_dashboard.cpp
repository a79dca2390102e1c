// Dashboard benchmark (issue 4, "Speed": dashboard figures in under 1 s): on a chain database,
// the time of Dashboard::compute (a period and its comparison period: the same days of the
// month before, the month before, the year before) for the owner over every
// branch and for the manager of one branch, for this month, last month and this year, on a new
// connection ("cold", after the file was read once) and again on it ("warm"). Run by
// scripts/bench-dashboard.sh; prints Markdown.
//
//   bench_dashboard DATABASE

#include "core/auth/actor.h"
#include "core/chain/chainsettings.h"
#include "core/common/clock.h"
#include "core/dashboard/dashboard.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>

#include <cstdio>

namespace {

void out(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: bench_dashboard DATABASE\n");
        return 2;
    }
    core::storage::OpenOptions options;
    options.mode = core::storage::OpenOptions::Mode::OpenExisting;
    QElapsedTimer openTimer;
    openTimer.start();
    auto first = core::storage::Database::open(args[1], options);
    if (!first) {
        std::fprintf(stderr, "%s\n", qPrintable(first.error().message()));
        return 1;
    }
    const double openMs = double(openTimer.nsecsElapsed()) / 1e6;
    auto settings = core::chain::ChainStore::load(**first);
    auto branch = core::storage::scalar(**first, QStringLiteral("SELECT min(id) FROM branches"));
    auto branches = core::storage::scalar(**first, QStringLiteral("SELECT count(*) FROM branches"));
    auto visits = core::storage::scalar(**first, QStringLiteral("SELECT max(id) FROM visits"));
    if (!settings || !branch || !branches || !visits) {
        std::fprintf(stderr, "not a chain with branches\n");
        return 1;
    }
    first.value().reset(); // the first open migrates; timings below are on fresh connections

    const QDate today
        = QDateTime::fromSecsSinceEpoch(core::clock::now(), settings->timeZone()).date();
    const QDate monthStart(today.year(), today.month(), 1);
    const struct
    {
        const char *name;
        QDate from, to;
    } periods[] = {
        { "this month so far (the page's default)", monthStart, today },
        { "last month", monthStart.addMonths(-1), monthStart.addDays(-1) },
        { "this year", QDate(today.year(), 1, 1), QDate(today.year(), 12, 31) },
    };
    const struct
    {
        const char *name;
        core::auth::Actor actor;
    } actors[] = {
        { "owner, every branch", core::auth::Actor::localOwner() },
        { "manager, one branch",
            core::auth::Actor::user(
                0, QStringLiteral("bench"), core::auth::Role::Manager, branch->toLongLong()) },
    };

    out(QStringLiteral("Chain: %1 branches, %2 visits; first open (and migration) %3 ms.")
            .arg(branches->toLongLong())
            .arg(visits->toLongLong())
            .arg(openMs, 0, 'f', 0));
    out(QString());
    out(QStringLiteral("| who | period | visits in period | cold (ms) | warm (ms) |"));
    out(QStringLiteral("|---|---|---:|---:|---:|"));
    for (const auto &a : actors) {
        for (const auto &p : periods) {
            auto db = core::storage::Database::open(args[1], options);
            if (!db) {
                std::fprintf(stderr, "%s\n", qPrintable(db.error().message()));
                return 1;
            }
            core::dashboard::Dashboard dashboard(**db);
            double times[2] = {};
            qint64 visitsInPeriod = 0;
            for (double &t : times) {
                QElapsedTimer timer;
                timer.start();
                auto report = dashboard.compute(a.actor, { p.from, p.to, {} });
                t = double(timer.nsecsElapsed()) / 1e6;
                if (!report) {
                    std::fprintf(stderr, "%s\n", qPrintable(report.error().message()));
                    return 1;
                }
                visitsInPeriod = report->total.current.visits;
            }
            out(QStringLiteral("| %1 | %2 (%3 to %4) | %5 | %6 | %7 |")
                    .arg(QLatin1String(a.name), QLatin1String(p.name), p.from.toString(Qt::ISODate),
                        p.to.toString(Qt::ISODate))
                    .arg(visitsInPeriod)
                    .arg(times[0], 0, 'f', 0)
                    .arg(times[1], 0, 'f', 0));
        }
    }
    return 0;
}
