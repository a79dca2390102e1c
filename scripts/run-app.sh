#!/usr/bin/env bash
# Builds ChainCard and starts the desktop app. Without a chain database yet, it creates a demo
# chain first. Extra arguments go to the app (e.g. --db PATH). Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-deps.sh
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B build/app -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCHAINCARD_BUILD_TESTS=OFF \
    "${launcher[@]}" >/dev/null
cmake --build build/app --parallel "$(nproc)"
exec build/app/app/gui/chaincard "$@"
