// PruneLab lab charts (Chart.js 4 from the webjar): one renderer per result section. Each draws its chart from the
// experiment's JSON result in the palette's series colours and adds the data table and downloads.
import { chart, axis } from './charts.js';
import { color, series, control, translucent } from './palette.js';
import { addTable, canvas } from './lab-tables.js';
import { drawTrees } from './lab-trees.js';

export function round(x, digits) { return x == null ? null : Number(x.toFixed(digits == null ? 4 : digits)); }
export function pct(x) { return x == null ? null : round(100 * x, 1); }

/**
 * The y range of the accuracy chart: the full 0-100% scale, except for a lottery-ticket run, whose ticket and
 * re-initialisation lines differ by a few points: that chart zooms to them and the dense line (the control, far
 * below, is left to the table).
 */
export function accuracyRange(r) {
  var lottery = r.series.some(function (s) { return s.name === 'random re-initialisation'; });
  if (!lottery) { return { min: 0, max: 100, zoomed: false }; }
  var ys = [pct(r.baseline)];
  r.series.forEach(function (s) { if (s.role !== 'control') { s.points.forEach(function (p) { ys.push(pct(p.accuracy)); }); } });
  return { min: Math.max(0, Math.floor(Math.min.apply(null, ys) - 2)), max: Math.min(100, Math.ceil(Math.max.apply(null, ys) + 2)), zoomed: true };
}

function accuracy(block, r, name) {
  var targets = [];
  r.series.forEach(function (s) { s.points.forEach(function (p) { targets.push(p.target); }); });
  var lo = Math.min.apply(null, targets), hi = Math.max.apply(null, targets);
  var range = accuracyRange(r);
  // straight segments between measured points: the lab measures only the targets, nothing in between
  var datasets = r.series.map(function (s, i) {
    var isControl = s.role === 'control';
    return { label: s.name, data: s.points.map(function (p) { return { x: pct(p.target), y: pct(p.accuracy) }; }),
      borderColor: isControl ? control() : series(i), backgroundColor: isControl ? control() : series(i),
      borderDash: isControl ? [6, 4] : [], tension: 0, hidden: range.zoomed && isControl };
  });
  datasets.push({ label: 'dense baseline', data: [{ x: pct(lo), y: pct(r.baseline) }, { x: pct(hi), y: pct(r.baseline) }],
    borderColor: color('--text'), borderDash: [2, 3], pointRadius: 0, borderWidth: 1.5 });
  chart(canvas(block, 'Accuracy against sparsity for each series'), { type: 'line', data: { datasets: datasets },
    options: { scales: { x: axis('target sparsity (%)', { type: 'linear' }), y: axis('test accuracy (%)', { min: range.min, max: range.max }) } } });
  if (range.zoomed) { note(block, 'Zoomed to ' + range.min + '–' + range.max + '% to show the gap between the ticket and its re-initialisation; the random-pruning control is hidden (click its legend entry, or see the table).'); }
  var rows = [['dense baseline', 0, 0, pct(r.baseline), 0]];
  r.series.forEach(function (s) { s.points.forEach(function (p) { rows.push([s.name, pct(p.target), pct(p.sparsity), pct(p.accuracy), p.epochs]); }); });
  addTable(block, name, ['series', 'target sparsity %', 'measured sparsity %', 'test accuracy %', 'extra epochs'], rows,
    { baseline: r.baseline, series: r.series });
}

function note(block, text) {
  var p = document.createElement('p');
  p.className = 'muted chart-note';
  p.textContent = text;
  block.appendChild(p);
}

function layers(block, r, name) {
  var names = r.layers[0].layers.map(function (l) { return l.name; });
  chart(canvas(block, 'Sparsity of each weight matrix per series'), { type: 'bar', data: { labels: names,
    datasets: r.layers.map(function (row, i) {
      return { label: row.series + ' @ ' + pct(row.target) + '%', data: row.layers.map(function (l) { return pct(l.sparsity); }),
        backgroundColor: row.series.indexOf('control') >= 0 ? control() : series(i) };
    }) }, options: { scales: { y: axis('sparsity (%)', { min: 0, max: 100 }), x: axis('weight matrix') } } });
  var rows = [];
  r.layers.forEach(function (row) { row.layers.forEach(function (l) { rows.push([row.series, pct(row.target), l.name, l.size, l.nonZero, pct(l.sparsity)]); }); });
  addTable(block, name, ['series', 'target %', 'weight', 'entries', 'non-zero', 'sparsity %'], rows, r.layers);
}

/** Bin centres against the share (%) of the model's non-zero weights in each bin, so two models share one axis. */
export function histogramPoints(h) {
  var width = (h.max - h.min) / h.counts.length;
  var total = h.counts.reduce(function (a, b) { return a + b; }, 0) || 1;
  return h.counts.map(function (c, i) { return { x: round(h.min + (i + 0.5) * width, 4), y: round(100 * c / total, 2) }; });
}

