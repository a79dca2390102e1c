#!/usr/bin/env bash
# Builds ChainCard with warnings as errors and runs every test. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-deps.sh
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake --preset ci "${launcher[@]}" >/dev/null
cmake --build --preset ci --parallel "$(nproc)"
ctest --preset ci --parallel "$(nproc)"
