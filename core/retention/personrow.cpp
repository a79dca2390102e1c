#include "core/retention/personrow.h"

#include "core/retention/zonecalendar.h"

namespace core::retention {

namespace {

bool earlier(qint64 at, qint64 id, qint64 thanAt, qint64 thanId)
{
    return at < thanAt || (at == thanAt && id < thanId);
}

PersonRow startRow(
    qint64 personId, Group group, qint64 at, qint64 branch, const ZoneCalendar &calendar)
{
    PersonRow row;
    row.personId = personId;
    row.group = group;
    row.startAt = at;
    row.startDay = qint32(calendar.dayOf(at));
    row.cohortMonth = calendar.monthOfDay(row.startDay);
    row.active = true;
    row.branchId = branch;
    return row;
}

} // namespace

void PersonStarts::offerTopUp(qint64 at, qint64 id, qint64 branch)
{
    if (hasTopUp && !earlier(at, id, topUpAt, topUpId))
        return;
    hasTopUp = true;
    topUpAt = at;
    topUpId = id;
    topUpBranch = branch;
}

void PersonStarts::offerClaim(qint64 at, qint64 id, qint64 branch)
{
    if (hasClaim && !earlier(at, id, claimAt, claimId))
        return;
    hasClaim = true;
    claimAt = at;
    claimId = id;
    claimBranch = branch;
}

void VisitFold::addVisit(qint64 at, qint64 day, int month)
{
    if (at < startAt)
        return;
    const int k = month - cohortMonth;
    if (k >= 0 && k < MaskMonths)
        monthsMask |= quint64(1) << k;
    if (day > startDay) {
        const qint64 days = day - startDay;
        if (returnDays < 0 || days < returnDays)
            returnDays = int(qMin<qint64>(days, 1 << 30));
    }
}

void VisitFold::merge(const VisitFold &other)
{
    monthsMask |= other.monthsMask;
    if (other.returnDays >= 0 && (returnDays < 0 || other.returnDays < returnDays))
        returnDays = other.returnDays;
}

int rowsFor(
    qint64 personId, const PersonStarts &starts, const ZoneCalendar &calendar, PersonRow out[2])
{
    int n = 0;
    if (starts.hasTopUp)
        out[n++] = startRow(personId, Group::Member, starts.topUpAt, starts.topUpBranch, calendar);
    if (starts.inCouponGroup()) {
        PersonRow row
            = startRow(personId, Group::Coupon, starts.claimAt, starts.claimBranch, calendar);
        row.converted = starts.hasTopUp;
        row.convertedAt = starts.hasTopUp ? starts.topUpAt : 0;
        out[n++] = row;
    }
    return n;
}

} // namespace core::retention
