#!/usr/bin/env bash
# Regenerates app/src/main/resources/web/data/country-codes.json: ISO 3166-1 numeric -> alpha-3 for the countries
# of the vendored world map (countries-110m.json), from Debian's iso-codes package (apt-get install iso-codes).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
web="$here/app/src/main/resources/web"
python3 - "$web" <<'PY'
import json, sys
web = sys.argv[1]
iso = json.load(open('/usr/share/iso-codes/json/iso_3166-1.json'))['3166-1']
numeric = {c['numeric']: c['alpha_3'] for c in iso}
world = json.load(open(web + '/vendor/countries-110m.json'))
ids = sorted({g['id'] for g in world['objects']['countries']['geometries'] if g.get('id')})
missing = [i for i in ids if i not in numeric]
if missing:
    sys.exit('country-codes.sh: no ISO code for map ids ' + ', '.join(missing))
json.dump({i: numeric[i] for i in ids}, open(web + '/data/country-codes.json', 'w'), separators=(',', ':'),
          sort_keys=True)
print(len(ids), 'countries')
PY
