// The Network view: actors as nodes, events as edges coloured by quad class and weighted by count
// (GET /api/dyads), drawn with Cytoscape.js (vendored). By default the 30 actors with most events and the links
// among them, so the graph stays readable; the info line says how many there are in all. The form's state is in
// the URL; clicking an edge or a node opens exactly those events, with the same dates and quad class.
import { getJson, showError, submitGoesTo, formState, viewHash, QUAD_NAMES, QUAD_COLOURS } from './api.js';

let cy = null;
let params = {};

export function init() {
  submitGoesTo('network');
}

/** Shows the view in the state the URL's query gives. */
export const show = query => load(formState('network', query));

async function load(state) {
  params = state;
  showError('network-error', null);
  try {
    draw(await getJson('/api/dyads', params));
  } catch (e) {
    if (cy) { cy.destroy(); cy = null; }
    document.getElementById('network-info').textContent = '';
    showError('network-error', e);
  }
}

/** The Events view's parameters for what a click on the graph selected, keeping the dates and quad class. */
function drill(extra) {
  const p = { from: params.from, to: params.to, quad: params.quad, exactActors: 'true', ...extra };
  return viewHash('events', p);
}

function draw(data) {
  const max = Math.max(1, ...data.edges.map(e => e.count));
  const maxNode = Math.max(1, ...data.actors.map(a => a.count));
  const elements = [
    ...data.actors.map(a => ({ data: { id: a.code, label: a.name && a.name !== a.code ? `${a.code}\n${a.name}` : a.code,
      name: a.name || a.code, count: a.count } })),
    ...data.edges.map((e, i) => ({ data: { id: 'e' + i, source: e.source, target: e.target, quad: e.quadClass, count: e.count,
      gold: e.meanGoldstein, colour: QUAD_COLOURS[e.quadClass] || '#888', width: 1.5 + 8 * Math.sqrt(e.count / max) } })),
  ];
  if (cy) cy.destroy();
  const many = data.actors.length > 60;
  cy = window.cytoscape({
    container: document.getElementById('network-graph'),
    elements,
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 13, 'text-wrap': 'wrap', 'text-valign': 'bottom',
        'text-margin-y': 4, color: '#1d2330', 'text-background-color': '#fff', 'text-background-opacity': 0.85,
        'text-background-padding': 2, 'background-color': '#dbe7ff', 'border-color': '#6f8fd0', 'border-width': 1,
        width: n => 18 + 34 * Math.sqrt(n.data('count') / maxNode), height: n => 18 + 34 * Math.sqrt(n.data('count') / maxNode) } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)',
        'target-arrow-shape': 'triangle', 'curve-style': 'bezier', opacity: 0.7 } },
      { selector: ':selected', style: { 'border-width': 3, 'border-color': '#ffb02e', opacity: 1 } },
    ],
    layout: many
      ? { name: 'concentric', concentric: n => n.data('count'), levelWidth: () => maxNode / 6, minNodeSpacing: 30, animate: false }
      : { name: 'cose', animate: false, nodeRepulsion: 400000, idealEdgeLength: 120, nodeOverlap: 20, randomize: false },
    wheelSensitivity: 0.3,
  });
  window.datelineNetwork = cy; // for scripting the page (and its browser tests)
  const info = document.getElementById('network-info');
  const summary = `Top ${data.actors.length} of ${data.actorsTotal} actors by events; ${data.edges.length} of ${data.edgesTotal} links. `
    + 'Click an edge or an actor for its events.';
  info.textContent = summary;
  info.dataset.summary = summary;
  cy.on('tap', 'edge', ev => {
    const d = ev.target.data();
    location.hash = drill({ actor1: d.source, actor2: d.target, quad: d.quad });
  });
  cy.on('tap', 'node', ev => { location.hash = drill({ actor: ev.target.id() }); });
  cy.on('mouseover', 'edge', ev => {
    const d = ev.target.data();
    info.textContent = `${d.source} → ${d.target}: ${d.count} ${QUAD_NAMES[d.quad]} events, mean Goldstein ${Number(d.gold).toFixed(1)}`;
  });
  cy.on('mouseover', 'node', ev => { info.textContent = `${ev.target.data('name')} (${ev.target.id()}): ${ev.target.data('count')} events`; });
  cy.on('mouseout', () => { info.textContent = info.dataset.summary; });
}
