// N:M builder: pick N and M, see which weights of a real trained row survive (the N largest of every M), the bytes
// with the index overhead, what the pattern costs against free unstructured pruning at the same sparsity, and the
// speed-up the lessons' sources measured. State: ?pattern=2:4
import { readState, writeState, percent, remember, data, panel } from './kit.js';

export const PATTERNS = ['1:2', '1:4', '2:4', '3:4', '2:8', '4:8'];
export const STATE = { pattern: { fallback: '2:4', parse: String, valid: function (v) { return PATTERNS.indexOf(v) >= 0; } } };

export function parse(pattern) {
  const parts = pattern.split(':').map(Number);
  return { n: parts[0], m: parts[1] };
}

/** Keep the n largest |w| of every group of m (ties keep the earlier weight). */
export function mask(values, n, m) {
  const keep = values.map(function () { return false; });
  for (let g = 0; g < values.length; g += m) {
    const group = [];
    for (let i = g; i < Math.min(g + m, values.length); i++) { group.push(i); }
    group.sort(function (a, b) { return Math.abs(values[b]) - Math.abs(values[a]) || a - b; });
    group.slice(0, n).forEach(function (i) { keep[i] = true; });
  }
  return keep;
}

/** Squared magnitude removed by a mask, the cost proxy of the structured-pruning lesson. */
export function removed(values, keep) {
  return values.reduce(function (sum, v, i) { return keep[i] ? sum : sum + v * v; }, 0);
}

/** Unstructured pruning of the same number of weights: the smallest |w| anywhere in the row. */
export function unstructured(values, count) {
  const order = values.map(function (_, i) { return i; }).sort(function (a, b) { return Math.abs(values[a]) - Math.abs(values[b]) || a - b; });
  const keep = values.map(function () { return true; });
  order.slice(0, count).forEach(function (i) { keep[i] = false; });
  return keep;
}

/** FP16 storage of a matrix of `count` weights: dense, and N:M values plus log2(M) bits of index per kept value. */
export function bytes(count, n, m) {
  const kept = count * n / m;
  return { dense: count * 2, values: kept * 2, index: Math.ceil(kept * Math.ceil(Math.log2(m)) / 8) };
}

/** The speed-up the sources give: only 2:4 has hardware (sparse tensor cores, Ampere and later). */
export function speedup(pattern) {
  if (pattern === '2:4') {
    return { theoretical: '2× peak math on the pruned matrix multiplies',
      measured: '1.1–1.7× on large GEMMs (1.3–1.4× typical), 0.11× for one input row (9× slower)',
      source: '/learn/structured-pruning#why-structure-turns-sparsity-into-speed' };
  }
  return { theoretical: 'none in hardware: GPUs accelerate 2:4 only',
    measured: 'runs as unstructured sparsity (see the sparse-kernels lesson)', source: '/learn/sparse-kernels' };
}

export function describe(values, pattern) {
  const p = parse(pattern);
  const keep = mask(values, p.n, p.m);
  const pruned = keep.filter(function (k) { return !k; }).length;
  const cost = removed(values, keep) / Math.max(1e-12, removed(values, unstructured(values, pruned)));
  const b = bytes(4096 * 4096, p.n, p.m);
  return p.n + ':' + p.m + ' keeps ' + percent(p.n / p.m) + ': ' + pruned + ' of ' + values.length + ' weights pruned here, removing '
    + cost.toFixed(2) + '× the squared magnitude unstructured pruning would at the same sparsity. A 4096 × 4096 FP16 matrix: '
    + (b.dense / 1048576).toFixed(1) + ' MiB dense, ' + ((b.values + b.index) / 1048576).toFixed(1) + ' MiB as ' + pattern
    + ' (' + (b.index / 1048576).toFixed(1) + ' MiB of it index).';
}

export function mount(figure) {
  return data('row').then(function (row) {
    let state = readState(window.location.search, STATE);
    const ui = panel(figure, 'A row of trained weights with the N:M mask');
    ui.canvas.parentNode.hidden = true;
    const fieldset = document.createElement('fieldset');
    fieldset.className = 'explore-choices';
    const legend = document.createElement('legend');
    legend.textContent = 'Pattern N:M (keep N of every M)';
    fieldset.appendChild(legend);
    PATTERNS.forEach(function (p) {
      const l = document.createElement('label');
      const input = Object.assign(document.createElement('input'), { type: 'radio', name: 'nm-pattern', value: p, checked: p === state.pattern });
      input.addEventListener('change', function () { update({ pattern: p }); });
      l.append(input, ' ' + p);
      fieldset.appendChild(l);
    });
    ui.controls.appendChild(fieldset);
    const grid = document.createElement('div');
    grid.className = 'nm-grid';
    grid.setAttribute('role', 'img');
    ui.readout.before(grid);
    const speed = document.createElement('p');
    ui.readout.after(speed);
    function update(change, quiet) {
      state = Object.assign({}, state, change);
      const p = parse(state.pattern);
      const keep = mask(row.values, p.n, p.m);
      grid.textContent = '';
      row.values.forEach(function (v, i) {
        const cell = document.createElement('span');
        cell.className = 'nm-cell' + (keep[i] ? ' kept' : '') + (i % p.m === 0 ? ' group-start' : '');
        cell.textContent = v.toFixed(2);
        grid.appendChild(cell);
      });
      grid.setAttribute('aria-label', row.layer + ': ' + keep.filter(Boolean).length + ' of ' + row.values.length + ' weights kept by ' + state.pattern);
      ui.readout.textContent = describe(row.values, state.pattern);
      const s = speedup(state.pattern);
      speed.textContent = 'Speed-up: ' + s.theoretical + '; measured ' + s.measured + '. ';
      const link = Object.assign(document.createElement('a'), { href: s.source, textContent: 'Source' });
      speed.appendChild(link);
      if (!quiet) { remember(writeState(state, STATE)); }
    }
    update({}, true);
  });
}
