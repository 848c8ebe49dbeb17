// PruneLab lab charts for the pretrained transformer (model minilm): takeaways, retrieval, closeness to the dense
// embeddings, parameters and bytes with the embeddings apart, and encode time, each chart with its data table.
import { chart, axis } from './charts.js';
import { color, series, control } from './palette.js';
import { addTable, canvas } from './lab-tables.js';

function pct(x) { return x == null ? null : Number((100 * x).toFixed(1)); }
function millions(n) { return Number((n / 1e6).toFixed(2)); }
function pruned(t) { return t.arms.filter(function (a) { return a.role !== 'dense'; }); }

function takeaways(block, r) {
  var list = document.createElement('ul');
  r.transformer.takeaways.forEach(function (line) {
    var item = document.createElement('li');
    item.textContent = line;
    list.appendChild(item);
  });
  block.appendChild(list);
  var t = r.transformer;
  var note = document.createElement('p');
  note.className = 'muted';
  note.textContent = t.cards + ' flashcards scored; calibration: ' + t.calibrationSamples + ' lesson sections, '
    + t.calibrationTokens + ' tokens.';
  block.appendChild(note);
}

function retrieval(block, r, name) {
  var t = r.transformer, arms = pruned(t), dense = t.arms[0];
  var metrics = [['recall@1', 'recallAt1'], ['recall@5', 'recallAt5'], ['MRR', 'mrr']];
  var datasets = metrics.map(function (m, i) {
    return { label: m[0], data: arms.map(function (a) { return pct(a[m[1]]); }), backgroundColor: series(i) };
  });
  datasets.push({ type: 'line', label: 'dense recall@5', data: arms.map(function () { return pct(dense.recallAt5); }),
    borderColor: color('--text'), borderDash: [2, 3], pointRadius: 0, borderWidth: 1.5 });
  chart(canvas(block, 'Recall at 1, recall at 5 and MRR of each pruned model'), { type: 'bar', data: {
    labels: arms.map(function (a) { return a.name; }), datasets: datasets },
    options: { scales: { y: axis('% of questions (MRR × 100)', { min: 0, suggestedMax: 100 }), x: axis('model') } } });
  addTable(block, name, ['model', 'measured sparsity %', 'recall@1 %', 'recall@5 %', 'MRR', 'pruning s'],
    t.arms.map(function (a) { return [a.name, pct(a.sparsity), pct(a.recallAt1), pct(a.recallAt5), a.mrr, a.seconds]; }), t.arms);
}

function cosine(block, r, name) {
  var t = r.transformer, arms = pruned(t);
  chart(canvas(block, 'Mean cosine of each pruned model to the dense embeddings'), { type: 'bar', data: {
    labels: arms.map(function (a) { return a.name; }), datasets: [{ label: 'mean cosine to dense',
      data: arms.map(function (a) { return a.meanCosine; }),
      backgroundColor: arms.map(function (a) { return a.criterion === 'magnitude' ? control() : series(0); }) }] },
    options: { scales: { y: axis('mean cosine to dense', { min: 0, max: 1 }), x: axis('model') } } });
  addTable(block, name, ['model', 'criterion', 'pattern', 'target %', 'mean cosine'],
    arms.map(function (a) { return [a.name, a.criterion, a.pattern, pct(a.target), a.meanCosine]; }), arms);
}

function size(block, r, name) {
  var t = r.transformer;
  chart(canvas(block, 'Parameters of each model: embeddings, non-zero linear weights and the rest'), { type: 'bar', data: {
    labels: t.arms.map(function (a) { return a.name; }), datasets: [
      { label: 'embeddings (never pruned)', data: t.arms.map(function (a) { return millions(a.embeddingParameters); }), backgroundColor: control() },
      { label: 'non-zero linear weights', data: t.arms.map(function (a) { return millions(a.linearNonZero); }), backgroundColor: series(0) },
      { label: 'biases and LayerNorms', data: t.arms.map(function (a) { return millions(a.parameters - a.embeddingParameters - a.linearWeights); }), backgroundColor: series(2) }
    ] }, options: { scales: { x: axis('model', { stacked: true }), y: axis('parameters (millions)', { stacked: true }) } } });
  addTable(block, name, ['model', 'parameters', 'embeddings', 'embedding share %', 'linear weights', 'non-zero',
    'MB float32', 'MB CSR'], t.arms.map(function (a) {
    return [a.name, a.parameters, a.embeddingParameters, pct(a.embeddingParameters / a.parameters), a.linearWeights,
      a.linearNonZero, Number((a.bytesDense / 1e6).toFixed(1)), Number((a.bytesSparse / 1e6).toFixed(1))];
  }), t.arms);
}

function latency(block, r, name) {
  var t = r.transformer, timed = t.arms.filter(function (a) { return a.encodeMillis != null; });
  if (timed.length < 2) {
    var p = document.createElement('p');
    p.className = 'muted';
    p.textContent = 'Not timed: this run keeps the dense shapes (zeros in place), so it encodes exactly as fast as the'
      + ' dense model on the engine\'s dense kernels. The structured preset removes heads and neurons and times them.';
    block.appendChild(p);
    return;
  }
  chart(canvas(block, 'Median encode time, dense and shrunk'), { type: 'bar', data: { labels: timed.map(function (a) { return a.name; }),
    datasets: [{ label: 'ms for ' + t.latencySentences + ' sentences (one thread, median of 3)',
      data: timed.map(function (a) { return a.encodeMillis; }), backgroundColor: timed.map(function (a, i) { return series(i); }) }] },
    options: { scales: { y: axis('milliseconds', { min: 0 }), x: axis('model') } } });
  var dense = timed[0].encodeMillis;
  addTable(block, name, ['model', 'parameters', 'ms', 'relative to dense'], timed.map(function (a) {
    return [a.name, a.parameters, a.encodeMillis, Number((a.encodeMillis / dense).toFixed(2))];
  }), timed);
}

/** The transformer result's renderers, by data-chart name. */
export const TRANSFORMER_RENDERERS = { transformerTakeaways: takeaways, transformerRetrieval: retrieval,
  transformerCosine: cosine, transformerSize: size, transformerLatency: latency };
