#include "core/demo/demowriter.h"

#include "core/common/log.h"
#include "core/demo/democatalog.h"
#include "core/people/personservice.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace core::demo {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Demo)
};

enum Tag : quint64 {
    TagProfile = 101,
    TagPay,
    TagReview,
    TagAnonymous,
};

constexpr quint32 day = 86400;
constexpr quint32 topUpLead = 90; // a top-up happens at the counter just before the bill
// Visit keys held at once (16 bytes each) while a group of branches is written.
constexpr qint64 maxGroupEvents = 3 << 20;
// How often a member pays a bill from the wallet when the balance covers it.
constexpr int payPermille = 800;

const int ratingWeight[] = { 5, 5, 10, 25, 55 }; // ratings 1..5: reviews skew high

} // namespace

struct DemoWriter::Statements
{
    std::unique_ptr<storage::BulkStatement> person, consent, claim, visit, entry, redemption,
        review, wallet;
};

// One bill of a group of branches: sorted by branch and time, then person (0 for an anonymous
// bill) and the person's visit (or the anonymous bill's) index.
struct DemoWriter::Event
{
    quint64 key; // branch << 32 | time
    quint32 person;
    quint32 index;
    bool operator<(const Event &o) const
    {
        if (key != o.key)
            return key < o.key;
        return person != o.person ? person < o.person : index < o.index;
    }
};

DemoWriter::DemoWriter(storage::Database &db, storage::BulkInserter &bulk, const DemoPlan &plan,
                       Settings settings, std::function<bool(int)> progress)
    : m_db(db)
    , m_bulk(bulk)
    , m_plan(plan)
    , m_settings(std::move(settings))
    , m_progress(std::move(progress))
    , m_identity(plan.seed())
    , m_base(plan.calendar().base())
{
}

DemoWriter::~DemoWriter() = default;

Status DemoWriter::tick(int permille)
{
    if (m_cancelled)
        return Error(Error::Code::Conflict,
                     Tr::tr("The demo data was cancelled; nothing was written."));
    permille = std::clamp(permille, 0, 1000);
    // The callback runs when the figure changes, and at least every 100 ms so that a cancel is
    // seen soon even while the figure stands still.
    if (!m_progress || (permille == m_lastPermille && m_sinceProgress.isValid()
                        && m_sinceProgress.elapsed() < 100))
        return {};
    m_lastPermille = permille;
    m_sinceProgress.start();
    if (!m_progress(permille)) {
        m_cancelled = true;
        return tick(permille);
    }
    return {};
}

Status DemoWriter::write(DemoSummary &summary)
{
    m_summary = {};
    const auto steps = { &DemoWriter::prepareStatements, &DemoWriter::writeBranches,
                         &DemoWriter::writeTiers,        &DemoWriter::writeCoupons,
                         &DemoWriter::writePeople,       &DemoWriter::writeClaims,
                         &DemoWriter::writeVisits,       &DemoWriter::writeWallets };
    QElapsedTimer timer;
    timer.start();
    int n = 0;
    for (auto step : steps) {
        if (auto s = (this->*step)(); !s)
            return s;
        qCInfo(lcDemo) << "step" << n++ << "done at" << timer.elapsed() << "ms";
    }
    summary = m_summary;
    return {};
}

