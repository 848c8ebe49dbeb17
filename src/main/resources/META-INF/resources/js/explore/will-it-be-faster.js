// "Will it be faster?": sparsity pattern × batch × hardware → the speed-up band the lessons' sources measured, each
// band with its source. No server data: a table of cited ranges, plus the lab's own CPU measurement from the build.
// State: ?pattern=2:4&batch=large&hardware=gpu
import { readState, writeState, remember, data, panel } from './kit.js';

const PATTERNS = ['unstructured', '2:4', 'structured'];
const BATCHES = ['1', 'large'];
const HARDWARE = ['gpu', 'cpu'];

function oneOf(list, fallback) {
  return { fallback: fallback, parse: String, valid: function (v) { return list.indexOf(v) >= 0; } };
}

export const STATE = { pattern: oneOf(PATTERNS, '2:4'), batch: oneOf(BATCHES, 'large'), hardware: oneOf(HARDWARE, 'gpu') };

const SPARSE_KERNELS = '/learn/sparse-kernels';
const STRUCTURED = '/learn/structured-pruning';

/** The band for a combination: low and high speed-up (× dense), what it means, and where the numbers come from. */
export function band(state) {
  const key = state.pattern + '|' + state.batch + '|' + state.hardware;
  const bands = {
    '2:4|large|gpu': [1.1, 1.7, 'Large matrix multiplies on sparse tensor cores (Ampere or later): 2× is peak math, measured 1.3–1.4× is typical, often 15% or less end to end.', STRUCTURED + '#why-structure-turns-sparsity-into-speed', 'PyTorch PR 90119; NVIDIA/TensorRT issue 2310'],
    '2:4|1|gpu': [0.11, 1.0, 'A single row is memory-bound and gets padded to a tile: one 4096 × 4096 product ran at 0.111× of dense, 9× slower.', SPARSE_KERNELS + '#worked-example-decode-versus-prefill-on-one-layer', 'pytorch/pytorch issue 111339'],
    '2:4|large|cpu': [1.0, 1.0, 'CPUs have no 2:4 hardware: the pattern is just 50% unstructured sparsity to a CPU kernel, below its break-even.', SPARSE_KERNELS + '#cpu-sparse-inference-xnnpack-and-deepsparse', 'lesson: CPU sparse inference'],
    '2:4|1|cpu': [1.0, 1.0, 'CPUs have no 2:4 hardware: the pattern is just 50% unstructured sparsity to a CPU kernel, below its break-even.', SPARSE_KERNELS + '#cpu-sparse-inference-xnnpack-and-deepsparse', 'lesson: CPU sparse inference'],
    'unstructured|large|gpu': [0.5, 2.1, 'Dense GPU kernels ignore zeros; generic sparse libraries lose at moderate sparsity; purpose-built kernels (Sputnik) gave 1.2–2.1× at high sparsity.', SPARSE_KERNELS + '#general-sparse-libraries-versus-deep-learning-kernels', 'Gale et al. 2020'],
    'unstructured|1|gpu': [0.5, 1.0, 'Memory-bound and irregular: without a format that reads fewer bytes, scattered zeros buy nothing on a GPU at batch 1.', SPARSE_KERNELS + '#the-question-behind-every-speed-up-claim', 'lesson: roofline'],
    'unstructured|1|cpu': [1.3, 2.4, 'With a sparse CPU engine at 70–95% sparsity: XNNPACK ran sparse MobileNets 1.3–2.4× faster; DeepSparse reported 2× at 70%.', SPARSE_KERNELS + '#cpu-sparse-inference-xnnpack-and-deepsparse', 'Elsen et al. 2020; Yin et al. 2024'],
    'unstructured|large|cpu': [0.3, 2.4, 'Depends on the engine: the lab\'s own CSR product is slower than dense here at every sparsity it measured; XNNPACK-style kernels reach 1.3–2.4×.', SPARSE_KERNELS + '#cpu-sparse-inference-xnnpack-and-deepsparse', 'lab measurement; Elsen et al. 2020'],
    'structured|large|gpu': [1.0, 2.0, 'With half of the units removed the work halves: up to 2×, less by Amdahl\'s law for the layers left alone; any hardware runs the smaller dense model faster.', STRUCTURED + '#why-structure-matters', 'lesson: structured pruning'],
    'structured|1|gpu': [1.0, 2.0, 'With half of the units removed the work halves: up to 2×, less by Amdahl\'s law for the layers left alone; any hardware runs the smaller dense model faster.', STRUCTURED + '#why-structure-matters', 'lesson: structured pruning'],
    'structured|1|cpu': [1.0, 2.0, 'With half of the units removed the work halves: up to 2×, less by Amdahl\'s law for the layers left alone; any hardware runs the smaller dense model faster.', STRUCTURED + '#why-structure-matters', 'lesson: structured pruning'],
    'structured|large|cpu': [1.0, 2.0, 'With half of the units removed the work halves: up to 2×, less by Amdahl\'s law for the layers left alone; any hardware runs the smaller dense model faster.', STRUCTURED + '#why-structure-matters', 'lesson: structured pruning']
  };
  const b = bands[key];
  return { low: b[0], high: b[1], why: b[2], href: b[3], source: b[4] };
}

