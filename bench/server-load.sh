#!/usr/bin/env bash
# Load test of a running `dateline serve` on loopback with wrk (Debian package): POST /api/code with the example
# article, and GET endpoints. Bounded: each run lasts DURATION seconds. Prints wrk's summary per endpoint.
#   ./dateline serve --port 18081 [--store DIR] &   then   [GET_PATHS="..."] bench/server-load.sh [PORT] [DURATION] [CONNECTIONS]
# Environment: GET_PATHS (space-separated, one wrk run each, 8 connections); MIXED_PATHS (space-separated, one wrk run
# of 8 connections where each connection cycles through them: a mix of cheap and expensive reads); CODE=0 skips the
# POST /api/code run (it loads the pipeline and takes a core); SLOW_FAST="SLOW_PATH FAST_PATH" runs 4 connections on
# the slow path and, at the same time, 1 connection on the fast one: the fast path's latency shows whether a cheap
# request waits behind expensive ones.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-18081}; duration=${2:-20}; conns=${3:-2}
base="http://127.0.0.1:$port"
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
lua=$(mktemp --suffix=.lua)
errors_lua=$(mktemp --suffix=.lua)
mixed_lua=$(mktemp --suffix=.lua)
trap 'rm -f "$lua" "$errors_lua" "$mixed_lua"' EXIT
cat > "$errors_lua" <<'LUA'
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("non-2xx/3xx: %d, socket errors: %d\n", e.status, e.connect + e.read + e.write + e.timeout))
end
LUA
python3 - "$lua" <<'PY'
import json, sys
body = open("examples/iran-iraq-call.txt", encoding="utf-8").read()
with open(sys.argv[1], "w") as f:
    f.write('wrk.method = "POST"\nwrk.headers["Content-Type"] = "text/plain; charset=utf-8"\n')
    assert "]==]" not in body
    # A Lua long string keeps the UTF-8 text byte for byte (JSON's \\u escapes are not Lua).
    f.write("wrk.body = [==[" + body + "]==]\n")
    f.write('done = function(summary, latency, requests)\n'
            '  local e = summary.errors\n'
            '  io.write(string.format("non-2xx/3xx: %d, socket errors: %d\\n", e.status, e.connect + e.read + e.write + e.timeout))\n'
            'end\n')
PY
if [ "${CODE:-1}" != 0 ]; then
  echo "== POST /api/code (example article, $conns connections, ${duration}s)"
  wrk -t1 -c"$conns" -d"${duration}s" --timeout 60s -s "$lua" "$base/api/code?date=2020-11-28"
fi
# GET_PATHS: space-separated paths to load, e.g. "/api/health /api/events?limit=50 /api/events?actor=IRN".
for path in ${GET_PATHS:-/api/health}; do
  echo "== GET $path (8 connections, ${duration}s)"
  wrk -t2 -c8 -d"${duration}s" -s "$errors_lua" "$base$path"
done
if [ -n "${MIXED_PATHS:-}" ]; then
  {
    printf 'paths = {'
    for path in $MIXED_PATHS; do printf '"%s", ' "$path"; done
    printf '}\n'
    # Each connection (wrk thread state) starts at a different path and cycles, so slow and fast reads overlap.
    cat <<'LUA'
local i = 0
init = function(args) i = math.random(#paths) end
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
LUA
    cat "$errors_lua"
  } > "$mixed_lua"
  echo "== GET mixed: $MIXED_PATHS (8 connections, ${duration}s)"
  wrk -t2 -c8 -d"${duration}s" --latency -s "$mixed_lua" "$base"
fi
if [ -n "${SLOW_FAST:-}" ]; then
  read -r slow fast <<< "$SLOW_FAST"
  echo "== GET $fast (1 connection, ${duration}s) while GET $slow runs on 4 connections"
  slow_out=$(mktemp)
  wrk -t1 -c4 -d"${duration}s" -s "$errors_lua" "$base$slow" > "$slow_out" 2>&1 &
  slow_pid=$!
  wrk -t1 -c1 -d"${duration}s" --latency -s "$errors_lua" "$base$fast"
  wait "$slow_pid" || true
  echo "== GET $slow (4 connections, ${duration}s, at the same time)"
  cat "$slow_out"
  rm -f "$slow_out"
fi
