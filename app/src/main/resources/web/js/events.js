// The Events view: a filterable, sortable, paginated table over the store (GET /api/events). Its whole state
// (filters, sort, page, the event whose mentions are open) is in the URL, so a view can be shared, reloaded and
// left with Back; the download links export every row of the current filter (GET /api/export/events).
import { el, getJson, showError, formToParams, fillForm, go, QUAD_NAMES } from './api.js';

const LIMIT = 50;
/** The filter parameters (the form's fields); sort, offset and open are the table's own state. */
let state = {};
let rootsLoaded = false;

export function init() {
  const form = document.getElementById('events-form');
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    go('events', { ...formToParams(form), sort: state.sort, limit: state.limit });
  });
  document.getElementById('events-clear').addEventListener('click', () => go('events', {}));
  document.getElementById('events-prev').addEventListener('click', () =>
    go('events', { ...state, offset: Math.max(0, (+state.offset || 0) - limit()), open: null }));
  document.getElementById('events-next').addEventListener('click', () =>
    go('events', { ...state, offset: (+state.offset || 0) + limit(), open: null }));
  for (const th of document.querySelectorAll('#events-table th[data-sort]')) {
    th.addEventListener('click', () => {
      const key = th.dataset.sort;
      const current = state.sort || '-date';
      // A first click sorts the way an analyst usually wants (dates and counts high first), a second reverses.
      const first = ['date', 'mentions', 'goldstein'].includes(key) ? '-' + key : key;
      const sort = current === first ? (first.startsWith('-') ? key : '-' + key) : first;
      go('events', { ...state, sort, offset: null, open: null });
    });
  }
  for (const name of ['actor', 'actor1', 'actor2']) {
    form.elements[name].addEventListener('input', ev => suggest(ev.target.value));
  }
}

export async function show(query) {
  const form = document.getElementById('events-form');
  if (!rootsLoaded) await loadRoots(form);
  fillForm(form, query);
  state = {};
  for (const [k, v] of query.entries()) if (v !== '') state[k] = v;
  load();
}

async function loadRoots(form) {
  rootsLoaded = true;
  try {
    const cameo = await getJson('/api/cameo');
    for (const c of cameo.codes.filter(c => c.code.length === 2)) {
      form.elements.root.append(el('option', { value: c.code }, c.code + ' ' + c.name));
    }
  } catch (e) { /* the root filter still takes typed codes through the URL */ }
}

/** Rows a page: 50 unless the URL says otherwise. */
function limit() {
  return +state.limit || LIMIT;
}

function filters() {
  const f = { ...state };
  delete f.offset; delete f.sort; delete f.open; delete f.limit;
  return f;
}

async function load() {
  showError('events-error', null);
  const body = document.querySelector('#events-table tbody');
  const prev = document.getElementById('events-prev');
  const next = document.getElementById('events-next');
  const offset = +state.offset || 0;
  document.getElementById('events-csv').href = '/api/export/events?' + new URLSearchParams({ ...filters(), format: 'csv' });
  document.getElementById('events-jsonl').href = '/api/export/events?' + new URLSearchParams({ ...filters(), format: 'jsonl' });
  markSort();
  try {
    const page = await getJson('/api/events', { ...filters(), sort: state.sort, limit: limit(), offset });
    body.replaceChildren(...page.events.flatMap(e => [row(e)]));
    if (!page.events.length) body.replaceChildren(el('tr', {}, el('td', { colspan: 9, class: 'empty' }, 'No events match.')));
    const last = page.offset + page.events.length;
    document.getElementById('events-page').textContent = page.events.length
      ? `${page.offset + 1}–${last} of ${page.total.toLocaleString('en')}` : (page.total ? `past the end (${page.total} events)` : '');
    document.getElementById('events-summary').textContent = `${page.total.toLocaleString('en')} event${page.total === 1 ? '' : 's'} match${page.total === 1 ? 'es' : ''}`;
    prev.disabled = page.offset === 0;
    next.disabled = !page.hasMore;
    if (state.open) openMentions(+state.open);
  } catch (e) {
    body.replaceChildren();
    document.getElementById('events-page').textContent = '';
    document.getElementById('events-summary').textContent = '';
    prev.disabled = true;
    next.disabled = true;
    showError('events-error', e);
    offerNames(e.message);
  }
}

