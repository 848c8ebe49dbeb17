// PruneLab lab pages: live progress over Server-Sent Events, and result charts drawn from the JSON API,
// each with its data table and CSV/JSON downloads. Chart renderers live in lab-charts.js.
import { RENDERERS as NETWORK_AND_TREE } from './lab-charts.js';
import { TRANSFORMER_RENDERERS } from './lab-transformer.js';
import { duration } from './clock.js';

const RENDERERS = Object.assign({}, NETWORK_AND_TREE, TRANSFORMER_RENDERERS);

function percent(x) { return (Math.round(x * 1000) / 10) + '%'; }

function text(id, value) {
  var el = document.getElementById(id);
  if (el) { el.textContent = value; }
}

// ---- Live progress -------------------------------------------------------------------------------------
function followProgress(panel) {
  var id = panel.dataset.experiment;
  var source = new EventSource('/api/experiments/' + id + '/events');
  var bar = document.getElementById('lab-progress');
  function show(event) {
    var data = JSON.parse(event.data);
    text('lab-status', data.status);
    var status = document.getElementById('lab-status');
    if (status) { status.className = 'status status-' + data.status; }
    var p = data.progress;
    if (!p) { return; }
    bar.value = p.fraction;
    bar.textContent = percent(p.fraction);
    text('lab-phase', p.phase + ' — ' + percent(p.fraction));
    text('lab-epoch', p.epochs ? p.epoch + ' / ' + p.epochs : '–');
    text('lab-step', p.step ? String(p.step) : '–');
    text('lab-loss', p.loss != null ? p.loss.toFixed(4) : '–');
    text('lab-sparsity', p.epochs ? percent(p.sparsity) : '–');
    text('lab-eta', duration(p.etaSeconds));
  }
  ['queued', 'running', 'cancelling'].forEach(function (name) { source.addEventListener(name, show); });
  ['done', 'failed', 'cancelled', 'interrupted'].forEach(function (name) {
    source.addEventListener(name, function (event) {
      show(event);
      source.close();
      window.location.reload();
    });
  });
  source.onerror = function () {
    if (source.readyState === EventSource.CLOSED) { text('lab-phase', 'Connection lost: reload the page to see where it is.'); }
  };
}

function drawResult(container) {
  var id = container.dataset.experiment;
  fetch('/api/experiments/' + id, { headers: { Accept: 'application/json' } })
    .then(function (response) { return response.json(); })
    .then(function (experiment) {
      var result = JSON.parse(typeof experiment.result === 'string' ? experiment.result : JSON.stringify(experiment.result));
      container.querySelectorAll('[data-chart]').forEach(function (block) {
        var draw = RENDERERS[block.dataset.chart];
        if (!draw) { return; }
        try {
          draw(block, result, 'experiment-' + id + '-' + block.id);
          block.dataset.drawn = 'true';
        } catch (e) {
          var p = document.createElement('p');
          p.className = 'notice';
          p.textContent = 'This chart could not be drawn: ' + e.message;
          block.appendChild(p);
        }
      });
    });
}

const live = document.getElementById('lab-live');
if (live && window.EventSource) { followProgress(live); }
const result = document.getElementById('lab-result');
if (result) { drawResult(result); }
