#include "core/demo/demoplan.h"

#include "core/demo/democatalog.h"
#include "core/demo/demogenerator.h"

#include <algorithm>

namespace core::demo {

namespace {

// What a stateless key decides; each decision draws from its own stream.
enum Tag : quint64 {
    TagBranches = 1,
    TagCoupons,
    TagSlot,
    TagWeight,
    TagPerson,
    TagVisit,
    TagBranch,
    TagBill,
    TagTopUp,
    TagAnonymous,
};

constexpr quint32 day = 86400;

// Heavy-tailed visit frequency: most people come a few times, a few come every week.
const int memberCategory[] = { 1, 2, 4, 8, 16, 32, 64 };
const int memberCategoryWeight[] = { 30, 22, 18, 14, 9, 5, 2 };
const int guestCategory[] = { 1, 2, 4, 8 };
const int guestCategoryWeight[] = { 60, 25, 12, 3 };

// Spending levels: price per head in minor units, and how common each level is.
const qint64 pricePerHead[] = { 4500, 6800, 9200, 13800 };
const int levelWeight[] = { 25, 40, 25, 10 };
const int partyWeight[] = { 18, 34, 18, 16, 8, 6 }; // 1..6 people

template<typename T, size_t N>
int sumOf(const T (&weights)[N])
{
    int total = 0;
    for (T w : weights)
        total += int(w);
    return total;
}

QByteArray shortDistrict(const QByteArray &district)
{
    for (const char *suffix : { "新区", "区" }) {
        if (district.endsWith(suffix))
            return district.left(district.size() - int(qstrlen(suffix)));
    }
    return district;
}

QByteArray digits(quint64 value, int width)
{
    return QByteArray::number(value).rightJustified(width, '0');
}

} // namespace

struct DemoPlan::Counts
{
    qint64 members = 0, converted = 0, returning = 0, redeemOnce = 0, claimOnly = 0, guests = 0;
    qint64 anonymous = 0, memberExtra = 0, guestExtra = 0;
    qint64 people() const { return members + converted + returning + redeemOnce + claimOnly + guests; }
};

DemoPlan::DemoPlan(const DemoOptions &options, const DemoCalendar &calendar)
    : m_calendar(calendar)
    , m_seed(options.seed)
    , m_branchCount(options.branches)
    , m_members(options.members)
    , m_visits(options.visits)
{
}

void DemoPlan::build()
{
    planBranches();
    planCoupons();
    const Counts counts = planCounts();
    planStarts(counts);
    planVisits(counts);
    planAnonymous(counts.anonymous);
    // Claims get their ids in time order; each person holds at most one.
    std::sort(m_claims.begin(), m_claims.end(), [](const ClaimPlan &a, const ClaimPlan &b) {
        return a.at != b.at ? a.at < b.at : a.person < b.person;
    });
    for (size_t i = 0; i < m_claims.size(); ++i)
        m_people[m_claims[i].person - 1].claimId = quint32(i + 1);
}

void DemoPlan::planBranches()
{
    Random random(keyOf(m_seed, TagBranches));
    const catalog::City *cities = catalog::cities();
    const int cityCount = catalog::cityCount();
    int cityWeightSum = 0;
    std::vector<int> cityWeights;
    for (int c = 0; c < cityCount; ++c) {
        cityWeights.push_back(cities[c].weight);
        cityWeightSum += cities[c].weight;
    }
    m_branchesByCity.assign(size_t(cityCount), {});
    const int codeWidth = std::max(3, int(QByteArray::number(m_branchCount).size()));
    for (int i = 0; i < m_branchCount; ++i) {
        // The first branches open one per city, so even a small chain spans several cities.
        const int c = i < cityCount ? i : random.pick(cityWeights.data(), cityCount, quint32(cityWeightSum));
        const catalog::City &city = cities[c];
        const int inCity = int(m_branchesByCity[size_t(c)].size());
        const QByteArray district(city.districts[inCity % city.districtCount]);
        const int round = inCity / city.districtCount + 1;
        BranchPlan b;
        b.code = "B" + digits(quint64(i + 1), codeWidth);
        b.name = QByteArray(city.name) + ' ' + shortDistrict(district);
        if (round > 1)
            b.name += catalog::ordinal(round) ? QByteArray(catalog::ordinal(round)) : QByteArray::number(round);
        b.name += "店";
        b.address = district + catalog::streets()[random.below(quint32(catalog::streetCount()))]
            + QByteArray::number(random.between(1, 999)) + "号";
        const bool longArea = qstrlen(city.areaCode) == 4;
        b.phone = QByteArray(city.areaCode) + '-' + QByteArray::number(random.between(2, 8))
            + digits(random.below(longArea ? 1000000 : 10000000), longArea ? 6 : 7);
        b.city = c;
        b.weight = 50 + int(random.below(101));
        b.latitudeE6 = city.latitudeE4 * 100 + int(random.below(240001)) - 120000;
        b.longitudeE6 = city.longitudeE4 * 100 + int(random.below(240001)) - 120000;
        m_branchesByCity[size_t(c)].push_back(i);
        m_branchWeights.push_back(b.weight);
        m_branchWeightSum += b.weight;
        m_branches.push_back(std::move(b));
    }
}

void DemoPlan::planCoupons()
{
    // Scoped coupons for the cities with most branches and for the first branches.
    std::vector<int> bigCities;
    for (int c = 0; c < int(m_branchesByCity.size()); ++c) {
        if (m_branchesByCity[size_t(c)].size() >= 2)
            bigCities.push_back(c);
    }
    std::stable_sort(bigCities.begin(), bigCities.end(), [this](int a, int b) {
        return m_branchesByCity[size_t(a)].size() > m_branchesByCity[size_t(b)].size();
    });
    bigCities.resize(std::min<size_t>(bigCities.size(), 3));
    m_cityCoupon.assign(m_branchesByCity.size(), -1);
    m_branchCoupon.assign(m_branches.size(), -1);
    const catalog::CouponDef *defs = catalog::coupons();
    for (int d = 0; d < catalog::couponCount(); ++d) {
        const catalog::CouponDef &def = defs[d];
        switch (def.scope) {
        case catalog::Scope::Chain: {
            CouponPlan c;
            c.def = d;
            c.code = def.code;
            c.name = def.name;
            m_coupons.push_back(std::move(c));
            break;
        }
        case catalog::Scope::City:
            for (int city : bigCities) {
                CouponPlan c;
                c.def = d;
                c.scopeIndex = city;
                c.code = QByteArray(def.code).replace("%1", QByteArray::number(city + 1));
                c.name = QByteArray(def.name).replace("%1", catalog::cities()[city].name);
                c.branches = m_branchesByCity[size_t(city)];
                m_cityCoupon[size_t(city)] = int(m_coupons.size());
                m_coupons.push_back(std::move(c));
            }
            break;
        case catalog::Scope::Branch:
            for (int b = 0; b < std::min(3, m_branchCount); ++b) {
                CouponPlan c;
                c.def = d;
                c.scopeIndex = b;
                c.code = QByteArray(def.code).replace("%1", m_branches[size_t(b)].code);
                c.name = QByteArray(def.name).replace("%1", m_branches[size_t(b)].name);
                c.branches = { b };
                m_branchCoupon[size_t(b)] = int(m_coupons.size());
                m_coupons.push_back(std::move(c));
            }
            break;
        }
    }
}

// How many people of each kind, and how the visits are shared between them. Every member and
// every visiting guest has at least one visit; what is left goes to anonymous bills, to guests
// who come back and (most of it) to members.
DemoPlan::Counts DemoPlan::planCounts() const
{
    Counts c;
    c.converted = m_members * 4 / 100;
    c.members = m_members - c.converted;
    const qint64 claimers = m_members * 30 / 100;
    c.returning = claimers * 10 / 100;
    c.redeemOnce = claimers * 35 / 100;
    c.guests = m_members * 10 / 100;
    const qint64 available = m_visits - m_members;
    const qint64 needed = 2 * c.returning + c.redeemOnce + c.guests;
    if (needed > available) {
        c.returning = c.returning * available / needed;
        c.redeemOnce = c.redeemOnce * available / needed;
        c.guests = c.guests * available / needed;
    }
    c.claimOnly = claimers - c.returning - c.redeemOnce;
    const qint64 extra = available - (2 * c.returning + c.redeemOnce + c.guests);
    c.anonymous = extra * 22 / 100;
    c.guestExtra = c.returning + c.guests > 0 ? extra * 3 / 100 : 0;
    c.memberExtra = extra - c.anonymous - c.guestExtra;
    return c;
}

int DemoPlan::pickJoinDay(Random &random, int lastDay) const
{
    // The chain grows: people join more often towards the end of the history.
    const int days = m_calendar.days();
    const quint32 limit = quint32(m_calendar.maxWeight()) * 140;
    int d = 0;
    for (int attempt = 0; attempt < 8; ++attempt) {
        d = int(random.below(quint32(lastDay + 1)));
        const int w = m_calendar.weight(d) * (60 + 80 * d / days);
        if (random.below(limit) < quint32(w))
            break;
    }
    return d;
}

int DemoPlan::pickHome(Random &random) const
{
    return random.pick(m_branchWeights.data(), m_branchCount, quint32(m_branchWeightSum));
}

void DemoPlan::planStarts(const Counts &c)
{
    const qint64 total = c.people();
    m_people.resize(size_t(total));
    const int lastDay = m_calendar.days() - 1;
    // Visiting claimers claim early enough for their coupon's visit to fit in the history.
    const int lastVisitingClaimDay = std::max(0, lastDay - 16);
    const qint64 ends[] = { c.members, c.converted, c.returning, c.redeemOnce, c.claimOnly, c.guests };
    qint64 slot = 0;
    for (int group = 0; group < 6; ++group) {
        for (qint64 i = 0; i < ends[group]; ++i, ++slot) {
            PersonPlan &p = m_people[size_t(slot)];
            Random random(keyOf(m_seed, TagSlot, quint64(slot)));
            switch (group) {
            case 0:
            case 5: {
                p.kind = group == 0 ? PersonKind::Member : PersonKind::Guest;
                p.first = m_calendar.timeOn(random, pickJoinDay(random, lastDay));
                // A member registers and tops up at the counter just before paying.
                p.joined = group == 0 ? p.first - 90 : p.first;
                p.visits = 1;
                break;
            }
            default: {
                p.kind = group == 1 ? PersonKind::Converted : PersonKind::CouponOnly;
                p.visits = group == 2 ? 2 : group == 4 ? 0 : 1;
                const int last = p.visits > 0 ? lastVisitingClaimDay : lastDay;
                p.joined = m_calendar.timeOn(random, pickJoinDay(random, last), true);
                break;
            }
            }
            p.claimId = quint32(slot); // the tie-break for the sort below
        }
    }
    // Person ids follow the time people joined, as in a real chain.
    std::sort(m_people.begin(), m_people.end(), [](const PersonPlan &a, const PersonPlan &b) {
        return a.joined != b.joined ? a.joined < b.joined : a.claimId < b.claimId;
    });
    for (PersonPlan &p : m_people)
        p.claimId = 0;
}

void DemoPlan::planVisits(const Counts &c)
{
    const int days = m_calendar.days();
    const auto weightOf = [&](quint32 id, const PersonPlan &p) -> quint64 {
        const bool member = p.kind == PersonKind::Member || p.kind == PersonKind::Converted;
        const bool guest = p.kind == PersonKind::Guest
            || (p.kind == PersonKind::CouponOnly && p.visits >= 2);
        if (!member && !guest)
            return 0;
        Random random(keyOf(m_seed, TagWeight, id));
        const int category = member
            ? memberCategory[random.pick(memberCategoryWeight, 7, quint32(sumOf(memberCategoryWeight)))]
            : guestCategory[random.pick(guestCategoryWeight, 4, quint32(sumOf(guestCategoryWeight)))];
        // Longer tenure, more visits.
        const int tenure = days - m_calendar.dayOf(p.joined) + 7;
        return quint64(category) * quint64(tenure);
    };
    quint64 memberWeights = 0;
    quint64 guestWeights = 0;
    for (size_t i = 0; i < m_people.size(); ++i) {
        const PersonPlan &p = m_people[i];
        const quint64 w = weightOf(quint32(i + 1), p);
        (p.kind == PersonKind::Member || p.kind == PersonKind::Converted ? memberWeights : guestWeights) += w;
    }
    ExactSplitter memberSplit(quint64(c.memberExtra), memberWeights);
    ExactSplitter guestSplit(quint64(c.guestExtra), guestWeights);
    const quint32 end = m_calendar.end();
    for (size_t i = 0; i < m_people.size(); ++i) {
        PersonPlan &p = m_people[i];
        const quint32 id = quint32(i + 1);
        const bool member = p.kind == PersonKind::Member || p.kind == PersonKind::Converted;
        p.visits += quint32((member ? memberSplit : guestSplit).take(weightOf(id, p)));
        Random random(keyOf(m_seed, TagPerson, id));
        p.home = quint16(pickHome(random));
        p.level = quint8(random.pick(levelWeight, 4, quint32(sumOf(levelWeight))));
        const int consent[] = { 850, 850, 350, 200 };
        p.smsConsent = random.chance(consent[int(p.kind)]);
        if (p.kind == PersonKind::Converted || p.kind == PersonKind::CouponOnly)
            planClaim(id, random);
        if (p.visits >= 2) {
            const quint32 gapDays = 3 + random.below(30);
            p.from = p.first + std::min<quint32>(3600, (end - p.first) / 2);
            const quint64 length = quint64(p.visits - 1) * gapDays * day;
            p.spanEnd = quint32(std::min<quint64>(end, p.from + length));
            if (p.spanEnd - p.from < p.visits)
                p.spanEnd = end;
        }
        if (p.kind == PersonKind::Member)
            p.topUpVisit = 0;
        else if (p.kind == PersonKind::Converted)
            p.topUpVisit = p.visits >= 2 && random.chance(650) ? 1 + random.below(std::min<quint32>(p.visits - 1, 3)) : 0;
        if (p.topUpVisit != NoVisit)
            planMoney(id);
        if (p.kind == PersonKind::Member && p.visits >= 2 && random.chance(80))
            planClaim(id, random);
    }
}

// A claimer's coupon and first visit, or a member's later claim before one of their visits.
void DemoPlan::planClaim(quint32 id, Random &random)
{
    PersonPlan &p = m_people[id - 1];
    const catalog::CouponDef *defs = catalog::coupons();
    ClaimPlan claim;
    claim.person = id;
    if (p.kind == PersonKind::Member) {
        std::vector<int> memberCoupons;
        for (int i = 0; i < int(m_coupons.size()); ++i) {
            if (defs[m_coupons[size_t(i)].def].audience == catalog::Audience::Member)
                memberCoupons.push_back(i);
        }
        if (memberCoupons.empty())
            return;
        claim.coupon = quint16(memberCoupons[random.below(quint32(memberCoupons.size()))]);
        const quint32 visit = 1 + random.below(p.visits - 1);
        const quint32 at = visitTime(id, visit);
        const quint32 before = at - visitTime(id, visit - 1);
        const quint32 lead = std::min<quint32>(2 * day, before / 2);
        claim.at = at - (lead > 600 ? 600 + random.below(lead - 600) : lead);
        claim.channel = 0xFF;
        if (random.chance(650))
            p.claimVisit = visit;
    } else {
        claim.coupon = quint16(pickGuestCoupon(random, p.home));
        claim.at = p.joined;
        claim.branch = p.home;
        claim.channel = quint8(random.below(quint32(catalog::guestChannelCount())));
        const int validDays = defs[m_coupons[claim.coupon].def].validDays;
        if (p.visits > 0) {
            // The coupon brings them in: the same day, or within the next days of its validity.
            const quint32 expires = p.joined + quint32(validDays) * day;
            if (random.chance(400)) {
                p.first = p.joined + 3600 + random.below(4 * 3600);
            } else {
                const int claimDay = m_calendar.dayOf(p.joined);
                const int offset = 1 + int(random.below(quint32(std::min(10, validDays - 1))));
                p.first = m_calendar.timeOn(random, std::min(claimDay + offset, m_calendar.days() - 1));
            }
            p.first = std::min({ p.first, expires - 60, m_calendar.end() - 1 });
            if (p.first <= p.joined)
                p.first = p.joined + 1;
            if (p.kind == PersonKind::CouponOnly || random.chance(750))
                p.claimVisit = 0;
        }
    }
    claim.expires = claim.at + quint32(defs[m_coupons[claim.coupon].def].validDays) * day;
    p.coupon = quint8(claim.coupon);
    m_claims.push_back(claim);
}

int DemoPlan::pickGuestCoupon(Random &random, int home) const
{
    const int city = m_branches[size_t(home)].city;
    const quint32 r = random.below(100);
    if (r < 15 && m_branchCoupon[size_t(home)] >= 0)
        return m_branchCoupon[size_t(home)];
    if (r < 60 && m_cityCoupon[size_t(city)] >= 0)
        return m_cityCoupon[size_t(city)];
    std::vector<int> chainWide;
    const catalog::CouponDef *defs = catalog::coupons();
    for (int i = 0; i < int(m_coupons.size()); ++i) {
        const catalog::CouponDef &d = defs[m_coupons[size_t(i)].def];
        if (d.scope == catalog::Scope::Chain && d.audience == catalog::Audience::Guest)
            chainWide.push_back(i);
    }
    return chainWide[random.below(quint32(chainWide.size()))];
}

// The top-ups a member will make: enough to cover most of their bills, at least one.
void DemoPlan::planMoney(quint32 id)
{
    PersonPlan &p = m_people[id - 1];
    const qint64 averageBill = pricePerHead[p.level] * 26 / 10;
    const qint64 expected = qint64(p.visits - p.topUpVisit) * averageBill * 85 / 100;
    const quint32 maxCount = std::min<quint32>(p.visits - p.topUpVisit, 60);
    qint64 sum = 0;
    quint32 count = 0;
    do {
        sum += catalog::topUps()[topUpChoice(id, int(count))].amount;
        ++count;
    } while (sum < expected && count < maxCount);
    p.topUps = quint8(count);
    p.toppedUp = quint32(sum);
    for (int t = catalog::tierCount() - 1; t >= 0; --t) {
        if (sum >= catalog::tiers()[t].threshold) {
            p.tier = quint8(t + 1);
            break;
        }
    }
}

int DemoPlan::topUpChoice(quint32 person, int index) const
{
    int weights[8] = {};
    int total = 0;
    const int count = std::min(8, catalog::topUpCount());
    for (int i = 0; i < count; ++i)
        total += (weights[i] = catalog::topUps()[i].weight);
    Random random(keyOf(m_seed, TagTopUp, person, quint64(index)));
    return random.pick(weights, count, quint32(total));
}

void DemoPlan::planAnonymous(qint64 total)
{
    const int days = m_calendar.days();
    quint64 weightSum = 0;
    const auto weightOf = [&](int d) {
        return quint64(m_calendar.weight(d)) * quint64(80 + 40 * d / days);
    };
    for (int d = 0; d < days; ++d)
        weightSum += weightOf(d);
    ExactSplitter split(quint64(total), weightSum);
    m_anonymousPerDay.resize(size_t(days));
    for (int d = 0; d < days; ++d)
        m_anonymousPerDay[size_t(d)] = quint32(split.take(weightOf(d)));
}

quint32 DemoPlan::visitTime(quint32 person, quint32 visit) const
{
    const PersonPlan &p = m_people[person - 1];
    if (visit == 0)
        return p.first;
    const quint64 width = p.spanEnd - p.from;
    const quint32 strata = p.visits - 1;
    const quint32 lo = p.from + quint32(width * (visit - 1) / strata);
    const quint32 hi = std::max(lo + 1, p.from + quint32(width * visit / strata));
    Random random(keyOf(m_seed, TagVisit, person, visit));
    return m_calendar.visitTimeBetween(random, lo, hi);
}

int DemoPlan::visitBranch(quint32 person, quint32 visit) const
{
    const PersonPlan &p = m_people[person - 1];
    if (visit == 0 || (visit == p.claimVisit && !m_coupons[p.coupon].branches.empty()))
        return p.home;
    Random random(keyOf(m_seed, TagBranch, person, visit));
    const quint32 r = random.below(100);
    if (r < 84)
        return p.home;
    if (r < 95) {
        const std::vector<int> &near = m_branchesByCity[size_t(m_branches[p.home].city)];
        return near[random.below(quint32(near.size()))];
    }
    return pickHome(random);
}

qint64 DemoPlan::billFor(Random &random, int level) const
{
    const qint64 heads = 1 + random.pick(partyWeight, 6, quint32(sumOf(partyWeight)));
    const qint64 amount = heads * pricePerHead[level] * random.between(70, 135) / 100;
    return std::max<qint64>(1500, amount / 100 * 100); // whole yuan
}

qint64 DemoPlan::bill(quint32 person, quint32 visit) const
{
    Random random(keyOf(m_seed, TagBill, person, visit));
    return billFor(random, m_people[person - 1].level);
}

qint64 DemoPlan::anonymousBill(quint64 index) const
{
    Random random(keyOf(m_seed, TagBill, 0, index));
    return billFor(random, random.pick(levelWeight, 4, quint32(sumOf(levelWeight))));
}

int DemoPlan::anonymousBranch(Random &random) const
{
    return pickHome(random);
}

bool DemoPlan::inScope(int coupon, int branch) const
{
    const std::vector<int> &scope = m_coupons[size_t(coupon)].branches;
    return scope.empty() || std::find(scope.begin(), scope.end(), branch) != scope.end();
}

} // namespace core::demo
