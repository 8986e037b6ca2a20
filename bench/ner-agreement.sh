#!/usr/bin/env bash
# Dateline's entities against CoreNLP's own NER with both CRFs (3-class and MUC) on every sentence, on the first N
# Reuters-21578 articles: mentions in common and mentions only one side has, by type (issue: performance; Dateline
# runs the MUC CRF only on sentences with a digit, a currency or percent sign, or a date/time/money word).
#   bench/ner-agreement.sh [N] [DIFFS]     (default N=300; DIFFS = how many differing mentions to print)
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
n="${1:-300}"
subset "$n"
core_java 4g dateline.nlp.NerAgreement "$work/subset.jsonl" "$n" "${2:-0}"