Status DemoWriter::prepareStatements()
{
    m_sql = std::make_unique<Statements>();
    const struct
    {
        std::unique_ptr<storage::BulkStatement> Statements::*target;
        const char *sql;
    } all[] = {
        { &Statements::person,
          "INSERT INTO people (id, phone, phone_last4, member_code, name, gender, birthday,"
          " home_branch_id, joined_at, member_since, tier_id) VALUES (?,?,?,?,?,?,?,?,?,?,?)" },
        { &Statements::consent,
          "INSERT INTO consents (person_id, channel, granted, changed_at, source)"
          " VALUES (?, 'sms', 1, ?, 'demo')" },
        { &Statements::claim,
          "INSERT INTO coupon_claims (id, coupon_id, person_id, claimed_at, branch_id, channel,"
          " claim_code, expires_at) VALUES (?,?,?,?,?,?,?,?)" },
        { &Statements::visit,
          "INSERT INTO visits (id, branch_id, person_id, occurred_at, amount, kind, source,"
          " receipt_no) VALUES (?,?,?,?,?, 'sale', 'demo', ?)" },
        { &Statements::entry,
          "INSERT INTO wallet_entries (id, person_id, branch_id, kind, principal, bonus,"
          " occurred_at, operator_id, operator, visit_id) VALUES (?,?,?,?,?,?,?,?,?,?)" },
        { &Statements::redemption,
          "INSERT INTO redemptions (id, claim_id, visit_id, branch_id, redeemed_at, discount)"
          " VALUES (?,?,?,?,?,?)" },
        { &Statements::review,
          "INSERT INTO reviews (id, visit_id, person_id, branch_id, rating, text, created_at,"
          " reply, replied_at) VALUES (?,?,?,?,?,?,?,?,?)" },
        { &Statements::wallet,
          "INSERT INTO wallets (person_id, principal, bonus, topped_up, updated_at)"
          " VALUES (?,?,?,?,?)" },
    };
    for (const auto &s : all) {
        auto prepared = m_bulk.prepare(QString::fromLatin1(s.sql));
        if (!prepared)
            return prepared.error();
        (*m_sql).*(s.target) = std::move(prepared).value();
    }
    return {};
}

Status DemoWriter::writeBranches()
{
    auto q = storage::prepare(m_db, QStringLiteral(
        "INSERT INTO branches (id, code, name, city, address, phone, latitude, longitude,"
        " timezone, active, created_at) VALUES (?,?,?,?,?,?,?,?,?,1,?)"));
    if (!q)
        return q.error();
    // Branches opened before the history starts.
    const qint64 opened = m_base - 90 * qint64(day);
    const auto &branches = m_plan.branches();
    for (size_t i = 0; i < branches.size(); ++i) {
        const BranchPlan &b = branches[i];
        if (auto s = storage::exec(*q, { qint64(i + 1), QString::fromUtf8(b.code),
                                         QString::fromUtf8(b.name),
                                         QString::fromUtf8(catalog::cities()[b.city].name),
                                         QString::fromUtf8(b.address), QString::fromUtf8(b.phone),
                                         b.latitudeE6 / 1e6, b.longitudeE6 / 1e6,
                                         QString::fromUtf8(m_settings.timezone), opened });
            !s)
            return s;
    }
    m_summary.branches = int(branches.size());
    m_receipts.assign(branches.size(), 0);
    m_receiptWidth = std::max(6, int(QByteArray::number(m_plan.visitCount()).size()));
    return tick(25);
}

Status DemoWriter::writeTiers()
{
    auto q = storage::prepare(m_db, QStringLiteral(
        "INSERT INTO tiers (id, rank, name, rule, threshold, discount_bp)"
        " VALUES (?, ?, ?, 'cumulative_topup', ?, ?)"));
    if (!q)
        return q.error();
    for (int t = 0; t < catalog::tierCount(); ++t) {
        const catalog::TierDef &def = catalog::tiers()[t];
        if (auto s = storage::exec(*q, { t + 1, t + 1, QString::fromUtf8(def.name), def.threshold,
                                         def.discountBp });
            !s)
            return s;
    }
    return {};
}

Status DemoWriter::writeCoupons()
{
    auto coupon = storage::prepare(m_db, QStringLiteral(
        "INSERT INTO coupons (id, code, name, kind, value, min_spend, valid_days,"
        " per_person_limit, active, created_at) VALUES (?,?,?,?,?,?,?,1,1,?)"));
    auto scope = storage::prepare(
        m_db, QStringLiteral("INSERT INTO coupon_branches (coupon_id, branch_id) VALUES (?, ?)"));
    if (!coupon)
        return coupon.error();
    if (!scope)
        return scope.error();
    const qint64 created = m_base - 30 * qint64(day);
    const auto &coupons = m_plan.coupons();
    for (size_t i = 0; i < coupons.size(); ++i) {
        const CouponPlan &c = coupons[i];
        const catalog::CouponDef &def = catalog::coupons()[c.def];
        if (auto s = storage::exec(*coupon, { qint64(i + 1), QString::fromUtf8(c.code),
                                              QString::fromUtf8(c.name), QLatin1String(def.kind),
                                              def.value, def.minSpend, def.validDays, created });
            !s)
            return s;
        for (int b : c.branches) {
            if (auto s = storage::exec(*scope, { qint64(i + 1), qint64(b + 1) }); !s)
                return s;
        }
    }
    m_summary.coupons = qint64(coupons.size());
    return tick(30);
}

