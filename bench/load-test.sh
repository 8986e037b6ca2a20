#!/usr/bin/env bash
# Server load test, self-contained: builds a small store (the example, plus the first N Reuters-21578 articles when
# ../shared/data has them), starts `dateline serve` on loopback, runs wrk (Debian package; installed if missing
# and we are root) for DURATION seconds against GET /api/events and POST /api/code, prints requests/s and errors,
# and stops the server.
#   [SCALE=K] [MIXED_PATHS="..."] bench/load-test.sh [DURATION] [N]      (default 10 s per endpoint, N=50)
# SCALE=K copies every event row K-1 times (new ids, days shifted back) after the ingest, so that the queries work
# on a store of realistic size (K=10000 turns ~70 events into ~700,000) without coding that many articles; the
# copies have no mentions. GET_PATHS, MIXED_PATHS and SLOW_FAST are passed to server-load.sh.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
duration="${1:-10}"
n="${2:-50}"
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y -qq wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
  else
    echo "bench/load-test.sh: wrk is not installed (apt-get install wrk)" >&2
    exit 2
  fi
fi
work="$(mktemp -d)"
pid=""
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
dl="$here/dateline"
"$dl" --version >/dev/null   # build first

inputs=("$here/examples/iran-iraq-call.txt")
corpus="${DATELINE_CORPUS:-$here/../shared/data/corpus/reuters21578.jsonl.gz}"
if [ -f "$corpus" ] && [ "$n" -gt 0 ]; then
  { gzip -dc "$corpus" || true; } | head -n "$n" > "$work/first.jsonl"
  inputs+=("$work/first.jsonl")
fi
"$dl" ingest "${inputs[@]}" --store "$work/store" --no-progress --date 2020-11-28 | head -2

if [ "${SCALE:-1}" -gt 1 ]; then
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
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM events")) {
                r.next();
                System.out.println("scaled the store to " + r.getLong(1) + " event rows");
            }
        }
    }
}
JAVA
  java -cp "$(cat "$here/app/target/classpath.txt")" "$work/ScaleStore.java" "$work/store/dateline.duckdb" "$SCALE"
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$dl" serve --store "$work/store" --port "$port" > "$work/server.log" 2>&1 &
pid=$!
for ((t = 0; t < 600; t++)); do
  curl -sf "http://127.0.0.1:$port/api/health" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 0.5
done
echo "server up on 127.0.0.1:$port after $((t / 2)) s; $(nproc) cores; ${duration} s per endpoint"
GET_PATHS="${GET_PATHS:-/api/events?limit=50}" MIXED_PATHS="${MIXED_PATHS:-}" SLOW_FAST="${SLOW_FAST:-}" "$here/bench/server-load.sh" "$port" "$duration" 2 | tee "$work/wrk.txt"
echo "== summary"
awk '/^== /{ep=$0} /Requests\/sec/{rps=$2} /^non-2xx/{print ep " -> " rps " requests/s, " $0}' "$work/wrk.txt"
