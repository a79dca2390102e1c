#!/usr/bin/env bash
# Regenerates README's screenshots from a fresh demo chain (offscreen, no display needed).
# Usage: bash scripts/screenshots.sh [build-dir]   (default: build/app, built by run-app.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/app}
[ -x "$build/app/gui/chaincard" ] || { echo "build the app first: bash scripts/run-app.sh" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/demo.chaincard"
CHAINCARD_PASSWORD=demo-password "$build/app/cli/chaincard-cli" --db "$db" init \
    --chain-name "Golden Noodle House" >/dev/null
"$build/app/cli/chaincard-cli" --db "$db" demo --branches 12 --members 5000 --visits 60000 \
    --seed 1 >/dev/null

mkdir -p docs/screenshots
pages=(branches)
for i in "${!pages[@]}"; do
    QT_QPA_PLATFORM=offscreen LANG=en_US.UTF-8 "$build/app/gui/chaincard" --db "$db" --page "$i" \
        --screenshot "docs/screenshots/${pages[$i]}.png"
    echo "docs/screenshots/${pages[$i]}.png"
done