function histograms(block, r, name) {
  var h = r.histograms;
  chart(canvas(block, 'Histogram of non-zero weight values before and after pruning'), { type: 'line', data: { datasets: [
    { label: 'dense (' + h.before.zeros + ' zeros)', data: histogramPoints(h.before), borderColor: series(0), backgroundColor: translucent(series(0), 0.15), fill: true, stepped: 'middle', pointRadius: 0 },
    { label: 'pruned @ ' + pct(h.afterTarget) + '% (' + h.after.zeros + ' zeros)', data: histogramPoints(h.after), borderColor: series(1), backgroundColor: translucent(series(1), 0.15), fill: true, stepped: 'middle', pointRadius: 0 }
  ] }, options: { scales: { x: axis('weight value', { type: 'linear' }), y: axis('share of the non-zero weights (%)', { min: 0 }) } } });
  var rows = [];
  [['dense', h.before], ['pruned', h.after]].forEach(function (pair) {
    var g = pair[1], width = (g.max - g.min) / g.counts.length;
    rows.push([pair[0], 'exactly 0', '', g.zeros]);
    g.counts.forEach(function (c, i) { rows.push([pair[0], round(g.min + i * width, 4), round(g.min + (i + 1) * width, 4), c]); });
  });
  addTable(block, name, ['model', 'bin from', 'bin to', 'count'], rows, h);
}

/** The heat level (0-4) of a change in accuracy, in percentage points: 0 for gains and losses under a point. */
export function heatLevel(change) {
  if (change == null || change > -1) { return 0; }
  if (change > -5) { return 1; }
  if (change > -20) { return 2; }
  if (change > -50) { return 3; }
  return 4;
}

function perClass(block, r, name) {
  var pc = r.perClass;
  var wrap = document.createElement('div');
  wrap.className = 'table-wrap heatmap-wrap';
  var table = document.createElement('table');
  table.className = 'heatmap-table';
  var caption = table.createCaption();
  caption.textContent = 'Change in test accuracy from the dense model (percentage points), class by sparsity; darker loses more.';
  var head = table.createTHead().insertRow();
  ['class'].concat(pc.targets.map(function (t) { return pct(t) + '%'; })).forEach(function (h) {
    var th = document.createElement('th');
    th.scope = 'col';
    th.textContent = h;
    head.appendChild(th);
  });
  var body = table.createTBody();
  pc.classes.forEach(function (c, k) {
    var tr = body.insertRow();
    var th = document.createElement('th');
    th.scope = 'row';
    th.textContent = c;
    tr.appendChild(th);
    pc.accuracy.forEach(function (a) {
      var change = a[k] == null || pc.dense[k] == null ? null : round(100 * (a[k] - pc.dense[k]), 1);
      var td = tr.insertCell();
      td.className = 'heat heat-' + heatLevel(change);
      td.textContent = change == null ? '–' : (change > 0 ? '+' : '') + change;
    });
  });
  wrap.appendChild(table);
  block.appendChild(wrap);
  var header = ['class', 'dense %'].concat(pc.targets.map(function (t) { return pct(t) + '% sparse %'; }));
  var rows = pc.classes.map(function (c, k) { return [c, pct(pc.dense[k])].concat(pc.accuracy.map(function (a) { return pct(a[k]); })); });
  addTable(block, name, header, rows, pc);
}

function cost(block, r, name) {
  chart(canvas(block, 'Median batch latency: dense, CSR and shrunk'), { type: 'bar', data: { labels: r.cost.map(function (c) { return c.model; }),
    datasets: [['dense weights', 'latencyDenseMs'], ['CSR weights', 'latencyCsrMs'], ['shrunk network', 'latencyShrunkMs']].map(function (d, i) {
      return { label: d[0], data: r.cost.map(function (c) { return c[d[1]]; }), backgroundColor: series(i) };
    }) }, options: { scales: { y: axis('ms per batch (median)'), x: axis('model') } } });
  var rows = r.cost.map(function (c) {
    return [c.model, c.nonZero + ' / ' + c.parameters, c.flopsDense, c.flopsEffective, c.bytesDense, c.bytesCsr, c.bytesBitmask,
      c.latencyDenseMs, c.latencyCsrMs, c.latencyShrunkMs, c.units];
  });
  var table = addTable(block, name, ['model', 'non-zero / parameters', 'FLOPs dense', 'FLOPs non-zero', 'bytes fp32',
    'bytes CSR', 'bytes bitmask', 'ms dense', 'ms CSR', 'ms shrunk', 'hidden units'], rows, r.cost);
  table.closest('details').open = true;
}

