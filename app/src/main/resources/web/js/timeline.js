// The Timeline view: an actor pair's event counts (bars) and mean Goldstein (line) by day or month (GET /api/series).
import { getJson, showError, formToParams } from './api.js';

const NS = 'http://www.w3.org/2000/svg';

export function init() {
  const form = document.getElementById('timeline-form');
  form.addEventListener('submit', ev => { ev.preventDefault(); load(formToParams(form)); });
}

export function show(query) {
  const form = document.getElementById('timeline-form');
  for (const [k, v] of query.entries()) if (form.elements[k]) form.elements[k].value = v;
  if (form.elements.actor1.value && form.elements.actor2.value) load(formToParams(form));
}

async function load(params) {
  showError('timeline-error', null);
  try {
    draw(await getJson('/api/series', params), params);
  } catch (e) {
    showError('timeline-error', e);
  }
}

function svg(tag, attrs, text) {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function draw(data, params) {
  const pts = data.points;
  const W = 1200, H = 420, L = 50, R = 50, T = 30, B = 60;
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img' });
  const title = `${data.actor1} ${data.bothWays ? '↔' : '→'} ${data.actor2}: events per ${data.by} (bars) and mean Goldstein (line)`;
  root.append(svg('text', { x: L, y: 18, 'font-weight': 600 }, title));
  if (!pts.length) {
    root.append(svg('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle' }, 'No events for this pair.'));
    document.getElementById('timeline-chart').replaceChildren(root);
    return;
  }
  const maxCount = Math.max(...pts.map(p => p.count));
  const step = (W - L - R) / pts.length;
  const y = c => H - B - (H - T - B) * c / maxCount;
  const g = v => T + (H - T - B) * (10 - v) / 20; // Goldstein -10..+10 on the right axis
  root.append(svg('line', { class: 'axis', x1: L, y1: H - B, x2: W - R, y2: H - B }));
  root.append(svg('line', { class: 'zero', x1: L, y1: g(0), x2: W - R, y2: g(0) }));
  root.append(svg('text', { x: L - 6, y: y(maxCount) + 4, 'text-anchor': 'end' }, maxCount));
  root.append(svg('text', { x: L - 6, y: H - B + 4, 'text-anchor': 'end' }, 0));
  for (const v of [10, 0, -10]) root.append(svg('text', { x: W - R + 6, y: g(v) + 4 }, (v > 0 ? '+' : '') + v));
  const labelEvery = Math.ceil(pts.length / 16);
  let path = '';
  pts.forEach((p, i) => {
    const x = L + i * step;
    const bar = svg('rect', { class: 'bar', x: x + step * 0.1, y: y(p.count), width: Math.max(1, step * 0.8), height: H - B - y(p.count) });
    bar.append(svg('title', {}, `${p.period}: ${p.count} events, mean Goldstein ${Number(p.meanGoldstein).toFixed(2)}`));
    root.append(bar);
    path += (i ? 'L' : 'M') + (x + step / 2) + ' ' + g(p.meanGoldstein);
    if (i % labelEvery === 0) root.append(svg('text', { x: x + step / 2, y: H - B + 16, 'text-anchor': 'middle' }, p.period));
  });
  root.append(svg('path', { class: 'line', d: path }));
  document.getElementById('timeline-chart').replaceChildren(root);
}
