#!/usr/bin/env bash
# Crash test of the real `dateline ingest` (CoreNLP and all): ingests a corpus into a fresh store without interruption,
# then ingests it into a second store while killing the process with SIGKILL KILLS times (each time after the
# first commit of that run plus a random delay, so kills land mid-batch and between the database and index commits),
# checks the store's invariants after every kill, runs the ingest to the end and compares both stores row by row.
#   bench/crash-test.sh [N] [KILLS]     (default N=20, KILLS=3)
# The corpus is N articles generated from templates (so that there are events) plus the first N Reuters-21578
# articles when ../shared/data has them (read in place, never copied into the project). CI runs the same checks faster in CrashSafetyTest
# (app/src/test/java/dateline/store), with a stand-in coder instead of CoreNLP.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-20}"
kills="${2:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dl="$here/dateline"
"$dl" --version >/dev/null   # build first

mkdir -p "$work/corpus"
countries=(France Germany Italy Spain Norway Sweden Kenya Egypt Brazil Chile Japan)
verbs=(met criticised praised accused threatened thanked)
for ((i = 0; i < n; i++)); do
  a=${countries[$((i % 11))]}; b=${countries[$(((i * 5 + 3) % 11))]}; v=${verbs[$((i % 6))]}
  [ "$a" = "$b" ] && b=${countries[$(((i + 1) % 11))]}
  printf 'The foreign minister of %s %s the ambassador of %s on Monday, officials said. Talks on file %d covered trade and transport. A spokesman for %s said the two sides would meet again after %d days.\n' \
    "$a" "$v" "$b" "$((1000 + i * 37))" "$b" "$((3 + i % 40))" > "$work/corpus/article-$(printf %03d "$i").txt"
done
corpus="${DATELINE_CORPUS:-$here/../shared/data/corpus/reuters21578.jsonl.gz}"
if [ -f "$corpus" ]; then
  { gzip -dc "$corpus" || true; } | head -n "$n" > "$work/corpus/reuters.jsonl"
  echo "corpus: $n generated articles and the first $n Reuters-21578 articles"
else
  echo "corpus: $n generated articles"
fi
input="$work/corpus"

ingest() { "$dl" ingest "$input" --store "$1" --threads 1 --batch 4 --no-progress --date 2024-03-04; }
sql() { "$dl" sql --store "$1" --format csv "$2"; }

# Rows compared between the stores: by content, never by event id or timestamp.
dump() {
  sql "$1" "SELECT id, source, version, is_current, sentence_count, token_count, content_hash, coalesce(dup_of, '-'),
    coalesce(dup_kind, '-'), (SELECT count(*) FROM sentences s WHERE s.article_id = a.id),
    (SELECT count(*) FROM actors x WHERE x.article_id = a.id), (SELECT count(*) FROM quotes q WHERE q.article_id = a.id),
    (SELECT count(*) FROM places p WHERE p.article_id = a.id) FROM articles a ORDER BY id"
  sql "$1" "SELECT m.article_id, m.mention, m.sentence, m.source_code, m.source_start, m.source_end, m.target_code,
    m.target_start, m.target_end, m.trigger_start, m.trigger_end, m.rule, m.flags, m.confidence,
    concat_ws('|', e.day, e.source_code, e.target_code, e.code, e.place_key) FROM mentions m
    LEFT JOIN events e ON e.id = m.event_id ORDER BY 1, 2"
  sql "$1" "SELECT day, source_code, target_code, code, place_key, num_mentions, num_sources, num_articles, num_stories,
    round(avg_tone, 6) FROM events ORDER BY ALL"
}

# Invariants any store keeps, crashed or not: one number per line, all must be 0.
check() {
  sql "$1" "SELECT (SELECT count(*) - count(DISTINCT id) FROM articles)
    + (SELECT count(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = m.article_id))
    + (SELECT count(*) FROM sentences m WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = m.article_id))
    + (SELECT count(*) FROM actors m WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = m.article_id))
    + (SELECT count(*) FROM articles a WHERE sentence_count <> (SELECT count(*) FROM sentences s WHERE s.article_id = a.id))
    + (SELECT count(*) FROM events e WHERE num_mentions <> (SELECT count(*) FROM mentions m JOIN articles a
        ON a.id = m.article_id WHERE a.is_current AND m.event_id = e.id)) AS violations,
    (SELECT count(*) FROM articles) AS articles" | tail -1
}

start=$(date +%s)
ingest "$work/clean" | head -1
dump "$work/clean" > "$work/clean.txt"
echo "uninterrupted run: $(($(date +%s) - start)) s"

fail=0
for ((k = 1; k <= kills; k++)); do
  # The search index commits right after each batch's database commit, and only once the models are loaded:
  # wait until this run's first index commit, then a random 0-1.4 s.
  segments() { ls "$work/crashed/index" 2>/dev/null | grep '^segments_' | tr '\n' ' ' || true; }
  before=$(segments)
  # Not through the shell function: $! must be the JVM itself (the launcher execs java), or SIGKILL misses it.
  "$dl" ingest "$input" --store "$work/crashed" --threads 1 --batch 4 --no-progress --date 2024-03-04 \
    > /dev/null 2>&1 &
  pid=$!
  for ((t = 0; t < 3000; t++)); do
    [ "$(segments)" != "$before" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  delay="$((RANDOM % 15))"
  sleep "$(printf '%d.%d' $((delay / 10)) $((delay % 10)))"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  result=$(check "$work/crashed" 2>&1 || true)
  echo "kill $k after first commit + ${delay}00 ms: violations,articles = $result"
  case "$result" in
    0,*) ;;
    *empty*) ;;
    *) fail=1 ;;
  esac
done
ingest "$work/crashed" | head -1
dump "$work/crashed" > "$work/crashed.txt"
echo "after a final run: $(check "$work/crashed") (violations,articles)"
if ! diff -q "$work/clean.txt" "$work/crashed.txt" > /dev/null; then
  diff "$work/clean.txt" "$work/crashed.txt" | head -20
  fail=1
fi
if [ "$fail" -ne 0 ]; then
  echo "CRASH TEST FAILED"
  exit 1
fi
echo "crash test passed: $kills kills, store equal to the uninterrupted run ($(($(wc -l < "$work/clean.txt") - 3)) rows compared), $(($(date +%s) - start)) s"
