// Small fetch helpers: every API error is JSON {status, error}; show its message, never a stack trace.
export async function getJson(path, params) {
  const url = params ? path + '?' + new URLSearchParams(clean(params)) : path;
  return handle(await fetch(url, { headers: { Accept: 'application/json' } }));
}

export async function postBody(path, body, contentType, params) {
  const url = params ? path + '?' + new URLSearchParams(clean(params)) : path;
  return handle(await fetch(url, { method: 'POST', body, headers: { 'Content-Type': contentType, Accept: 'application/json' } }));
}

async function handle(res) {
  let json = null;
  try { json = await res.json(); } catch (e) { /* not JSON */ }
  if (!res.ok) {
    throw new Error(json && json.error ? json.error : `HTTP ${res.status}`);
  }
  return json;
}

function clean(params) {
  const out = {};
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && String(v).trim() !== '') out[k] = String(v).trim();
  }
  return out;
}

export function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(e.dataset, v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

export function showError(id, err) {
  const box = document.getElementById(id);
  if (!err) { box.hidden = true; box.textContent = ''; return; }
  box.hidden = false;
  box.textContent = err.message || String(err);
}

export const QUAD_NAMES = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' };
/** One colour a quad class, the same in the Network's edges and the Map's circles. */
export const QUAD_COLOURS = { 1: '#2e9d5b', 2: '#1f6fbf', 3: '#e08a1e', 4: '#c8322b' };

export function formToParams(form) {
  const p = {};
  for (const [k, v] of new FormData(form).entries()) if (String(v).trim() !== '') p[k] = String(v).trim();
  return p;
}

/** The hash of a view with its state: "#events?actor=IRN&offset=50" (empty values left out). */
export function viewHash(view, params) {
  const q = new URLSearchParams(clean(params || {})).toString();
  return '#' + view + (q ? '?' + q : '');
}

/**
 * Puts a view's state in the URL. A new history entry (so Back returns to the previous state) unless the URL
 * already says it; the router then calls the view's show() with the new state.
 */
export function go(view, params) {
  const hash = viewHash(view, params);
  if (location.hash !== hash) location.hash = hash;
}

/** Wires a view's filter form (id VIEW-form): submitting it puts the form's state in the URL (see go). */
export function submitGoesTo(view) {
  const form = document.getElementById(view + '-form');
  form.addEventListener('submit', ev => { ev.preventDefault(); go(view, formToParams(form)); });
  return form;
}

/** A view's state from the URL: fills the view's form from the query and returns the form's parameters. */
export function formState(view, query) {
  const form = document.getElementById(view + '-form');
  fillForm(form, query);
  return formToParams(form);
}

/** Fills a form's fields from URL parameters (checkboxes by value), clearing the others. */
export function fillForm(form, query) {
  for (const f of form.elements) {
    if (!f.name) continue;
    const v = query.get(f.name);
    if (f.type === 'checkbox') f.checked = v === 'true';
    else if (v !== null) f.value = v;
    else if (f.tagName === 'SELECT') f.value = f.dataset.default ?? (f.options[0] ? f.options[0].value : '');
    else f.value = f.dataset.default ?? '';
  }
}
