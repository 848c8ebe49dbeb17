// State logic of the lesson explorables (the pure functions of js/explore/*.js), run by `node --test` in `./mvnw
// verify`. Data fixtures are small hand-made results in the shape the figure build writes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readState, writeState, nearest, numberIn, percent, merged } from '../../main/resources/META-INF/resources/js/explore/kit.js';
import * as schedules from '../../main/resources/META-INF/resources/js/explore/schedule-plotter.js';
import * as slider from '../../main/resources/META-INF/resources/js/explore/sparsity-slider.js';
import * as ccp from '../../main/resources/META-INF/resources/js/explore/ccp-stepper.js';
import * as overfitting from '../../main/resources/META-INF/resources/js/explore/overfitting.js';
import * as lottery from '../../main/resources/META-INF/resources/js/explore/lottery-ticket.js';
import * as faster from '../../main/resources/META-INF/resources/js/explore/will-it-be-faster.js';

test('URL state reads valid values, falls back on bad ones and writes back in a stable order', () => {
  const spec = { sparsity: numberIn(0, 0.99, 0.8), rounds: numberIn(1, 10, 3) };
  assert.deepEqual(readState('?sparsity=0.9&rounds=5', spec), { sparsity: 0.9, rounds: 5 });
  assert.deepEqual(readState('?sparsity=abc&rounds=50', spec), { sparsity: 0.8, rounds: 3 });
  assert.deepEqual(readState('', spec), { sparsity: 0.8, rounds: 3 });
  assert.equal(writeState({ rounds: 2, sparsity: 0.5 }, spec), '?sparsity=0.5&rounds=2');
  assert.equal(nearest([0.3, 0.5, 0.8], 0.7), 0.8);
  assert.equal(percent(0.785), '78.5%');
  assert.equal(merged('?batch=1&pattern=2%3A4', '?pattern=1%3A4'), '?batch=1&pattern=1%3A4');
});

test('schedules: iterative rounds remove the same share of what is left; cubic is front-loaded and ends at the target', () => {
  assert.deepEqual(schedules.geometric(0.75, 2), [0.5, 0.75]);
  const c = schedules.curves({ sparsity: 0.9, rounds: 3 });
  assert.equal(c.oneShot[1], 0.9);
  assert.equal(c.cubic[0], 0);
  assert.ok(Math.abs(c.cubic[schedules.STEPS] - 0.9) < 1e-12);
  assert.ok(c.cubic[schedules.STEPS / 2] > 0.9 * 0.85, 'half-way the cubic schedule is past 85% of the target');
  assert.equal(c.iterative[schedules.STEPS], 0.9);
  assert.match(schedules.describe({ sparsity: 0.9, rounds: 3 }), /Half-way through, the cubic schedule is at 78\.8%/);
});

const HISTOGRAM = { min: -1, max: 1, counts: [10, 40, 40, 10], zeros: 0 };
const SWEEP = {
  baseline: 0.9,
  series: [
    { name: 'magnitude', role: 'main', points: [{ target: 0.5, accuracy: 0.9 }, { target: 0.9, accuracy: 0.6 }] },
    { name: 'random pruning (control)', role: 'control', points: [{ target: 0.5, accuracy: 0.7 }, { target: 0.9, accuracy: 0.1 }] }
  ],
  cost: [{ target: 0, bytesDense: 400, bytesCsr: 800, bytesBitmask: 413 },
    { target: 0.5, bytesDense: 400, bytesCsr: 404, bytesBitmask: 213 }, { target: 0.9, bytesDense: 400, bytesCsr: 84, bytesBitmask: 53 }],
  histograms: { before: HISTOGRAM }
};

test('sparsity slider: the threshold splits the histogram at the asked share and the view snaps to a measured target', () => {
  // 80 of 100 weights lie in (-0.5, 0.5): the threshold for 80% is 0.5
  assert.ok(Math.abs(slider.threshold(HISTOGRAM, 0.8) - 0.5) < 1e-9);
  const v = slider.view(SWEEP, { sparsity: 0.85 });
  assert.equal(v.target, 0.9);
  assert.equal(v.magnitude, 0.6);
  assert.equal(v.random, 0.1);
  assert.equal(v.bytesCsr, 84);
  assert.match(slider.describe(v), /At 90% sparsity .* magnitude pruning keeps 60% \(dense 90%\), random pruning 10%/);
});

const PATH = [
  { alpha: 0, leaves: 20, trainAccuracy: 1, cvAccuracy: 0.91, testAccuracy: 0.95 },
  { alpha: 0.005, leaves: 7, trainAccuracy: 0.97, cvAccuracy: 0.93, testAccuracy: 0.96 },
  { alpha: 0.3, leaves: 1, trainAccuracy: 0.63, cvAccuracy: 0.63, testAccuracy: 0.62 }
];

