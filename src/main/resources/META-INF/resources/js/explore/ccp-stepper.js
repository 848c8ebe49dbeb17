// Cost-complexity stepper: walk the weakest-link sequence of the breast_cancer tree the figure build grew, one alpha
// at a time, with its leaves and its train, cross-validation and test accuracy, and the tree drawn with the branches the
// next step prunes greyed. State: ?step=7
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

/** Positions of the full tree's nodes: leaves spread left to right in order, a parent centred over its children. */
export function layout(nodes) {
  const at = {};
  let next = 0;
  (function place(id) {
    const n = nodes[id];
    if (n.leaf) {
      at[id] = { x: next++, y: n.depth };
    } else {
      place(n.left);
      place(n.right);
      at[id] = { x: (at[n.left].x + at[n.right].x) / 2, y: n.depth };
    }
  })(0);
  return { at: at, width: next, depth: Math.max.apply(null, nodes.map(function (n) { return n.depth; })) };
}

/** Each node's fate at a step: 'kept', 'next' (the next step prunes it) or 'gone' (pruned already). */
export function fates(gone, step) {
  return gone.map(function (g) { return g < 0 || g > step + 1 ? 'kept' : g === step + 1 ? 'next' : 'gone'; });
}

const SVG = 'http://www.w3.org/2000/svg';

function element(name, attributes) {
  const e = document.createElementNS(SVG, name);
  Object.keys(attributes).forEach(function (k) { e.setAttribute(k, String(attributes[k])); });
  return e;
}

function drawTree(box, nodes, shape, fate) {
  const gap = 20, level = 32;
  const svg = element('svg', { viewBox: '-12 -12 ' + (shape.width * gap + 4) + ' ' + (shape.depth * level + 24), class: 'ccp-tree' });
  nodes.forEach(function (n) {
    if (!n.leaf && fate[n.id] !== 'gone') {
      [n.left, n.right].forEach(function (c) {
        if (fate[c] === 'gone') { return; }
        svg.appendChild(element('line', { x1: shape.at[n.id].x * gap, y1: shape.at[n.id].y * level,
          x2: shape.at[c].x * gap, y2: shape.at[c].y * level, class: 'ccp-edge ' + fate[c] }));
      });
    }
  });
  nodes.forEach(function (n) {
    if (fate[n.id] === 'gone') { return; }
    const leafNow = n.leaf || fate[n.left] === 'gone';
    const dot = element('circle', { cx: shape.at[n.id].x * gap, cy: shape.at[n.id].y * level, r: leafNow ? 5 : 7,
      class: 'ccp-node ' + fate[n.id] + (leafNow ? ' leaf class-' + n.predictedClass : '') });
    const title = element('title', {});
    title.textContent = n.leaf || leafNow ? 'leaf: ' + n.samples + ' samples' : n.featureName + ' ≤ ' + n.threshold.toPrecision(4);
    dot.appendChild(title);
    svg.appendChild(dot);
  });
  box.textContent = '';
  box.appendChild(svg);
}

export function mount(figure) {
  return Promise.all([data('tree'), data('tree-steps')]).then(function (loaded) {
    const result = loaded[0], gone = loaded[1].gone;
    const path = result.tree.path;
    const nodes = result.tree.before;
    const shape = layout(nodes);
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
    const treeBox = document.createElement('div');
    treeBox.className = 'ccp-tree-box';
    treeBox.setAttribute('role', 'img');
    ui.canvas.parentNode.before(treeBox);
    const key = document.createElement('p');
    key.className = 'explore-key';
    key.textContent = 'Grey dashed: the branches the next step prunes. Filled: leaves by predicted class.';
    treeBox.after(key);
    function update(change, quiet) {
      state = Object.assign({}, state, change);
      drawn.data.datasets.forEach(function (d) {
        d.pointRadius = path.map(function (_, i) { return i === state.step ? 6 : 2; });
      });
      drawn.update();
      const fate = fates(gone, state.step);
      drawTree(treeBox, nodes, shape, fate);
      const next = fate.filter(function (f) { return f === 'next'; }).length;
      treeBox.setAttribute('aria-label', 'The tree at step ' + state.step + ': ' + path[state.step].leaves + ' leaves; '
        + (next ? next + ' nodes greyed, pruned at the next step' : 'nothing left to prune'));
      picker.output.textContent = state.step + (state.step === bestStep(path) ? ' (best CV)' : '');
      ui.readout.textContent = describe(path, state.step);
      if (!quiet) { remember(writeState(state, STATE)); }
    }
    update({}, true);
  });
}
