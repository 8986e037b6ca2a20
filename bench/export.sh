#!/usr/bin/env bash
# Streams a whole store as CSV through GET /api/export/events in one request and reports rows, time, size and
# the server's memory (resident set before and after, and its peak).
#
#   bench/export.sh [STORE_DIR]      # default: the Voice of America demo store, built from examples/voa
#
# STORE_DIR is opened read-only and never changed. SCALE=k first copies it to a temporary directory and
# copies every event row k-1 times (new ids, earlier days), to measure a big export without coding a big corpus.
# HEAP sets the server's -Xmx (default 3g, the launcher's). The server loads the NLP pipeline in the background
# at start; the script waits for it (one POST /api/code) so that the memory figures are the export's alone.
# FORMAT=jsonl measures JSON Lines instead of CSV.
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

store="${1:-}"
if [ -z "$store" ]; then
  store="$work/voa-store"
  echo "building the demo store from examples/voa (about 4 minutes on 2 cores)..."
  "$dl" ingest --store "$store" --no-progress "$here/examples/voa/voa_stories.jsonl" | tail -2
fi
[ -f "$store/dateline.duckdb" ] || { echo "$script: no store at $store" >&2; exit 2; }
if [ "${SCALE:-1}" -gt 1 ]; then
  cp -r "$store" "$work/scaled"
  store="$work/scaled"
  scale_store "$store/dateline.duckdb" "$SCALE"
fi

DATELINE_JAVA_OPTS="-Xmx${HEAP:-3g} -XX:+UseParallelGC" start_server "$store"
rss() { awk -v k="$1" '$1 == k":" {print int($2 / 1024) " MB"}' "/proc/$server_pid/status"; }
# Wait for the pipeline's background load: POST /api/code answers 503 when it is not loaded within a minute
# (a busy machine), so ask again.
for ((try = 1; ; try++)); do
  curl -sf -X POST -H 'Content-Type: text/plain' --data 'Spain praised France.' --max-time 600 \
    "http://127.0.0.1:$port/api/code" >/dev/null && break
  [ "$try" -lt 10 ] || { echo "$script: POST /api/code failed $try times" >&2; exit 1; }
done
curl -sf "http://127.0.0.1:$port/api/events?limit=1" >/dev/null # warm the reader pool and the first query
echo "server: heap -Xmx${HEAP:-3g}; resident before the export $(rss VmRSS) (peak so far $(rss VmHWM))"
format="${FORMAT:-csv}"
stats=$(curl -sf -o "$work/out.$format" -w '%{time_total} %{size_download} %{time_starttransfer}' \
  "http://127.0.0.1:$port/api/export/events?format=$format")
read -r secs bytes first <<<"$stats"
lines=$(wc -l < "$work/out.$format")
rows=$lines
[ "$format" = csv ] && rows=$((lines - 1))
expected=$(curl -sf "http://127.0.0.1:$port/api/events?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
echo "exported $rows event rows ($expected in the store), $((bytes / 1024)) KiB of $format in $secs s" \
  "(first byte after $first s; $(python3 -c "print(round($rows / $secs))") rows/s)"
echo "server: resident after $(rss VmRSS), peak $(rss VmHWM)"
[ "$rows" -eq "$expected" ] || { echo "export.sh: row count differs from the store's total" >&2; exit 1; }
