// PruneLab lab pages: live progress over Server-Sent Events, and result charts drawn from the JSON API,
// each with its data table and CSV/JSON downloads. Chart renderers live in lab-charts.js.
(function () {
  'use strict';

  function text(id, value) {
    var el = document.getElementById(id);
    if (el) { el.textContent = value; }
  }

  function percent(x) { return (Math.round(x * 1000) / 10) + '%'; }

  function duration(seconds) {
    if (seconds == null) { return '–'; }
    if (seconds < 1) { return 'under a second'; }
    if (seconds < 90) { return Math.round(seconds) + ' s'; }
    return Math.round(seconds / 60) + ' min';
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
    ['queued', 'running'].forEach(function (name) { source.addEventListener(name, show); });
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

  // ---- Tables and downloads ------------------------------------------------------------------------------
  function csvCell(value) {
    var s = value == null ? '' : String(value);
    return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }

  function download(name, type, content) {
    var link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([content], { type: type }));
    link.download = name;
    document.body.appendChild(link);
    link.click();
    setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
  }

  /** Adds a data table (header + rows) and CSV/JSON download buttons to a chart block. */
  function addTable(block, name, header, rows, json) {
    var details = document.createElement('details');
    details.className = 'data-details';
    var summary = document.createElement('summary');
    summary.textContent = 'Data table (' + rows.length + ' rows)';
    details.appendChild(summary);
    var wrap = document.createElement('div');
    wrap.className = 'table-wrap';
    var table = document.createElement('table');
    table.className = 'data-table';
    var head = table.createTHead().insertRow();
    header.forEach(function (h) {
      var th = document.createElement('th');
      th.scope = 'col';
      th.textContent = h;
      head.appendChild(th);
    });
    var body = table.createTBody();
    rows.forEach(function (row) {
      var tr = body.insertRow();
      row.forEach(function (cell) { tr.insertCell().textContent = cell == null ? '–' : cell; });
    });
    wrap.appendChild(table);
    details.appendChild(wrap);
    var buttons = document.createElement('p');
    buttons.className = 'downloads';
    [['CSV', function () {
      var lines = [header.map(csvCell).join(',')].concat(rows.map(function (r) { return r.map(csvCell).join(','); }));
      download(name + '.csv', 'text/csv', lines.join('\n') + '\n');
    }], ['JSON', function () {
      download(name + '.json', 'application/json', JSON.stringify(json, null, 2));
    }]].forEach(function (b) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'button secondary small';
      button.textContent = 'Download ' + b[0];
      button.addEventListener('click', b[1]);
      buttons.appendChild(button);
    });
    block.appendChild(buttons);
    block.appendChild(details);
    return table;
  }

  /** A canvas in a sized wrapper, for Chart.js. */
  function canvas(block, label, className) {
    var wrap = document.createElement('div');
    wrap.className = className || 'chart-wrap';
    var c = document.createElement('canvas');
    c.setAttribute('role', 'img');
    c.setAttribute('aria-label', label);
    wrap.appendChild(c);
    block.appendChild(wrap);
    return c;
  }

  function drawResult(container) {
    var id = container.dataset.experiment;
    fetch('/api/experiments/' + id, { headers: { Accept: 'application/json' } })
      .then(function (response) { return response.json(); })
      .then(function (experiment) {
        var result = JSON.parse(typeof experiment.result === 'string' ? experiment.result : JSON.stringify(experiment.result));
        var charts = window.PruneLabCharts;
        container.querySelectorAll('[data-chart]').forEach(function (block) {
          var draw = charts && charts[block.dataset.chart];
          if (!draw) { return; }
          try {
            draw(block, result, 'experiment-' + id + '-' + block.id);
          } catch (e) {
            var p = document.createElement('p');
            p.className = 'notice';
            p.textContent = 'This chart could not be drawn: ' + e.message;
            block.appendChild(p);
          }
        });
      });
  }

  window.PruneLabLab = { addTable: addTable, canvas: canvas, percent: percent };

  document.addEventListener('DOMContentLoaded', function () {
    var live = document.getElementById('lab-live');
    if (live && window.EventSource) { followProgress(live); }
    var result = document.getElementById('lab-result');
    if (result) { drawResult(result); }
  });
})();