function markSort() {
  const sort = state.sort || '-date';
  const key = sort.replace(/^-/, '');
  for (const th of document.querySelectorAll('#events-table th[data-sort]')) {
    th.classList.toggle('sorted-asc', th.dataset.sort === key && !sort.startsWith('-'));
    th.classList.toggle('sorted-desc', th.dataset.sort === key && sort.startsWith('-'));
  }
}

/** An unknown actor's error lists codes by name ("by name: IRN (Iran, 4 events)"): make them buttons. */
function offerNames(message) {
  const m = /^(actor[12]?): .*by name: (.*)$/.exec(message);
  if (!m) return;
  const box = document.getElementById('events-error');
  const choices = [...m[2].matchAll(/([A-Z0-9-]+) \(([^,]*), (\d+) events\)/g)];
  box.append(el('div', { class: 'suggest' }, 'Use: ', ...choices.map(c =>
    el('button', { type: 'button', onclick: () => go('events', { ...state, [m[1]]: c[1], offset: null }) }, `${c[1]} (${c[2]})`))));
}

let suggestTimer = null;
function suggest(text) {
  clearTimeout(suggestTimer);
  if (!text || text.length < 2) return;
  suggestTimer = setTimeout(async () => {
    try {
      const res = await getJson('/api/actors', { q: text, limit: 12 });
      document.getElementById('actor-suggestions').replaceChildren(
        ...res.actors.map(a => el('option', { value: a.code }, `${a.name} (${a.events} events)`)));
    } catch (e) { /* suggestions are a convenience */ }
  }, 200);
}

function row(e) {
  const link = e.articleId ? `#read?article=${encodeURIComponent(e.articleId)}&event=${e.eventIndex ?? 0}` : null;
  return el('tr', { dataset: { id: e.id } },
    el('td', {}, e.date || ''),
    el('td', { class: 'mono', title: e.sourceName || '' }, actorLink(e.source), e.sourceName ? el('span', { class: 'code-name' }, e.sourceName) : null),
    el('td', { class: 'mono', title: e.targetName || '' }, actorLink(e.target), e.targetName ? el('span', { class: 'code-name' }, e.targetName) : null),
    el('td', { class: 'mono' }, e.code, e.codeName ? el('span', { class: 'code-name' }, e.codeName) : null),
    el('td', {}, el('span', { class: 'quad q' + e.quadClass, title: QUAD_NAMES[e.quadClass] }, e.quadClass)),
    el('td', { class: 'num' }, e.goldstein === null || e.goldstein === undefined ? '' : Number(e.goldstein).toFixed(1)),
    el('td', {}, link ? el('a', { href: link, class: 'evidence-link' }, '“' + (e.trigger || 'evidence') + '”') : (e.trigger || ''),
      e.title ? el('div', { class: 'hint' }, e.title) : null),
    el('td', {}, e.place || ''),
    el('td', { class: 'num' }, el('button', { type: 'button', class: 'mentions', title: 'show the mentions',
      onclick: () => go('events', { ...state, open: String(e.id) === state.open ? null : e.id }) }, e.numMentions ?? '')));
}

/** Shows every mention of an event under its row: article, date, news source, and the sentence with the trigger. */
async function openMentions(id) {
  const tr = document.querySelector(`#events-table tbody tr[data-id="${id}"]`);
  if (!tr) return;
  try {
    const ev = await getJson('/api/events/' + id);
    const items = ev.mentions.map(m => el('li', {},
      el('a', { href: `#read?article=${encodeURIComponent(m.articleId)}&event=${m.eventIndex}` }, m.title || m.articleId),
      ` · ${m.date || 'undated'} · ${m.newsSource || ''} · `,
      quoteSentence(m)));
    tr.after(el('tr', { class: 'mentions-row' }, el('td', { colspan: 9 },
      el('strong', {}, `${ev.mentions.length} mention${ev.mentions.length === 1 ? '' : 's'} of event ${id}`),
      el('ol', { class: 'mention-list' }, items))));
  } catch (e) {
    showError('events-error', e);
  }
}

function quoteSentence(m) {
  const s = m.sentenceText, t = m.trigger;
  if (!s) return t ? el('q', {}, t.text) : '';
  if (!t || t.start < s.start || t.end > s.end) return s.text;
  return el('span', {}, s.text.slice(0, t.start - s.start), el('q', {}, t.text), s.text.slice(t.end - s.start));
}

function actorLink(code) {
  return code ? el('a', { href: '#events?actor=' + encodeURIComponent(code) + '&exactActors=true' }, code) : '—';
}
