// Counter benchmark (issue 7, "Speed": on 1,000,000 members a lookup by phone or by the last
// four digits in under 20 ms, a payment from the balance committed durably in under 20 ms):
// core::counter::CounterService on one connection as the Counter page uses it, many operations
// each, median and 95th percentile. Payments are real: each is one BEGIN IMMEDIATE transaction
// (visit, wallet spend, audit entries) committed with synchronous=FULL, so run it on a COPY of
// a chain. Run by scripts/bench-counter.sh; prints Markdown.
//
//   bench_counter DATABASE [OPERATIONS]

#include "core/auth/actor.h"
#include "core/counter/counterservice.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QVector>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

void out(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

QString ms(double value)
{
    return QString::number(value, 'f', 2);
}

// Times `op` once per item; prints a row: operations, median, p95, max (ms).
template<typename T>
bool timeRow(const QString &what, const QVector<T> &items, const std::function<bool(const T &)> &op)
{
    QVector<double> times;
    times.reserve(items.size());
    for (const T &item : items) {
        QElapsedTimer t;
        t.start();
        if (!op(item))
            return false;
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    const int slowest = int(std::max_element(times.cbegin(), times.cend()) - times.cbegin());
    std::sort(times.begin(), times.end());
    const auto at = [&](double q) {
        return times.at(std::min(int(times.size()) - 1, int(q * times.size())));
    };
    out(QStringLiteral("| %1 | %2 | %3 | %4 | %5 (#%6) |")
            .arg(what)
            .arg(times.size())
            .arg(ms(at(0.5)), ms(at(0.95)), ms(times.last()))
            .arg(slowest + 1));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2 || args.size() > 3) {
        std::fprintf(stderr, "usage: bench_counter DATABASE [OPERATIONS]\n");
        return 2;
    }
    const int n = args.size() == 3 ? args[2].toInt() : 1000;
    core::storage::OpenOptions options;
    options.mode = core::storage::OpenOptions::Mode::OpenExisting;
    auto db = core::storage::Database::open(args[1], options);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message()));
        return 1;
    }
    core::storage::Database &d = **db;
    auto sync = core::storage::scalar(d, QStringLiteral("PRAGMA synchronous"));
    auto members = core::storage::scalar(
        d, QStringLiteral("SELECT count(*) FROM people WHERE member_since IS NOT NULL"));
    // Members with money on the card, spread over the table, and an active branch for each.
    QSqlQuery q(d.sql());
    if (!q.exec(
            QStringLiteral("SELECT p.id, p.phone FROM wallets w JOIN people p ON p.id = w.person_id"
                           " WHERE w.principal + w.bonus >= 10000 AND p.id % 97 = 0 LIMIT %1")
                .arg(n))) {
        std::fprintf(stderr, "no wallets to read\n");
        return 1;
    }
    QVector<QPair<qint64, QString>> people;
    while (q.next())
        people.push_back({ q.value(0).toLongLong(), q.value(1).toString() });
    auto branch
        = core::storage::scalar(d, QStringLiteral("SELECT min(id) FROM branches WHERE active = 1"));
    if (people.isEmpty() || !branch || !sync || !members) {
        std::fprintf(stderr, "not a chain with members and wallets\n");
        return 1;
    }
    QVector<QString> phones, lastFours;
    for (const auto &p : people) {
        phones.push_back(p.second);
        lastFours.push_back(p.second.right(4));
    }
    const auto actor = core::auth::Actor::localOwner();
    core::counter::CounterService counter(d);
    out(QStringLiteral("%1 members; %2 operations of each kind; PRAGMA synchronous = %3 (2: FULL)")
            .arg(members->toLongLong())
            .arg(people.size())
            .arg(sync->toInt()));
    out(QString());
    out(QStringLiteral("| operation | n | median ms | p95 ms | max ms (which) |"));
    out(QStringLiteral("|---|---:|---:|---:|---:|"));
    int matches = 0;
    bool ok = timeRow<QString>(QStringLiteral("find by phone"), phones, [&](const QString &phone) {
        auto found = counter.find(actor, phone);
        return found && found->size() == 1;
    });
    ok = ok
        && timeRow<QString>(QStringLiteral("find by last four digits (up to 20 matches)"),
            lastFours, [&](const QString &four) {
                auto found = counter.find(actor, four);
                matches += found ? int(found->size()) : 0;
                return found && !found->isEmpty();
            });
    ok = ok
        && timeRow<QPair<qint64, QString>>(QStringLiteral("card (tier, balance, usable coupons)"),
            people, [&](const QPair<qint64, QString> &p) {
                return counter.card(actor, p.first, branch->toLongLong()).ok();
            });
    int receipt = 0;
    const QString run = QString::number(QDateTime::currentSecsSinceEpoch());
    ok = ok
        && timeRow<QPair<qint64, QString>>(
            QStringLiteral("pay 1.00 from the balance, committed (synchronous=FULL)"), people,
            [&](const QPair<qint64, QString> &p) {
                core::counter::PayRequest r;
                r.personId = p.first;
                r.branchId = branch->toLongLong();
                r.amount = 100;
                r.receiptNo = QStringLiteral("BENCH-%1-%2").arg(run).arg(++receipt);
                auto sale = counter.pay(actor, r);
                if (!sale)
                    std::fprintf(stderr, "%s\n", qPrintable(sale.error().message()));
                return sale.ok();
            });
    if (!ok) {
        std::fprintf(stderr, "an operation failed\n");
        return 1;
    }
    out(QString());
    out(QStringLiteral("Last four digits: %1 matches on average (at most 20 listed).")
            .arg(double(matches) / people.size(), 0, 'f', 1));
    return 0;
}
