#!/usr/bin/env bash
# Member list benchmark (issue 4, "Speed"): a demo chain of 200 branches, 1,000,000 members
# (1,400,000 people with the guests) and 10,000,000 visits; then, in one process
# (tests/bench/bench_members.cpp), the time of the member list's first page, of each keystroke
# of a search (a phone typed digit by digit, its last four digits, a name, a member code), of
# each filter and its count, through the core and through the lazy model as the window uses
# it; then the resident memory after fetching the whole list to its end through the model.
# Targets: each keystroke under 100 ms, under 300 MB resident after browsing to the end.
#
#   scripts/bench-members.sh [--build DIR] [--keep] [--small] [--db FILE] [--no-browse]
#
#   --build DIR  a build with the GUI and tests (default: builds build/bench-gui in Release)
#   --keep       keep the database (printed at the end)
#   --small      2 branches, 1,000 members, 10,000 visits: checks the script itself in seconds
#   --db FILE    use an existing chain database instead of making one (a copy is not made:
#                the first open migrates it to the current schema, which builds the member
#                list's indexes once)
#   --no-browse  skip fetching the whole list
#   BRANCHES, MEMBERS, VISITS, SEED in the environment override the sizes.
#
# The page cache cannot be dropped without privileges, so the database is read once beforehand
# (cat FILE > /dev/null) and "cold" means a new connection.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/bench-lib.sh
source scripts/bench-lib.sh

bench_defaults
browse=()
while [[ $# -gt 0 ]]; do
    bench_option "$@"
    if ((used > 0)); then
        shift "$used"
        continue
    fi
    case "$1" in
        --no-browse) browse=(--no-browse); shift ;;
        *) echo "usage: $0 [--build DIR] [--keep] [--small] [--db FILE] [--no-browse]" >&2
           exit 2 ;;
    esac
done

if [[ -z "$build" ]]; then
    build=build/bench-gui
    bench_build "$build" ON chaincard-cli bench_members
fi
cli=$(realpath "$build/app/cli/chaincard-cli")
bench=$(realpath "$build/tests/bench/bench_members")

bench_chain members "$cli"
QT_QPA_PLATFORM=offscreen "$bench" "$db" "${browse[@]}" 2> >(grep -v "^QStandardPaths" >&2)

bench_machine
