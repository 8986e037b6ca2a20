#!/usr/bin/env bash
# Where one pipeline thread spends its time, stage by stage, on the first N Reuters-21578 articles.
#   bench/stages.sh [N]     (default 150)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-150}"
script=bench/stages.sh
# shellcheck source=bench/lib.sh
. "$here/bench/lib.sh"
subset "$((n + 20))"
java -Xmx3g -cp "$core_cp" \
  dateline.pipeline.StageProfile "$work/subset.jsonl" "$n" 2>/dev/null
