// PruneLab lab charts (Chart.js 4 from the webjar): one renderer per result section. Each draws its chart from the
// experiment's JSON result in the palette's series colours and adds the data table and downloads.
import { chart, axis } from './charts.js';
import { color, series, control, translucent } from './palette.js';
import { addTable, canvas } from './lab-tables.js';
import { drawTrees } from './lab-trees.js';

function round(x, digits) { return x == null ? null : Number(x.toFixed(digits == null ? 4 : digits)); }
function pct(x) { return x == null ? null : round(100 * x, 1); }

function accuracy(block, r, name) {
  var targets = [];
  r.series.forEach(function (s) { s.points.forEach(function (p) { targets.push(p.target); }); });
  var lo = Math.min.apply(null, targets), hi = Math.max.apply(null, targets);
  var datasets = r.series.map(function (s, i) {
    var isControl = s.role === 'control';
    return { label: s.name, data: s.points.map(function (p) { return { x: pct(p.target), y: pct(p.accuracy) }; }),
      borderColor: isControl ? control() : series(i), backgroundColor: isControl ? control() : series(i),
      borderDash: isControl ? [6, 4] : [], tension: 0.15 };
  });
  datasets.push({ label: 'dense baseline', data: [{ x: pct(lo), y: pct(r.baseline) }, { x: pct(hi), y: pct(r.baseline) }],
    borderColor: color('--text'), borderDash: [2, 3], pointRadius: 0, borderWidth: 1.5 });
  chart(canvas(block, 'Accuracy against sparsity for each series'), { type: 'line', data: { datasets: datasets },
    options: { scales: { x: axis('target sparsity (%)', { type: 'linear' }), y: axis('test accuracy (%)', { suggestedMin: 0, suggestedMax: 100 }) } } });
  var rows = [['dense baseline', 0, 0, pct(r.baseline), 0]];
  r.series.forEach(function (s) { s.points.forEach(function (p) { rows.push([s.name, pct(p.target), pct(p.sparsity), pct(p.accuracy), p.epochs]); }); });
  addTable(block, name, ['series', 'target sparsity %', 'measured sparsity %', 'test accuracy %', 'extra epochs'], rows,
    { baseline: r.baseline, series: r.series });
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

function histogramPoints(h) {
  var width = (h.max - h.min) / h.counts.length;
  return h.counts.map(function (c, i) { return { x: round(h.min + (i + 0.5) * width, 4), y: c }; });
}

function histograms(block, r, name) {
  var h = r.histograms;
  chart(canvas(block, 'Histogram of non-zero weight values before and after pruning'), { type: 'line', data: { datasets: [
    { label: 'dense (' + h.before.zeros + ' zeros)', data: histogramPoints(h.before), borderColor: series(0), backgroundColor: translucent(series(0), 0.15), fill: true, stepped: 'middle', pointRadius: 0 },
    { label: 'pruned @ ' + pct(h.afterTarget) + '% (' + h.after.zeros + ' zeros), right axis', data: histogramPoints(h.after), borderColor: series(1), backgroundColor: translucent(series(1), 0.15), fill: true, stepped: 'middle', pointRadius: 0, yAxisID: 'y1' }
  ] }, options: { scales: { x: axis('weight value', { type: 'linear' }), y: axis('non-zero weights, dense'),
    y1: axis('non-zero weights, pruned', { position: 'right', grid: { drawOnChartArea: false } }) } } });
  var rows = [];
  [['dense', h.before], ['pruned', h.after]].forEach(function (pair) {
    var g = pair[1], width = (g.max - g.min) / g.counts.length;
    rows.push([pair[0], 'exactly 0', '', g.zeros]);
    g.counts.forEach(function (c, i) { rows.push([pair[0], round(g.min + i * width, 4), round(g.min + (i + 1) * width, 4), c]); });
  });
  addTable(block, name, ['model', 'bin from', 'bin to', 'count'], rows, h);
}

function perClass(block, r, name) {
  var pc = r.perClass;
  chart(canvas(block, 'Change in per-class accuracy at each target sparsity'), { type: 'bar', data: { labels: pc.classes,
    datasets: pc.targets.map(function (t, i) {
      return { label: pct(t) + '% sparse', backgroundColor: series(i),
        data: pc.accuracy[i].map(function (a, c) { return a == null || pc.dense[c] == null ? null : round(100 * (a - pc.dense[c]), 1); }) };
    }) }, options: { scales: { y: axis('change in accuracy (percentage points)'), x: axis('class') } } });
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

function treePath(block, r, name) {
  var t = r.tree, path = t.path;
  function line(label, key, color) {
    return { label: label, data: path.map(function (p) { return { x: p.alpha, y: pct(p[key]) }; }), borderColor: color, backgroundColor: color, stepped: 'after' };
  }
  var ys = [];
  path.forEach(function (p) { ys.push(pct(p.trainAccuracy), pct(p.cvAccuracy), pct(p.testAccuracy)); });
  chart(canvas(block, 'Train, cross-validation and test accuracy against alpha'), { type: 'line', data: { datasets: [
    line('train', 'trainAccuracy', series(0)), line('cross-validation', 'cvAccuracy', series(1)), line('test', 'testAccuracy', series(2)),
    { label: 'chosen alpha ' + round(t.bestAlpha, 5), data: [{ x: t.bestAlpha, y: Math.min.apply(null, ys) }, { x: t.bestAlpha, y: 100 }],
      borderColor: color('--text'), borderDash: [4, 4], pointRadius: 0 }
  ] }, options: { scales: { x: axis('alpha (ccp_alpha)', { type: 'linear' }), y: axis('accuracy (%)') } } });
  addTable(block, name, ['alpha', 'total leaf impurity', 'nodes', 'leaves', 'train %', 'CV %', 'test %'], path.map(function (p) {
    return [round(p.alpha, 6), round(p.impurity, 4), p.nodes, p.leaves, pct(p.trainAccuracy), pct(p.cvAccuracy), pct(p.testAccuracy)];
  }), t.path);
}

function treeSize(block, r, name) {
  var path = r.tree.path;
  chart(canvas(block, 'Leaves and impurity against alpha'), { type: 'line', data: { datasets: [
    { label: 'leaves', data: path.map(function (p) { return { x: p.alpha, y: p.leaves }; }), borderColor: series(3), backgroundColor: series(3), stepped: 'after', yAxisID: 'y' },
    { label: 'total leaf impurity', data: path.map(function (p) { return { x: p.alpha, y: round(p.impurity, 4) }; }), borderColor: series(4), backgroundColor: series(4), stepped: 'after', yAxisID: 'y1' }
  ] }, options: { scales: { x: axis('alpha', { type: 'linear' }), y: axis('leaves', { position: 'left' }),
    y1: axis('impurity', { position: 'right', grid: { drawOnChartArea: false } }) } } });
  addTable(block, name, ['alpha', 'leaves', 'nodes', 'impurity'], path.map(function (p) { return [round(p.alpha, 6), p.leaves, p.nodes, round(p.impurity, 4)]; }), path);
}

/** The renderer of each result section, by its data-chart name. */
export const RENDERERS = { accuracy: accuracy, layers: layers, histograms: histograms, perClass: perClass, cost: cost,
  boundary: boundary, treePath: treePath, treeSize: treeSize, trees: drawTrees };
