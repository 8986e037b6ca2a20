// The Network view: actors as nodes, events as edges coloured by quad class and weighted by count
// (GET /api/dyads), drawn with Cytoscape.js (vendored). Clicking an edge opens those events.
import { getJson, showError, formToParams, QUAD_NAMES } from './api.js';

const QUAD_COLOURS = { 1: '#2e9d5b', 2: '#1f6fbf', 3: '#e08a1e', 4: '#c8322b' };
let cy = null;

export function init() {
  const form = document.getElementById('network-form');
  form.addEventListener('submit', ev => { ev.preventDefault(); load(formToParams(form)); });
}

export function show() {
  if (!cy) load(formToParams(document.getElementById('network-form')));
}

async function load(params) {
  showError('network-error', null);
  try {
    const data = await getJson('/api/dyads', params);
    draw(data);
  } catch (e) {
    showError('network-error', e);
  }
}

function draw(data) {
  const max = Math.max(1, ...data.edges.map(e => e.count));
  const maxNode = Math.max(1, ...data.actors.map(a => a.count));
  const elements = [
    ...data.actors.map(a => ({ data: { id: a.code, label: a.code, name: a.name || a.code, count: a.count } })),
    ...data.edges.map((e, i) => ({ data: { id: 'e' + i, source: e.source, target: e.target, quad: e.quadClass, count: e.count,
      gold: e.meanGoldstein, colour: QUAD_COLOURS[e.quadClass] || '#888', width: 1 + 9 * Math.sqrt(e.count / max) } })),
  ];
  if (cy) cy.destroy();
  cy = window.cytoscape({
    container: document.getElementById('network-graph'),
    elements,
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'text-valign': 'center', color: '#1d2330',
        'background-color': '#dbe7ff', 'border-color': '#6f8fd0', 'border-width': 1,
        width: n => 24 + 36 * Math.sqrt(n.data('count') / maxNode), height: n => 24 + 36 * Math.sqrt(n.data('count') / maxNode) } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)',
        'target-arrow-shape': 'triangle', 'curve-style': 'bezier', opacity: 0.75 } },
      { selector: ':selected', style: { 'border-width': 3, 'border-color': '#ffb02e', opacity: 1 } },
    ],
    layout: { name: data.actors.length > 60 ? 'circle' : 'cose', animate: false, nodeRepulsion: 9000, idealEdgeLength: 90 },
    wheelSensitivity: 0.3,
  });
  const info = document.getElementById('network-info');
  info.textContent = `${data.actors.length} actors, ${data.edges.length} links. Click an edge for its events.`;
  cy.on('tap', 'edge', ev => {
    const d = ev.target.data();
    location.hash = `#events?actor1=${encodeURIComponent(d.source)}&actor2=${encodeURIComponent(d.target)}&quad=${d.quad}`;
  });
  cy.on('mouseover', 'edge', ev => {
    const d = ev.target.data();
    info.textContent = `${d.source} → ${d.target}: ${d.count} ${QUAD_NAMES[d.quad]} events, mean Goldstein ${Number(d.gold).toFixed(1)}`;
  });
  cy.on('mouseover', 'node', ev => { info.textContent = `${ev.target.data('name')}: ${ev.target.data('count')} events`; });
}
