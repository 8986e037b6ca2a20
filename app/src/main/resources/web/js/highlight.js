// Renders an article's text split at every evidence boundary, so that any span (an entity, an actor, a trigger,
// a quote, a place, a sentence) is exactly a run of whole <span> segments and can be highlighted by class.
export function render(container, text, marks) {
  const cuts = new Set([0, text.length]);
  for (const m of marks) { cuts.add(m.start); cuts.add(m.end); }
  const points = [...cuts].filter(p => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  // Sweep: marks sorted by start; the active list is small (a handful of overlapping facts at any point).
  const sorted = [...marks].sort((a, b) => a.start - b.start);
  let next = 0;
  let active = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i], e = points[i + 1];
    while (next < sorted.length && sorted[next].start <= s) active.push(sorted[next++]);
    active = active.filter(m => m.end > s);
    const covering = active.filter(m => m.start <= s && m.end >= e && m.end > m.start);
    const span = document.createElement('span');
    span.textContent = text.slice(s, e);
    span.dataset.start = s;
    span.dataset.end = e;
    const classes = new Set();
    const ids = [];
    for (const m of covering) {
      if (m.cls) m.cls.split(' ').forEach(c => classes.add(c));
      if (m.id) ids.push(m.id);
    }
    if (classes.size) span.className = [...classes].join(' ');
    if (ids.length) span.dataset.marks = ids.join(' ');
    if (m_title(covering)) span.title = m_title(covering);
    frag.append(span);
  }
  container.replaceChildren(frag);
}

function m_title(covering) {
  return covering.filter(m => m.title).map(m => m.title).join('\n');
}

/** Adds {@code cls} to every segment inside [start, end); returns the first such segment. */
export function mark(container, start, end, cls) {
  let first = null;
  for (const seg of container.children) {
    const s = +seg.dataset.start, e = +seg.dataset.end;
    if (s >= start && e <= end && e > s) {
      seg.classList.add(cls);
      if (!first) first = seg;
    }
  }
  return first;
}

export function clear(container, classes) {
  for (const c of classes) container.querySelectorAll('.' + c).forEach(n => n.classList.remove(c));
}
