#!/usr/bin/env bash
# Broadcast benchmark (issue 5, "Speed": 1,000,000 members over 200 branches, audience resolved
# and written in under 3 s): `broadcast create` over every branch, timed around the CLI (process
# start, schema check and the one BEGIN IMMEDIATE transaction that resolves the audience and
# writes the broadcast and its recipients), then the same for two branches and for members
# lapsed 30 days.
#
#   scripts/bench-broadcast.sh --db FILE [--build DIR]
#
#   --db FILE    a chain database to COPY (e.g. a demo chain of 200 branches and 1,000,000
#                members); the copy is made next to it in a temporary folder and removed at exit,
#                the original is never opened
#   --build DIR  a build with chaincard-cli (default: builds build/bench in Release)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/bench-lib.sh
source scripts/bench-lib.sh

build=""
source_db=""
keep=0
work=""
while [[ $# -gt 0 ]]; do
    case $1 in
        --build) build=$2; shift 2 ;;
        --db) source_db=$2; shift 2 ;;
        *) echo "usage: $0 --db FILE [--build DIR]" >&2; exit 2 ;;
    esac
done
[[ -n "$source_db" ]] || { echo "usage: $0 --db FILE [--build DIR]" >&2; exit 2; }
if [[ -z "$build" ]]; then
    build=build/bench
    bench_build "$build" OFF chaincard-cli
fi
cli="$build/app/cli/chaincard-cli"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/chaincard-bench-broadcast.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
db="$tmp/bench.chaincard"
cp "$source_db" "$db"
[[ -s "$source_db-wal" ]] && cp "$source_db-wal" "$db-wal"
# The first open migrates the copy to the current schema; not part of the figure.
"$cli" --db "$db" broadcast status 1 >/dev/null 2>&1 || true
cat "$db" > /dev/null

run() {
    local label=$1
    shift
    local start end out
    start=$(date +%s%N)
    out=$("$cli" --db "$db" broadcast create --title Bench --channel sms-file \
        --body 'Hi {name}, {branch} ({branch_address}, {branch_phone}) misses you. Balance {balance}, {tier}.' "$@")
    end=$(date +%s%N)
    printf '| %s | %s ms | %s |\n' "$label" $(( (end - start) / 1000000 )) "$out"
}

echo "| Audience | create (resolve + write, whole CLI run) | result |"
echo "|---|---|---|"
run "all branches" --branches all
run "all branches, again" --branches all
run "two branches (B001,B002)" --branches B001,B002
run "members lapsed 30 days" --segment members --lapsed-days 30
echo "people: $(sqlite3 "$db" 'SELECT count(*) FROM people' 2>/dev/null || echo '?')," \
    "branches: $(sqlite3 "$db" 'SELECT count(*) FROM branches' 2>/dev/null || echo '?')"
bench_machine
