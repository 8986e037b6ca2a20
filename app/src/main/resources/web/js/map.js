// The Map view: where events happened (GET /api/places), on an offline Natural Earth world map (world-atlas
// TopoJSON, d3-geo and topojson-client, all vendored: nothing is fetched from elsewhere). Countries are shaded
// by their events, circles mark places; the wheel, a drag or the buttons zoom and pan. The state is in the URL;
// a place or a country opens its events with the same actor, quad class and dates.
import { getJson, showError, submitGoesTo, formState, viewHash, QUAD_NAMES, QUAD_COLOURS } from './api.js';

const NS = 'http://www.w3.org/2000/svg';
const W = 1200, H = 620;
let world = null;
let countryCodes = null;
let params = {};
let view = { x: 0, y: 0, w: W, h: H };

export function init() {
  submitGoesTo('map');
  document.getElementById('map-zoom-in').addEventListener('click', () => zoom(0.6, W / 2, H / 2));
  document.getElementById('map-zoom-out').addEventListener('click', () => zoom(1 / 0.6, W / 2, H / 2));
  document.getElementById('map-zoom-reset').addEventListener('click', () => { view = { x: 0, y: 0, w: W, h: H }; applyView(); });
}

/** Shows the view in the state the URL's query gives. */
export const show = query => load(formState('map', query));

