# Shared by scripts/bench-members.sh and scripts/bench-dashboard.sh; sourced, not run.
# They call bench_defaults, then bench_option on each argument, before calling the others.

# bench_defaults: the options every chain benchmark shares, at their defaults (BRANCHES,
# MEMBERS, VISITS, SEED in the environment override the sizes).
bench_defaults() {
    build=""
    keep=0
    existing=""
    branches=${BRANCHES:-200}
    members=${MEMBERS:-1000000}
    visits=${VISITS:-10000000}
    seed=${SEED:-1}
}

# bench_option ARGS...: takes the first argument if it is a shared option (--build DIR, --keep,
# --small, --db FILE) and sets `used` to how many arguments it took; 0 when it is not one.
bench_option() {
    used=0
    case "$1" in
        --build) build="$2"; used=2 ;;
        --keep) keep=1; used=1 ;;
        --small) branches=2; members=1000; visits=10000; used=1 ;;
        --db) existing=$(realpath "$2"); used=2 ;;
    esac
}

# bench_build DIR GUI TARGET...: a Release build with tests (GUI ON or OFF), only TARGETs.
bench_build() {
    local dir=$1 gui=$2
    shift 2
    local launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCHAINCARD_BUILD_GUI="$gui" \
        -DCHAINCARD_BUILD_TESTS=ON "${launcher[@]}" >/dev/null
    cmake --build "$dir" --target "$@" >/dev/null
}

# bench_chain NAME CLI: sets db to the existing chain, or to a new demo chain of the sizes
# above in a temporary folder (removed at exit unless keep is 1); then reads it once so that
# "cold" means a new connection, not a cold disk.
bench_chain() {
    local name=$1 cli=$2
    if [[ -n "$existing" ]]; then
        db="$existing"
        work=""
    else
        work=$(mktemp -d "${TMPDIR:-/tmp}/chaincard-bench-$name.XXXXXX")
        if [[ $keep -eq 0 ]]; then trap 'rm -rf "$work"' EXIT; fi
        db="$work/bench.chaincard"
        echo "bench-$name: $branches branches, $members members, $visits visits (seed $seed) in $work" >&2
        CHAINCARD_PASSWORD=bench-password "$cli" --db "$db" init --chain-name "Bench Noodles" \
            --timezone Asia/Shanghai >/dev/null
        local start
        start=$(date +%s)
        "$cli" --db "$db" demo --branches "$branches" --members "$members" --visits "$visits" \
            --seed "$seed" >/dev/null
        echo "demo chain made in $(( $(date +%s) - start )) s" >&2
    fi
    cat "$db" > /dev/null
}

# bench_machine: the machine line under the figures, and where a kept chain is.
bench_machine() {
    local cpu
    cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ //' || true)
    echo
    echo "Machine: ${cpu:-unknown}, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)."
    if [[ $keep -eq 1 && -n "$work" ]]; then echo "kept: $db" >&2; fi
    return 0
}
