// The explorer's router: one page, five views, chosen by the URL hash ("#events", "#read?article=ID&event=2").
import * as read from './read.js';
import { getJson } from './api.js';

const views = { read };
const lazy = {
  events: () => import('./events.js'),
  network: () => import('./network.js'),
  timeline: () => import('./timeline.js'),
  map: () => import('./map.js'),
};
const started = new Set();

async function route() {
  const hash = location.hash.replace(/^#/, '') || 'read';
  const [name, query] = hash.split('?');
  const view = ['read', 'events', 'network', 'timeline', 'map'].includes(name) ? name : 'read';
  for (const s of document.querySelectorAll('section.view')) s.hidden = s.id !== 'view-' + view;
  for (const a of document.querySelectorAll('header nav a')) a.classList.toggle('active', a.dataset.view === view);
  if (!views[view]) views[view] = await lazy[view]();
  if (!started.has(view)) { started.add(view); views[view].init(); }
  views[view].show(new URLSearchParams(query || ''));
}

async function status() {
  try {
    const h = await getJson('/api/health');
    document.getElementById('status').textContent = h.store ? 'store loaded' + (h.writes ? ' · writes enabled' : '') : 'no store: only Read works';
    document.body.dataset.store = h.store;
  } catch (e) {
    document.getElementById('status').textContent = 'server unreachable';
  }
}

window.addEventListener('hashchange', route);
status();
route();
