// The Map view: where events happened (GET /api/places), on an offline Natural Earth world map
// (world-atlas TopoJSON, d3-geo and topojson-client, all vendored: nothing is fetched from elsewhere).
import { getJson, showError, formToParams, QUAD_NAMES } from './api.js';

const NS = 'http://www.w3.org/2000/svg';
const QUAD_COLOURS = { 1: '#2e9d5b', 2: '#1f6fbf', 3: '#e08a1e', 4: '#c8322b' };
let world = null;

export function init() {
  const form = document.getElementById('map-form');
  form.addEventListener('submit', ev => { ev.preventDefault(); load(formToParams(form)); });
}

export function show() {
  load(formToParams(document.getElementById('map-form')));
}

async function load(params) {
  showError('map-error', null);
  try {
    if (!world) world = await (await fetch('vendor/countries-110m.json')).json();
    let data = { places: [] };
    try {
      data = await getJson('/api/places', params);
    } catch (e) {
      showError('map-error', e);
    }
    draw(data);
  } catch (e) {
    showError('map-error', e);
  }
}

function draw(data) {
  const W = 1200, H = 620;
  const projection = window.d3.geoNaturalEarth1().fitSize([W, H], { type: 'Sphere' });
  const path = window.d3.geoPath(projection);
  const root = document.createElementNS(NS, 'svg');
  root.setAttribute('viewBox', `0 0 ${W} ${H}`);
  const add = (tag, attrs) => {
    const e = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    root.append(e);
    return e;
  };
  add('path', { class: 'sphere', d: path({ type: 'Sphere' }) });
  const land = window.topojson.feature(world, world.objects.countries);
  for (const f of land.features) {
    const p = add('path', { class: 'land', d: path(f) });
    p.append(title(f.properties.name));
  }
  const max = Math.max(1, ...data.places.map(p => p.count));
  for (const pl of [...data.places].sort((a, b) => b.count - a.count)) {
    const xy = projection([pl.lon, pl.lat]);
    if (!xy) continue;
    const c = add('circle', { cx: xy[0], cy: xy[1], r: 3 + 17 * Math.sqrt(pl.count / max), fill: QUAD_COLOURS[pl.quadClass] || '#555' });
    c.append(title(`${pl.name}: ${pl.count} events (mostly ${QUAD_NAMES[pl.quadClass] || '?'}), mean Goldstein ${Number(pl.meanGoldstein).toFixed(1)}`));
    c.addEventListener('click', () => { location.hash = '#events?place=' + encodeURIComponent(pl.name); });
  }
  document.getElementById('map-canvas').replaceChildren(root);
  document.getElementById('map-info').textContent = data.places.length ? `${data.places.length} places; circle area ∝ events, colour = most frequent quad class.` : 'No located events.';
}

function title(text) {
  const t = document.createElementNS(NS, 'title');
  t.textContent = text;
  return t;
}
