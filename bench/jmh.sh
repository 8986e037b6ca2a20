#!/usr/bin/env bash
# JMH microbenchmarks of the pipeline's hot paths (module jmh/, class dateline.jmh.StagesBenchmark): CoreNLP
# annotation with and without the selective parse, the parse selection, and each knowledge stage, on the bundled
# example article (or -Ddateline.article=FILE).
#   bench/jmh.sh [JMH options]      e.g. bench/jmh.sh -t 2 'codeEvents|resolveActors'
# With no options: one fork, 3 warm-up and 5 measured iterations of 2 s each (about 2 minutes). Options given
# replace those defaults (JMH refuses an option twice); -h lists them.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
(cd "$here" && mvn -B -q -o -Dstyle.color=never -DskipTests -pl jmh -am install >/dev/null \
  && mvn -B -q -o -Dstyle.color=never dependency:build-classpath -pl jmh -Dmdep.outputFile="$work/cp.txt" >/dev/null)
cd "$here"
[ $# -gt 0 ] || set -- -f 1 -wi 3 -i 5 -w 2s -r 2s -jvmArgs -Xmx3g
java -Xmx3g -cp "$here/jmh/target/classes:$(cat "$work/cp.txt")" org.openjdk.jmh.Main "$@"
