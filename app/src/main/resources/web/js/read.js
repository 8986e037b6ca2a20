// The Read view: code a pasted or uploaded article (POST /api/code) or show a stored one (GET /api/articles/{id}),
// with every fact highlighted in the text and a side panel listing events with their evidence.
import { el, getJson, postBody, showError, QUAD_NAMES } from './api.js';
import { render, mark, clear } from './highlight.js';

const FOCUS = ['focus-trigger', 'focus-source', 'focus-target', 'focus-quote', 'focus-place', 'focus-sentence'];
const LAYERS = [
  ['trigger', 'event triggers', 'var(--trigger)'],
  ['actor', 'actors', 'var(--actor)'],
  ['quote', 'quotes', 'var(--quote)'],
  ['place', 'places', 'transparent'],
  ['ent', 'named entities', 'transparent'],
];

let current = null;
/** The selected event's index, and the stored article shown (null for a pasted one): both go in the URL. */
let selected = -1;
let storedId = null;

export function init() {
  const form = document.getElementById('read-form');
  form.addEventListener('submit', ev => { ev.preventDefault(); submit(); });
  document.getElementById('read-example').addEventListener('click', async () => {
    const res = await fetch('examples/iran-iraq-call.txt');
    document.getElementById('read-text').value = await res.text();
    document.getElementById('read-file').value = '';
  });
  document.getElementById('read-file').addEventListener('change', () => {
    if (document.getElementById('read-file').files.length) document.getElementById('read-text').value = '';
  });
}

/** Called by the router: "#read" or "#read?article=ID&event=N" (links from the store views). */
export async function show(params) {
  if (params.get('article')) {
    showError('read-error', null);
    try {
      if (!current || storedId !== params.get('article')) {
        const json = await getJson('/api/articles/' + encodeURIComponent(params.get('article')));
        display(json);
        storedId = params.get('article');
      }
      const n = params.get('event');
      if (n !== null) focusEvent(+n);
    } catch (e) {
      showError('read-error', e);
    }
  }
}

