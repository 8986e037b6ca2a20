// The Events view: a filterable, paginated table over the store (GET /api/events); each row links to its article.
import { el, getJson, showError, formToParams, QUAD_NAMES } from './api.js';

const LIMIT = 50;
let offset = 0;
let params = {};

export function init() {
  const form = document.getElementById('events-form');
  form.addEventListener('submit', ev => { ev.preventDefault(); params = formToParams(form); offset = 0; load(); });
  document.getElementById('events-prev').addEventListener('click', () => { offset = Math.max(0, offset - LIMIT); load(); });
  document.getElementById('events-next').addEventListener('click', () => { offset += LIMIT; load(); });
}

export function show(query) {
  const form = document.getElementById('events-form');
  if ([...query.keys()].length) {
    form.reset();
    for (const [k, v] of query.entries()) if (form.elements[k]) form.elements[k].value = v;
    params = formToParams(form);
    offset = 0;
  }
  load();
}

async function load() {
  showError('events-error', null);
  const body = document.querySelector('#events-table tbody');
  try {
    const page = await getJson('/api/events', { ...params, limit: LIMIT, offset });
    body.replaceChildren(...page.events.map(row));
    if (!page.events.length) body.replaceChildren(el('tr', {}, el('td', { colspan: 9, class: 'empty' }, 'No events match.')));
    const last = page.offset + page.events.length;
    document.getElementById('events-page').textContent = page.events.length
      ? `${page.offset + 1}–${last}${page.hasMore ? ' of more' : ' of ' + page.total}` : '';
    document.getElementById('events-prev').disabled = page.offset === 0;
    document.getElementById('events-next').disabled = !page.hasMore;
  } catch (e) {
    body.replaceChildren();
    showError('events-error', e);
  }
}

function row(e) {
  const link = e.articleId ? `#read?article=${encodeURIComponent(e.articleId)}&event=${e.eventIndex ?? 0}` : null;
  return el('tr', {},
    el('td', {}, e.date || ''),
    el('td', { class: 'mono', title: e.sourceName || '' }, actorLink(e.source)),
    el('td', { class: 'mono', title: e.targetName || '' }, actorLink(e.target)),
    el('td', { class: 'mono' }, e.code),
    el('td', {}, el('span', { class: 'quad q' + e.quadClass, title: QUAD_NAMES[e.quadClass] }, e.quadClass)),
    el('td', { class: 'num' }, e.goldstein === null || e.goldstein === undefined ? '' : Number(e.goldstein).toFixed(1)),
    el('td', {}, link ? el('a', { href: link, class: 'evidence-link' }, '“' + (e.trigger || 'evidence') + '”') : (e.trigger || ''),
      e.title ? el('div', { class: 'hint' }, e.title) : null),
    el('td', {}, e.place || ''),
    el('td', { class: 'num' }, e.numMentions ?? ''));
}

function actorLink(code) {
  return code ? el('a', { href: '#events?actor=' + encodeURIComponent(code) }, code) : '—';
}
