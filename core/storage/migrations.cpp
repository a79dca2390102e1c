#include "core/storage/migrations.h"

namespace core::storage {

namespace {

// Version 1: the chain, its branches, people, money, coupons, tiers, reviews, users, audit.
// Kept to SQL that SQLite and PostgreSQL share; times are UTC epoch seconds, money is integer
// minor units.
QStringList version1()
{
    return {
        QStringLiteral("CREATE TABLE settings ("
                       " key TEXT PRIMARY KEY,"
                       " value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE branches ("
                       " id INTEGER PRIMARY KEY,"
                       " code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 16),"
                       " name TEXT NOT NULL CHECK (length(name) > 0),"
                       " city TEXT NOT NULL DEFAULT '',"
                       " address TEXT NOT NULL DEFAULT '',"
                       " phone TEXT NOT NULL DEFAULT '',"
                       " latitude REAL,"
                       " longitude REAL,"
                       " timezone TEXT NOT NULL DEFAULT '',"
                       " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),"
                       " created_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE tiers ("
                       " id INTEGER PRIMARY KEY,"
                       " rank INTEGER NOT NULL UNIQUE CHECK (rank > 0),"
                       " name TEXT NOT NULL UNIQUE,"
                       " rule TEXT NOT NULL CHECK (rule IN ('cumulative_topup', 'single_topup',"
                       "  'spend_window')),"
                       " threshold INTEGER NOT NULL CHECK (threshold > 0),"
                       " window_days INTEGER CHECK (window_days IS NULL OR window_days > 0),"
                       " discount_bp INTEGER NOT NULL DEFAULT 0"
                       "  CHECK (discount_bp BETWEEN 0 AND 10000))"),
        QStringLiteral("CREATE TABLE people ("
                       " id INTEGER PRIMARY KEY,"
                       " phone TEXT NOT NULL UNIQUE,"
                       " phone_last4 TEXT NOT NULL,"
                       " member_code TEXT NOT NULL UNIQUE,"
                       " name TEXT NOT NULL DEFAULT '',"
                       " gender TEXT NOT NULL DEFAULT '' CHECK (gender IN ('', 'female', 'male',"
                       "  'other')),"
                       " birthday TEXT,"
                       " email TEXT NOT NULL DEFAULT '',"
                       " home_branch_id INTEGER REFERENCES branches(id),"
                       " joined_at INTEGER NOT NULL,"
                       " member_since INTEGER,"
                       " tier_id INTEGER REFERENCES tiers(id),"
                       " tags TEXT NOT NULL DEFAULT '',"
                       " notes TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX people_last4 ON people (phone_last4)"),
        QStringLiteral("CREATE INDEX people_home_branch ON people (home_branch_id)"),
        QStringLiteral("CREATE TABLE consents ("
                       " person_id INTEGER NOT NULL REFERENCES people(id),"
                       " channel TEXT NOT NULL CHECK (channel IN ('sms', 'email', 'webhook')),"
                       " granted INTEGER NOT NULL CHECK (granted IN (0, 1)),"
                       " changed_at INTEGER NOT NULL,"
                       " source TEXT NOT NULL,"
                       " PRIMARY KEY (person_id, channel))"),
        QStringLiteral("CREATE TABLE users ("
                       " id INTEGER PRIMARY KEY,"
                       " username TEXT NOT NULL UNIQUE,"
                       " display_name TEXT NOT NULL DEFAULT '',"
                       " password_hash TEXT NOT NULL,"
                       " role TEXT NOT NULL CHECK (role IN ('owner', 'manager', 'cashier')),"
                       " branch_id INTEGER REFERENCES branches(id),"
                       " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),"
                       " created_at INTEGER NOT NULL,"
                       " CHECK (role = 'owner' OR branch_id IS NOT NULL))"),
        QStringLiteral("CREATE TABLE visits ("
                       " id INTEGER PRIMARY KEY,"
                       " branch_id INTEGER NOT NULL REFERENCES branches(id),"
                       " person_id INTEGER REFERENCES people(id),"
                       " occurred_at INTEGER NOT NULL,"
                       " amount INTEGER NOT NULL,"
                       " kind TEXT NOT NULL DEFAULT 'sale' CHECK (kind IN ('sale', 'refund')),"
                       " refund_of INTEGER REFERENCES visits(id),"
                       " voided_at INTEGER,"
                       " source TEXT NOT NULL CHECK (source IN ('counter', 'import', 'demo')),"
                       " receipt_no TEXT NOT NULL CHECK (length(receipt_no) > 0),"
                       " CHECK ((kind = 'sale' AND amount >= 0 AND refund_of IS NULL)"
                       "     OR (kind = 'refund' AND amount <= 0)))"),
        QStringLiteral("CREATE UNIQUE INDEX visits_receipt ON visits (branch_id, receipt_no)"),
        QStringLiteral("CREATE INDEX visits_person ON visits (person_id, occurred_at)"),
        QStringLiteral("CREATE INDEX visits_branch_time ON visits (branch_id, occurred_at)"),
        // The ledger is the truth; wallets holds the running balance so a payment reads one
        // row. check() proves the two agree.
        QStringLiteral("CREATE TABLE wallet_entries ("
                       " id INTEGER PRIMARY KEY,"
                       " person_id INTEGER NOT NULL REFERENCES people(id),"
                       " branch_id INTEGER NOT NULL REFERENCES branches(id),"
                       " kind TEXT NOT NULL CHECK (kind IN ('topup', 'bonus', 'spend', 'refund',"
                       "  'reversal', 'adjustment')),"
                       " principal INTEGER NOT NULL,"
                       " bonus INTEGER NOT NULL,"
                       " occurred_at INTEGER NOT NULL,"
                       " operator_id INTEGER REFERENCES users(id),"
                       " operator TEXT NOT NULL,"
                       " idempotency_key TEXT UNIQUE,"
                       " reverses INTEGER UNIQUE REFERENCES wallet_entries(id),"
                       " visit_id INTEGER REFERENCES visits(id),"
                       " note TEXT NOT NULL DEFAULT '',"
                       " CHECK ((kind = 'topup' AND principal > 0 AND bonus = 0)"
                       "     OR (kind = 'bonus' AND principal = 0 AND bonus > 0)"
                       "     OR (kind = 'spend' AND principal <= 0 AND bonus <= 0"
                       "         AND principal + bonus < 0)"
                       "     OR (kind = 'refund' AND principal >= 0 AND bonus >= 0"
                       "         AND principal + bonus > 0)"
                       "     OR (kind = 'reversal' AND reverses IS NOT NULL)"
                       "     OR (kind = 'adjustment' AND principal + bonus <> 0)))"),
        QStringLiteral("CREATE INDEX wallet_entries_person ON wallet_entries (person_id, id)"),
        QStringLiteral("CREATE INDEX wallet_entries_branch ON wallet_entries (branch_id,"
                       " occurred_at)"),
        QStringLiteral("CREATE TABLE wallets ("
                       " person_id INTEGER PRIMARY KEY REFERENCES people(id),"
                       " principal INTEGER NOT NULL CHECK (principal >= 0),"
                       " bonus INTEGER NOT NULL CHECK (bonus >= 0),"
                       " topped_up INTEGER NOT NULL DEFAULT 0,"
                       " updated_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE TRIGGER wallet_entries_no_update BEFORE UPDATE ON wallet_entries"
                       " BEGIN SELECT RAISE(ABORT, 'wallet entries are append-only'); END"),
        QStringLiteral("CREATE TRIGGER wallet_entries_no_delete BEFORE DELETE ON wallet_entries"
                       " BEGIN SELECT RAISE(ABORT, 'wallet entries are append-only'); END"),
        QStringLiteral("CREATE TABLE coupons ("
                       " id INTEGER PRIMARY KEY,"
                       " code TEXT NOT NULL UNIQUE CHECK (length(code) > 0),"
                       " name TEXT NOT NULL CHECK (length(name) > 0),"
                       " kind TEXT NOT NULL CHECK (kind IN ('amount', 'percent', 'item')),"
                       " value INTEGER NOT NULL CHECK (value >= 0),"
                       " min_spend INTEGER NOT NULL DEFAULT 0 CHECK (min_spend >= 0),"
                       " valid_from INTEGER,"
                       " valid_to INTEGER,"
                       " valid_days INTEGER CHECK (valid_days IS NULL OR valid_days > 0),"
                       " per_person_limit INTEGER NOT NULL DEFAULT 1 CHECK (per_person_limit >= 0),"
                       " total_limit INTEGER CHECK (total_limit IS NULL OR total_limit >= 0),"
                       " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),"
                       " created_at INTEGER NOT NULL,"
                       " CHECK (kind <> 'percent' OR value BETWEEN 1 AND 100))"),
        QStringLiteral("CREATE TABLE coupon_branches ("
                       " coupon_id INTEGER NOT NULL REFERENCES coupons(id),"
                       " branch_id INTEGER NOT NULL REFERENCES branches(id),"
                       " PRIMARY KEY (coupon_id, branch_id))"),
        QStringLiteral("CREATE TABLE coupon_claims ("
                       " id INTEGER PRIMARY KEY,"
                       " coupon_id INTEGER NOT NULL REFERENCES coupons(id),"
                       " person_id INTEGER NOT NULL REFERENCES people(id),"
                       " claimed_at INTEGER NOT NULL,"
                       " branch_id INTEGER REFERENCES branches(id),"
                       " channel TEXT NOT NULL DEFAULT '',"
                       " claim_code TEXT NOT NULL UNIQUE,"
                       " expires_at INTEGER)"),
        QStringLiteral("CREATE INDEX coupon_claims_person ON coupon_claims (person_id, claimed_at)"),
        QStringLiteral("CREATE INDEX coupon_claims_coupon ON coupon_claims (coupon_id)"),
        QStringLiteral("CREATE TABLE redemptions ("
                       " id INTEGER PRIMARY KEY,"
                       " claim_id INTEGER NOT NULL UNIQUE REFERENCES coupon_claims(id),"
                       " visit_id INTEGER REFERENCES visits(id),"
                       " branch_id INTEGER NOT NULL REFERENCES branches(id),"
                       " redeemed_at INTEGER NOT NULL,"
                       " discount INTEGER NOT NULL DEFAULT 0 CHECK (discount >= 0))"),
        QStringLiteral("CREATE TABLE reviews ("
                       " id INTEGER PRIMARY KEY,"
                       " visit_id INTEGER NOT NULL UNIQUE REFERENCES visits(id),"
                       " person_id INTEGER NOT NULL REFERENCES people(id),"
                       " branch_id INTEGER NOT NULL REFERENCES branches(id),"
                       " rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),"
                       " text TEXT NOT NULL DEFAULT '',"
                       " created_at INTEGER NOT NULL,"
                       " reply TEXT,"
                       " replied_at INTEGER,"
                       " replied_by INTEGER REFERENCES users(id))"),
        QStringLiteral("CREATE INDEX reviews_branch ON reviews (branch_id, created_at)"),
        QStringLiteral("CREATE TABLE audit_log ("
                       " id INTEGER PRIMARY KEY,"
                       " at INTEGER NOT NULL,"
                       " user_id INTEGER REFERENCES users(id),"
                       " actor TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " entity TEXT NOT NULL,"
                       " entity_id INTEGER,"
                       " branch_id INTEGER REFERENCES branches(id),"
                       " before_value TEXT,"
                       " after_value TEXT)"),
        QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
                       " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
        QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
                       " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
    };
}

// Version 2: the retention rollup (core/retention). retention_people holds each person's
// standing per group (0 member, 1 coupon claimer), retention_cells the sums per group, cohort
// month and cohort branch, so a report reads cells instead of every visit. The rollup is
// derived data: the engine rebuilds it when retention_state says it is stale. Changes reach it
// two ways: rows appended with ids above the marks in retention_state are found by id, and the
// triggers below record the person of any other change (an update, a delete, an insert with an
// id at or below the mark) in retention_dirty, tagged with the rollup generation.
// SQLite only (WITHOUT ROWID, triggers); the PostgreSQL seam needs its own version.
QStringList version2()
{
    const QString markDirty = QStringLiteral(
        "INSERT INTO retention_dirty (person_id, generation)"
        " SELECT %1, generation FROM retention_state WHERE id = 1 AND %1 IS NOT NULL"
        " ON CONFLICT (person_id) DO UPDATE SET generation = excluded.generation;");
    const auto dirty = [&markDirty](const char *who) {
        return markDirty.arg(QLatin1String(who));
    };
    return {
        QStringLiteral("CREATE TABLE retention_state ("
                       " id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " rollup_version INTEGER NOT NULL DEFAULT 0,"
                       " timezone TEXT NOT NULL DEFAULT '',"
                       " generation INTEGER NOT NULL DEFAULT 0,"
                       " visit_mark INTEGER NOT NULL DEFAULT 0,"
                       " wallet_mark INTEGER NOT NULL DEFAULT 0,"
                       " claim_mark INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("INSERT INTO retention_state (id) VALUES (1)"),
        // The first top-ups of everyone, read from an index instead of the whole ledger.
        QStringLiteral("CREATE INDEX wallet_entries_topup ON wallet_entries (person_id,"
                       " occurred_at, id, branch_id) WHERE kind = 'topup'"),
        QStringLiteral("CREATE TABLE retention_dirty ("
                       " person_id INTEGER PRIMARY KEY,"
                       " generation INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE retention_people ("
                       " person_id INTEGER NOT NULL,"
                       " grp INTEGER NOT NULL CHECK (grp IN (0, 1)),"
                       " start_at INTEGER NOT NULL,"
                       " cohort_month INTEGER NOT NULL,"
                       " branch_id INTEGER NOT NULL,"
                       " months_mask INTEGER NOT NULL,"
                       " return_days INTEGER,"
                       " converted_at INTEGER,"
                       " PRIMARY KEY (person_id, grp)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE retention_cells ("
                       " grp INTEGER NOT NULL CHECK (grp IN (0, 1)),"
                       " cohort_month INTEGER NOT NULL,"
                       " branch_id INTEGER NOT NULL,"
                       " size INTEGER NOT NULL,"
                       " returned_30 INTEGER NOT NULL,"
                       " returned_60 INTEGER NOT NULL,"
                       " returned_90 INTEGER NOT NULL,"
                       " converted INTEGER NOT NULL,"
                       " retained TEXT NOT NULL,"
                       " PRIMARY KEY (grp, cohort_month, branch_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE TRIGGER retention_visit_insert AFTER INSERT ON visits"
                       " WHEN NEW.person_id IS NOT NULL"
                       "  AND NEW.id <= (SELECT visit_mark FROM retention_state WHERE id = 1)"
                       " BEGIN ") + dirty("NEW.person_id") + QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER retention_visit_update AFTER UPDATE OF person_id,"
                       " occurred_at, kind, voided_at ON visits BEGIN ")
            + dirty("OLD.person_id") + dirty("NEW.person_id") + QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER retention_visit_delete AFTER DELETE ON visits BEGIN ")
            + dirty("OLD.person_id") + QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER retention_wallet_insert AFTER INSERT ON wallet_entries"
                       " WHEN NEW.kind IN ('topup', 'reversal')"
                       "  AND NEW.id <= (SELECT wallet_mark FROM retention_state WHERE id = 1)"
                       " BEGIN ") + dirty("NEW.person_id") + QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER retention_claim_insert AFTER INSERT ON coupon_claims"
                       " WHEN NEW.id <= (SELECT claim_mark FROM retention_state WHERE id = 1)"
                       " BEGIN ") + dirty("NEW.person_id") + QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER retention_claim_update AFTER UPDATE OF person_id,"
                       " claimed_at, branch_id ON coupon_claims BEGIN ")
            + dirty("OLD.person_id") + dirty("NEW.person_id") + QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER retention_claim_delete AFTER DELETE ON coupon_claims"
                       " BEGIN ") + dirty("OLD.person_id") + QStringLiteral(" END"),
    };
}

