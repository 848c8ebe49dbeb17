// Sparsity slider over the trained digits MLP of the figure build: the magnitude threshold moves over the real weight
// histogram, and the accuracy (measured at each target) and the storage of the pruned weights update.
// State: ?sparsity=0.8 (snapped to the nearest measured target).
import { readState, writeState, numberIn, nearest, percent, remember, data, slider, panel } from './kit.js';
import { chart, axis } from '../charts.js';
import { series, control } from '../palette.js';

export const STATE = { sparsity: numberIn(0, 0.99, 0.8) };

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

export function mount(figure) {
  return data('sweep').then(function (result) {
    let state = readState(window.location.search, STATE);
    const ui = panel(figure, 'Weight histogram with the magnitude threshold at the chosen sparsity');
    const h = result.histograms.before, width = (h.max - h.min) / h.counts.length;
    const centers = h.counts.map(function (_, i) { return (h.min + (i + 0.5) * width).toFixed(2); });
    const drawn = chart(ui.canvas, { type: 'bar', data: { labels: centers, datasets: [{ label: 'weights per bin', data: h.counts }] },
      options: { plugins: { legend: { display: false } }, scales: { x: axis('weight value', { ticks: { maxTicksLimit: 7 } }), y: axis('weights per bin') } } });
    const targets = result.series[0].points.map(function (p) { return p.target; });
    const picker = slider(ui.controls, 'sparsity-target', 'Sparsity', 0, targets.length - 1, 1,
      targets.indexOf(nearest(targets, state.sparsity)), function (i) { update({ sparsity: targets[i] }); });
    function update(change, quiet) {
      state = Object.assign({}, state, change);
      const v = view(result, state);
      drawn.data.datasets[0].backgroundColor = h.counts.map(function (_, i) {
        return Math.abs(h.min + (i + 0.5) * width) < v.threshold ? control() : series(0);
      });
      drawn.update();
      picker.output.textContent = percent(v.target);
      ui.readout.textContent = describe(v);
      if (!quiet) { remember(writeState({ sparsity: v.target }, STATE)); }
    }
    update({}, true);
  });
}
