# Shared by the bench scripts that read the Reuters-21578 corpus and run core's test-scope benchmark classes.
# Source it after setting `here` (the repository) and `script` (the script's name for messages).
# Gives: $corpus (checked), $work (a temporary directory removed on exit), subset N (the first N corpus lines into
# $work/subset.jsonl, read in place: the corpus is never copied into the project) and $core_cp (core's test
# classpath, after compiling core's tests).

corpus="${DATELINE_CORPUS:-$here/../shared/data/corpus/reuters21578.jsonl.gz}"
[ -f "$corpus" ] || { echo "$script: corpus not found at $corpus (set DATELINE_CORPUS)" >&2; exit 2; }
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT

subset() {
  { gzip -dc "$corpus" || true; } | head -n "$1" > "$work/subset.jsonl"
}

(cd "$here" && mvn -B -q -o -Dstyle.color=never test-compile -pl core >/dev/null \
  && mvn -B -q -o -Dstyle.color=never dependency:build-classpath -pl core -Dmdep.includeScope=test \
       -Dmdep.outputFile="$work/cp.txt" >/dev/null)
core_cp="$here/core/target/test-classes:$here/core/target/classes:$(cat "$work/cp.txt")"
