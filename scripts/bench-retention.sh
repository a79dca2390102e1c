#!/usr/bin/env bash
# Retention benchmark (issue 6): a demo chain of 200 branches, 1,000,000 people and 10,000,000
# visits; then the time of `chaincard-cli retention` in a fresh process (the first run, which
# builds the rollup, and the runs after it), and beside it the same result computed by one plain
# SQL statement in the sqlite3 shell. Prints a Markdown table for docs/benchmarks.md.
#
#   scripts/bench-retention.sh [--cli PATH] [--keep] [--small]
#
#   --cli PATH  the chaincard-cli to time (default: builds build/bench in Release)
#   --keep      keep the database and outputs (printed at the end)
#   --small     2 branches, 1,000 people, 10,000 visits: checks the script itself in seconds
#   --db FILE   time an existing chain database instead of making one (it gains one visit)
#   --synthetic load the data with plain SQL instead of `chaincard-cli demo` (uniformly random
#               people, times and branches over three years; for when demo is not available)
#   BRANCHES, MEMBERS, VISITS, SEED in the environment override the sizes.
#
# The page cache cannot be dropped without privileges, so "cold" means a new process with the
# file read once beforehand (cat FILE > /dev/null); the very first query after the data load is
# reported separately, since it includes building the rollup.
set -euo pipefail
cd "$(dirname "$0")/.."

cli=""
keep=0
synthetic=0
existing=""
branches=${BRANCHES:-200}
members=${MEMBERS:-1000000}
visits=${VISITS:-10000000}
seed=${SEED:-1}
while [[ $# -gt 0 ]]; do
    case "$1" in
        --cli) cli="$2"; shift 2 ;;
        --keep) keep=1; shift ;;
        --small) branches=2; members=1000; visits=10000; shift ;;
        --synthetic) synthetic=1; shift ;;
        --db) existing=$(realpath "$2"); shift 2 ;;
        *) echo "usage: $0 [--cli PATH] [--keep] [--small] [--synthetic] [--db FILE]" >&2
           exit 2 ;;
    esac
done
command -v sqlite3 >/dev/null || { echo "bench-retention: needs the sqlite3 shell" >&2; exit 2; }

if [[ -z "$cli" ]]; then
    launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DCHAINCARD_BUILD_GUI=OFF \
        -DCHAINCARD_BUILD_TESTS=OFF "${launcher[@]}" >/dev/null
    cmake --build build/bench --target chaincard-cli >/dev/null
    cli=build/bench/app/cli/chaincard-cli
fi
cli=$(realpath "$cli")

work=$(mktemp -d "${TMPDIR:-/tmp}/chaincard-bench.XXXXXX")
if [[ $keep -eq 0 ]]; then trap 'rm -rf "$work"' EXIT; fi
db="$work/bench.chaincard"

# Seconds, to the millisecond, that a command takes; its output goes to the file named first.
seconds() {
    local out=$1; shift
    local start end
    start=$(date +%s%N)
    "$@" > "$out"
    end=$(date +%s%N)
    awk -v ns=$((end - start)) 'BEGIN { printf "%.3f", ns / 1e9 }'
}

# Synthetic data: 40% of people top up, half claim a coupon, 90% of visits name a person.
synthetic_sql() {
    cat <<SQL
PRAGMA foreign_keys = OFF;
BEGIN;
WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < $branches)
INSERT INTO branches (id, code, name, created_at)
SELECT i, printf('S%03d', i), printf('Synthetic %d', i), 0 FROM c;
WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < $members)
INSERT INTO people (id, phone, phone_last4, member_code, joined_at)
SELECT i, printf('+86138%08d', i), printf('%04d', i % 10000), printf('S%08d', i), 1672531200
FROM c;
WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < $members)
INSERT INTO wallet_entries (person_id, branch_id, kind, principal, bonus, occurred_at, operator)
SELECT i, 1 + abs(random()) % $branches, 'topup', 10000, 0,
       1672531200 + abs(random()) % (3 * 365 * 86400), 'synthetic' FROM c WHERE i % 5 < 2;
INSERT INTO coupons (code, name, kind, value, created_at)
VALUES ('SYNTH', 'Synthetic', 'amount', 500, 0);
WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < $members)
INSERT INTO coupon_claims (coupon_id, person_id, claimed_at, branch_id, claim_code)
SELECT (SELECT id FROM coupons WHERE code = 'SYNTH'), i,
       1672531200 + abs(random()) % (3 * 365 * 86400), 1 + abs(random()) % $branches, 'S' || i
FROM c WHERE i % 2 = 0;
WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < $visits)
INSERT INTO visits (branch_id, person_id, occurred_at, amount, source, receipt_no)
SELECT 1 + abs(random()) % $branches,
       CASE WHEN abs(random()) % 10 = 0 THEN NULL ELSE 1 + abs(random()) % $members END,
       1672531200 + abs(random()) % (3 * 365 * 86400), 1000 + abs(random()) % 20000, 'demo',
       'S' || i FROM c;