/** The verdict in one word, from the band. */
export function verdict(b) {
  if (b.high <= 1) { return 'No'; }
  if (b.low >= 1) { return 'Yes'; }
  return 'It depends';
}

/**
 * The lab's own measured ratios at the sparsest neuron target, from the build's run: dense ms over shrunk ms and over
 * CSR ms, all three timed side by side in that row (timings taken apart drift with the machine's load).
 */
export function measured(cost) {
  const last = cost[cost.length - 1];
  return { target: last.target, shrunk: last.latencyDenseMs / last.latencyShrunkMs, csr: last.latencyDenseMs / last.latencyCsrMs };
}

function choices(parent, name, label, values, current, onChange) {
  const fieldset = document.createElement('fieldset');
  fieldset.className = 'explore-choices';
  const legend = document.createElement('legend');
  legend.textContent = label;
  fieldset.appendChild(legend);
  values.forEach(function (v) {
    const l = document.createElement('label');
    const input = document.createElement('input');
    Object.assign(input, { type: 'radio', name: 'faster-' + name, value: v, checked: v === current });
    input.addEventListener('change', function () { onChange(v); });
    l.append(input, ' ' + v);
    fieldset.appendChild(l);
  });
  parent.appendChild(fieldset);
}

export function mount(figure) {
  return data('neurons').then(function (result) {
    let state = readState(window.location.search, STATE);
    const ui = panel(figure, 'Expected speed-up band');
    ui.canvas.parentNode.hidden = true;
    const answer = document.createElement('div');
    answer.className = 'explore-answer';
    ui.readout.before(answer);
    choices(ui.controls, 'pattern', 'Sparsity pattern', PATTERNS, state.pattern, function (v) { update({ pattern: v }); });
    choices(ui.controls, 'batch', 'Batch size', BATCHES, state.batch, function (v) { update({ batch: v }); });
    choices(ui.controls, 'hardware', 'Hardware', HARDWARE, state.hardware, function (v) { update({ hardware: v }); });
    const lab = measured(result.cost);
    function update(change, quiet) {
      state = Object.assign({}, state, change);
      const b = band(state);
      answer.textContent = '';
      const head = document.createElement('p');
      head.className = 'explore-verdict';
      head.textContent = verdict(b) + ': ' + b.low + '× to ' + b.high + '× dense.';
      const why = document.createElement('p');
      why.textContent = b.why + ' ';
      const link = document.createElement('a');
      link.href = b.href;
      link.textContent = 'Source: ' + b.source;
      why.appendChild(link);
      answer.append(head, why);
      ui.readout.textContent = 'This build measured the lab\'s digits MLP on its CPU: with ' + Math.round(lab.target * 100)
        + '% of neurons removed, the shrunk network ran ' + lab.shrunk.toFixed(1) + '× dense, CSR weights '
        + lab.csr.toFixed(1) + '×.';
      if (!quiet) { remember(writeState(state, STATE)); }
    }
    update({}, true);
  });
}
