// Saliency: magnitude, OBD (½·H_ii·w², Fisher diagonal) and first-order Taylor (|w·g|) rank the same real weights (the
// output layer of the figure build's digits MLP). Pick a sparsity and two criteria: the matrix shows which weights each
// prunes, the readout how much the pruned sets overlap and the test accuracy each mask leaves (measured at build time).
// State: ?sparsity=0.5&a=magnitude&b=obd
import { readState, writeState, numberIn, nearest, percent, remember, data, slider, panel } from './kit.js';
import { chart, axis } from '../charts.js';
import { series } from '../palette.js';

export const METHODS = { magnitude: 'magnitude |w|', obd: 'OBD ½·H_ii·w²', taylor: 'Taylor |w·g|' };
const method = function (fallback) {
  return { fallback: fallback, parse: String, valid: function (v) { return Object.prototype.hasOwnProperty.call(METHODS, v); } };
};
export const STATE = { sparsity: numberIn(0.05, 0.95, 0.5), a: method('magnitude'), b: method('obd') };

/** How many of `size` weights a sparsity prunes (rounded as the build rounds). */
export function count(size, sparsity) {
  return Math.round(size * sparsity);
}

/** The weights a criterion prunes at a sparsity: the first `count` of its order, least important first. */
export function prunedSet(order, sparsity) {
  return new Set(order.slice(0, count(order.length, sparsity)));
}

/**
 * What the view shows at a state: per weight 0 (kept by both), 1 (pruned by a only), 2 (by b only) or 3 (by both);
 * the counts; Jaccard overlap of the pruned sets; and each mask's measured accuracy at the snapped sparsity.
 */
export function compare(d, state) {
  const sparsity = nearest(d.sparsities, state.sparsity);
  const step = d.sparsities.indexOf(sparsity);
  const a = prunedSet(d.methods[state.a].order, sparsity), b = prunedSet(d.methods[state.b].order, sparsity);
  const cells = d.weights.map(function (_, i) { return (a.has(i) ? 1 : 0) + (b.has(i) ? 2 : 0); });
  const both = cells.filter(function (c) { return c === 3; }).length;
  const pruned = a.size;
  return { sparsity: sparsity, cells: cells, pruned: pruned, both: both, onlyA: pruned - both, onlyB: b.size - both,
    jaccard: pruned === 0 ? 1 : both / (a.size + b.size - both),
    accuracyA: d.methods[state.a].accuracy[step], accuracyB: d.methods[state.b].accuracy[step], dense: d.dense };
}

export function describe(c, state) {
  if (state.a === state.b) {
    return 'Both sides are ' + METHODS[state.a] + ': pick two different criteria to compare.';
  }
  return 'At ' + percent(c.sparsity) + ' sparsity each criterion prunes ' + c.pruned + ' of ' + c.cells.length + ' weights; '
    + c.both + ' are pruned by both, ' + c.onlyA + ' by ' + METHODS[state.a] + ' only and ' + c.onlyB + ' by ' + METHODS[state.b]
    + ' only (Jaccard overlap ' + percent(Math.round(c.jaccard * 1000) / 1000) + '). Test accuracy: ' + METHODS[state.a] + ' '
    + percent(c.accuracyA) + ', ' + METHODS[state.b] + ' ' + percent(c.accuracyB) + ' (dense ' + percent(c.dense) + ').';
}

const CELL_CLASSES = ['', 'only-a', 'only-b', 'both'];

function choices(parent, name, legendText, value, onChange) {
  const fieldset = document.createElement('fieldset');
  fieldset.className = 'explore-choices';
  const legend = document.createElement('legend');
  legend.textContent = legendText;
  fieldset.appendChild(legend);
  Object.keys(METHODS).forEach(function (m) {
    const l = document.createElement('label');
    const input = Object.assign(document.createElement('input'), { type: 'radio', name: name, value: m, checked: m === value });
    input.addEventListener('change', function () { onChange(m); });
    l.append(input, ' ' + METHODS[m]);
    fieldset.appendChild(l);
  });
  parent.appendChild(fieldset);
}

/** The colour key under the matrix; returns its text spans by cell class. */
function key(grid) {
  const list = document.createElement('p');
  list.className = 'explore-key';
  const items = {};
  CELL_CLASSES.forEach(function (cls) {
    const item = document.createElement('span');
    const swatch = document.createElement('span');
    swatch.className = 'saliency-cell ' + cls;
    item.append(swatch, document.createElement('span'));
    list.appendChild(item);
    items[cls] = item.lastChild;
  });
  grid.after(list);
  return items;
}

export function mount(figure) {
  return data('saliency').then(function (d) {
    let state = readState(window.location.search, STATE);
    const ui = panel(figure, 'Test accuracy of each criterion\'s mask against sparsity, the chosen sparsity marked');
    const picker = slider(ui.controls, 'saliency-sparsity', 'Sparsity of the layer', 0, d.sparsities.length - 1, 1,
      d.sparsities.indexOf(nearest(d.sparsities, state.sparsity)), function (i) { update({ sparsity: d.sparsities[i] }); });
    choices(ui.controls, 'saliency-a', 'Criterion A', state.a, function (m) { update({ a: m }); });
    choices(ui.controls, 'saliency-b', 'Criterion B', state.b, function (m) { update({ b: m }); });
    const grid = document.createElement('div');
    grid.className = 'saliency-grid';
    grid.setAttribute('role', 'img');
    const cells = d.weights.map(function (w) {
      const cell = document.createElement('span');
      cell.className = 'saliency-cell';
      cell.title = w.toFixed(4);
      grid.appendChild(cell);
      return cell;
    });
    ui.canvas.parentNode.before(grid);
    const legend = key(grid);
    const percents = d.sparsities.map(function (s) { return percent(s); });
    const drawn = chart(ui.canvas, { type: 'line', data: { labels: percents, datasets: [
      { label: 'A', data: [], borderColor: series(0), tension: 0 }, { label: 'B', data: [], borderColor: series(1), tension: 0 }
    ] }, options: { scales: { x: axis('sparsity of the layer'), y: axis('test accuracy', { min: 0, max: 1 }) } } });
    function update(change, quiet) {
      state = Object.assign({}, state, change);
      const c = compare(d, state);
      c.cells.forEach(function (v, i) { cells[i].className = 'saliency-cell ' + CELL_CLASSES[v]; });
      grid.setAttribute('aria-label', d.layer + ', ' + d.rows + ' × ' + d.cols + ' weights: ' + c.both + ' pruned by both criteria, '
        + c.onlyA + ' by A only, ' + c.onlyB + ' by B only');
      legend[''].textContent = 'kept by both';
      legend['only-a'].textContent = 'pruned by ' + METHODS[state.a] + ' only';
      legend['only-b'].textContent = 'pruned by ' + METHODS[state.b] + ' only';
      legend.both.textContent = 'pruned by both';
      [state.a, state.b].forEach(function (m, k) {
        const set = drawn.data.datasets[k];
        set.label = METHODS[m];
        set.data = d.methods[m].accuracy;
        set.pointRadius = d.sparsities.map(function (s) { return s === c.sparsity ? 6 : 2; });
      });
      drawn.update();
      picker.output.textContent = percent(c.sparsity);
      ui.readout.textContent = describe(c, state);
      if (!quiet) { remember(writeState(Object.assign({}, state, { sparsity: c.sparsity }), STATE)); }
    }
    update({}, true);
  });
}
