#!/usr/bin/env bash
# Event-coder throughput excluding NLP (target: >= 2,000 sentences/s on one core).
# Usage: bench/coder-bench.sh [ARTICLES]   (from the repository root; builds first if needed)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f app/target/classpath.txt ] || mvn -B -q -DskipTests -pl app -am package
cp="core/target/dateline-core-0.1.0-SNAPSHOT.jar:$(cat app/target/classpath.txt)"
exec taskset -c 0 java -Xmx3g -XX:ActiveProcessorCount=1 -cp "$cp" bench/CoderBench.java "${1:-40}"
