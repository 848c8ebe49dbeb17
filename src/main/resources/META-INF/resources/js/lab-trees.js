// PruneLab lab: draws decision trees (the full tree and the pruned one) as SVG, leaves spread evenly, each node
// coloured by its predicted class, with the split or class counts in its tooltip (and as text when the tree is small).
import { series } from './palette.js';
import { addTable } from './lab-tables.js';

var NS = 'http://www.w3.org/2000/svg';
var LEVEL = 70, LEAF = 64, LABELLED_NODES = 31;

function el(name, attrs, parent) {
  var node = document.createElementNS(NS, name);
  Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
  if (parent) { parent.appendChild(node); }
  return node;
}

/** x by in-order leaf position, parents centred over their children. */
function layout(nodes) {
  var byId = {}, next = 0;
  nodes.forEach(function (n) { byId[n.id] = n; });
  (function place(n) {
    if (n.left == null) { n.x = next++; return; }
    place(byId[n.left]);
    place(byId[n.right]);
    n.x = (byId[n.left].x + byId[n.right].x) / 2;
  })(byId[0]);
  return { byId: byId, leaves: next, depth: Math.max.apply(null, nodes.map(function (n) { return n.depth; })) };
}

function label(n, classNames) {
  if (n.left != null) { return n.featureName + ' ≤ ' + Number(n.threshold.toFixed(3)); }
  return classNames[n.predictedClass] + ' [' + n.classCounts.join(', ') + ']';
}

function draw(nodes, classNames, title) {
  var shape = layout(nodes), labelled = nodes.length <= LABELLED_NODES;
  var width = Math.max(2, shape.leaves) * LEAF, height = (shape.depth + 1) * LEVEL + 20;
  var svg = el('svg', { viewBox: '0 0 ' + width + ' ' + height, width: width, role: 'img', 'aria-label': title, class: 'tree-svg' });
  function x(n) { return n.x * LEAF + LEAF / 2; }
  function y(n) { return n.depth * LEVEL + 24; }
  nodes.forEach(function (n) {
    if (n.left == null) { return; }
    [shape.byId[n.left], shape.byId[n.right]].forEach(function (child) {
      el('line', { x1: x(n), y1: y(n), x2: x(child), y2: y(child), class: 'tree-edge' }, svg);
    });
  });
  nodes.forEach(function (n) {
    var g = el('g', { class: 'tree-node' }, svg);
    el('title', {}, g).textContent = label(n, classNames) + ' · ' + n.samples + ' samples · impurity ' + n.impurity.toFixed(3);
    var color = series(n.predictedClass);
    if (n.left == null) {
      el('rect', { x: x(n) - 9, y: y(n) - 9, width: 18, height: 18, rx: 3, fill: color }, g);
    } else {
      el('circle', { cx: x(n), cy: y(n), r: 9, fill: color, 'fill-opacity': 0.35, stroke: color }, g);
    }
    if (labelled) {
      var t = el('text', { x: x(n), y: y(n) + (n.left == null ? 24 : -13), class: 'tree-label' }, g);
      t.textContent = n.left == null ? classNames[n.predictedClass] + ' ' + n.samples : shorten(n.featureName) + ' ≤ ' + Number(n.threshold.toFixed(2));
    }
  });
  return svg;
}

function shorten(name) { return name.length > 14 ? name.slice(0, 13) + '…' : name; }

/** Draws the full and the pruned tree of a tree experiment, with their nodes as a data table. */
export function drawTrees(block, r, name) {
    var t = r.tree, classes = r.data.classNames;
    [['before', t.before, 'Full tree: ' + t.before.length + ' nodes, test accuracy ' + (100 * t.testAccuracyBefore).toFixed(1) + '%'],
     ['after', t.after, 'Pruned at alpha ' + t.bestAlpha.toPrecision(3) + ': ' + t.after.length + ' nodes, test accuracy ' + (100 * t.testAccuracyAfter).toFixed(1) + '%']]
      .forEach(function (part) {
        var figure = document.createElement('figure');
        figure.className = 'tree-figure';
        var wrap = document.createElement('div');
        wrap.className = 'tree-wrap';
        wrap.appendChild(draw(part[1], classes, part[2]));
        figure.appendChild(wrap);
        var caption = document.createElement('figcaption');
        caption.textContent = part[2];
        figure.appendChild(caption);
        block.appendChild(figure);
      });
    var legend = document.createElement('p');
    legend.className = 'muted';
    legend.textContent = 'Colours: ' + classes.map(function (c, i) { return c + ' = ' + ['blue', 'orange', 'green', 'pink', 'purple'][i % 5]; }).join(', ')
      + '. Circles are splits (hover for the rule), squares are leaves.';
    block.appendChild(legend);
    var rows = [];
    [['before', t.before], ['after', t.after]].forEach(function (part) {
      part[1].forEach(function (n) {
        rows.push([part[0], n.id, n.depth, n.featureName, n.threshold == null ? null : Number(n.threshold.toFixed(4)), n.samples,
          n.classCounts.join(' / '), classes[n.predictedClass]]);
      });
    });
    addTable(block, name, ['tree', 'node', 'depth', 'split feature', 'threshold', 'samples', 'class counts', 'predicts'],
      rows, { before: t.before, after: t.after });
}