// Version 3: the member list's searches (core/people/memberdirectory). A prefix of the name,
// ASCII letters in any case, is a range of people_name, which also gives the list its order by
// name (the row id breaks ties); lower() folds A-Z only, in SQLite as in MemberSearch. A
// manager's list is one branch: the two branch-first indexes make a phone or name prefix
// within it a range too, instead of every person of the branch looked up and sorted.
QStringList version3()
{
    return {
        QStringLiteral("CREATE INDEX people_name ON people (lower(name))"),
        QStringLiteral("CREATE INDEX people_branch_phone ON people (home_branch_id, phone)"),
        QStringLiteral("CREATE INDEX people_branch_name ON people (home_branch_id, lower(name))"),
    };
}

// The trigger on people that moves a wallet's balance between home branches (version 4; made
// again by version 8, which rebuilds the table it is on).
QString homeBalancesMoveTrigger()
{
    return QStringLiteral("CREATE TRIGGER home_balances_move AFTER UPDATE OF home_branch_id ON people"
                          " WHEN coalesce(OLD.home_branch_id, 0) <> coalesce(NEW.home_branch_id, 0)"
                          " BEGIN"
                          " INSERT INTO home_balances (branch_id, balance)"
                          "  SELECT coalesce(OLD.home_branch_id, 0), -(principal + bonus) FROM wallets"
                          "  WHERE person_id = OLD.id"
                          "  ON CONFLICT (branch_id) DO UPDATE SET balance = balance + excluded.balance;"
                          " INSERT INTO home_balances (branch_id, balance)"
                          "  SELECT coalesce(NEW.home_branch_id, 0), principal + bonus FROM wallets"
                          "  WHERE person_id = NEW.id"
                          "  ON CONFLICT (branch_id) DO UPDATE SET balance = balance + excluded.balance;"
                          " END");
}

