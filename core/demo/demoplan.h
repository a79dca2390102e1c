#pragma once

#include "core/demo/democalendar.h"
#include "core/demo/demorandom.h"

#include <QByteArray>

#include <vector>

namespace core::demo {

struct DemoOptions;

constexpr quint32 NoVisit = 0xFFFFFFFFu;

// Who a person is in the story the demo tells.
enum class PersonKind : quint8 {
    Member,     // joined by topping up at their first visit
    Converted,  // claimed a coupon first and topped up later
    CouponOnly, // claimed a coupon and never topped up (most never come back)
    Guest,      // known from visits only (gave a phone number at the counter)
};

// One person, decided up front (ids follow joined_at). Everything about a person's i-th visit
// is a pure function of the plan, the seed and (person, i), so visits can be produced window by
// window in time order without keeping them. Times are relative to the calendar's base.
struct PersonPlan
{
    quint32 joined = 0;
    quint32 first = 0;   // visit 0
    quint32 from = 0;    // visits 1.. lie in [from, spanEnd), one per equal stratum
    quint32 spanEnd = 0;
    quint32 visits = 0;
    quint32 topUpVisit = NoVisit; // the visit at which the first top-up happens
    quint32 claimVisit = NoVisit; // the visit redeeming the claim
    quint32 claimId = 0;
    quint32 toppedUp = 0; // sum of the planned top-ups, minor units
    quint16 home = 0;     // branch index
    PersonKind kind = PersonKind::Guest;
    quint8 topUps = 0; // planned top-up count
    quint8 level = 0;  // spending level 0..3
    quint8 tier = 0;   // 0 none, else index + 1 into catalog::tiers()
    quint8 coupon = 0; // coupon index when claimId != 0
    bool smsConsent = false;
};

struct BranchPlan
{
    QByteArray code;
    QByteArray name;
    QByteArray address;
    QByteArray phone;
    int city = 0;
    int weight = 1;
    int latitudeE6 = 0;
    int longitudeE6 = 0;
};

struct CouponPlan
{
    int def = 0;                // index into catalog::coupons()
    int scopeIndex = -1;        // the city or branch index for scoped coupons
    QByteArray code;
    QByteArray name;
    std::vector<int> branches; // empty: every branch
};

struct ClaimPlan
{
    quint32 at = 0;
    quint32 person = 0;
    quint32 expires = 0;
    quint16 coupon = 0;
    quint16 branch = 0xFFFF; // 0xFFFF: through a channel, no branch
    quint8 channel = 0;      // index into the guest channels, 0xFF: the member channel
};

// The demo chain's population and history, planned from the options and the seed.
class DemoPlan
{
public:
    DemoPlan(const DemoOptions &options, const DemoCalendar &calendar);

    void build();

    const DemoCalendar &calendar() const { return m_calendar; }
    quint64 seed() const { return m_seed; }

    const std::vector<BranchPlan> &branches() const { return m_branches; }
    const std::vector<CouponPlan> &coupons() const { return m_coupons; }
    const std::vector<ClaimPlan> &claims() const { return m_claims; }
    // Index = person id - 1.
    const std::vector<PersonPlan> &people() const { return m_people; }
    const std::vector<quint32> &anonymousPerDay() const { return m_anonymousPerDay; }
    qint64 visitCount() const { return m_visits; }

    // The i-th visit of a person (1-based id): time, branch index and bill (minor units).
    quint32 visitTime(quint32 person, quint32 visit) const;
    int visitBranch(quint32 person, quint32 visit) const;
    qint64 bill(quint32 person, quint32 visit) const;
    qint64 anonymousBill(quint64 index) const;
    int anonymousBranch(Random &random) const;
    // The j-th top-up of a person: index into catalog::topUps().
    int topUpChoice(quint32 person, int index) const;
    // Whether a coupon may be redeemed at a branch.
    bool inScope(int coupon, int branch) const;

private:
    struct Counts;
    void planBranches();
    void planCoupons();
    Counts planCounts() const;
    void planStarts(const Counts &counts);
    void planVisits(const Counts &counts);
    void planMoney(quint32 person);
    void planClaim(quint32 person, Random &random);
    void planAnonymous(qint64 total);
    int pickJoinDay(Random &random, int lastDay) const;
    int pickHome(Random &random) const;
    int pickGuestCoupon(Random &random, int home) const;
    qint64 billFor(Random &random, int level) const;

    const DemoCalendar &m_calendar;
    quint64 m_seed;
    int m_branchCount;
    qint64 m_members;
    qint64 m_visits;
    std::vector<BranchPlan> m_branches;
    std::vector<std::vector<int>> m_branchesByCity;
    std::vector<int> m_branchWeights;
    int m_branchWeightSum = 0;
    std::vector<CouponPlan> m_coupons;
    std::vector<int> m_cityCoupon;   // by city: coupon index or -1
    std::vector<int> m_branchCoupon; // by branch: coupon index or -1
    std::vector<ClaimPlan> m_claims;
    std::vector<PersonPlan> m_people;
    std::vector<quint32> m_anonymousPerDay;
};

} // namespace core::demo
