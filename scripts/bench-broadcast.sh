#!/usr/bin/env bash
# Broadcast benchmark (issue 5, "Speed": 1,000,000 members over 200 branches, audience resolved
# and written in under 3 s): `broadcast create` over every branch, timed around the CLI (process
# start, schema check and the one BEGIN IMMEDIATE transaction that resolves the audience and
# writes the broadcast and its recipients), then the same for two branches and for members
# lapsed 30 days; then the chain-wide audience delivered by webhook to a local HTTP server
# (issue 5: 2,000 deliveries a second or more).
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

# Delivery: the chain-wide audience again, by webhook (everyone with an SMS consent is given a
# webhook one, quiet hours off), posted in batches of 500 to a local Python HTTP server that
# answers 200 and counts the deliveries and distinct idempotency keys it receives.
sqlite3 "$db" "INSERT OR IGNORE INTO consents (person_id, channel, granted, changed_at, source)
    SELECT person_id, 'webhook', granted, changed_at, source FROM consents WHERE channel = 'sms';
    INSERT OR REPLACE INTO settings (key, value) VALUES ('broadcast_quiet_start', '00:00'),
    ('broadcast_quiet_end', '00:00');"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 - "$port" "$tmp/hook.txt" <<'PY' &
import http.server, json, sys
port, out = int(sys.argv[1]), sys.argv[2]
posts, deliveries, keys = 0, 0, set()
class Hook(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        global posts, deliveries
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        posts += 1
        deliveries += len(body["deliveries"])
        keys.update(d["idempotency_key"] for d in body["deliveries"])
        self.send_response(200)
        self.end_headers()
        with open(out, "w") as f:
            f.write(f"{posts} {deliveries} {len(keys)}\n")
    def log_message(self, *args):
        pass
http.server.ThreadingHTTPServer(("127.0.0.1", port), Hook).serve_forever()
PY
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$tmp"' EXIT
created=$("$cli" --db "$db" broadcast create --title Bench --channel webhook --branches all \
    --body 'Hi {name}, {branch} misses you. Balance {balance}.')
id=$(sed -n 's/.*"id": *\([0-9]*\).*/\1/p' <<<"$created")
start=$(date +%s%N)
"$cli" --db "$db" broadcast send "$id" --webhook-url "http://127.0.0.1:$port/hook" >/dev/null
end=$(date +%s%N)
read -r posts deliveries keys <"$tmp/hook.txt"
ms=$(( (end - start) / 1000000 ))
echo
echo "| Webhook delivery | POSTs | deliveries received | distinct keys | whole send run | rate |"
echo "|---|---:|---:|---:|---:|---:|"
printf '| broadcast %s, all branches | %s | %s | %s | %s ms | %s a second |\n' "$id" "$posts" \
    "$deliveries" "$keys" "$ms" $(( deliveries * 1000 / (ms > 0 ? ms : 1) ))
echo "people: $(sqlite3 "$db" 'SELECT count(*) FROM people' 2>/dev/null || echo '?')," \
    "branches: $(sqlite3 "$db" 'SELECT count(*) FROM branches' 2>/dev/null || echo '?')"
bench_machine