// Version 4: the dashboard (core/dashboard). people_branch_member makes the members of each
// home branch, and those who joined in a period, ranges of one covering index;
// wallet_entries_branch_topup the top-ups of a branch in a period (the ledger's rows of one
// branch are spread over the whole table, so reading them costs a page each). home_balances
// holds the stored value outstanding per home branch (0: people without one), kept by triggers
// on the wallets running balance and on a person's home branch, so the dashboard reads 200
// rows instead of joining a million wallets to people. SQLite only (triggers), like version 2.
QStringList version4()
{
    // Adds `amount` to the home branch of person `who`, as a statement for a trigger body.
    const auto add = [](const char *who, const char *amount) {
        return QStringLiteral("INSERT INTO home_balances (branch_id, balance)"
                              " SELECT coalesce(home_branch_id, 0), %2 FROM people WHERE id = %1"
                              " ON CONFLICT (branch_id) DO UPDATE SET"
                              " balance = balance + excluded.balance;")
            .arg(QLatin1String(who), QLatin1String(amount));
    };
    return {
        QStringLiteral("CREATE INDEX people_branch_member ON people (home_branch_id, member_since)"
                       " WHERE member_since IS NOT NULL"),
        QStringLiteral("CREATE INDEX wallet_entries_branch_topup ON wallet_entries (branch_id,"
                       " occurred_at, principal) WHERE kind = 'topup'"),
        QStringLiteral("CREATE TABLE home_balances ("
                       " branch_id INTEGER PRIMARY KEY,"
                       " balance INTEGER NOT NULL)"),
        homeBalancesRebuild().constLast(),
        QStringLiteral("CREATE TRIGGER home_balances_insert AFTER INSERT ON wallets BEGIN ")
            + add("NEW.person_id", "NEW.principal + NEW.bonus") + QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER home_balances_update AFTER UPDATE OF person_id, principal,"
                       " bonus ON wallets BEGIN ")
            + add("OLD.person_id", "-(OLD.principal + OLD.bonus)")
            + add("NEW.person_id", "NEW.principal + NEW.bonus") + QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER home_balances_delete AFTER DELETE ON wallets BEGIN ")
            + add("OLD.person_id", "-(OLD.principal + OLD.bonus)") + QStringLiteral(" END"),
        homeBalancesMoveTrigger(),
    };
}


