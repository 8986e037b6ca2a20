#!/usr/bin/env bash
# Ingest throughput and peak memory: ingests the first N articles of the Reuters-21578 corpus into a fresh store
# and prints articles/s, tokens/s and peak RSS. The corpus is read in place (never copied into the project).
#   bench/ingest.sh [N] [THREADS]        (default N=200, THREADS=one per core)
# DATELINE_JAVA_OPTS sets the JVM options as for ./dateline.
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
n="${1:-200}"
threads="${2:-}"
subset "$n"
"$dl" --version >/dev/null   # build first, so the build is not measured
args=(ingest "$work/subset.jsonl" --store "$work/store" --no-progress)
[ -n "$threads" ] && args+=(--threads "$threads")
/usr/bin/time -v "$dl" "${args[@]}" > "$work/out.txt" 2> "$work/time.txt" || true
cat "$work/out.txt"
grep -E "dateline:" "$work/time.txt" | head -5 || true
echo "articles: $n; wall clock (incl. JVM start and model loading): $(wall_clock "$work/time.txt");" \
  "peak RSS: $(peak_rss "$work/time.txt") MiB"
echo "cores: $(nproc); java opts: ${DATELINE_JAVA_OPTS:--Xmx3g -XX:+UseParallelGC}"
# A second run must add nothing.
"$dl" ingest "$work/subset.jsonl" --store "$work/store" --no-progress | head -1