Status DemoWriter::writePeople()
{
    const auto &people = m_plan.people();
    storage::BulkStatement &person = *m_sql->person;
    storage::BulkStatement &consent = *m_sql->consent;
    char phone[16], code[24], name[32], birthday[16];
    for (size_t i = 0; i < people.size(); ++i) {
        const PersonPlan &p = people[i];
        const quint32 id = quint32(i + 1);
        Random random(keyOf(m_plan.seed(), TagProfile, id));
        const quint32 g = random.below(100);
        const bool female = g < 48;
        m_identity.phone(id, phone);
        person.bindInt(0, id);
        person.bindText(1, phone, 14);
        person.bindText(2, phone + 10, 4);
        person.bindText(3, code, people::PersonService::writeMemberCode(qint64(id), code));
        person.bindText(4, name, DemoIdentity::name(random, female, name));
        if (g < 90)
            person.bindText(5, female ? "female" : "male", female ? 6 : 4);
        else
            person.bindText(5, "", 0);
        if (random.chance(450)) {
            std::snprintf(birthday, sizeof birthday, "%04d-%02d-%02d", int(random.between(1960, 2006)),
                          int(random.between(1, 12)), int(random.between(1, 28)));
            person.bindText(6, birthday, 10);
        } else {
            person.bindNull(6);
        }
        person.bindInt(7, p.home + 1);
        person.bindInt(8, absolute(p.joined));
        if (p.topUpVisit != NoVisit) {
            person.bindInt(9, absolute(m_plan.visitTime(id, p.topUpVisit) - topUpLead));
            ++m_summary.members;
        } else {
            person.bindNull(9);
        }
        person.bindOptional(10, p.tier);
        if (auto s = person.step(); !s)
            return s;
        if (p.smsConsent) {
            consent.bindInt(0, id);
            consent.bindInt(1, absolute(p.joined));
            if (auto s = consent.step(); !s)
                return s;
        }
        if ((i & 0x3FFF) == 0) {
            if (auto s = tick(30 + int(90 * i / people.size())); !s)
                return s;
        }
    }
    m_summary.people = qint64(people.size());
    return {};
}

Status DemoWriter::writeClaims()
{
    storage::BulkStatement &claim = *m_sql->claim;
    const auto &claims = m_plan.claims();
    char code[16];
    for (size_t i = 0; i < claims.size(); ++i) {
        const ClaimPlan &c = claims[i];
        const quint64 id = i + 1;
        claim.bindInt(0, qint64(id));
        claim.bindInt(1, c.coupon + 1);
        claim.bindInt(2, c.person);
        claim.bindInt(3, absolute(c.at));
        if (c.branch == 0xFFFF)
            claim.bindNull(4);
        else
            claim.bindInt(4, c.branch + 1);
        const char *channel = c.channel == 0xFF ? catalog::memberChannel()
                                                : catalog::guestChannels()[c.channel];
        claim.bindText(5, channel, int(std::strlen(channel)));
        m_identity.claimCode(id, code);
        claim.bindText(6, code, 10);
        claim.bindInt(7, absolute(c.expires));
        if (auto s = claim.step(); !s)
            return s;
    }
    m_summary.claims = qint64(claims.size());
    return tick(140);
}

