#pragma once

#include "core/auth/actor.h"
#include "core/common/result.h"
#include "core/retention/retentionresult.h"

namespace core::storage {
class Database;
}

namespace core::retention {

// Members against one-off coupon claimers, by monthly cohort (DESIGN.md, "Retention: the
// definitions"):
// - membership start: the first top-up that was not reversed; coupon start: the first coupon
//   claim, for people who had not topped up at or before it. A claimer who tops up later counts
//   as converted and also joins the member cohort of their top-up month;
// - cohort: the calendar month of the start in the chain's time zone; cohort branch: the branch
//   of the start (0 for a claim through a channel);
// - retained[k]: people with a sale (not voided, with a person) in month cohort + k, for k = 0
//   only at or after the start; k runs to the month of the latest sale in the database (or
//   `to`), at most `months`;
// - returned within N days: a sale on a later calendar day than the start, at most N calendar
//   days after the start's day.
//
// Owners see every cohort; a manager only the cohorts of their own branch; cashiers none. The
// figures come from a rollup kept in the database (RetentionRollup), brought up to date first.
// Runs on any thread with that thread's own connection; `progress` may cancel.
class RetentionEngine
{
public:
    explicit RetentionEngine(storage::Database &db)
        : m_db(db)
    {
    }

    Result<RetentionResult> run(
        const auth::Actor &actor, const RetentionQuery &query, const Progress &progress = {});

    // Rebuilds the rollup from scratch (benchmarks, repair); owners only.
    Status rebuild(const auth::Actor &actor, const Progress &progress = {});

    static Status validate(const RetentionQuery &query);

private:
    storage::Database &m_db;
};

} // namespace core::retention
