#!/usr/bin/env bash
# Counter benchmark (issue 7, "Speed"): on a demo chain of 200 branches, 1,000,000 members and
# 10,000,000 visits, the time of a lookup by phone, by the last four digits and of the card,
# and of a payment from the balance committed durably (synchronous=FULL: visit, wallet spend
# and audit entries in one BEGIN IMMEDIATE transaction), many of each in one process
# (tests/bench/bench_counter.cpp), median and 95th percentile.
# Targets: lookups and a durable payment each under 20 ms.
#
#   scripts/bench-counter.sh [--build DIR] [--keep] [--small] [--db FILE] [--ops N]
#
#   --build DIR  a build with the tests (default: builds build/bench-core in Release)
#   --keep       keep the database (printed at the end)
#   --small      2 branches, 1,000 members, 10,000 visits: checks the script itself in seconds
#   --db FILE    an existing chain: it is COPIED first (payments write), never changed in place
#   --ops N      operations of each kind (default 1000)
#   BRANCHES, MEMBERS, VISITS, SEED in the environment override the sizes.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/bench-lib.sh
source scripts/bench-lib.sh

bench_defaults
ops=1000
while [[ $# -gt 0 ]]; do
    bench_option "$@"
    if ((used > 0)); then
        shift "$used"
        continue
    fi
    case "$1" in
        --ops) ops="$2"; shift 2 ;;
        *) echo "usage: $0 [--build DIR] [--keep] [--small] [--db FILE] [--ops N]" >&2
           exit 2 ;;
    esac
done

if [[ -z "$build" ]]; then
    build=build/bench-core
    bench_build "$build" OFF chaincard-cli bench_counter
fi
cli=$(realpath "$build/app/cli/chaincard-cli")
bench=$(realpath "$build/tests/bench/bench_counter")

if [[ -n "$existing" ]]; then
    # Payments write: work on a copy, removed at exit unless --keep.
    work=$(mktemp -d "${TMPDIR:-/tmp}/chaincard-bench-counter.XXXXXX")
    if [[ $keep -eq 0 ]]; then trap 'rm -rf "$work"' EXIT; fi
    echo "bench-counter: copying $existing" >&2
    cp "$existing" "$work/bench.chaincard"
    [[ -f "$existing-wal" ]] && cp "$existing-wal" "$work/bench.chaincard-wal"
    db="$work/bench.chaincard"
    cat "$db" > /dev/null
else
    bench_chain counter "$cli"
fi
"$bench" "$db" "$ops"

bench_machine