COMMIT;
SQL
}

if [[ -n "$existing" ]]; then
    db="$existing"
    branches=$(sqlite3 -readonly "$db" "SELECT count(*) FROM branches")
    members=$(sqlite3 -readonly "$db" "SELECT count(*) FROM people")
    visits=$(sqlite3 -readonly "$db" "SELECT count(*) FROM visits")
    echo "bench-retention: $db ($branches branches, $members people, $visits visits)" >&2
    demo_what="(an existing database: not loaded here)"
    demo_s="-"
    # The first run below then measures a rebuild, as after a data load.
    sqlite3 "$db" "PRAGMA busy_timeout = 5000; UPDATE retention_state SET rollup_version = 0" \
        >/dev/null
else
    echo "bench-retention: $branches branches, $members people, $visits visits (seed $seed) in $work" >&2
    CHAINCARD_PASSWORD=bench-password "$cli" --db "$db" init --chain-name "Bench Noodles" \
        --timezone Asia/Shanghai >/dev/null
    if [[ $synthetic -eq 1 ]]; then
        synthetic_sql > "$work/synthetic.sql"
        demo_what="synthetic data loaded with plain SQL in sqlite3"
        demo_s=$(seconds /dev/null sqlite3 "$db" ".read $work/synthetic.sql")
    else
        demo_what="\`chaincard-cli demo\` (data load)"
        demo_s=$(seconds "$work/demo.json" "$cli" --db "$db" demo --branches "$branches" \
            --members "$members" --visits "$visits" --seed "$seed")
    fi
fi
echo "data load: ${demo_s} s" >&2

cat "$db" > /dev/null
first_s=$(seconds "$work/first.json" "$cli" --db "$db" retention)
echo "first retention run (builds the rollup): ${first_s} s" >&2

runs=()
for _ in 1 2 3 4 5; do
    cat "$db" > /dev/null
    runs+=("$(seconds "$work/run.json" "$cli" --db "$db" retention)")
done
cmp -s "$work/first.json" "$work/run.json" || { echo "bench-retention: runs disagree" >&2; exit 1; }
sorted=$(printf '%s\n' "${runs[@]}" | sort -n)
best=$(echo "$sorted" | head -1)
median=$(echo "$sorted" | sed -n 3p)
echo "retention, rollup up to date: best ${best} s, median ${median} s (${runs[*]})" >&2

rebuild_s=$(seconds "$work/rebuild.json" "$cli" --db "$db" retention --rebuild)
echo "retention --rebuild (rollup rebuilt from scratch): ${rebuild_s} s" >&2

# One visit more: the next run patches the rollup for that person only.
person=$(sqlite3 -readonly "$db" "SELECT person_id FROM coupon_claims LIMIT 1")
branch=$(sqlite3 -readonly "$db" "SELECT id FROM branches LIMIT 1")
sqlite3 "$db" "PRAGMA busy_timeout = 5000; INSERT INTO visits (branch_id, person_id,
    occurred_at, amount, source, receipt_no) SELECT $branch, $person, max(occurred_at), 100,
    'counter', 'BENCH-' || (max(id) + 1) FROM visits" >/dev/null
patch_s=$(seconds "$work/patched.json" "$cli" --db "$db" retention)
echo "retention after one new visit (patched): ${patch_s} s" >&2

cat > "$work/plain.sql" <<'SQL'
-- The result of `chaincard-cli retention` (no filters, 12 months) in one plain SQL statement:
-- no rollup, every visit read. Months and days use the chain's fixed UTC offset (+08:00: Asia/
-- Shanghai has had no daylight saving time since 1991).
WITH
topups AS (
  SELECT e.person_id, e.occurred_at AS t,
         row_number() OVER (PARTITION BY e.person_id ORDER BY e.occurred_at, e.id) AS n
  FROM wallet_entries e
  WHERE e.kind = 'topup'
    AND NOT EXISTS (SELECT 1 FROM wallet_entries r WHERE r.reverses = e.id)),
claims AS (
  SELECT c.person_id, c.claimed_at AS t,
         row_number() OVER (PARTITION BY c.person_id ORDER BY c.claimed_at, c.id) AS n
  FROM coupon_claims c),
starts AS MATERIALIZED (
  SELECT 0 AS grp, person_id, t, 0 AS conv FROM topups WHERE n = 1
  UNION ALL
  SELECT 1, c.person_id, c.t, m.t IS NOT NULL
  FROM claims c LEFT JOIN topups m ON m.person_id = c.person_id AND m.n = 1
  WHERE c.n = 1 AND (m.t IS NULL OR m.t > c.t)),