async function load(state) {
  params = state;
  showError('map-error', null);
  try {
    if (!world) world = await (await fetch('vendor/countries-110m.json')).json();
    if (!countryCodes) countryCodes = await (await fetch('data/country-codes.json')).json();
    let data = { places: [], countries: [], total: 0, located: 0 };
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

function drill(extra) {
  return viewHash('events', { actor: params.actor, quad: params.quad, from: params.from, to: params.to, ...extra });
}

function draw(data) {
  const projection = window.d3.geoNaturalEarth1().fitSize([W, H], { type: 'Sphere' });
  const path = window.d3.geoPath(projection);
  const root = document.createElementNS(NS, 'svg');
  root.setAttribute('viewBox', `0 0 ${W} ${H}`);
  const add = (parent, tag, attrs) => {
    const e = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    parent.append(e);
    return e;
  };
  add(root, 'path', { class: 'sphere', d: path({ type: 'Sphere' }) });
  const byCountry = new Map(data.countries.map(c => [c.country, c.count]));
  const maxCountry = Math.max(1, ...data.countries.map(c => c.count));
  const land = window.topojson.feature(world, world.objects.countries);
  for (const f of land.features) {
    const iso3 = countryCodes[f.id];
    const n = iso3 ? byCountry.get(iso3) || 0 : 0;
    const attrs = { class: 'land' + (n ? ' shaded' : ''), d: path(f) };
    if (n) attrs.style = `fill: ${shade(n / maxCountry)}`;
    if (iso3) attrs['data-country'] = iso3;
    const p = add(root, 'path', attrs);
    p.append(title(f.properties.name + (n ? `: ${n} events` : '')));
    if (n) p.addEventListener('click', () => { location.hash = drill({ placeCountry: iso3 }); });
  }
  const max = Math.max(1, ...data.places.map(p => p.count));
  for (const pl of [...data.places].sort((a, b) => b.count - a.count)) {
    const xy = projection([pl.lon, pl.lat]);
    if (!xy) continue;
    const r = 2.5 + 14 * Math.sqrt(pl.count / max);
    const c = add(root, 'circle', { cx: xy[0], cy: xy[1], r, 'data-r': r,
      fill: QUAD_COLOURS[pl.quadClass] || '#555', 'data-place': pl.name });
    c.append(title(`${pl.name}: ${pl.count} events (mostly ${QUAD_NAMES[pl.quadClass] || '?'}), mean Goldstein ${Number(pl.meanGoldstein).toFixed(1)}`));
    c.addEventListener('click', ev => {
      ev.stopPropagation();
      location.hash = drill({ place: pl.name, exactPlace: 'true', placeCountry: pl.country });
    });
  }
  const canvas = document.getElementById('map-canvas');
  canvas.replaceChildren(root);
  enablePanZoom(root);
  applyView();
  const pct = data.total ? Math.round(100 * data.located / data.total) : 0;
  document.getElementById('map-info').textContent = data.total
    ? `${data.located.toLocaleString('en')} of ${data.total.toLocaleString('en')} events have a place (${pct}%), at ${data.places.length} places. `
      + 'Click a place or a shaded country for its events; wheel or drag to zoom and pan.'
    : 'No events match.';
  legend(maxCountry, max);
}

function shade(f) {
  // light grey-blue to the accent blue, by the square root so that small counts still show
  const t = Math.sqrt(f);
  const mix = (a, b) => Math.round(a + (b - a) * t);
  return `rgb(${mix(214, 36)}, ${mix(224, 87)}, ${mix(242, 197)})`;
}

function legend(maxCountry, maxPlace) {
  const box = document.getElementById('map-legend');
  box.replaceChildren();
  const span = (cls, style, text) => {
    const s = document.createElement('span');
    if (cls) s.className = cls;
    if (style) s.style.cssText = style;
    if (text) s.textContent = text;
    return s;
  };
  box.append(span(null, null, 'Country: events there (place country) '), span(null, null, '1 '),
    span('ramp', `background: linear-gradient(to right, ${shade(0.01)}, ${shade(0.25)}, ${shade(1)})`), span(null, null, ` ${maxCountry}`));
  box.append(span(null, null, ' · Circle: events at a place '));
  for (const n of [...new Set([1, Math.max(1, Math.round(maxPlace / 4)), maxPlace])]) {
    const d = 2 * (2.5 + 14 * Math.sqrt(n / maxPlace));
    box.append(span('dot', `width:${d}px;height:${d}px`), span(null, null, n + ' '));
  }
  box.append(span(null, null, ' · colour: most frequent quad class '));
  for (const q of [1, 2, 3, 4]) box.append(span('dot', `width:10px;height:10px;background:${QUAD_COLOURS[q]}`), span(null, null, QUAD_NAMES[q] + ' '));
}

function applyView() {
  const svgEl = document.querySelector('#map-canvas svg');
  if (!svgEl) return;
  svgEl.setAttribute('viewBox', `${view.x} ${view.y} ${view.w} ${view.h}`);
  // Circles keep their size on screen when zooming in, so that neighbours (Tehran, Iran) come apart.
  const k = Math.sqrt(view.w / W);
  for (const c of svgEl.querySelectorAll('circle')) c.setAttribute('r', c.dataset.r * k);
}

function zoom(factor, cx, cy) {
  const w = Math.min(W, Math.max(W / 40, view.w * factor));
  const h = w * H / W;
  const fx = (cx - view.x) / view.w, fy = (cy - view.y) / view.h;
  view = { x: cx - fx * w, y: cy - fy * h, w, h };
  applyView();
}

function enablePanZoom(root) {
  const toMap = ev => {
    const r = root.getBoundingClientRect();
    return [view.x + (ev.clientX - r.left) / r.width * view.w, view.y + (ev.clientY - r.top) / r.height * view.h];
  };
  root.addEventListener('wheel', ev => {
    ev.preventDefault();
    const [x, y] = toMap(ev);
    zoom(ev.deltaY < 0 ? 0.8 : 1.25, x, y);
  }, { passive: false });
  let drag = null;
  root.addEventListener('pointerdown', ev => { drag = { x: ev.clientX, y: ev.clientY, view: { ...view } }; });
  root.addEventListener('pointermove', ev => {
    if (!drag) return;
    const r = root.getBoundingClientRect();
    view = { ...drag.view, x: drag.view.x - (ev.clientX - drag.x) / r.width * drag.view.w,
      y: drag.view.y - (ev.clientY - drag.y) / r.height * drag.view.h };
    applyView();
  });
  for (const t of ['pointerup', 'pointerleave']) root.addEventListener(t, () => { drag = null; });
}

function title(text) {
  const t = document.createElementNS(NS, 'title');
  t.textContent = text;
  return t;
}
