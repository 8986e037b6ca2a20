#!/usr/bin/env bash
# Measures loading the bundled actor dictionaries: cold load time in a fresh JVM, warm reloads, retained heap.
# The JVM gets -Xmx300m so that the run itself shows the dictionaries fit the 300 MB budget.
# Usage: bench/dictionary-load.sh [rounds]   (builds core's classes with Maven offline first)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
mvn -B -q -o test-compile -pl core >&2
mvn -B -q -o dependency:build-classpath -pl core -Dmdep.outputFile="$here/core/target/bench-classpath.txt" >/dev/null
exec java -Xmx300m -cp "core/target/classes:core/target/test-classes:$(cat core/target/bench-classpath.txt)" \
  dateline.actor.DictionaryLoadBench "${1:-5}"
