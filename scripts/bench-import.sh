#!/usr/bin/env bash
# Import benchmark (issue 3). Generates, in a temporary directory:
#   branches.csv  200 branches B001..B200
#   members.csv   MEMBERS canonical member rows (default 1,000,000): 11-digit mainland mobiles
#                 without +86 in random order, a home branch, a join time, SMS consent
#   visits.csv    VISITS canonical visit rows (default 10,000,000; 0 skips them): receipt
#                 numbers, a member's phone on most rows, amounts, times in order
# then, side by side:
#   1. the sqlite3 shell's .import of members.csv into a table with a unique phone key and a
#      256 MB page cache (the issue's yardstick), and, for comparison at equal work, the same
#      .import followed by the indexes ChainCard keeps on people;
#   2. chaincard-cli import branches, then members, into a new chain (every check on);
#   3. chaincard-cli import visits into that chain;
# and prints the wall time, rows per second and peak resident memory of each.
#
#   scripts/bench-import.sh [--cli PATH]     (default: builds build/bench in Release)
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

members=${MEMBERS:-1000000}
visits=${VISITS:-10000000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Files. The phone of member i is 13 followed by (i * 3^18) mod 10^9: distinct for every i
# below 10^9 (3^18 is coprime with 10^9), in no particular order.
awk 'BEGIN { print "code,name,city"; for (i = 1; i <= 200; i++) printf "B%03d,Branch %d,City %d\n", i, i, i % 37 }' \
    >"$work/branches.csv"
awk -v n="$members" 'BEGIN {
    print "phone,name,gender,birthday,email,home_branch,joined_at,sms_opt_in,email_opt_in,tags,notes"
    for (i = 1; i <= n; i++) {
        p = (i * 387420489) % 1000000000
        g = (i % 3 == 0) ? "female" : (i % 3 == 1) ? "male" : ""
        printf "13%09d,Member %d,%s,%04d-%02d-%02d,,B%03d,2024-%02d-%02d 12:%02d:00,%s,,,\n", \
            p, i, g, 1950 + i % 50, 1 + i % 12, 1 + i % 28, 1 + i % 200, 1 + i % 12, 1 + i % 28, \
            i % 60, (i % 2) ? "yes" : "no"
    }
}' >"$work/members.csv"
if [ "$visits" -gt 0 ]; then
    awk -v n="$visits" -v m="$members" 'BEGIN {
        print "branch,receipt_no,phone,amount,occurred_at"
        t = 1704067200 # 2024-01-01 00:00 UTC
        for (i = 1; i <= n; i++) {
            t += 2 + i % 3
            if (i % 10 < 8) {
                j = 1 + (i * 7919) % m
                phone = sprintf("13%09d", (j * 387420489) % 1000000000)
            } else {
                phone = ""
            }
            printf "B%03d,R%d,%s,%d.%02d,%s\n", 1 + i % 200, i, phone, 20 + i % 300, i % 100, \
                strftime("%Y-%m-%d %H:%M:%S", t, 1)
        }
    }' >"$work/visits.csv"
fi
echo "files: members.csv $(du -h "$work/members.csv" | cut -f1)$( [ "$visits" -gt 0 ] && echo ", visits.csv $(du -h "$work/visits.csv" | cut -f1)")"

measure() { # name rows command...
    local name=$1 rows=$2
    shift 2
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/out" 2>&1 || { cat "$work/out"; exit 1; }
    read -r wall rss <"$work/time"
    awk -v n="$name" -v w="$wall" -v r="$rss" -v rows="$rows" \
        'BEGIN { printf "%-34s %8.1f s  %10.0f rows/s  peak RSS %4.0f MB\n", n, w, rows / w, r / 1024 }'
}

# 1. sqlite3 .import into a table with a unique phone key and a 256 MB page cache.
cat >"$work/sqlite-import.sql" <<EOF
PRAGMA cache_size = -262144;
CREATE TABLE members (phone TEXT NOT NULL UNIQUE, name TEXT, gender TEXT, birthday TEXT,
    email TEXT, home_branch TEXT, joined_at TEXT, sms_opt_in TEXT, email_opt_in TEXT,
    tags TEXT, notes TEXT);
.import --csv --skip 1 $work/members.csv members
EOF
measure "sqlite3 .import members" "$members" sqlite3 "$work/plain.db" ".read $work/sqlite-import.sql"

# 1b. For comparison at equal work: the same .import, then the indexes ChainCard keeps on its
# people (the unique phone, the last four digits, the home branch, the name, and the phone and
# the name within a branch), each built by a sort after the load as ChainCard builds them:
# the load with a 128 MB page cache, the sorts with a 4 MB one and a second sort thread.
cat >"$work/sqlite-indexed.sql" <<EOF
PRAGMA cache_size = -131072;
CREATE TABLE members (phone TEXT NOT NULL, name TEXT, gender TEXT, birthday TEXT,
    email TEXT, home_branch TEXT, joined_at TEXT, sms_opt_in TEXT, email_opt_in TEXT,
    tags TEXT, notes TEXT);
.import --csv --skip 1 $work/members.csv members
PRAGMA cache_size = -4096;
PRAGMA threads = 2;
BEGIN;
CREATE UNIQUE INDEX members_phone ON members (phone);
CREATE INDEX members_last4 ON members (substr(phone, -4));
CREATE INDEX members_home ON members (home_branch);
CREATE INDEX members_name ON members (lower(name));
CREATE INDEX members_home_phone ON members (home_branch, phone);
CREATE INDEX members_home_name ON members (home_branch, lower(name));
COMMIT;
EOF
measure "sqlite3 .import, then the indexes" "$members" sqlite3 "$work/indexed.db" ".read $work/sqlite-indexed.sql"

# 2. and 3. ChainCard.
db="$work/bench.chaincard"
CHAINCARD_PASSWORD=bench-password "$cli" --db "$db" init >/dev/null
"$cli" --db "$db" import branches "$work/branches.csv" >/dev/null
measure "chaincard-cli import members" "$members" "$cli" --db "$db" import members "$work/members.csv"
grep -o '"inserted": *[0-9]*' "$work/out" || cat "$work/out"
if [ "$visits" -gt 0 ]; then
    measure "chaincard-cli import visits" "$visits" "$cli" --db "$db" import visits "$work/visits.csv"
    grep -o '"inserted": *[0-9]*' "$work/out" || cat "$work/out"
fi
echo "database: $(du -h "$db" | cut -f1)"
