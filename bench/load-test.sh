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
# shellcheck source=bench/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
duration="${1:-10}"
n="${2:-50}"
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y -qq wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
  else
    echo "$script: wrk is not installed (apt-get install wrk)" >&2
    exit 2
  fi
fi
"$dl" --version >/dev/null   # build first

inputs=("$here/examples/iran-iraq-call.txt")
if [ -f "$corpus" ] && [ "$n" -gt 0 ]; then
  subset "$n"
  inputs+=("$work/subset.jsonl")
fi
"$dl" ingest "${inputs[@]}" --store "$work/store" --no-progress --date 2020-11-28 | head -2
if [ "${SCALE:-1}" -gt 1 ]; then
  scale_store "$work/store/dateline.duckdb" "$SCALE"
fi
start_server "$work/store"
echo "server up on 127.0.0.1:$port after $((t / 2)) s; $(nproc) cores; ${duration} s per endpoint"
GET_PATHS="${GET_PATHS:-/api/events?limit=50}" MIXED_PATHS="${MIXED_PATHS:-}" SLOW_FAST="${SLOW_FAST:-}" "$here/bench/server-load.sh" "$port" "$duration" 2 | tee "$work/wrk.txt"
echo "== summary"
awk '/^== /{ep=$0} /Requests\/sec/{rps=$2} /^non-2xx/{print ep " -> " rps " requests/s, " $0}' "$work/wrk.txt"
