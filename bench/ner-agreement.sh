#!/usr/bin/env bash
# Dateline's entities against CoreNLP's own NER with both CRFs (3-class and MUC) on every sentence, on the first N
# Reuters-21578 articles: mentions in common and mentions only one side has, by type (issue: performance; Dateline
# runs the MUC CRF only on sentences with a digit, a currency or percent sign, or a date/time/money word).
#   bench/ner-agreement.sh [N] [DIFFS]     (default N=300; DIFFS = how many differing mentions to print)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-300}"
corpus="${DATELINE_CORPUS:-$here/../shared/data/corpus/reuters21578.jsonl.gz}"
[ -f "$corpus" ] || { echo "bench/ner-agreement.sh: corpus not found at $corpus (set DATELINE_CORPUS)" >&2; exit 2; }
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
{ gzip -dc "$corpus" || true; } | head -n "$n" > "$work/subset.jsonl"
(cd "$here" && mvn -B -q -o -Dstyle.color=never test-compile -pl core >/dev/null \
  && mvn -B -q -o -Dstyle.color=never dependency:build-classpath -pl core -Dmdep.includeScope=test \
       -Dmdep.outputFile="$work/cp.txt" >/dev/null)
java -Xmx4g -cp "$here/core/target/test-classes:$here/core/target/classes:$(cat "$work/cp.txt")" \
  dateline.nlp.NerAgreement "$work/subset.jsonl" "$n" "${2:-0}" 2>/dev/null
