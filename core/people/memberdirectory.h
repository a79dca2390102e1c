#pragma once

#include "core/auth/actor.h"
#include "core/common/result.h"
#include "core/people/memberfilter.h"
#include "core/people/memberpage.h"
#include "core/people/phoneprefix.h"

#include <functional>

namespace core::storage {
class Database;
}

namespace core::people {

// The member list (issue 4, "Members"): pages of people in the actor's scope that match a
// filter, for a list that stays smooth on a million members.
//
// Scope: the owner sees every branch's people, or the branches the filter names; a manager or
// cashier sees the people whose home branch is their own (PersonService: "listing people is
// limited to the actor's branch (the person's home branch)"), and naming another branch is
// refused. People without a home branch are the owner's to see.
//
// Pages use keyset pagination, never OFFSET: each page starts after the sort key and id of the
// previous page's last row, so every page costs the same wherever it lies. The order follows
// the search, so that an index serves it:
// - no search, last four digits: by id (the order people joined in), through the primary key,
//   people_last4 or people_home_branch (which end in the row id);
// - phone or member code: by phone, through the phone's unique index, or people_branch_phone
//   within one branch;
// - name: by lower(name) then id, through people_name, or people_branch_name within one
//   branch (schema version 3).
// An owner's choice of several branches is checked row by row rather than through
// people_home_branch, whose ranges SQLite would have to merge and sort on every page.
// Each row is then completed by primary-key lookups (home branch, tier, wallet) and one seek of
// visits_person for the last visit.
class MemberDirectory
{
public:
    static constexpr int DefaultPageSize = 200;
    static constexpr int MaxPageSize = 5000;
    static constexpr qint64 DefaultCountCap = 10000;
    // Asked while a statement runs; true stops it, and the call fails with Conflict, field
    // "cancelled" (see QueryCancel).
    using Cancelled = std::function<bool()>;

    // `region`: the chain's phone region, for phone searches typed without a country code.
    MemberDirectory(storage::Database &db, const QString &region);

    // The `limit` rows after `after` (default: the first page). A refusal (PermissionDenied)
    // when the filter names a branch outside the actor's scope.
    Result<MemberPage> page(const auth::Actor &actor, const MemberFilter &filter,
                            const MemberCursor &after = {}, int limit = DefaultPageSize,
                            const Cancelled &cancelled = {});

    // How many people the filter matches. Without anything but branches narrowing it, an exact
    // count read from an index; otherwise counted up to `cap` rows (exact = false past it).
    Result<MemberCount> count(const auth::Actor &actor, const MemberFilter &filter,
                              qint64 cap = DefaultCountCap, const Cancelled &cancelled = {});

private:
    storage::Database &m_db;
    PhonePrefix m_phones;
};

} // namespace core::people
