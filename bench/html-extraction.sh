#!/usr/bin/env bash
# HTML article extraction throughput on one core: parses and extracts the 61 dev pages of the Article Extraction
# Benchmark (../shared/data/articles-html) for ROUNDS rounds after 3 warm-up rounds, on one thread pinned to one CPU.
# Usage: bench/html-extraction.sh [ROUNDS]   (target: >= 50 pages/s)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o test-compile -pl core
mvn -B -q -o dependency:build-classpath -pl core -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
cp="target/test-classes:target/classes:$(cat core/target/bench-classpath.txt)"
pin=()
if command -v taskset >/dev/null 2>&1; then
  pin=(taskset -c 0)
fi
cd core
"${pin[@]}" java -XX:ActiveProcessorCount=1 -Xmx1g -cp "$cp" dateline.article.html.ExtractionBench "${1:-10}"
