#!/usr/bin/env bash
# Gazetteer loading benchmark: target under 3 s and under 400 MB heap (the JVM runs with -Xmx400m, so a bigger
# gazetteer fails outright). Prints one JSON line per run; runs 3 times in fresh JVMs.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o test-compile -pl core >/dev/null
for i in 1 2 3; do
  java -Xmx400m -cp core/target/classes:core/target/test-classes dateline.geo.GazetteerLoadBench
done
