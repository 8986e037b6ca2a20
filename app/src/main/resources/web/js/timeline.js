// The Timeline view: an actor pair's events per day, month or year on a real time axis (GET /api/series fills
// empty periods with zeros), as bars (total, stacked by quad class, or one colour per direction), optionally as a
// share of all events of the period, with mean Goldstein as a line. A bar opens its events. The state is in the
// URL; without a pair the view starts on the store's busiest link.
import { getJson, showError, formToParams, fillForm, submitGoesTo, viewHash, QUAD_NAMES } from './api.js';

const NS = 'http://www.w3.org/2000/svg';

export function init() {
  submitGoesTo('timeline');
}

export async function show(query) {
  const form = document.getElementById('timeline-form');
  fillForm(form, query);
  if (!form.elements.actor1.value || !form.elements.actor2.value) {
    try {
      const top = await getJson('/api/dyads', { top: 1000, limit: 1 });
      if (top.edges.length) {
        location.replace(viewHash('timeline', { ...formToParams(form), actor1: top.edges[0].source,
          actor2: top.edges[0].target, bothWays: 'true' }));
        return;
      }
    } catch (e) { /* fall through: the form says what to fill in */ }
    showError('timeline-error', new Error('Give a source and a target actor (codes or countries, e.g. USA and RUS).'));
    return;
  }
  load(formToParams(form));
}

async function load(params) {
  showError('timeline-error', null);
  try {
    draw(await getJson('/api/series', seriesParams(params)), params);
  } catch (e) {
    document.getElementById('timeline-chart').replaceChildren();
    showError('timeline-error', e);
  }
}

function seriesParams(p) {
  const { stack, normalise, ...rest } = p;
  return rest;
}

function svg(tag, attrs, text) {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The last day of a period starting on {@code start} ("2024-02-01" by month ends "2024-02-29"). */
function periodEnd(start, by) {
  const d = new Date(start + 'T00:00:00Z');
  if (by === 'day') return start;
  if (by === 'month') d.setUTCMonth(d.getUTCMonth() + 1); else d.setUTCFullYear(d.getUTCFullYear() + 1);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function draw(data, params) {
  const pts = data.points;
  const norm = params.normalise === 'true';
  const stack = params.stack || '';
  const W = 1200, H = 440, L = 60, R = 50, T = 30, B = 60;
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img' });
  const what = norm ? 'share of all events' : 'events';
  root.append(svg('text', { x: L, y: 18, 'font-weight': 600 },
    `${data.actor1} ${data.bothWays ? '↔' : '→'} ${data.actor2}: ${what} per ${data.by} (bars) and mean Goldstein (line)`));
  const total = pts.reduce((s, p) => s + p.count, 0);
  document.getElementById('timeline-info').textContent = pts.length
    ? `${total} events in ${pts.length} ${data.by}s from ${pts[0].period} to ${pts[pts.length - 1].period} (empty ${data.by}s shown). Click a bar for its events.`
    : '';
  if (!total) {
    root.append(svg('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle' }, 'No events for this pair.'));
    document.getElementById('timeline-chart').replaceChildren(root);
    return;
  }
  const value = (p, n) => (norm ? (p.allEvents ? n / p.allEvents : 0) : n);
  const maxV = Math.max(...pts.map(p => value(p, p.count))) || 1;
  const step = (W - L - R) / pts.length;
  const y = v => H - B - (H - T - B) * v / maxV;
  const g = v => T + (H - T - B) * (10 - v) / 20; // Goldstein -10..+10 on the right axis
  const fmt = v => (norm ? (100 * v).toFixed(v < 0.1 ? 1 : 0) + '%' : String(Math.round(v)));
  for (const f of [0.5, 1]) root.append(svg('line', { class: 'grid', x1: L, y1: y(maxV * f), x2: W - R, y2: y(maxV * f) }));
  root.append(svg('line', { class: 'axis', x1: L, y1: H - B, x2: W - R, y2: H - B }));
  root.append(svg('line', { class: 'zero', x1: L, y1: g(0), x2: W - R, y2: g(0) }));
  root.append(svg('text', { x: L - 6, y: y(maxV) + 4, 'text-anchor': 'end' }, fmt(maxV)));
  root.append(svg('text', { x: L - 6, y: H - B + 4, 'text-anchor': 'end' }, 0));
  for (const v of [10, 0, -10]) root.append(svg('text', { x: W - R + 6, y: g(v) + 4 }, (v > 0 ? '+' : '') + v));
  const labelEvery = Math.ceil(pts.length / 16);
  let path = '';
  let pen = 'M';
  const dots = [];
  pts.forEach((p, i) => {
    const x = L + i * step;
    const bw = Math.max(1, step * 0.8);
    const open = () => {
      location.hash = viewHash('events', { actor1: data.actor1, actor2: data.actor2, bothWays: data.bothWays ? 'true' : null,
        from: p.start, to: periodEnd(p.start, data.by) });
    };
    const segments = stack === 'quad' ? [1, 2, 3, 4].map(q => ['q' + q, p.byQuad[q], QUAD_NAMES[q]])
      : stack === 'direction' ? [['fwd', p.forward, `${data.actor1} → ${data.actor2}`], ['bwd', p.backward, `${data.actor2} → ${data.actor1}`]]
        : [['bar', p.count, 'events']];
    let base = 0;
    for (const [cls, n, label] of segments) {
      if (!n) continue;
      const top = base + value(p, n);
      const r = svg('rect', { class: (cls === 'bar' ? 'bar ' : 'seg bar ') + cls, x: x + step * 0.1, y: y(top), width: bw, height: y(base) - y(top),
        'data-period': p.period });
      r.append(svg('title', {}, `${p.period}: ${n} ${label === 'events' ? 'events' : label + ' events'}`
        + (norm ? ` (${fmt(value(p, n))} of ${p.allEvents} events in the store)` : '')
        + `, mean Goldstein ${p.meanGoldstein === null ? '–' : Number(p.meanGoldstein).toFixed(2)}`));
      r.addEventListener('click', open);
      root.append(r);
      base = top;
    }
    if (p.meanGoldstein === null) {
      pen = 'M';
    } else {
      path += pen + (x + step / 2) + ' ' + g(p.meanGoldstein);
      pen = 'L';
      // A dot as well: a period between two empty ones has no line to show its value.
      const dot = svg('circle', { class: 'gold', cx: x + step / 2, cy: g(p.meanGoldstein), r: 3.5 });
      dot.append(svg('title', {}, `${p.period}: mean Goldstein ${Number(p.meanGoldstein).toFixed(2)}`));
      dots.push(dot);
    }
    if (i % labelEvery === 0) root.append(svg('text', { x: x + step / 2, y: H - B + 16, 'text-anchor': 'middle' }, p.period));
  });
  if (path) root.append(svg('path', { class: 'line', d: path }));
  root.append(...dots);
  const keys = stack === 'quad' ? [1, 2, 3, 4].map(q => ['q' + q, QUAD_NAMES[q]])
    : stack === 'direction' ? [['fwd', `${data.actor1} → ${data.actor2}`], ['bwd', `${data.actor2} → ${data.actor1}`]] : [];
  let lx = W - R - 10;
  for (const [cls, label] of keys.reverse()) {
    const t = svg('text', { x: lx, y: 18, 'text-anchor': 'end' }, label);
    root.append(t);
    lx -= 8 + label.length * 6.2;
    root.append(svg('rect', { class: cls, x: lx, y: 9, width: 10, height: 10 }));
    lx -= 12;
  }
  document.getElementById('timeline-chart').replaceChildren(root);
}
