// The lab result charts' pure parts: the lottery ticket's zoom, the one-axis histogram, the heatmap scale and the
// tree path's step labels.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accuracyRange, histogramPoints, heatLevel, alphaSteps } from '../../main/resources/META-INF/resources/js/lab-charts.js';

test('only a lottery-ticket result zooms, to its ticket, re-initialisation and dense lines', () => {
  const plain = { baseline: 0.9, series: [{ name: 'magnitude', role: 'main', points: [{ accuracy: 0.5 }] }] };
  assert.deepEqual(accuracyRange(plain), { min: 0, max: 100, zoomed: false });
  const lottery = { baseline: 0.865, series: [
    { name: 'winning ticket (rewound)', role: 'main', points: [{ accuracy: 0.888 }, { accuracy: 0.868 }] },
    { name: 'random re-initialisation', role: 'compare', points: [{ accuracy: 0.833 }, { accuracy: 0.816 }] },
    { name: 'random pruning (control)', role: 'control', points: [{ accuracy: 0.591 }] }] };
  assert.deepEqual(accuracyRange(lottery), { min: 79, max: 91, zoomed: true });
});

test('histograms share one axis as the percentage of non-zero weights per bin', () => {
  const points = histogramPoints({ min: -1, max: 1, counts: [1, 3], zeros: 50 });
  assert.deepEqual(points, [{ x: -0.5, y: 25 }, { x: 0.5, y: 75 }]);
});

test('per-class change is binned into five heat levels, gains and small losses at zero', () => {
  assert.deepEqual([5, -0.5, -3, -10, -30, -80, null].map(heatLevel), [0, 0, 1, 2, 3, 4, 0]);
});

test('the tree path is labelled by step with each alpha', () => {
  assert.deepEqual(alphaSteps([{ alpha: 0 }, { alpha: 0.007435 }]), ['step 0 · α 0', 'step 1 · α 0.0074']);
});