// Version 5: broadcasts (core/broadcasts). A broadcast is composed once; its audience is
// resolved into broadcast_recipients, one row per person (never one per branch), each with its
// rendered message and an idempotency key the delivery channel carries so a receiver accepts
// each delivery once however often it is re-sent. Chain settings keys (settings table):
// broadcast_quiet_start / broadcast_quiet_end ("HH:mm"), managers_may_broadcast ("0"/"1"),
// broadcast_webhook_url.
QStringList version5()
{
    return {
        QStringLiteral("CREATE TABLE broadcasts ("
                       " id INTEGER PRIMARY KEY,"
                       " title TEXT NOT NULL CHECK (length(title) > 0),"
                       " body TEXT NOT NULL CHECK (length(body) > 0),"
                       " channel TEXT NOT NULL CHECK (channel IN ('webhook', 'sms-file')),"
                       " audience TEXT NOT NULL DEFAULT '{}',"
                       " coupon_id INTEGER REFERENCES coupons(id),"
                       " scheduled_at INTEGER NOT NULL,"
                       " status TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued',"
                       "  'sending', 'done', 'cancelled')),"
                       " duplicates_folded INTEGER NOT NULL DEFAULT 0,"
                       " created_by TEXT NOT NULL,"
                       " created_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE broadcast_recipients ("
                       " id INTEGER PRIMARY KEY,"
                       " broadcast_id INTEGER NOT NULL REFERENCES broadcasts(id),"
                       " person_id INTEGER NOT NULL REFERENCES people(id),"
                       " home_branch_id INTEGER REFERENCES branches(id),"
                       " phone TEXT NOT NULL,"
                       " message TEXT NOT NULL,"
                       " state TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'sent',"
                       "  'failed', 'deferred', 'no_consent')),"
                       " attempts INTEGER NOT NULL DEFAULT 0,"
                       " next_attempt_at INTEGER,"
                       " idempotency_key TEXT NOT NULL UNIQUE,"
                       " last_error TEXT NOT NULL DEFAULT '',"
                       " sent_at INTEGER,"
                       " UNIQUE (broadcast_id, person_id))"),
        QStringLiteral("CREATE INDEX broadcast_recipients_due ON broadcast_recipients"
                       " (broadcast_id, state, next_attempt_at)"),
    };
}

