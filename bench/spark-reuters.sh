#!/usr/bin/env bash
# Codes the first N articles of the Reuters-21578 corpus with the Spark job (dateline.spark.CodeCorpusJob) on
# this machine, without a Spark installation: the job runs in one JVM with `--master local[2]` on the module's
# Maven classpath (Spark included). The corpus is read in place, never copied.
#
#   bench/spark-reuters.sh [N] [MASTER]        default N=200, MASTER=local[2]
#
# Environment: DATELINE_CORPUS or REUTERS (corpus path, default ../shared/data/corpus/reuters21578.jsonl.gz), OUT
# (output directory, default a fresh temporary directory), JAVA_OPTS (default -Xmx4g).
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
n="${1:-200}"
master="${2:-local[2]}"
out="${OUT:-$(mktemp -d)/reuters-spark}"
need_corpus

cd "$here"
# Build core and the job, and write the job's classpath (compile + provided scope: Spark itself included).
mvn -B -q -DskipTests -pl spark -am package dependency:build-classpath \
  -Dmdep.includeScope=compile -Dmdep.outputFile=target/classpath.txt >&2
cp="spark/target/dateline-spark-0.1.0-SNAPSHOT.jar:$(cat spark/target/classpath.txt)"
# The JVM flags spark-submit would add on Java 17 (kept in one place: the spark module's POM).
spark_opts="$(sed -n 's:.*<spark.java.options>\(.*\)</spark.java.options>.*:\1:p' spark/pom.xml)"

echo "spark-reuters: first $n articles of $corpus, master $master, output $out" >&2
start=$(date +%s.%N)
# shellcheck disable=SC2086
SPARK_LOCAL_IP=127.0.0.1 java ${JAVA_OPTS:--Xmx4g} $spark_opts \
  -Dlog4j2.configurationFile="$here/bench/spark-log4j2.properties" \
  -Dspark.driver.bindAddress=127.0.0.1 -Dspark.driver.host=127.0.0.1 -Dspark.ui.enabled=false \
  -cp "$cp" dateline.spark.CodeCorpusJob --master "$master" \
  --input "$corpus" --format jsonl --limit "$n" --output "$out"
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" -v n="$n" \
  'BEGIN { printf "spark-reuters: whole command (JVM start, Spark start, model load, coding, writing) %.1f s\n", e - s }' >&2
