#!/usr/bin/env bash
# Whether the event dater's word cues (dateline.time.TimeCues) miss a date SUTime would resolve, on the first N
# articles of a corpus (default: Reuters-21578), and how many sentences they let it skip.
#   bench/time-cues.sh [N] [CORPUS]     e.g. bench/time-cues.sh 89 ../shared/data/corpus/voa/voa_stories.jsonl
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
n="${1:-1000}"
if [ -n "${2:-}" ]; then
  [ -f "$2" ] || { echo "$script: corpus not found: $2" >&2; exit 2; }
  input="$2"
else
  subset "$n"
  input="$work/subset.jsonl"
fi
core_java 3g dateline.time.TimeCuesCheck "$input" "$n"
