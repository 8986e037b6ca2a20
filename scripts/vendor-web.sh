#!/usr/bin/env bash
# Vendors the explorer's front-end libraries from the npm registry into app/src/main/resources/web/vendor/.
# Run by hand when a version changes; the output is committed, so neither the build nor the server fetches
# anything (no CDN at run time). Versions are pinned here; licences are listed in NOTICE.
set -euo pipefail
cd "$(dirname "$0")/.."
out=app/src/main/resources/web/vendor
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"
fetch() { # name version file-in-package target-name
  (cd "$tmp" && npm pack --silent "$1@$2" >/dev/null)
  local tgz="$tmp/$(echo "$1" | tr -d @ | tr / -)-$2.tgz"
  mkdir -p "$tmp/$1" && tar -xzf "$tgz" -C "$tmp/$1"
  cp "$tmp/$1/package/$3" "$out/$4"
  cp "$tmp/$1/package/LICENSE"* "$out/$4.LICENSE" 2>/dev/null || true
  echo "$1@$2 $3 -> $out/$4"
}
fetch cytoscape 3.34.4 dist/cytoscape.min.js cytoscape.min.js
fetch d3-array 3.2.4 dist/d3-array.min.js d3-array.min.js
fetch d3-geo 3.1.2 dist/d3-geo.min.js d3-geo.min.js
fetch topojson-client 3.1.0 dist/topojson-client.min.js topojson-client.min.js
fetch world-atlas 2.0.2 countries-110m.json countries-110m.json
