#!/usr/bin/env bash
# Where one pipeline thread spends its time, stage by stage, on the first N Reuters-21578 articles.
#   bench/stages.sh [N]     (default 150)
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
n="${1:-150}"
subset "$((n + 20))"
core_java 3g dateline.pipeline.StageProfile "$work/subset.jsonl" "$n"
