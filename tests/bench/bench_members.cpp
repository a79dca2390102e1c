// Member list benchmark (issue 4, "Speed"): on a chain database, the time of the first page,
// of each keystroke of a search (a phone typed digit by digit, the last four digits, a name, a
// member code), of each filter and its count, through the core (MemberDirectory on one
// connection) and through the lazy model as the window uses it (worker thread, own
// connection); then the resident memory after fetching the whole list to its end through the
// model. Run by scripts/bench-members.sh; prints Markdown.
//
//   bench_members DATABASE [--no-browse]

#include "core/auth/actor.h"
#include "core/chain/chainsettings.h"
#include "core/coupons/claimservice.h"
#include "core/people/personservice.h"
#include "core/reviews/reviewservice.h"
#include "core/visits/visitservice.h"
#include "core/wallet/walletservice.h"
#include "core/people/memberdirectory.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"
#include "ui/members/memberlistmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using core::people::MemberDirectory;
using core::people::MemberFilter;

namespace {

// kB of a /proc/self/status field (VmRSS, VmHWM).
long statusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

void out(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

struct Timing
{
    double core = 0;  // MemberDirectory::page on a warm connection
    double model = 0; // setFilter until the first page is in the model
    int rows = 0;
    double count = 0;
    qint64 counted = 0;
    bool exact = true;
};

class Bench
{
public:
    Bench(core::storage::Database &db, const QString &path, core::auth::Actor actor,
          core::chain::ChainSettings settings)
        : m_dir(db, settings.region)
        , m_actor(actor)
        , m_model(path, actor, settings)
    {
    }

    // Waits for the model's next page (or failure).
    bool waitPage(int timeoutMs = 60000)
    {
        QEventLoop loop;
        bool ok = false;
        auto c1 = QObject::connect(&m_model, &ui::members::MemberListModel::pageLoaded, &loop, [&] {
            ok = true;
            loop.quit();
        });
        auto c2 = QObject::connect(&m_model, &ui::members::MemberListModel::failed, &loop,
                                   [&](const QString &message) {
                                       out(QStringLiteral("failed: ") + message);
                                       loop.quit();
                                   });
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        QObject::disconnect(c1);
        QObject::disconnect(c2);
        return ok;
    }

    Timing time(const MemberFilter &filter, bool withCount = true)
    {
        Timing t;
        QElapsedTimer clock;
        clock.start();
        auto page = m_dir.page(m_actor, filter, {}, ui::members::MemberListModel::FirstPageSize);
        t.core = ms(clock);
        t.rows = page ? int(page->rows.size()) : -1;
        if (!page)
            out(QStringLiteral("error: ") + page.error().message());
        clock.restart();
        m_model.setFilter(filter);
        waitPage();
        t.model = ms(clock);
        if (withCount) {
            clock.restart();
            auto n = m_dir.count(m_actor, filter);
            t.count = ms(clock);
            if (n) {
                t.counted = n->value;
                t.exact = n->exact;
            }
        }
        return t;
    }

    void row(const QString &what, const MemberFilter &filter, bool withCount = true)
    {
        const Timing t = time(filter, withCount);
        const QString count = withCount
            ? QStringLiteral("%1 | %2%3").arg(t.count, 0, 'f', 1).arg(t.exact ? QString() : QStringLiteral("> ")).arg(t.counted)
            : QStringLiteral("- | -");
        out(QStringLiteral("| %1 | %2 | %3 | %4 | %5 |")
                .arg(what)
                .arg(t.core, 0, 'f', 1)
                .arg(t.model, 0, 'f', 1)
                .arg(t.rows)
                .arg(count));
        m_worst = std::max({ m_worst, t.core, t.model });
    }

    // Types `text` one character at a time, a row per keystroke.
    void typing(const QString &label, const QString &text)
    {
        for (int i = 1; i <= text.size(); ++i) {
            MemberFilter f;
            f.search = text.left(i);
            row(QStringLiteral("%1 `%2`").arg(label, f.search), f, false);
        }
    }

    ui::members::MemberListModel &model() { return m_model; }
    double worst() const { return m_worst; }

private:
    MemberDirectory m_dir;
    core::auth::Actor m_actor;
    ui::members::MemberListModel m_model;
    double m_worst = 0;
};

QString text(core::storage::Database &db, const QString &sql)
{
    auto v = core::storage::scalar(db, sql);
    return v ? v->toString() : QString();
}

// What a member's page (ui/members/memberdialog) reads on the UI thread when it opens: the
// profile, consents, balance, the latest 500 ledger entries and visits, claims and reviews.
// Returns the milliseconds and how many rows the history tabs got.
std::pair<double, qint64> openMemberPage(core::storage::Database &db,
                                         const core::chain::ChainSettings &settings,
                                         qint64 personId)
{
    const auto owner = core::auth::Actor::localOwner();
    QElapsedTimer clock;
    clock.start();
    core::people::PersonService people(db, core::people::PhoneNormalizer(settings.region));
    qint64 rows = people.profile(owner, personId).ok() ? 1 : 0;
    rows += people.consents(personId)->size();
    core::wallet::WalletService wallet(db);
    (void)wallet.balance(owner, personId);
    rows += wallet.latestEntries(owner, personId, 500)->size();
    rows += core::visits::VisitService(db).listForPerson(owner, personId, 500)->size();
    rows += core::coupons::ClaimService(db).claimsOf(owner, personId)->size();
    core::reviews::ReviewFilter filter;
    filter.personId = personId;
    rows += core::reviews::ReviewService(db).list(owner, filter)->size();
    return { ms(clock), rows };
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_members DATABASE [--no-browse]\n");
        return 2;
    }
    const QString path = args.at(1);
    const bool browse = !args.contains(QStringLiteral("--no-browse"));

    QElapsedTimer clock;
    clock.start();
    core::storage::OpenOptions options;
    options.mode = core::storage::OpenOptions::Mode::OpenExisting;
    auto db = core::storage::Database::open(path, options);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message()));
        return 1;
    }
    const double openMs = ms(clock);
    auto settings = core::chain::ChainStore::load(**db);
    if (!settings) {
        std::fprintf(stderr, "%s\n", qPrintable(settings.error().message()));
        return 1;
    }
    clock.restart();
    auto again = (*db)->openAnother();
    const double reopenMs = ms(clock);
    again->reset();

    const QString people = text(**db, QStringLiteral("SELECT count(*) FROM people"));
    // A member from early in the list, to type their phone and name.
    const QString phone = text(**db, QStringLiteral("SELECT phone FROM people WHERE member_since IS NOT NULL"
                                                    " ORDER BY id LIMIT 1 OFFSET (SELECT min(4321, count(*) / 3)"
                                                    " FROM people WHERE member_since IS NOT NULL)"));
    const QString name = text(**db, QStringLiteral("SELECT name FROM people WHERE phone = '%1'").arg(phone));
    const QString code = text(**db, QStringLiteral("SELECT member_code FROM people WHERE phone = '%1'").arg(phone));
    const qint64 branch = text(**db, QStringLiteral("SELECT home_branch_id FROM people WHERE phone = '%1'").arg(phone)).toLongLong();
    const qint64 tier = text(**db, QStringLiteral("SELECT id FROM tiers ORDER BY rank DESC LIMIT 1")).toLongLong();
    const qint64 latest = text(**db, QStringLiteral("SELECT max(occurred_at) FROM visits")).toLongLong();

    out(QStringLiteral("Chain %1: %2 people. Open (first, may migrate): %3 ms; another connection: %4 ms.")
            .arg(path, people).arg(openMs, 0, 'f', 1).arg(reopenMs, 0, 'f', 1));
    out(QStringLiteral("Typed: phone %1 (national digits), name %2, member code %3.").arg(phone, name, code));
    out(QString());
    out(QStringLiteral("| What | core page ms | model first page ms | rows | count ms | count |"));
    out(QStringLiteral("| --- | ---: | ---: | ---: | ---: | ---: |"));

    Bench owner(**db, path, core::auth::Actor::localOwner(), *settings);
    owner.row(QStringLiteral("owner, whole list, first page (cold)"), MemberFilter());
    owner.row(QStringLiteral("owner, whole list, first page"), MemberFilter());
    const QString national = phone.mid(3); // +86…
    owner.typing(QStringLiteral("phone digit by digit"), national);
    owner.typing(QStringLiteral("last four"), national.right(4));
    owner.typing(QStringLiteral("name"), name);
    owner.row(QStringLiteral("name, 2 letters `zh`"), [] { MemberFilter f; f.search = QStringLiteral("zh"); return f; }());
    owner.row(QStringLiteral("member code (pasted)"), [&] { MemberFilter f; f.search = code; return f; }());
    owner.row(QStringLiteral("last four `8000` + count"), [] { MemberFilter f; f.search = QStringLiteral("8000"); return f; }());
    owner.row(QStringLiteral("phone `138` + count"), [] { MemberFilter f; f.search = QStringLiteral("138"); return f; }());
    owner.row(QStringLiteral("name `") + name.left(1) + QStringLiteral("` + count"), [&] { MemberFilter f; f.search = name.left(1); return f; }());
    const double keystrokeWorst = owner.worst();

    MemberFilter f;
    f.branchIds = { branch };
    owner.row(QStringLiteral("one branch"), f);
    f.branchIds = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
    owner.row(QStringLiteral("ten branches"), f);
    f = {};
    f.tierId = tier;
    owner.row(QStringLiteral("top tier"), f);
    f = {};
    f.standing = MemberFilter::Standing::Members;
    owner.row(QStringLiteral("members"), f);
    f.standing = MemberFilter::Standing::Guests;
    owner.row(QStringLiteral("guests"), f);
    f = {};
    f.lastVisitBefore = latest - 180 * 86400;
    owner.row(QStringLiteral("last visit before 6 months ago"), f);
    f = {};
    f.lastVisitSince = latest - 7 * 86400;
    owner.row(QStringLiteral("last visit in the last week"), f);
    f = {};
    f.balanceAbove = 100000;
    owner.row(QStringLiteral("balance above 1,000.00"), f);
    f.standing = MemberFilter::Standing::Members;
    f.tierId = tier;
    f.lastVisitSince = latest - 30 * 86400;
    owner.row(QStringLiteral("tier + balance + visited in 30 days"), f);

    const auto manager = core::auth::Actor::user(999999, QStringLiteral("bench-manager"),
                                                 core::auth::Role::Manager, branch);
    Bench mgr(**db, path, manager, *settings);
    mgr.row(QStringLiteral("manager, their branch, first page"), MemberFilter());
    mgr.typing(QStringLiteral("manager, phone"), national.left(6));
    mgr.row(QStringLiteral("manager, name `") + name.left(1) + QStringLiteral("`"), [&] { MemberFilter g; g.search = name.left(1); return g; }());
    out(QString());
    out(QStringLiteral("Slowest keystroke (core or model): %1 ms.").arg(keystrokeWorst, 0, 'f', 1));

    const qint64 typed = text(**db, QStringLiteral("SELECT id FROM people WHERE phone = '%1'").arg(phone)).toLongLong();
    const qint64 busiest = text(**db, QStringLiteral("SELECT person_id FROM visits WHERE person_id IS NOT NULL"
                                                     " GROUP BY person_id ORDER BY count(*) DESC LIMIT 1")).toLongLong();
    for (const auto &[what, id] : { std::pair { QStringLiteral("the member typed above"), typed },
                                    std::pair { QStringLiteral("the member with the most visits"), busiest } }) {
        const auto first = openMemberPage(**db, *settings, id);
        const auto second = openMemberPage(**db, *settings, id);
        out(QStringLiteral("Member page reads for %1 (%2 rows): %3 ms, again %4 ms.")
                .arg(what).arg(first.second).arg(first.first, 0, 'f', 1).arg(second.first, 0, 'f', 1));
    }

    if (!browse)
        return 0;
    // The whole list to its end through the model, as a view scrolled to the bottom would.
    out(QStringLiteral("Resident before browsing: %1 MB.").arg(statusKb("VmRSS") / 1024));
    auto &model = owner.model();
    clock.restart();
    model.setFilter(MemberFilter());
    owner.waitPage();
    int pages = 1;
    while (model.canFetchMore({})) {
        model.fetchMore({});
        if (!owner.waitPage())
            break;
        ++pages;
    }
    const double browseS = ms(clock) / 1000;
    out(QStringLiteral("Browsed to the end: %1 rows in %2 pages, %3 s; rows held %4 MB; resident %5 MB"
                       " (peak %6 MB).")
            .arg(model.rowCount())
            .arg(pages)
            .arg(browseS, 0, 'f', 1)
            .arg(double(model.storedBytes()) / 1048576.0, 0, 'f', 1)
            .arg(statusKb("VmRSS") / 1024)
            .arg(statusKb("VmHWM") / 1024));
    // Reading a row at the end, as the view does while drawing.
    clock.restart();
    QString last;
    for (int r = model.rowCount() - 50; r < model.rowCount(); ++r)
        for (int c = 0; c < model.columnCount(); ++c)
            last = model.data(model.index(r, c)).toString();
    out(QStringLiteral("Drawing 50 rows x %1 columns at the end: %2 ms.").arg(model.columnCount()).arg(ms(clock), 0, 'f', 2));
    return 0;
}
