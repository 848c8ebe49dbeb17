// Cost-complexity stepper: walk the weakest-link sequence of the breast_cancer tree the figure build grew, one alpha
// at a time, with its leaves and its train, cross-validation and test accuracy. State: ?step=7
import { readState, writeState, numberIn, percent, remember, data, slider, panel } from './kit.js';
import { chart, axis } from '../charts.js';
import { series } from '../palette.js';

export const STATE = { step: numberIn(0, 200, 0) };

/** One step of the path as the readout says it, with what changed since the step before. */
export function describe(path, step) {
  const row = path[Math.min(step, path.length - 1)];
  const previous = step > 0 ? path[step - 1] : null;
  return 'Step ' + step + ' of ' + (path.length - 1) + ': α = ' + (row.alpha === 0 ? '0' : row.alpha.toPrecision(3))
    + ', ' + row.leaves + (row.leaves === 1 ? ' leaf' : ' leaves')
    + (previous ? ' (' + (previous.leaves - row.leaves) + ' pruned at this step)' : ' (the full tree)')
    + '; train ' + percent(row.trainAccuracy) + ', cross-validation ' + percent(row.cvAccuracy) + ', test ' + percent(row.testAccuracy) + '.';
}

/** The step cross-validation prefers: the highest CV accuracy, the smaller tree on a tie. */
export function bestStep(path) {
  let best = 0;
  path.forEach(function (row, i) { if (row.cvAccuracy >= path[best].cvAccuracy) { best = i; } });
  return best;
}

export function mount(figure) {
  return data('tree').then(function (result) {
    const path = result.tree.path;
    let state = readState(window.location.search, STATE);
    state.step = Math.min(state.step, path.length - 1);
    const ui = panel(figure, 'Accuracy along the cost-complexity pruning path with the current step marked');
    const labels = path.map(function (_, i) { return String(i); });
    const drawn = chart(ui.canvas, { type: 'line', data: { labels: labels, datasets: [
      { label: 'train', data: path.map(function (r) { return r.trainAccuracy; }), borderColor: series(0), tension: 0 },
      { label: 'cross-validation', data: path.map(function (r) { return r.cvAccuracy; }), borderColor: series(1), tension: 0 },
      { label: 'test', data: path.map(function (r) { return r.testAccuracy; }), borderColor: series(2), tension: 0 }
    ] }, options: { scales: { x: axis('pruning step (α grows)'), y: axis('accuracy', { min: 0.5, max: 1 }) } } });
    const picker = slider(ui.controls, 'ccp-step', 'Step along the path', 0, path.length - 1, 1, state.step, function (v) { update({ step: v }); });
    function update(change, quiet) {
      state = Object.assign({}, state, change);
      drawn.data.datasets.forEach(function (d) {
        d.pointRadius = path.map(function (_, i) { return i === state.step ? 6 : 2; });
      });
      drawn.update();
      picker.output.textContent = state.step + (state.step === bestStep(path) ? ' (best CV)' : '');
      ui.readout.textContent = describe(path, state.step);
      if (!quiet) { remember(writeState(state, STATE)); }
    }
    update({}, true);
  });
}
