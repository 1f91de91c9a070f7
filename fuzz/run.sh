#!/usr/bin/env bash
# Runs the fuzz targets one after the other, each for FUZZ_SECONDS (default 600) or FUZZ_RUNS inputs,
# whichever ends first, from the committed seeds plus a working corpus in .build/fuzz/work/TARGET.
# A crash, hang (> 10 s) or violated invariant stops the target and leaves .build/fuzz/TARGET-crash-*.
# Usage: fuzz/run.sh [target...]   (targets: normalizer segmenter date question)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-600}
runs=${FUZZ_RUNS:--1}
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(normalizer segmenter date question)
# The question target asks a database of the seeds.
if [[ " ${targets[*]} " == *" question "* ]] && [ ! -f .build/fuzz/seed.db ]; then
    "${ARGKB:-.build/debug/argkb}" ingest --quiet --db .build/fuzz/seed.db --lexicons data/lexicon --annotations data/annotations data/sources
fi
export ARGKB_FUZZ_DB=$PWD/.build/fuzz/seed.db
status=0
for target in "${targets[@]}"; do
    mkdir -p ".build/fuzz/work/$target"
    echo "== fuzz $target: ${seconds} s" >&2
    failed=0
    ".build/fuzz/$target" ".build/fuzz/work/$target" "fuzz/corpus/$target" -max_total_time="$seconds" -runs="$runs" \
        -max_len=4096 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=".build/fuzz/$target-" \
        > ".build/fuzz/$target.log" 2>&1 || failed=1
    grep -E "^(Done|stat::number_of_executed_units|stat::peak_rss_mb)|ERROR|invariant|SUMMARY" ".build/fuzz/$target.log" || true
    if [ $failed -ne 0 ]; then echo "fuzz $target FAILED: see .build/fuzz/$target.log" >&2; status=1; fi
done
exit $status
