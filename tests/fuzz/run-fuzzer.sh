#!/usr/bin/env bash
# Runs one libFuzzer harness for a bounded time, as a test (tests/fuzz/CMakeLists.txt).
#   run-fuzzer.sh HARNESS SECONDS WORKDIR SEED...
# A dictionary beside this script named after the harness (fuzz_eventjson: eventjson.dict)
# gives the fuzzer the format's words (keys, column names) to splice in.
# The corpus in WORKDIR/corpus starts from the seeds (files or folders) and keeps what the
# runs found, so a later run, or a longer one by hand, goes on from there. A crash, a leak,
# a sanitizer report or an input slower than 10 s fails the test and leaves the input in
# WORKDIR (crash-*, leak-*, timeout-*, oom-*); replay it with `HARNESS FILE`.
set -euo pipefail
harness=$1 seconds=$2 work=$3
shift 3
mkdir -p "$work/corpus"
for seed in "$@"; do
    if [ -d "$seed" ]; then
        cp -n "$seed"/* "$work/corpus/" 2>/dev/null || true
    else
        cp -n "$seed" "$work/corpus/"
    fi
done
options=()
dict=$(dirname "$0")/$(basename "$harness" | sed 's/^fuzz_//').dict
[ -f "$dict" ] && options+=(-dict="$dict")
# fuzz_eventfile writes and syncs an event file per input: in memory, not on the disk.
[ -d /dev/shm ] && [ -w /dev/shm ] && export TMPDIR=/dev/shm
exec "$harness" -max_total_time="$seconds" -seed=1 -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$work/" "${options[@]}" "$work/corpus"
