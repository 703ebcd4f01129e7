#!/usr/bin/env bash
# Runs the bake-off: every scenario against every server that was built, each on a fresh
# server process (so its peak memory and threads are the scenario's), and writes what the
# load client prints to OUT/<server>-<scenario>.txt. About 20 minutes.
#   tests/bench/serverchoice/run.sh [BUILD_DIR] [OUT_DIR] [SERVER_PATTERN] [SCENARIO_PATTERN]
# e.g. run.sh build /tmp/bakeoff '^(mhd|qt)$' live: regular expressions on the names in the
# result files (mhd, mhd-chunked, httplib-default…; live, idle, slow, bigbody). Servers
# listen on 127.0.0.1 on a new port for each run, from 18200 up (a stopped server's port can
# still be held by its connections' TIME_WAIT).
set -euo pipefail

build=${1:-build}
out=${2:-serverchoice-results}
pattern=${3:-.}
scenarios=${4:-.}
bin=$build/tests/bench/serverchoice
mkdir -p "$out"
[ -x "$bin/serverchoice_loadclient" ] || { echo "no $bin/serverchoice_loadclient: build the benchmarks first" >&2; exit 1; }

port=18200
server_pid=

stop_server() {
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
        server_pid=
    fi
}
trap stop_server EXIT

# run NAME BINARY "SERVER ARGS" SCENARIO "CLIENT ARGS"
run() {
    local name=$1 binary=$2 server_args=$3 scenario=$4 client_args=$5
    [ -x "$bin/$binary" ] || { echo "skipped $name: $binary not built"; return; }
    [[ $name =~ $pattern && $scenario =~ $scenarios ]] || return 0
    port=$((port + 1))
    local log=$out/$name-$scenario.txt
    local ready=$out/.ready
    : >"$ready"
    # shellcheck disable=SC2086
    "$bin/$binary" --port "$port" $server_args >"$ready" 2>"$out/$name-$scenario.server-stderr.txt" &
    server_pid=$!
    for _ in $(seq 50); do
        grep -q '^listening' "$ready" && break
        sleep 0.1
    done
    {
        echo "# $name, $scenario: $(head -1 "$ready")"
        echo "# load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
        # shellcheck disable=SC2086
        "$bin/serverchoice_loadclient" "$scenario" --port "$port" --pid "$server_pid" $client_args || echo "client failed: $?"
        kill -0 "$server_pid" 2>/dev/null || echo "SERVER DIED"
        echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
    } 2>&1 | tee "$log"
    stop_server
    rm -f "$ready"
}

{
    echo "# $(date -u +%FT%TZ) on $(nproc) cores: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2-)"
    echo "# $(uname -sr), $(. /etc/os-release && echo "$PRETTY_NAME")"
    dpkg-query -W -f='# ${Package} ${Version}\n' libmicrohttpd12 libcpp-httplib0.11 libcivetweb1 libqt6httpserver6 2>/dev/null || true
} | tee "$out/machine.txt"

live="--pollers 500 --senders 50 --rate 100 --rate-seconds 20 --max-seconds 10"
# Each library as the product would configure it (limits set, pools sized for 500 phones
# plus their note connections, TCP_NODELAY on), then the thread-pool libraries with their
# default pools and Nagle.
servers=(
    "mhd serverchoice_mhd"
    "httplib serverchoice_httplib --threads 600"
    "civetweb serverchoice_civetweb --threads 600"
    "qt serverchoice_qt"
)
for entry in "${servers[@]}"; do
    read -r name binary args <<<"$entry"
    run "$name" "$binary" "${args:-}" live "$live"
    run "$name" "$binary" "${args:-}" idle "--connections 2000 --seconds 40"
    run "$name" "$binary" "${args:-}" slow "--connections 1 --seconds 40"
    run "$name-slow1000" "$binary" "${args:-}" slow "--connections 1000 --seconds 40"
    run "$name" "$binary" "${args:-}" bigbody ""
    run "$name-chunked" "$binary" "${args:-}" bigbody "--chunked"
done
run mhd-pool2 serverchoice_mhd "--threads 2" live "$live"
# libmicrohttpd with the application's own deadline for a complete request (server_mhd.cpp).
run mhd-deadline serverchoice_mhd "--deadline 1" live "$live"
run mhd-deadline serverchoice_mhd "--deadline 1" idle "--connections 2000 --seconds 40"
run mhd-deadline serverchoice_mhd "--deadline 1" slow "--connections 1 --seconds 40"
run mhd-deadline-slow1000 serverchoice_mhd "--deadline 1" slow "--connections 1000 --seconds 40"
run httplib-default serverchoice_httplib "--nagle 1" live "$live"
run httplib-default serverchoice_httplib "--nagle 1" idle "--connections 2000 --seconds 40"
run civetweb-default serverchoice_civetweb "--nagle 1" live "$live"
