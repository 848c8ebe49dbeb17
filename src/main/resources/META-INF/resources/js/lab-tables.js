// The lab's data tables with CSV and JSON downloads, and the sized canvases charts are drawn on.
import { markScrollBoxes } from './scroll-boxes.js';

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
export function addTable(block, name, header, rows, json) {
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
  details.addEventListener('toggle', function () { markScrollBoxes(details); });
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
export function canvas(block, label, className) {
  var wrap = document.createElement('div');
  wrap.className = className || 'chart-wrap';
  var c = document.createElement('canvas');
  c.setAttribute('role', 'img');
  c.setAttribute('aria-label', label);
  wrap.appendChild(c);
  block.appendChild(wrap);
  return c;
}