// Visits branch by branch, each branch's in time order. Branches are taken in groups small
// enough for one group's visit keys to sit in memory; each group re-derives every person's
// visits (a pure function of the plan) and keeps those at its branches.
Status DemoWriter::writeVisits()
{
    const auto &people = m_plan.people();
    m_memberVisitOffset.assign(people.size(), 0);
    quint64 memberVisits = 0;
    for (size_t i = 0; i < people.size(); ++i) {
        m_memberVisitOffset[i] = quint32(memberVisits);
        if (people[i].topUpVisit != NoVisit)
            memberVisits += people[i].visits - people[i].topUpVisit;
    }
    m_memberVisitIds.assign(size_t(memberVisits), 0);

    // Groups by the branches' expected share of the visits.
    const auto &branches = m_plan.branches();
    qint64 weightSum = 0;
    for (const BranchPlan &b : branches)
        weightSum += b.weight;
    const qint64 groups = std::max<qint64>(1, (m_plan.visitCount() + maxGroupEvents - 1) / maxGroupEvents);
    std::vector<Event> events;
    int first = 0;
    qint64 cumulative = 0;
    for (int b = 0; b < int(branches.size()); ++b) {
        cumulative += branches[size_t(b)].weight;
        const bool last = b + 1 == int(branches.size());
        if (!last && cumulative * groups < weightSum * (m_groupsDone + 1))
            continue;
        if (auto s = writeVisitGroup(first, b + 1, events); !s)
            return s;
        ++m_groupsDone;
        first = b + 1;
    }
    if (m_visitId != m_plan.visitCount())
        return Error(Error::Code::Storage,
                     Tr::tr("The demo planned %1 visits but wrote %2.").arg(m_plan.visitCount()).arg(m_visitId));
    m_summary.visits = m_visitId;
    return {};
}

Status DemoWriter::writeVisitGroup(int firstBranch, int endBranch, std::vector<Event> &events)
{
    const DemoCalendar &calendar = m_plan.calendar();
    const auto &people = m_plan.people();
    const auto inGroup = [=](int branch) { return branch >= firstBranch && branch < endBranch; };
    events.clear();
    for (size_t i = 0; i < people.size(); ++i) {
        const quint32 id = quint32(i + 1);
        for (quint32 k = 0; k < people[i].visits; ++k) {
            const int branch = m_plan.visitBranch(id, k);
            if (inGroup(branch))
                events.push_back({ (quint64(branch) << 32) | m_plan.visitTime(id, k), id, k });
        }
        if ((i & 0xFFFF) == 0) {
            if (auto s = tick(m_lastPermille); !s)
                return s;
        }
    }
    quint64 anonymous = 0;
    for (int d = 0; d < calendar.days(); ++d) {
        for (quint32 n = 0; n < m_plan.anonymousPerDay()[size_t(d)]; ++n, ++anonymous) {
            Random random(keyOf(m_plan.seed(), TagAnonymous, anonymous));
            const int branch = m_plan.anonymousBranch(random);
            if (inGroup(branch))
                events.push_back({ (quint64(branch) << 32) | calendar.timeOn(random, d), 0, quint32(anonymous) });
        }
    }
    std::sort(events.begin(), events.end());
    for (const Event &e : events) {
        const int branch = int(e.key >> 32);
        const quint32 at = quint32(e.key & 0xFFFFFFFFu);
        if (auto s = e.person ? emitVisit(e.person, e.index, at, branch)
                              : emitAnonymous(e.index, at, branch);
            !s)
            return s;
        if ((++m_written & 0x3FFF) == 0) {
            if (auto s = tick(140 + int(610 * m_written / m_plan.visitCount())); !s)
                return s;
        }
    }
    return {};
}

Status DemoWriter::insertVisit(int branch, quint32 person, quint32 at, qint64 amount)
{
    storage::BulkStatement &visit = *m_sql->visit;
    char receipt[24];
    const quint32 number = ++m_receipts[size_t(branch)];
    const int width = std::max(m_receiptWidth, int(QByteArray::number(number).size()));
    for (int i = width - 1, n = int(number); i >= 0; --i, n /= 10)
        receipt[i] = char('0' + n % 10);
    visit.bindInt(0, ++m_visitId);
    visit.bindInt(1, branch + 1);
    visit.bindOptional(2, person);
    visit.bindInt(3, absolute(at));
    visit.bindInt(4, amount);
    visit.bindText(5, receipt, width);
    return visit.step();
}