// Version 6: the visit summary behind a broadcast's audience (core/broadcasts/visitsummary).
// Per person with visits: the home branch by the 12-month rule for a window start, the range
// of window starts over which that answer holds (window_lo exclusive, window_hi inclusive: no
// counted visit lies between them), the number of distinct branches visited and the last visit.
// Derived data, filled and refreshed by VisitSummary::refresh inside the broadcast's
// transaction, like the retention rollup: rows appended with ids above visit_mark are found by
// id, and the triggers record the person of any other change in visit_summary_dirty.
// SQLite only (triggers), like version 2.
QStringList version6()
{
    const auto dirty = [](const char *who) {
        return QStringLiteral("INSERT OR IGNORE INTO visit_summary_dirty (person_id)"
                              " SELECT %1 WHERE %1 IS NOT NULL;")
            .arg(QLatin1String(who));
    };
    return {
        QStringLiteral("CREATE TABLE visit_summary_state ("
                       " id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " visit_mark INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("INSERT INTO visit_summary_state (id) VALUES (1)"),
        QStringLiteral("CREATE TABLE visit_summary ("
                       " person_id INTEGER PRIMARY KEY,"
                       " home_branch_id INTEGER,"
                       " window_lo INTEGER,"
                       " window_hi INTEGER,"
                       " branches INTEGER NOT NULL,"
                       " last_visit_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX visit_summary_hi ON visit_summary (window_hi)"
                       " WHERE window_hi IS NOT NULL"),
        QStringLiteral("CREATE INDEX visit_summary_lo ON visit_summary (window_lo)"
                       " WHERE window_lo IS NOT NULL"),
        QStringLiteral("CREATE TABLE visit_summary_dirty (person_id INTEGER PRIMARY KEY)"),
        QStringLiteral("CREATE TRIGGER visit_summary_insert AFTER INSERT ON visits"
                       " WHEN NEW.person_id IS NOT NULL"
                       "  AND NEW.id <= (SELECT visit_mark FROM visit_summary_state WHERE id = 1)"
                       " BEGIN ") + dirty("NEW.person_id") + QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER visit_summary_update AFTER UPDATE OF person_id, branch_id,"
                       " occurred_at, kind, voided_at ON visits BEGIN ")
            + dirty("OLD.person_id") + dirty("NEW.person_id") + QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER visit_summary_delete AFTER DELETE ON visits BEGIN ")
            + dirty("OLD.person_id") + QStringLiteral(" END"),
    };
}

