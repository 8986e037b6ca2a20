#!/usr/bin/env bash
# Stray and unclosed quote-mark notes on the Reuters-21578 corpus (or DATELINE_CORPUS), and how many a line end
# caused. Only the quote-mark pairing runs (it is what gives these notes), so the whole corpus takes seconds.
#   bench/quote-marks.sh [MAX_ARTICLES] [EXAMPLES]     (default: all articles, no examples; EXAMPLES < 0 shows
#   notes not caused by a line end)
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need_corpus
core_java 1g dateline.quote.QuoteMarkCensus "$corpus" "${1:-2147483647}" "${2:-0}"
