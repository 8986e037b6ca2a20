# Shared by the bench scripts; source it first: `. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"`.
# Sets $here (the repository), $script (the script's name for messages), $dl (the launcher), $corpus (the
# Reuters-21578 corpus: DATELINE_CORPUS, or REUTERS, or ../shared/data; not checked until need_corpus) and $work (a
# temporary directory removed on exit, with the server that start_server started). The corpus is always read in
# place: subset writes its lines to $work, outside the project.

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
script="bench/$(basename "$0")"
dl="$here/dateline"
corpus="${DATELINE_CORPUS:-${REUTERS:-$here/../shared/data/corpus/reuters21578.jsonl.gz}}"
work="$(mktemp -d)"
server_pid=
bench_cleanup() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap bench_cleanup EXIT

# Exits (code 2) with a message when the corpus is not there.
need_corpus() {
  [ -f "$corpus" ] || { echo "$script: corpus not found at $corpus (set DATELINE_CORPUS)" >&2; exit 2; }
}

# subset N: the first N corpus lines into $work/subset.jsonl.
subset() {
  need_corpus
  { gzip -dc "$corpus" || true; } | head -n "$1" > "$work/subset.jsonl"
}

# Compiles core's tests and sets $core_cp, core's test classpath (for the benchmark classes kept there).
core_test_classpath() {
  (cd "$here" && mvn -B -q -o -Dstyle.color=never test-compile -pl core >/dev/null \
    && mvn -B -q -o -Dstyle.color=never dependency:build-classpath -pl core -Dmdep.includeScope=test \
         -Dmdep.outputFile="$work/cp.txt" >/dev/null)
  core_cp="$here/core/target/test-classes:$here/core/target/classes:$(cat "$work/cp.txt")"
}

# core_java HEAP CLASS ARGS...: runs one of core's test-scope benchmark classes with -XmxHEAP (stderr, the
# models' loading chatter, dropped).
core_java() {
  core_test_classpath
  local heap=$1
  shift
  java "-Xmx$heap" -cp "$core_cp" "$@" 2>/dev/null
}

# peak_rss FILE: the peak resident set in MiB from the report of `/usr/bin/time -v` in FILE.
peak_rss() {
  awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); printf "%d", $2 / 1024}' "$1"
}

# wall_clock FILE: the elapsed time from the report of `/usr/bin/time -v` in FILE.
wall_clock() {
  awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$1"
}

# scale_store DB K: copies every event row of the store's DuckDB file K-1 times (bench/ScaleStore.java).
scale_store() {
  java -cp "$(cat "$here/app/target/classpath.txt")" "$here/bench/ScaleStore.java" "$1" "$2"
}

# start_server STORE: `dateline serve` over STORE on a free loopback port ($port), its output in $work/server.log;
# returns once /api/health answers (exits with the log when the server dies first). Stopped on exit.
start_server() {
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  "$dl" serve --store "$1" --port "$port" > "$work/server.log" 2>&1 &
  server_pid=$!
  for ((t = 0; t < 600; t++)); do
    curl -sf "http://127.0.0.1:$port/api/health" >/dev/null 2>&1 && return 0
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "$script: the server did not answer in 300 s" >&2
  exit 1
}