async function submit() {
  storedId = null;
  const button = document.getElementById('read-submit');
  const file = document.getElementById('read-file').files[0];
  const text = document.getElementById('read-text').value;
  const date = document.getElementById('read-date').value;
  showError('read-error', null);
  if (!file && !text.trim()) {
    showError('read-error', new Error('Paste an article or choose a file first.'));
    return;
  }
  button.disabled = true;
  const label = button.textContent;
  button.textContent = 'Coding…';
  try {
    let json;
    if (file) {
      json = await postBody('/api/code', await file.arrayBuffer(), 'application/octet-stream', { name: file.name, date });
    } else {
      const html = /^\s*</.test(text);
      json = await postBody('/api/code', text, html ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8', { date });
    }
    display(json);
  } catch (e) {
    showError('read-error', e);
  } finally {
    button.disabled = false;
    button.textContent = label;
  }
}

function display(json) {
  current = json;
  selected = -1;
  const a = json.article;
  document.getElementById('read-result').hidden = false;
  document.getElementById('read-text').rows = 3; // the article below is what matters now
  renderMeta(json);
  renderLegend();
  const marks = [];
  for (const b of a.boilerplate || []) marks.push({ start: b.span.start, end: b.span.end, cls: 'hl-boiler', title: 'boilerplate (not coded)' });
  for (const s of json.sentences || []) marks.push({ start: s.start, end: s.end, id: 's' + s.index });
  for (const e of json.entities || []) if (e.mention) marks.push({ ...range(e.mention), cls: 'hl-ent ent-' + e.type, title: e.type });
  for (const x of json.actors || []) if (x.mention) marks.push({ ...range(x.mention), cls: 'hl-actor', title: actorTitle(x) });
  for (const q of json.quotes || []) if (q.content) marks.push({ ...range(q.content), cls: 'hl-quote', title: 'quote' + (q.speaker ? ' by ' + q.speaker.code : '') });
  for (const p of json.places || []) if (p.mention) marks.push({ ...range(p.mention), cls: 'hl-place', title: `${p.name} (${p.lat}, ${p.lon})` });
  (json.events || []).forEach((e, i) => {
    if (e.trigger) marks.push({ ...range(e.trigger), cls: 'hl-trigger', id: 'ev' + i, title: `${e.code} ${QUAD_NAMES[e.quadClass] || ''}` });
    for (const part of [e.sentenceText, e.quote, e.source && e.source.mention, e.target && e.target.mention, e.place && e.place.mention]) {
      if (part) marks.push(range(part));
    }
  });
  const box = document.getElementById('read-article');
  render(box, a.text, marks);
  box.classList.remove('focusing');
  box.onclick = ev => {
    // Where triggers overlap ("sanctions" inside "imposed sanctions"), the innermost comes first, so that every
    // event can be reached from the text; clicking again moves to the next one.
    const len = i => json.events[i].trigger.end - json.events[i].trigger.start;
    const ids = (ev.target.dataset.marks || '').split(' ').filter(x => x.startsWith('ev')).map(x => +x.slice(2))
      .sort((a, b) => len(a) - len(b) || a - b);
    if (!ids.length) return;
    focusEvent(ids[(ids.indexOf(selected) + 1) % ids.length]);
  };
  renderEvents(json);
  renderQuotes(json);
  renderChips('read-actors', 'read-actor-count', json.actors || [], x => [el('b', {}, x.code), ' ', x.mention ? x.mention.text : x.name], x => x.mention);
  renderChips('read-entities', 'read-entity-count', json.entities || [], e => [e.mention.text, ' ', el('small', {}, e.type)], e => e.mention);
}

function range(ev) { return { start: ev.start, end: ev.end }; }

function actorTitle(x) {
  return `${x.code} ${x.name || ''}${x.role ? ' — ' + x.role : ''}${x.rule ? ' [' + x.rule + ']' : ''}`;
}

function renderMeta(json) {
  const a = json.article;
  const parts = [];
  if (a.title) parts.push(el('strong', {}, a.title), ' · ');
  parts.push([a.agency, a.datelinePlace, a.date || 'no date', a.language].filter(Boolean).join(' · '));
  if (json.tone && typeof json.tone.tone === 'number') {
    parts.push(` · tone ${fmt(json.tone.tone)} (positive ${Number(json.tone.positive || 0).toFixed(1)}, negative ${Number(json.tone.negative || 0).toFixed(1)})`);
  }
  if (json.millis !== undefined) parts.push(` · coded in ${json.millis} ms`);
  for (const n of [...(json.notes || []), ...(a.warnings || [])]) parts.push(el('span', { class: 'note' }, 'Note: ' + n));
  document.getElementById('read-meta').replaceChildren(...parts);
}

function renderLegend() {
  const box = document.getElementById('read-article');
  const items = LAYERS.map(([key, label, color]) => el('label', {},
    el('input', { type: 'checkbox', checked: true, onchange: ev => box.classList.toggle('hide-' + key, !ev.target.checked) }),
    el('span', { class: 'sw', style: `background:${color}` }, label)));
  document.getElementById('read-legend').replaceChildren(...items);
}

function renderEvents(json) {
  const list = document.getElementById('read-events');
  const events = json.events || [];
  document.getElementById('read-event-count').textContent = `(${events.length})`;
  if (!events.length) {
    list.replaceChildren(el('li', { class: 'empty' }, 'No events coded in this article.'));
    return;
  }
  list.replaceChildren(...events.map((e, i) => el('li', { class: 'q' + e.quadClass, dataset: { index: i }, onclick: () => focusEvent(i) },
    el('div', { class: 'ev-head' },
      el('span', { class: 'ev-code' }, e.code),
      el('span', { class: 'quad q' + e.quadClass }, QUAD_NAMES[e.quadClass] || 'quad ' + e.quadClass),
      e.ploverCategory ? el('span', { class: 'hint' }, e.ploverCategory) : null,
      el('span', { class: 'ev-gold ' + (e.goldstein < 0 ? 'neg' : 'pos') }, 'Goldstein ' + fmt(e.goldstein))),
    el('div', { class: 'ev-actors' }, actorLabel(e.source), ' → ', actorLabel(e.target)),
    el('div', { class: 'ev-evidence' }, 'trigger ', el('q', { class: 'ev-trigger' }, e.trigger ? e.trigger.text : ''),
      e.source && e.source.mention ? [' · source ', el('q', {}, e.source.mention.text)] : null,
      e.target && e.target.mention ? [' · target ', el('q', {}, e.target.mention.text)] : null,
      e.place ? [' · in ', el('q', {}, e.place.name)] : null),
    e.flags && e.flags.length ? el('div', { class: 'ev-flags' }, e.flags.join(' · ')) : null,
    e.date ? el('div', { class: 'ev-date hint' }, 'date ' + e.date,
      e.dateEvidence ? [' from ', el('q', {}, e.dateEvidence.text)] : ' (publication date)') : null,
    e.rule ? el('div', { class: 'hint' }, 'rule ' + e.rule) : null)));
}

function actorLabel(x) {
  return x ? el('span', { title: actorTitle(x) }, x.code) : el('span', { class: 'hint' }, '—');
}

function renderQuotes(json) {
  const quotes = json.quotes || [];
  document.getElementById('read-quote-count').textContent = `(${quotes.length})`;
  const list = document.getElementById('read-quotes');
  if (!quotes.length) { list.replaceChildren(el('li', { class: 'empty' }, 'No quotes found.')); return; }
  list.replaceChildren(...quotes.map(q => el('li', { onclick: () => spotlight(q.content, 'focus-quote') },
    el('div', {}, '“' + short(q.content.text, 160) + '”'),
    el('div', { class: 'hint' }, (q.speaker ? q.speaker.code + ' ' : '') + (q.speakerMention ? q.speakerMention.text : 'unknown speaker') + ' · ' + q.kind))));
}

function renderChips(listId, countId, items, label, spanOf) {
  document.getElementById(countId).textContent = `(${items.length})`;
  const list = document.getElementById(listId);
  if (!items.length) { list.replaceChildren(el('li', { class: 'empty' }, 'none')); return; }
  list.replaceChildren(...items.map(x => el('li', { onclick: () => spotlight(spanOf(x), 'focus-source') }, ...label(x))));
}

function spotlight(span, cls) {
  const box = document.getElementById('read-article');
  clear(box, FOCUS);
  box.classList.remove('focusing');
  document.querySelectorAll('#read-events li.selected').forEach(n => n.classList.remove('selected'));
  if (!span) return;
  const first = mark(box, span.start, span.end, cls);
  if (first) first.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

/** Highlights event {@code i}'s evidence: trigger, source, target, quote, place, and dims the rest. */
export function focusEvent(i) {
  if (!current || !current.events || !current.events[i]) return;
  const e = current.events[i];
  selected = i;
  if (storedId) {
    // The selection is part of the view's state; replace, not push, so Back leaves the article.
    history.replaceState(null, '', `#read?article=${encodeURIComponent(storedId)}&event=${i}`);
  }
  const box = document.getElementById('read-article');
  clear(box, FOCUS);
  document.querySelectorAll('#read-events li').forEach(n => n.classList.toggle('selected', +n.dataset.index === i));
  const parts = [[e.sentenceText, 'focus-sentence'], [e.quote, 'focus-quote'], [e.place && e.place.mention, 'focus-place'],
    [e.source && e.source.mention, 'focus-source'], [e.target && e.target.mention, 'focus-target'], [e.trigger, 'focus-trigger']];
  for (const [span, cls] of parts) {
    if (!span) continue;
    mark(box, span.start, span.end, cls);
    mark(box, span.start, span.end, 'focus-sentence');
  }
  box.classList.add('focusing');
  const first = box.querySelector('.focus-trigger');
  if (first) first.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

function fmt(x) { return x === null || x === undefined ? '?' : (x > 0 ? '+' : '') + Number(x).toFixed(1); }
function short(s, n) { return s.length > n ? s.slice(0, n - 1) + '…' : s; }
