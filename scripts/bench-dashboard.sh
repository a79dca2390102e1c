#!/usr/bin/env bash
# Dashboard benchmark (issue 4, "Speed": dashboard figures in under 1 s): a demo chain of 200
# branches, 1,000,000 members (1,400,000 people with the guests) and 10,000,000 visits; then,
# in one process (tests/bench/bench_dashboard.cpp), the time of the dashboard's figures (a
# period and its comparison period) for the owner over every branch and for one branch's
# manager, this month so far (the page's default), last month and this year.
#
#   scripts/bench-dashboard.sh [--build DIR] [--keep] [--small] [--db FILE]
#
#   --build DIR  a build with the tests (default: builds build/bench in Release)
#   --keep       keep the database (printed at the end)
#   --small      2 branches, 1,000 members, 10,000 visits: checks the script itself in seconds
#   --db FILE    use an existing chain database instead of making one (not copied: the first
#                open migrates it to the current schema, which builds the dashboard's indexes
#                and stored value rollup once)
#   BRANCHES, MEMBERS, VISITS, SEED in the environment override the sizes.
#
# The page cache cannot be dropped without privileges, so the database is read once beforehand
# (cat FILE > /dev/null) and "cold" means a new connection.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/bench-lib.sh
source scripts/bench-lib.sh

bench_defaults
while [[ $# -gt 0 ]]; do
    bench_option "$@"
    if ((used > 0)); then
        shift "$used"
        continue
    fi
    case "$1" in
        *) echo "usage: $0 [--build DIR] [--keep] [--small] [--db FILE]" >&2
           exit 2 ;;
    esac
done

if [[ -z "$build" ]]; then
    build=build/bench
    bench_build "$build" OFF chaincard-cli bench_dashboard
fi
cli=$(realpath "$build/app/cli/chaincard-cli")
bench=$(realpath "$build/tests/bench/bench_dashboard")

bench_chain dashboard "$cli"
"$bench" "$db"

bench_machine