Status DemoWriter::emitAnonymous(quint64 index, quint32 at, int branch)
{
    return insertVisit(branch, 0, at, m_plan.anonymousBill(index));
}

qint64 DemoWriter::paid(quint32 person, quint32 visit, qint64 *discount) const
{
    const PersonPlan &p = m_plan.people()[person - 1];
    qint64 bill = m_plan.bill(person, visit);
    qint64 off = 0;
    if (visit == p.claimVisit) {
        const catalog::CouponDef &def = catalog::coupons()[m_plan.coupons()[p.coupon].def];
        bill = std::max(bill, def.minSpend + 800);
        off = qstrcmp(def.kind, "percent") == 0 ? bill * def.value / 100 : std::min(bill, def.value);
    }
    if (discount)
        *discount = off;
    return bill - off;
}

Status DemoWriter::emitVisit(quint32 person, quint32 visit, quint32 at, int branch)
{
    const PersonPlan &p = m_plan.people()[person - 1];
    qint64 discount = 0;
    const qint64 amount = paid(person, visit, &discount);
    if (auto s = insertVisit(branch, person, at, amount); !s)
        return s;
    if (p.topUpVisit != NoVisit && visit >= p.topUpVisit)
        m_memberVisitIds[m_memberVisitOffset[person - 1] + (visit - p.topUpVisit)] = quint32(m_visitId);
    const bool redeems = visit == p.claimVisit;
    if (redeems) {
        storage::BulkStatement &r = *m_sql->redemption;
        r.bindInt(0, ++m_redemptionId);
        r.bindInt(1, p.claimId);
        r.bindInt(2, m_visitId);
        r.bindInt(3, branch + 1);
        r.bindInt(4, absolute(at));
        r.bindInt(5, discount);
        if (auto s = r.step(); !s)
            return s;
        ++m_summary.redemptions;
    }
    return maybeReview(person, visit, at, branch, redeems);
}

// Each member's ledger in time order: the planned top-ups happen when the balance runs short
// (the first at the membership visit, the last ones forced before the member's visits run out),
// and most bills the balance covers are paid from it, bonus first (the wallet's spend order).
Status DemoWriter::writeWallet(quint32 person)
{
    const PersonPlan &p = m_plan.people()[person - 1];
    qint64 principal = 0;
    qint64 bonus = 0;
    quint32 last = 0;
    quint32 done = 0;
    for (quint32 visit = p.topUpVisit; visit < p.visits; ++visit) {
        const quint32 at = m_plan.visitTime(person, visit);
        const int branch = m_plan.visitBranch(person, visit);
        const qint64 amount = paid(person, visit);
        const quint32 remaining = p.topUps - done;
        if (remaining > 0
            && (visit == p.topUpVisit || principal + bonus < amount || p.visits - visit <= remaining)) {
            const catalog::TopUpDef &t = catalog::topUps()[m_plan.topUpChoice(person, int(done))];
            last = at - topUpLead;
            if (auto s = insertEntry(person, branch, "topup", t.amount, 0, last, 0); !s)
                return s;
            if (t.bonus > 0) {
                if (auto s = insertEntry(person, branch, "bonus", 0, t.bonus, last, 0); !s)
                    return s;
            }
            principal += t.amount;
            bonus += t.bonus;
            ++done;
        }
        Random random(keyOf(m_plan.seed(), TagPay, person, visit));
        if (amount <= 0 || principal + bonus < amount || !random.chance(payPermille))
            continue;
        const qint64 fromBonus = std::min(bonus, amount);
        const qint64 visitId = m_memberVisitIds[m_memberVisitOffset[person - 1] + (visit - p.topUpVisit)];
        if (auto s = insertEntry(person, branch, "spend", fromBonus - amount, -fromBonus, at, visitId); !s)
            return s;
        bonus -= fromBonus;
        principal -= amount - fromBonus;
        last = at;
    }
    if (done != p.topUps || principal + bonus < 0)
        return Error(Error::Code::Storage,
                     Tr::tr("The demo planned %1 top-ups for person %2 but made %3.")
                         .arg(p.topUps)
                         .arg(person)
                         .arg(done));
    storage::BulkStatement &wallet = *m_sql->wallet;
    wallet.bindInt(0, person);
    wallet.bindInt(1, principal);
    wallet.bindInt(2, bonus);
    wallet.bindInt(3, p.toppedUp);
    wallet.bindInt(4, absolute(last));
    return wallet.step();
}