// Version 7: broadcast recipients keep who and how far, not a copy of their message. The text
// is rendered when the recipient is delivered (core/broadcasts/messagesql.h), from the
// broadcast's body, the person, their home branch, wallet and tier then, and their claim of
// the broadcast's coupon (claim_id). The idempotency key is derived from the broadcast and the
// person ("b<broadcast>-p<person>", the form version 5 stored), so it needs no column and no
// index of its own; the phone is the person's when delivered. `message` stays for recipients
// written before: their text was fixed then (NULL for every newer one). A chain-wide audience
// of a million people is written as narrow rows appended to two indexes in order.
QStringList version7()
{
    return {
        QStringLiteral("CREATE TABLE broadcast_recipients_v7 ("
                       " id INTEGER PRIMARY KEY,"
                       " broadcast_id INTEGER NOT NULL REFERENCES broadcasts(id),"
                       " person_id INTEGER NOT NULL REFERENCES people(id),"
                       " home_branch_id INTEGER REFERENCES branches(id),"
                       " claim_id INTEGER REFERENCES coupon_claims(id),"
                       " message TEXT,"
                       " state TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'sent',"
                       "  'failed', 'deferred')),"
                       " attempts INTEGER NOT NULL DEFAULT 0,"
                       " next_attempt_at INTEGER,"
                       " last_error TEXT NOT NULL DEFAULT '',"
                       " sent_at INTEGER,"
                       " UNIQUE (broadcast_id, person_id))"),
        QStringLiteral("INSERT INTO broadcast_recipients_v7 (id, broadcast_id, person_id,"
                       " home_branch_id, message, state, attempts, next_attempt_at, last_error,"
                       " sent_at) SELECT id, broadcast_id, person_id, home_branch_id, message,"
                       " state, attempts, next_attempt_at, last_error, sent_at"
                       " FROM broadcast_recipients ORDER BY id"),
        QStringLiteral("DROP TABLE broadcast_recipients"),
        QStringLiteral("ALTER TABLE broadcast_recipients_v7 RENAME TO broadcast_recipients"),
        QStringLiteral("CREATE INDEX broadcast_recipients_due ON broadcast_recipients"
                       " (broadcast_id, state, next_attempt_at)"),
    };
}

