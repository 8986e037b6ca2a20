#!/usr/bin/env bash
# Ingest throughput and peak memory: ingests the first N articles of the Reuters-21578 corpus into a fresh store
# and prints articles/s, tokens/s and peak RSS. The corpus is read in place (never copied into the project).
#   bench/ingest.sh [N] [THREADS]        (default N=200, THREADS=one per core)
# DATELINE_JAVA_OPTS sets the JVM options as for ./dateline.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-200}"
threads="${2:-}"
corpus="${DATELINE_CORPUS:-$here/../shared/data/corpus/reuters21578.jsonl.gz}"
if [ ! -f "$corpus" ]; then
  echo "bench/ingest.sh: corpus not found at $corpus (set DATELINE_CORPUS)" >&2
  exit 2
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The first N lines, in a temporary file outside the project, removed on exit.
{ gzip -dc "$corpus" || true; } | head -n "$n" > "$work/first-$n.jsonl"
"$here/dateline" --version >/dev/null   # build first, so the build is not measured
args=(ingest "$work/first-$n.jsonl" --store "$work/store" --no-progress)
[ -n "$threads" ] && args+=(--threads "$threads")
/usr/bin/time -v "$here/dateline" "${args[@]}" > "$work/out.txt" 2> "$work/time.txt" || true
cat "$work/out.txt"
grep -E "dateline:" "$work/time.txt" | head -5 || true
rss_kb=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$work/time.txt")
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt")
echo "articles: $n; wall clock (incl. JVM start and model loading): $wall; peak RSS: $((rss_kb / 1024)) MiB"
echo "cores: $(nproc); java opts: ${DATELINE_JAVA_OPTS:--Xmx3g -XX:+UseParallelGC}"
# A second run must add nothing.
"$here/dateline" ingest "$work/first-$n.jsonl" --store "$work/store" --no-progress | head -1
