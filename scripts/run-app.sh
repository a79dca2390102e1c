#!/usr/bin/env bash
# Builds ChainCard and starts the desktop app. Without a chain database yet, it creates the demo
# chain first (owner: "owner", password "chaincard-demo"). Extra arguments go to the app (e.g.
# --db PATH). Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-deps.sh
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B build/app -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCHAINCARD_BUILD_TESTS=OFF \
    "${launcher[@]}" >/dev/null
cmake --build build/app --parallel "$(nproc)"

# The database the app will open: --db PATH (or --db=PATH) if given, else the default, which
# the CLI names in its help.
cli=build/app/app/cli/chaincard-cli
db=$("$cli" --help | sed -n 's/.*(default: \(.*\))$/\1/p')
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
    case ${args[$i]} in
        --db) db=${args[$((i + 1))]:-} ;;
        --db=*) db=${args[$i]#--db=} ;;
    esac
done
if [ -n "$db" ] && [ ! -e "$db" ]; then
    echo "creating the demo chain in $db (owner / chaincard-demo)..."
    CHAINCARD_PASSWORD=chaincard-demo "$cli" --db "$db" init --chain-name "Demo Noodle House" >/dev/null
    "$cli" --db "$db" demo --branches 20 --members 20000 --visits 200000 --seed 1 >/dev/null \
        || { rm -f "$db" "$db-wal" "$db-shm"; exit 1; }
fi
exec build/app/app/gui/chaincard "$@"
