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
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dl="$here/dateline"
work="$(mktemp -d)"
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

store="${1:-}"
if [ -z "$store" ]; then
  store="$work/voa-store"
  echo "building the demo store from examples/voa (about 4 minutes on 2 cores)..."
  "$dl" ingest --store "$store" --no-progress "$here/examples/voa/voa_stories.jsonl" | tail -2
fi
[ -f "$store/dateline.duckdb" ] || { echo "export.sh: no store at $store" >&2; exit 2; }
if [ "${SCALE:-1}" -gt 1 ]; then
  cp -r "$store" "$work/scaled"
  store="$work/scaled"
  cat > "$work/ScaleStore.java" <<'JAVA'
import java.sql.*;

/** Copies every event row k-1 times with new ids and earlier days: a big store without coding articles. */
public class ScaleStore {
    public static void main(String[] args) throws Exception {
        int k = Integer.parseInt(args[1]);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + args[0]); Statement s = c.createStatement()) {
            s.execute("SET autoinstall_known_extensions=false");
            s.execute("SET autoload_known_extensions=false");
            long step;
            try (ResultSet r = s.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM events")) {
                r.next();
                step = r.getLong(1);
            }
            s.execute("INSERT INTO events SELECT e.* REPLACE (e.id + r.range * " + step + " AS id, "
                    + "e.day - CAST(r.range % 3650 AS INTEGER) AS day) FROM events e, range(1, " + k + ") r");
        }
    }
}
JAVA
  java -cp "$(cat "$here/app/target/classpath.txt")" "$work/ScaleStore.java" "$store/dateline.duckdb" "$SCALE"
fi

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
DATELINE_JAVA_OPTS="-Xmx${HEAP:-3g} -XX:+UseParallelGC" "$dl" serve --store "$store" --port "$port" \
  > "$work/server.log" 2>&1 &
pid=$!
for ((t = 0; t < 600; t++)); do
  curl -sf "http://127.0.0.1:$port/api/health" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 0.5
done
rss() { awk -v k="$1" '$1 == k":" {print int($2 / 1024) " MB"}' "/proc/$pid/status"; }
curl -sf -X POST -H 'Content-Type: text/plain' --data 'Spain praised France.' --max-time 600 \
  "http://127.0.0.1:$port/api/code" >/dev/null # waits for the pipeline's background load
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