// Version 8: a person's phone is unique through a named index, people_phone, instead of a
// UNIQUE constraint in the table, whose index SQLite will not drop. A large import can then
// drop it with the other indexes whose keys it brings in random order and build it once at the
// end (BulkSession::dropIndexes): one sort instead of a search of the index for every row,
// which took most of a member's cost. Building it again still refuses a duplicate, inside the
// import's transaction. The table is rebuilt with everything on it: its indexes and the trigger
// that moves balances between home branches.
QStringList version8()
{
    return {
        QStringLiteral("CREATE TABLE people_v8 ("
                       " id INTEGER PRIMARY KEY,"
                       " phone TEXT NOT NULL,"
                       " phone_last4 TEXT NOT NULL,"
                       " member_code TEXT NOT NULL UNIQUE,"
                       " name TEXT NOT NULL DEFAULT '',"
                       " gender TEXT NOT NULL DEFAULT '' CHECK (gender IN ('', 'female', 'male',"
                       "  'other')),"
                       " birthday TEXT,"
                       " email TEXT NOT NULL DEFAULT '',"
                       " home_branch_id INTEGER REFERENCES branches(id),"
                       " joined_at INTEGER NOT NULL,"
                       " member_since INTEGER,"
                       " tier_id INTEGER REFERENCES tiers(id),"
                       " tags TEXT NOT NULL DEFAULT '',"
                       " notes TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("INSERT INTO people_v8 (id, phone, phone_last4, member_code, name, gender,"
                       " birthday, email, home_branch_id, joined_at, member_since, tier_id, tags, notes)"
                       " SELECT id, phone, phone_last4, member_code, name, gender, birthday, email,"
                       " home_branch_id, joined_at, member_since, tier_id, tags, notes"
                       " FROM people ORDER BY id"),
        QStringLiteral("DROP TABLE people"),
        QStringLiteral("ALTER TABLE people_v8 RENAME TO people"),
        QStringLiteral("CREATE UNIQUE INDEX people_phone ON people (phone)"),
        QStringLiteral("CREATE INDEX people_last4 ON people (phone_last4)"),
        QStringLiteral("CREATE INDEX people_home_branch ON people (home_branch_id)"),
        QStringLiteral("CREATE INDEX people_name ON people (lower(name))"),
        QStringLiteral("CREATE INDEX people_branch_phone ON people (home_branch_id, phone)"),
        QStringLiteral("CREATE INDEX people_branch_name ON people (home_branch_id, lower(name))"),
        QStringLiteral("CREATE INDEX people_branch_member ON people (home_branch_id, member_since)"
                       " WHERE member_since IS NOT NULL"),
        homeBalancesMoveTrigger(),
    };
}

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all = {
        { 1, version1() },
        { 2, version2() },
        { 3, version3() },
        { 4, version4() },
        { 5, version5() },
        { 6, version6() },
        { 7, version7() },
        { 8, version8(), QStringLiteral("people") },
    };
    return all;
}

QStringList homeBalancesRebuild()
{
    return {
        QStringLiteral("DELETE FROM home_balances"),
        QStringLiteral("INSERT INTO home_balances (branch_id, balance)"
                       " SELECT coalesce(p.home_branch_id, 0), sum(w.principal + w.bonus)"
                       " FROM wallets w JOIN people p ON p.id = w.person_id"
                       " GROUP BY coalesce(p.home_branch_id, 0)"),
    };
}

int latestSchemaVersion()
{
    return migrations().back().version;
}

} // namespace core::storage
