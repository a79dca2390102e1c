#!/usr/bin/env bash
# Demo-data benchmark (issue 2): `chaincard-cli demo --branches 200 --members 1000000
# --visits 10000000` on a fresh chain; prints the wall time and the peak resident memory.
#
#   scripts/bench-demo.sh [--cli PATH]     (default: builds build/bench in Release)
#   BRANCHES, MEMBERS, VISITS, SEED in the environment override the sizes.
set -euo pipefail
cd "$(dirname "$0")/.."

cli=""
if [ "${1:-}" = "--cli" ]; then cli=$2; fi
if [ -z "$cli" ]; then
    bash scripts/setup-deps.sh
    cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DCHAINCARD_BUILD_TESTS=OFF \
        -DCHAINCARD_BUILD_GUI=OFF >/dev/null
    cmake --build build/bench --target chaincard-cli >/dev/null
    cli=build/bench/app/cli/chaincard-cli
fi
if [ ! -x /usr/bin/time ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq time >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/bench.chaincard"
CHAINCARD_PASSWORD=bench-password "$cli" --db "$db" init >/dev/null
/usr/bin/time -f "wall %e s, peak RSS %M KiB" -o "$work/time" "$cli" --db "$db" demo \
    --branches "${BRANCHES:-200}" --members "${MEMBERS:-1000000}" --visits "${VISITS:-10000000}" \
    --seed "${SEED:-1}" >"$work/summary.json"
cat "$work/summary.json"
echo "demo: $(cat "$work/time")"
echo "database: $(du -h "$db" | cut -f1)"
