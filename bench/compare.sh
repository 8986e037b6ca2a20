#!/usr/bin/env bash
# Dateline against plain CoreNLP, side by side on the same input, in one invocation (issue: performance).
#   bench/compare.sh [N]        first N articles of the Reuters-21578 corpus (default 60)
# (a) Dateline end to end: `dateline ingest` into a fresh store (all cores, one shared pipeline);
# (b) plain CoreNLP as a user would script it: tokenize,ssplit,pos,lemma,ner,depparse,coref,quote, defaults, on
#     as many threads as Dateline uses (all cores), so the ratio compares like with like;
# (c) the floor: CoreNLP tokenize,ssplit,pos, same threads.
# Prints articles/s and tokens/s (model loading excluded for all three), peak RSS, and the ratios a/b and a/c.
# The corpus is read in place and a temporary subset is written outside the project.
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
n="${1:-60}"
subset "$n"
core_test_classpath
"$dl" --version >/dev/null

echo "== (a) dateline ingest, $n articles"
start=$(date +%s.%N)
/usr/bin/time -v "$dl" ingest "$work/subset.jsonl" --store "$work/store" --no-progress \
  > "$work/a.txt" 2> "$work/a.time"
cat "$work/a.txt"
a_aps=$(grep -oE '[0-9.]+ articles/s' "$work/a.txt" | grep -oE '^[0-9.]+')
a_tps=$(grep -oE '[0-9.]+ tokens/s' "$work/a.txt" | grep -oE '^[0-9.]+')
a_wall=$(wall_clock "$work/a.time")
echo "peak RSS $(peak_rss "$work/a.time") MiB; wall clock incl. JVM start and loading $a_wall"

run_plain() {
  local mode=$1
  echo "== ($2) CoreNLP $mode, $n articles"
  /usr/bin/time -v java -Xmx8g -cp "$core_cp" dateline.nlp.PlainCoreNlpBench "$mode" "$work/subset.jsonl" "$n" "$(nproc)" \
    > "$work/$mode.json" 2> "$work/$mode.time" || {
      # The JVM's own error is in the log above /usr/bin/time's report: show it, not just the report's tail.
      echo "$script: CoreNLP $mode failed; its errors:" >&2
      grep -E -m 20 -A 3 'Exception|Error|Killed' "$work/$mode.time" >&2 || grep -B 30 'Command being timed' "$work/$mode.time" >&2
      exit 1
    }
  cat "$work/$mode.json"
  echo "peak RSS $(peak_rss "$work/$mode.time") MiB"
}
run_plain plain b
run_plain floor c
b_tps=$(grep -oE '"tokens_per_s":[0-9.]+' "$work/plain.json" | cut -d: -f2)
c_tps=$(grep -oE '"tokens_per_s":[0-9.]+' "$work/floor.json" | cut -d: -f2)
awk -v a="$a_tps" -v b="$b_tps" -v c="$c_tps" 'BEGIN { printf "== ratios (tokens/s): a/b = %.2f   a/c = %.2f\n", a / b, a / c }'
echo "cores: $(nproc); dateline java opts: ${DATELINE_JAVA_OPTS:--Xmx3g -XX:+UseParallelGC}"
