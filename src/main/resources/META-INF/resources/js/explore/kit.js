// Shared pieces of the lesson explorables: URL state (pure, tested in Node), data loading, and the few controls they
// build. Each explorable is a module with pure state functions and a mount(figure) that replaces its static figure.

/**
 * Reads an explorable's state from a query string. spec maps each parameter to { fallback, parse, valid }: a value
 * that does not parse or is not valid falls back, so a hand-edited link never breaks the page.
 */
export function readState(search, spec) {
  const params = new URLSearchParams(search || '');
  const state = {};
  Object.keys(spec).forEach(function (name) {
    const rule = spec[name];
    const raw = params.get(name);
    const value = raw == null ? undefined : rule.parse(raw);
    state[name] = value !== undefined && !Number.isNaN(value) && rule.valid(value) ? value : rule.fallback;
  });
  return state;
}

/** The query string of a state, parameters in the spec's order (so links are stable). */
export function writeState(state, spec) {
  const params = new URLSearchParams();
  Object.keys(spec).forEach(function (name) { params.set(name, String(state[name])); });
  return '?' + params.toString();
}

/** The value of a list nearest to x (for sliders over measured points). */
export function nearest(values, x) {
  return values.reduce(function (best, v) { return Math.abs(v - x) < Math.abs(best - x) ? v : best; }, values[0]);
}

/** A number rule between min and max. */
export function numberIn(min, max, fallback) {
  return { fallback: fallback, parse: Number, valid: function (v) { return v >= min && v <= max; } };
}

/** Percent text: 0.8 → "80%", 0.785 → "78.5%". */
export function percent(x) {
  return (Math.round(x * 1000) / 10) + '%';
}

// ---- browser only ----------------------------------------------------------------------------------------------

/** The page's query with an explorable's state merged in (a lesson may hold two explorables). */
export function merged(current, query) {
  const params = new URLSearchParams(current || '');
  new URLSearchParams(query).forEach(function (value, name) { params.set(name, value); });
  return '?' + params.toString();
}

/** Puts the state in the address bar without a new history entry. */
export function remember(query) {
  window.history.replaceState(null, '', window.location.pathname + merged(window.location.search, query) + window.location.hash);
}

/** The precomputed data the build wrote for an explorable (engine output). */
export function data(name) {
  return fetch('/explore/' + name + '.json').then(function (r) {
    if (!r.ok) { throw new Error('no data ' + name); }
    return r.json();
  });
}

/** A labelled range input; onInput gets the numeric value. Arrow keys and touch work as on any range input. */
export function slider(parent, id, label, min, max, step, value, onInput) {
  const wrap = document.createElement('div');
  wrap.className = 'explore-control';
  const l = document.createElement('label');
  l.htmlFor = id;
  l.textContent = label;
  const input = document.createElement('input');
  Object.assign(input, { type: 'range', id: id, min: String(min), max: String(max), step: String(step), value: String(value) });
  const output = document.createElement('output');
  output.htmlFor = id;
  output.id = id + '-value';
  input.addEventListener('input', function () { onInput(Number(input.value)); });
  wrap.append(l, input, output);
  parent.appendChild(wrap);
  return { input: input, output: output };
}

/** The panel an explorable draws in: controls, a chart canvas and a live readout, put in place of the static SVG. */
export function panel(figure, title) {
  const box = document.createElement('div');
  box.className = 'explore-panel';
  const controls = document.createElement('div');
  controls.className = 'explore-controls';
  const wrap = document.createElement('div');
  wrap.className = 'explore-chart';
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', title);
  wrap.appendChild(canvas);
  const readout = document.createElement('p');
  readout.className = 'explore-readout';
  readout.setAttribute('aria-live', 'polite');
  box.append(controls, wrap, readout);
  const fallback = figure.querySelector('.figure-svg');
  if (fallback) { fallback.hidden = true; }
  figure.insertBefore(box, figure.querySelector('figcaption'));
  return { controls: controls, canvas: canvas, readout: readout };
}