Status DemoWriter::insertEntry(quint32 person, int branch, const char *kind, qint64 principal,
                               qint64 bonus, quint32 at, qint64 visitId)
{
    storage::BulkStatement &e = *m_sql->entry;
    e.bindInt(0, ++m_entryId);
    e.bindInt(1, person);
    e.bindInt(2, branch + 1);
    e.bindText(3, kind, int(std::strlen(kind)));
    e.bindInt(4, principal);
    e.bindInt(5, bonus);
    e.bindInt(6, absolute(at));
    e.bindOptional(7, m_settings.operatorId);
    e.bindText(8, m_settings.operatorName.constData(), int(m_settings.operatorName.size()));
    e.bindOptional(9, visitId);
    ++m_summary.walletEntries;
    return e.step();
}

// Only the person of a visit reviews it, at its branch, within the review window and never
// after the end of the history.
Status DemoWriter::maybeReview(quint32 person, quint32 visit, quint32 at, int branch, bool redeemed)
{
    const PersonPlan &p = m_plan.people()[person - 1];
    Random random(keyOf(m_plan.seed(), TagReview, person, visit));
    const bool member = p.topUpVisit != NoVisit && visit >= p.topUpVisit;
    if (!random.chance(redeemed ? 60 : member ? 30 : 20))
        return {};
    const quint32 window = quint32(std::min(7, m_settings.reviewDays)) * day - 60;
    const quint32 latest = std::min(window, m_plan.calendar().end() - 1 - at);
    if (latest <= 600)
        return {};
    // Most reviews come soon after the meal.
    const quint32 delay = 600 + std::min(random.below(latest - 600), random.below(latest - 600));
    const int rating = 1 + random.pick(ratingWeight, 5, 100);
    storage::BulkStatement &r = *m_sql->review;
    r.bindInt(0, ++m_reviewId);
    r.bindInt(1, m_visitId);
    r.bindInt(2, person);
    r.bindInt(3, branch + 1);
    r.bindInt(4, rating);
    int count = 0;
    const char *const *texts = catalog::reviewTexts(rating, &count);
    const char *text = random.chance(700) ? texts[random.below(quint32(count))] : "";
    r.bindText(5, text, int(std::strlen(text)));
    const quint32 created = at + delay;
    r.bindInt(6, absolute(created));
    const quint32 repliedAt = std::min(created + 3600 + random.below(2 * day), m_plan.calendar().end() - 1);
    if (random.chance(rating <= 3 ? 700 : 300) && repliedAt > created) {
        const char *const *answers = catalog::replies(rating >= 4, &count);
        const char *reply = answers[random.below(quint32(count))];
        r.bindText(7, reply, int(std::strlen(reply)));
        r.bindInt(8, absolute(repliedAt));
    } else {
        r.bindNull(7);
        r.bindNull(8);
    }
    ++m_summary.reviews;
    return r.step();
}

Status DemoWriter::writeWallets()
{
    const auto &people = m_plan.people();
    for (size_t i = 0; i < people.size(); ++i) {
        if (people[i].topUpVisit != NoVisit) {
            if (auto s = writeWallet(quint32(i + 1)); !s)
                return s;
        }
        if ((i & 0x3FFF) == 0) {
            if (auto s = tick(750 + int(170 * i / people.size())); !s)
                return s;
        }
    }
    m_memberVisitIds = {};
    m_memberVisitOffset = {};
    return {};
}

} // namespace core::demo