cohorts AS MATERIALIZED (
  SELECT grp, person_id, t, conv,
         CAST(strftime('%Y', t + 28800, 'unixepoch') AS INTEGER) * 12
           + CAST(strftime('%m', t + 28800, 'unixepoch') AS INTEGER) - 1 AS cm,
         (t + 28800) / 86400 AS sd
  FROM starts),
latest(lm) AS (
  SELECT CAST(strftime('%Y', max(occurred_at) + 28800, 'unixepoch') AS INTEGER) * 12
           + CAST(strftime('%m', max(occurred_at) + 28800, 'unixepoch') AS INTEGER) - 1
  FROM visits WHERE kind = 'sale' AND voided_at IS NULL),
hits AS (
  SELECT s.grp, s.person_id, s.cm,
         CAST(strftime('%Y', v.occurred_at + 28800, 'unixepoch') AS INTEGER) * 12
           + CAST(strftime('%m', v.occurred_at + 28800, 'unixepoch') AS INTEGER) - 1 - s.cm AS k,
         (v.occurred_at + 28800) / 86400 - s.sd AS dd
  FROM visits v CROSS JOIN cohorts s
  WHERE s.person_id = v.person_id AND v.kind = 'sale' AND v.voided_at IS NULL
    AND v.occurred_at >= s.t),
returns AS (
  SELECT grp, cm, person_id, min(CASE WHEN dd > 0 THEN dd END) AS d
  FROM hits GROUP BY grp, cm, person_id),
retained AS (
  SELECT grp, cm, k, count(DISTINCT person_id) AS n FROM hits GROUP BY grp, cm, k),
sizes AS (
  SELECT grp, cm, count(*) AS size, sum(conv) AS converted FROM cohorts GROUP BY grp, cm),
back AS (
  SELECT grp, cm, sum(d <= 30) AS r30, sum(d <= 60) AS r60, sum(d <= 90) AS r90
  FROM returns GROUP BY grp, cm),
months(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM months WHERE k < 12)
SELECT CASE z.grp WHEN 0 THEN 'member' ELSE 'coupon' END, printf('%04d-%02d', z.cm / 12,
       z.cm % 12 + 1), z.size,
       (SELECT json_group_array(coalesce(r.n, 0)) FROM (SELECT m.k FROM months m, latest l
          WHERE m.k = 0 OR z.cm + m.k <= l.lm ORDER BY m.k) mk
        LEFT JOIN retained r ON r.grp = z.grp AND r.cm = z.cm AND r.k = mk.k),
       coalesce(b.r30, 0), coalesce(b.r60, 0), coalesce(b.r90, 0),
       CASE z.grp WHEN 1 THEN z.converted END
FROM sizes z LEFT JOIN back b ON b.grp = z.grp AND b.cm = z.cm
ORDER BY z.grp, z.cm;
SQL
cat "$db" > /dev/null
plain_s=$(seconds "$work/plain.out" sqlite3 -readonly "$db" ".read $work/plain.sql")
echo "one plain SQL statement in sqlite3: ${plain_s} s" >&2

same="not compared (needs jq)"
if command -v jq >/dev/null; then
    jq -r '.groups | (.member[] | ["member", .cohort, .size, (.retained | tojson),
        .returned_within_days["30"], .returned_within_days["60"], .returned_within_days["90"],
        ""]), (.coupon[] | ["coupon", .cohort, .size, (.retained | tojson),
        .returned_within_days["30"], .returned_within_days["60"], .returned_within_days["90"],
        .converted_to_member]) | map(tostring) | join("|")' "$work/patched.json" \
        > "$work/cli.out"
    if cmp -s "$work/cli.out" "$work/plain.out"; then same="identical"; else same="DIFFERENT"; fi
fi
echo "plain SQL result against the CLI's: $same" >&2

cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ //' || true)
cat <<EOF

| What (${branches} branches, ${members} people, ${visits} visits) | Seconds |
| --- | ---: |
| ${demo_what} | ${demo_s} |
| first \`chaincard-cli retention\` after the load (builds the rollup) | ${first_s} |
| \`chaincard-cli retention\`, new process, rollup up to date: best / median of 5 | ${best} / ${median} |
| \`chaincard-cli retention\` after one new visit (rollup patched) | ${patch_s} |
| \`chaincard-cli retention --rebuild\` (rollup rebuilt from scratch) | ${rebuild_s} |
| the same result as one plain SQL statement in \`sqlite3\` (${same}) | ${plain_s} |

Machine: ${cpu:-unknown}, $(nproc) cores; sqlite3 $(sqlite3 --version | cut -d' ' -f1).
EOF
if [[ $keep -eq 1 ]]; then echo "kept: $work" >&2; fi