test('cost-complexity stepper: each step says its alpha, leaves and how many it pruned; CV picks the best step', () => {
  assert.equal(ccp.describe(PATH, 0), 'Step 0 of 2: α = 0, 20 leaves (the full tree); train 100%, cross-validation 91%, test 95%.');
  assert.match(ccp.describe(PATH, 1), /α = 0\.00500, 7 leaves \(13 pruned at this step\)/);
  assert.equal(ccp.bestStep(PATH), 1);
});

test('overfitting: the full tree overfits, the chosen one does not, a single leaf underfits', () => {
  assert.match(overfitting.describe(overfitting.errors(PATH, 0)), /overfitting/);
  assert.match(overfitting.describe(overfitting.errors(PATH, 1)), /close together/);
  assert.match(overfitting.describe(overfitting.errors(PATH, 2)), /^1 leaf: .*underfitting/);
});

test('lottery: the ticket against its re-initialisation at the nearest measured round', () => {
  const result = { baseline: 0.87, series: [
    { name: 'winning ticket (rewound)', role: 'main', points: [{ sparsity: 0.5, accuracy: 0.88 }, { sparsity: 0.78, accuracy: 0.86 }] },
    { name: 'random re-initialisation', role: 'compare', points: [{ sparsity: 0.5, accuracy: 0.85 }, { sparsity: 0.78, accuracy: 0.79 }] }
  ] };
  const c = lottery.compare(result, 0.8);
  assert.deepEqual([c.sparsity, c.ticket, c.reinit, c.round], [0.78, 0.86, 0.79, 2]);
  assert.match(lottery.describe(c), /re-initialised 79% \(7 points behind\)/);
});

test('will it be faster: every combination has a sourced band; 2:4 at batch 1 on a GPU is slower', () => {
  ['unstructured', '2:4', 'structured'].forEach((pattern) => ['1', 'large'].forEach((batch) => ['gpu', 'cpu'].forEach((hardware) => {
    const b = faster.band({ pattern: pattern, batch: batch, hardware: hardware });
    assert.ok(b.low <= b.high && b.source && b.href.startsWith('/learn/'), pattern + batch + hardware);
  })));
  assert.equal(faster.verdict(faster.band({ pattern: '2:4', batch: '1', hardware: 'gpu' })), 'No');
  assert.equal(faster.verdict(faster.band({ pattern: '2:4', batch: 'large', hardware: 'gpu' })), 'Yes');
  assert.deepEqual(readState('?pattern=2:4&batch=huge', faster.STATE), { pattern: '2:4', batch: 'large', hardware: 'gpu' });
  const m = faster.measured([{ target: 0, latencyDenseMs: 9 }, { target: 0.9, latencyDenseMs: 0.1, latencyCsrMs: 0.2, latencyShrunkMs: 0.025 }]);
  assert.equal(m.shrunk, 4);
  assert.equal(m.csr, 0.5);
});

import * as nm from '../../main/resources/META-INF/resources/js/explore/nm-builder.js';

test('N:M builder: keeps the n largest of every m, counts the index, costs more than unstructured, knows 2:4 only', () => {
  const row = [0.1, -0.9, 0.3, 0.05, 0.2, 0.2, -0.01, 0.6];
  assert.deepEqual(nm.mask(row, 2, 4), [false, true, true, false, true, false, false, true]);
  assert.deepEqual(nm.bytes(16, 2, 4), { dense: 32, values: 16, index: 2 });
  const keep = nm.mask(row, 2, 4);
  assert.ok(nm.removed(row, keep) >= nm.removed(row, nm.unstructured(row, 4)));
  assert.match(nm.speedup('2:4').measured, /1\.3–1\.4× typical/);
  assert.match(nm.speedup('1:4').theoretical, /none in hardware/);
  assert.deepEqual(readState('?pattern=5:4', nm.STATE), { pattern: '2:4' });
  assert.match(nm.describe(row, '2:4'), /^2:4 keeps 50%: 4 of 8 weights pruned here, removing 1\.\d\d× the squared magnitude/);
});

import * as saliency from '../../main/resources/META-INF/resources/js/explore/saliency.js';

// four weights; magnitude prunes 0 then 1, OBD 1 then 2, Taylor 3 then 2
const RANKED = {
  layer: 'fc3.weight', rows: 2, cols: 2, weights: [0.01, -0.02, 0.5, 0.9], dense: 0.93, sparsities: [0.25, 0.5, 0.75],
  methods: {
    magnitude: { order: [0, 1, 2, 3], accuracy: [0.93, 0.9, 0.5] },
    obd: { order: [1, 2, 0, 3], accuracy: [0.92, 0.8, 0.4] },
    taylor: { order: [3, 2, 1, 0], accuracy: [0.6, 0.3, 0.2] }
  }
};

