// Bias and variance on a real tree: slide from the full breast_cancer tree to a single leaf along its cost-complexity
// path and watch train and test error part and meet. State: ?step=3
import { readState, writeState, numberIn, percent, remember, data, slider, panel } from './kit.js';
import { chart, axis } from '../charts.js';
import { series } from '../palette.js';
import { STATE as STEPPER } from './ccp-stepper.js';

export const STATE = STEPPER;

/** Train and test error at a step, and the gap between them (the variance the tree still has). */
export function errors(path, step) {
  const row = path[Math.min(step, path.length - 1)];
  return { leaves: row.leaves, train: 1 - row.trainAccuracy, test: 1 - row.testAccuracy,
    gap: (1 - row.testAccuracy) - (1 - row.trainAccuracy) };
}

export function describe(e) {
  const verdict = e.train > 0.1 ? 'underfitting: both errors are high'
    : e.gap > 0.02 ? 'overfitting: the tree fits its training rows better than new ones'
      : 'train and test error close together';
  return e.leaves + (e.leaves === 1 ? ' leaf' : ' leaves') + ': train error ' + percent(e.train) + ', test error '
    + percent(e.test) + ' — ' + verdict + '.';
}

export function mount(figure) {
  return data('tree').then(function (result) {
    const path = result.tree.path;
    let state = readState(window.location.search, STATE);
    state.step = Math.min(state.step, path.length - 1);
    const ui = panel(figure, 'Train and test error against the number of leaves');
    const leaves = path.map(function (r) { return String(r.leaves); });
    const drawn = chart(ui.canvas, { type: 'bar', data: { labels: leaves, datasets: [
      { label: 'train error', data: path.map(function (r) { return 1 - r.trainAccuracy; }), backgroundColor: series(0) },
      { label: 'test error', data: path.map(function (r) { return 1 - r.testAccuracy; }), backgroundColor: series(2) }
    ] }, options: { scales: { x: axis('leaves (pruned from the left to the right)'), y: axis('error rate', { min: 0 }) } } });
    const picker = slider(ui.controls, 'overfit-step', 'Pruning step', 0, path.length - 1, 1, state.step, function (v) { update({ step: v }); });
    function update(change, quiet) {
      state = Object.assign({}, state, change);
      drawn.data.datasets.forEach(function (d, k) {
        const colour = series(k === 0 ? 0 : 2);
        d.backgroundColor = path.map(function (_, i) { return i === state.step ? colour : colour + '55'; });
      });
      drawn.update();
      const e = errors(path, state.step);
      picker.output.textContent = e.leaves + (e.leaves === 1 ? ' leaf' : ' leaves');
      ui.readout.textContent = describe(e);
      if (!quiet) { remember(writeState(state, STATE)); }
    }
    update({}, true);
  });
}
