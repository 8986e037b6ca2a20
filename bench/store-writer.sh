#!/usr/bin/env bash
# The store writer's cost alone (NLP excluded): codes the first N Reuters-21578 articles once, then writes them into
# fresh stores in batches as `dateline ingest` does and prints ms per article, split by phase (see WriterBench).
#   bench/store-writer.sh [N] [ROUNDS] [COPIES] [BATCH]     (default 300 articles, 3 rounds, 1 copy, batches of 32)
# COPIES > 1 writes the articles that many times into each store (under other sources and dates) to show how the
# cost grows with the store. The coded articles are cached in $DATELINE_BENCH_CACHE (default: a file under /tmp named
# for N) so that later runs skip CoreNLP; the corpus is read in place, never copied into the project.
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
n="${1:-300}"
rounds="${2:-3}"
copies="${3:-1}"
batch="${4:-32}"
cache="${DATELINE_BENCH_CACHE:-${TMPDIR:-/tmp}/dateline-writer-bench-$n.json}"
subset "$((n + 50))"
(cd "$here" && mvn -B -q -o -Dstyle.color=never test-compile dependency:build-classpath -pl app -am \
  -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" >/dev/null)
# The reactor writes one classpath file per module; the app's is the last one written.
cp="$here/app/target/test-classes:$here/app/target/classes:$here/core/target/classes:$(cat "$work/cp.txt")"
java ${DATELINE_JAVA_OPTS:--Xmx3g -XX:+UseParallelGC} -cp "$cp" dateline.store.WriterBench "$work/subset.jsonl" "$n" \
  "$rounds" "$copies" "$batch" "$cache" 2>/dev/null
