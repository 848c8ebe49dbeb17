// Sparsity slider over the trained digits MLP of the figure build: the magnitude threshold moves over the real weight
// histogram, and the accuracy (measured at each target) and the storage of the pruned weights update.
// A toggle compares one threshold over all layers with one per layer: which layers a global threshold empties first.
// State: ?sparsity=0.8&scope=global (sparsity snapped to the nearest measured target).
import { readState, writeState, numberIn, nearest, percent, remember, data, slider, panel } from './kit.js';
import { chart, axis } from '../charts.js';
import { series, control } from '../palette.js';

export const SCOPES = { global: 'one global threshold', layer: 'a threshold per layer' };
export const STATE = { sparsity: numberIn(0, 0.99, 0.8),
  scope: { fallback: 'global', parse: String, valid: function (v) { return v === 'global' || v === 'layer'; } } };

/** The |w| threshold that puts `sparsity` of the histogram's weights inside (−t, t), bins spread evenly. */
export function threshold(h, sparsity) {
  const width = (h.max - h.min) / h.counts.length;
  const total = h.counts.reduce(function (a, b) { return a + b; }, 0);
  let lo = 0, hi = Math.max(Math.abs(h.min), Math.abs(h.max));
  for (let i = 0; i < 60; i++) {
    const t = (lo + hi) / 2;
    let inside = 0;
    h.counts.forEach(function (c, k) {
      const from = h.min + k * width;
      inside += c * Math.max(0, Math.min(from + width, t) - Math.max(from, -t)) / width;
    });
    if (inside / total < sparsity) { lo = t; } else { hi = t; }
  }
  return hi;
}

/** Everything the view shows at a state: the measured point, the control, the cost row and the threshold. */
export function view(result, state) {
  const main = result.series[0], random = result.series[1];
  const target = nearest(main.points.map(function (p) { return p.target; }), state.sparsity);
  const at = function (s) { return s.points.find(function (p) { return p.target === target; }); };
  const cost = result.cost.find(function (c) { return c.target === target; });
  return { target: target, magnitude: at(main).accuracy, random: at(random).accuracy, baseline: result.baseline,
    bytesDense: cost.bytesDense, bytesCsr: cost.bytesCsr, bytesBitmask: cost.bytesBitmask,
    threshold: threshold(result.histograms.before, target) };
}

export function describe(v) {
  return 'At ' + percent(v.target) + ' sparsity (|w| < ' + v.threshold.toFixed(3) + ' pruned): magnitude pruning keeps '
    + percent(v.magnitude) + ' (dense ' + percent(v.baseline) + '), random pruning ' + percent(v.random)
    + '. Weights: ' + v.bytesDense + ' bytes dense, ' + v.bytesCsr + ' in CSR, ' + v.bytesBitmask + ' as bitmask + values.';
}

/** Each layer's sparsity and the one-shot accuracy at a target under a scope, and the layer emptied most. */
export function layers(scopes, scope, target) {
  const t = scopes.targets.indexOf(nearest(scopes.targets, target));
  const outcome = scopes.scopes[scope];
  const rows = scopes.layers.map(function (name, i) { return { name: name, size: scopes.sizes[i], sparsity: outcome.sparsity[t][i] }; });
  const emptiest = rows.reduce(function (a, b) { return b.sparsity > a.sparsity ? b : a; });
  return { layers: rows, emptiest: emptiest.name, accuracy: outcome.accuracy[t], dense: scopes.dense,
    other: scopes.scopes[scope === 'global' ? 'layer' : 'global'].accuracy[t] };
}

export function describeLayers(l, scope) {
  const each = l.layers.map(function (r) { return r.name + ' ' + percent(r.sparsity); }).join(', ');
  return 'With ' + SCOPES[scope] + ': ' + each + (scope === 'global' ? '; ' + l.emptiest + ' empties first' : '')
    + '. Pruned in one shot without fine-tuning, an MLP trained on all training rows (dense ' + percent(l.dense) + ') keeps '
    + percent(l.accuracy) + ' (the other scope ' + percent(l.other) + ').';
}

function scopeControls(ui, state, onChange) {
  const fieldset = document.createElement('fieldset');
  fieldset.className = 'explore-choices';
  const legend = document.createElement('legend');
  legend.textContent = 'Threshold';
  fieldset.appendChild(legend);
  Object.keys(SCOPES).forEach(function (scope) {
    const l = document.createElement('label');
    const input = Object.assign(document.createElement('input'), { type: 'radio', name: 'sparsity-scope', value: scope, checked: scope === state.scope });
    input.addEventListener('change', function () { onChange(scope); });
    l.append(input, ' ' + SCOPES[scope]);
    fieldset.appendChild(l);
  });
  ui.controls.appendChild(fieldset);
  const list = document.createElement('div');
  list.className = 'layer-bars';
  ui.readout.after(list);
  const note = document.createElement('p');
  note.className = 'explore-readout';
  note.setAttribute('aria-live', 'polite');
  list.after(note);
  return { list: list, note: note };
}

function drawLayers(parts, l) {
  parts.list.textContent = '';
  l.layers.forEach(function (r) {
    const label = document.createElement('label');
    const bar = Object.assign(document.createElement('progress'), { max: 1, value: r.sparsity });
    label.append(r.name + ' (' + r.size + ')', bar, percent(r.sparsity));
    parts.list.appendChild(label);
  });
}

export function mount(figure) {
  return Promise.all([data('sweep'), data('layer-scopes')]).then(function (loaded) {
    const result = loaded[0], scopes = loaded[1];
    let state = readState(window.location.search, STATE);
    const ui = panel(figure, 'Weight histogram with the magnitude threshold at the chosen sparsity');
    const h = result.histograms.before, width = (h.max - h.min) / h.counts.length;
    const centers = h.counts.map(function (_, i) { return (h.min + (i + 0.5) * width).toFixed(2); });
    const drawn = chart(ui.canvas, { type: 'bar', data: { labels: centers, datasets: [{ label: 'weights per bin', data: h.counts }] },
      options: { plugins: { legend: { display: false } }, scales: { x: axis('weight value', { ticks: { maxTicksLimit: 7 } }), y: axis('weights per bin') } } });
    const targets = result.series[0].points.map(function (p) { return p.target; });
    const picker = slider(ui.controls, 'sparsity-target', 'Sparsity', 0, targets.length - 1, 1,
      targets.indexOf(nearest(targets, state.sparsity)), function (i) { update({ sparsity: targets[i] }); });
    const parts = scopeControls(ui, state, function (scope) { update({ scope: scope }); });
    function update(change, quiet) {
      state = Object.assign({}, state, change);
      const v = view(result, state);
      drawn.data.datasets[0].backgroundColor = h.counts.map(function (_, i) {
        return Math.abs(h.min + (i + 0.5) * width) < v.threshold ? control() : series(0);
      });
      drawn.update();
      picker.output.textContent = percent(v.target);
      ui.readout.textContent = describe(v);
      const l = layers(scopes, state.scope, v.target);
      drawLayers(parts, l);
      parts.note.textContent = describeLayers(l, state.scope);
      if (!quiet) { remember(writeState({ sparsity: v.target, scope: state.scope }, STATE)); }
    }
    update({}, true);
  });
}
