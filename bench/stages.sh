#!/usr/bin/env bash
# Where one pipeline thread spends its time, stage by stage, on the first N Reuters-21578 articles.
#   bench/stages.sh [N]     (default 150)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-150}"
corpus="${DATELINE_CORPUS:-$here/../shared/data/corpus/reuters21578.jsonl.gz}"
[ -f "$corpus" ] || { echo "bench/stages.sh: corpus not found at $corpus (set DATELINE_CORPUS)" >&2; exit 2; }
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
{ gzip -dc "$corpus" || true; } | head -n "$((n + 20))" > "$work/subset.jsonl"
(cd "$here" && mvn -B -q -o -Dstyle.color=never test-compile -pl core >/dev/null \
  && mvn -B -q -o -Dstyle.color=never dependency:build-classpath -pl core -Dmdep.includeScope=test \
       -Dmdep.outputFile="$work/cp.txt" >/dev/null)
java -Xmx3g -cp "$here/core/target/test-classes:$here/core/target/classes:$(cat "$work/cp.txt")" \
  dateline.pipeline.StageProfile "$work/subset.jsonl" "$n" 2>/dev/null
