#!/usr/bin/env bash
# Regenerates README's screenshots from a fresh demo chain (offscreen, no display needed).
# Usage: bash scripts/screenshots.sh [build-dir]   (default: build/app, built by run-app.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/app}
[ -x "$build/app/gui/chaincard" ] || { echo "build the app first: bash scripts/run-app.sh" >&2; exit 1; }

# The demo chain's names are Chinese: the pictures need a CJK font.
if ! fc-list 2>/dev/null | grep -qi "wqy"; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq fonts-wqy-microhei >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/demo.chaincard"
CHAINCARD_PASSWORD=demo-password "$build/app/cli/chaincard-cli" --db "$db" init \
    --chain-name "Golden Noodle House" >/dev/null
"$build/app/cli/chaincard-cli" --db "$db" demo --branches 12 --members 5000 --visits 60000 \
    --seed 1 >/dev/null

mkdir -p docs/screenshots
# The owner's navigation order (AppController::addPages); "-": pictured by its test below (the
# demo chain has no staff accounts; the broadcasts page is pictured with a message composed).
pages=(dashboard - branches - members coupons reviews retention - stored-value membership settings)
for i in "${!pages[@]}"; do
    [ "${pages[$i]}" != - ] || continue
    QT_QPA_PLATFORM=offscreen LANG=en_US.UTF-8 CHAINCARD_PASSWORD=demo-password \
        "$build/app/gui/chaincard" --db "$db" --user owner --page "$i" \
        --screenshot "docs/screenshots/${pages[$i]}.png"
    echo "docs/screenshots/${pages[$i]}.png"
done
# The dashboard once more as a Chinese-speaking owner sees it (the system's language).
QT_QPA_PLATFORM=offscreen LANG=zh_CN.UTF-8 LANGUAGE=zh_CN CHAINCARD_PASSWORD=demo-password \
    "$build/app/gui/chaincard" --db "$db" --user owner --page 0 \
    --screenshot docs/screenshots/dashboard-zh.png
echo docs/screenshots/dashboard-zh.png

# The import wizard's pages, the sign-in dialog, the first-run wizard, the users page and a
# member's page come from their tests' screenshot modes (the member's page on a demo chain of
# its own), so they need a build with tests: CHAINCARD_TEST_BUILD=build/NAME (default: the
# build dir above).
test_build=${CHAINCARD_TEST_BUILD:-$build}
shoot() { # test program, then the pictures it writes
    local test=$1
    shift
    if [ -x "$test_build/tests/$test" ]; then
        QT_QPA_PLATFORM=offscreen LANG=en_US.UTF-8 CHAINCARD_SCREENSHOT_DIR=docs/screenshots \
            "$test_build/tests/$test" screenshots >/dev/null
        printf 'docs/screenshots/%s\n' "$@"
    else
        echo "$* skipped: $test_build/tests/$test is not built" \
            "(set CHAINCARD_TEST_BUILD to a build with tests)" >&2
    fi
}
shoot tst_importwizard import-preview.png import-summary.png
shoot tst_signin signin.png firstrun.png
shoot tst_userspage users.png
shoot tst_couponspage coupon-dialog.png coupon-issue.png
shoot tst_memberpage member.png
shoot tst_counterpage counter.png
shoot tst_broadcastspage broadcasts.png