test('saliency: pruned sets come from each order, cells say which criteria prune a weight, overlap is Jaccard', () => {
  assert.deepEqual([...saliency.prunedSet([2, 0, 1, 3], 0.5)], [2, 0]);
  const c = saliency.compare(RANKED, { sparsity: 0.5, a: 'magnitude', b: 'obd' });
  assert.deepEqual(c.cells, [1, 3, 2, 0]);
  assert.deepEqual([c.pruned, c.both, c.onlyA, c.onlyB], [2, 1, 1, 1]);
  assert.equal(c.jaccard, 1 / 3);
  assert.deepEqual([c.accuracyA, c.accuracyB], [0.9, 0.8]);
  assert.match(saliency.describe(c, { a: 'magnitude', b: 'obd' }),
    /^At 50% sparsity each criterion prunes 2 of 4 weights; 1 are pruned by both, .*Jaccard overlap 33\.3%\)\. Test accuracy: magnitude \|w\| 90%, OBD ½·H_ii·w² 80% \(dense 93%\)\.$/);
  const disjoint = saliency.compare(RANKED, { sparsity: 0.3, a: 'magnitude', b: 'taylor' });
  assert.equal(disjoint.sparsity, 0.25);
  assert.equal(disjoint.jaccard, 0);
  assert.match(saliency.describe(c, { a: 'obd', b: 'obd' }), /pick two different criteria/);
});

test('saliency: the URL state keeps known criteria and a sparsity in range, and falls back otherwise', () => {
  assert.deepEqual(readState('?sparsity=0.8&a=taylor&b=magnitude', saliency.STATE), { sparsity: 0.8, a: 'taylor', b: 'magnitude' });
  assert.deepEqual(readState('?sparsity=2&a=hessian&b=__proto__', saliency.STATE), { sparsity: 0.5, a: 'magnitude', b: 'obd' });
  assert.equal(writeState({ b: 'taylor', a: 'obd', sparsity: 0.5 }, saliency.STATE), '?sparsity=0.5&a=obd&b=taylor');
});

const SCOPES = {
  dense: 0.93, targets: [0.5, 0.9], layers: ['fc1.weight', 'fc2.weight'], sizes: [40, 10],
  scopes: {
    global: { sparsity: [[0.55, 0.3], [0.95, 0.7]], accuracy: [0.9, 0.6] },
    layer: { sparsity: [[0.5, 0.5], [0.9, 0.9]], accuracy: [0.88, 0.4] }
  }
};

test('sparsity slider scopes: a global threshold empties the layer of small weights first; per layer all are equal', () => {
  const g = slider.layers(SCOPES, 'global', 0.85);
  assert.deepEqual(g.layers.map((r) => r.sparsity), [0.95, 0.7]);
  assert.equal(g.emptiest, 'fc1.weight');
  assert.deepEqual([g.accuracy, g.other], [0.6, 0.4]);
  assert.equal(slider.describeLayers(g, 'global'),
    'With one global threshold: fc1.weight 95%, fc2.weight 70%; fc1.weight empties first. Pruned in one shot without '
    + 'fine-tuning, an MLP trained on all training rows (dense 93%) keeps 60% (the other scope 40%).');
  assert.match(slider.describeLayers(slider.layers(SCOPES, 'layer', 0.5), 'layer'), /^With a threshold per layer: fc1\.weight 50%, fc2\.weight 50%\. /);
  assert.deepEqual(readState('?sparsity=0.9&scope=both', slider.STATE), { sparsity: 0.9, scope: 'global' });
});

test('cost-complexity stepper: the tree is laid out leaves first and the next step\'s branches are marked', () => {
  const nodes = [
    { id: 0, depth: 0, leaf: false, left: 1, right: 2 },
    { id: 1, depth: 1, leaf: true },
    { id: 2, depth: 1, leaf: false, left: 3, right: 4 },
    { id: 3, depth: 2, leaf: true },
    { id: 4, depth: 2, leaf: true }
  ];
  const shape = ccp.layout(nodes);
  assert.deepEqual([shape.width, shape.depth], [3, 2]);
  assert.deepEqual([shape.at[1].x, shape.at[3].x, shape.at[4].x, shape.at[2].x, shape.at[0].x], [0, 1, 2, 1.5, 0.75]);
  // nodes 3 and 4 go at step 1, then 1 and 2 at step 2; the root stays
  const gone = [-1, 2, 2, 1, 1];
  assert.deepEqual(ccp.fates(gone, 0), ['kept', 'kept', 'kept', 'next', 'next']);
  assert.deepEqual(ccp.fates(gone, 1), ['kept', 'next', 'next', 'gone', 'gone']);
  assert.deepEqual(ccp.fates(gone, 2), ['kept', 'gone', 'gone', 'gone', 'gone']);
});