function boundary(block, r, name) {
  var b = r.boundary, n = b.resolution;
  var grid = document.createElement('div');
  grid.className = 'boundary-grid';
  block.appendChild(grid);
  var dx = (b.xMax - b.xMin) / n, dy = (b.yMax - b.yMin) / n;
  b.frames.forEach(function (f) {
    var figure = document.createElement('figure');
    figure.className = 'boundary-frame';
    grid.appendChild(figure);
    var cells = [];
    f.grid.forEach(function (cls, i) {
      var row = Math.floor(i / n), col = i % n;
      cells.push({ x: b.xMin + (col + 0.5) * dx, y: b.yMax - (row + 0.5) * dy, c: cls });
    });
    var classes = Math.max.apply(null, f.grid.concat(b.points.map(function (p) { return p[2]; }))) + 1;
    var datasets = [];
    for (var k = 0; k < classes; k++) {
      datasets.push({ label: 'region ' + k, data: cells.filter(function (c) { return c.c === k; }), pointStyle: 'rect',
        pointRadius: 3.2, backgroundColor: translucent(series(k), 0.25), borderWidth: 0 });
    }
    for (var j = 0; j < classes; j++) {
      datasets.push({ label: 'class ' + j, data: b.points.filter(function (p) { return p[2] === j; }).map(function (p) { return { x: p[0], y: p[1] }; }),
        pointRadius: 2.5, backgroundColor: series(j), borderColor: color('--surface'), borderWidth: 0.5 });
    }
    chart(canvas(figure, 'Decision boundary at ' + pct(f.target) + '% sparsity', 'chart-wrap square'), { type: 'scatter',
      data: { datasets: datasets }, options: { plugins: { legend: { display: false }, tooltip: { enabled: false } },
        scales: { x: { min: b.xMin, max: b.xMax, ticks: { display: false }, grid: { display: false } },
          y: { min: b.yMin, max: b.yMax, ticks: { display: false }, grid: { display: false } } } } });
    var caption = document.createElement('figcaption');
    caption.textContent = pct(f.target) + '% sparse · test accuracy ' + pct(f.accuracy) + '%';
    figure.appendChild(caption);
  });
  addTable(block, name, ['target sparsity %', 'test accuracy %', 'cells predicting each class'], b.frames.map(function (f) {
    var counts = {};
    f.grid.forEach(function (c) { counts[c] = (counts[c] || 0) + 1; });
    return [pct(f.target), pct(f.accuracy), JSON.stringify(counts)];
  }), b);
}

/** The x labels of a tree's pruning path: one step per alpha (alphas span orders of magnitude and start at 0). */
export function alphaSteps(path) {
  return path.map(function (p, i) { return 'step ' + i + ' · α ' + (p.alpha === 0 ? '0' : Number(p.alpha.toPrecision(2))); });
}

function treePath(block, r, name) {
  var t = r.tree, path = t.path, labels = alphaSteps(path);
  var chosen = 0;
  path.forEach(function (p, i) { if (p.alpha <= t.bestAlpha) { chosen = i; } });
  function line(label, key, color) {
    return { label: label, data: path.map(function (p) { return pct(p[key]); }), borderColor: color, backgroundColor: color, stepped: false, tension: 0 };
  }
  var ys = [];
  path.forEach(function (p) { ys.push(pct(p.trainAccuracy), pct(p.cvAccuracy), pct(p.testAccuracy)); });
  var marker = path.map(function (p, i) { return i === chosen ? 100 : null; });
  chart(canvas(block, 'Train, cross-validation and test accuracy at each step of the pruning path'), { type: 'line', data: { labels: labels, datasets: [
    line('train', 'trainAccuracy', series(0)), line('cross-validation', 'cvAccuracy', series(1)), line('test', 'testAccuracy', series(2)),
    { type: 'bar', label: 'chosen: step ' + chosen + ' (α ' + round(t.bestAlpha, 5) + ')', data: marker, backgroundColor: translucent(series(3), 0.25), barPercentage: 0.3 }
  ] }, options: { scales: { x: axis('pruning step (each removes the weakest link; α grows)'), y: axis('accuracy (%)', { min: Math.floor(Math.min.apply(null, ys) - 2), max: 100 }) } } });
  addTable(block, name, ['step', 'alpha', 'total leaf impurity', 'nodes', 'leaves', 'train %', 'CV %', 'test %'], path.map(function (p, i) {
    return [i, round(p.alpha, 6), round(p.impurity, 4), p.nodes, p.leaves, pct(p.trainAccuracy), pct(p.cvAccuracy), pct(p.testAccuracy)];
  }), t.path);
}

function treeSize(block, r, name) {
  var path = r.tree.path;
  chart(canvas(block, 'Leaves at each step of the pruning path'), { type: 'line', data: { labels: alphaSteps(path), datasets: [
    { label: 'leaves', data: path.map(function (p) { return p.leaves; }), borderColor: series(3), backgroundColor: series(3), tension: 0 }
  ] }, options: { scales: { x: axis('pruning step (α grows)'), y: axis('leaves', { min: 0 }) } } });
  addTable(block, name, ['step', 'alpha', 'leaves', 'nodes', 'impurity'], path.map(function (p, i) { return [i, round(p.alpha, 6), p.leaves, p.nodes, round(p.impurity, 4)]; }), path);
}

/** The renderer of each result section, by its data-chart name. */
export const RENDERERS = { accuracy: accuracy, layers: layers, histograms: histograms, perClass: perClass, cost: cost,
  boundary: boundary, treePath: treePath, treeSize: treeSize, trees: drawTrees };
