// Lottery ticket by sparsity: the rewound ticket, the same masks randomly re-initialised, and the dense model, from
// the figure build's precomputed runs. State: ?sparsity=0.78 (snapped to a measured round).
import { readState, writeState, numberIn, nearest, percent, remember, data, slider, panel } from './kit.js';
import { chart, axis } from '../charts.js';
import { series, control } from '../palette.js';

export const STATE = { sparsity: numberIn(0, 0.99, 0.78) };

/** Ticket, re-initialisation and dense accuracy at the measured round nearest the asked sparsity. */
export function compare(result, sparsity) {
  const ticket = result.series.find(function (s) { return s.role === 'main'; });
  const reinit = result.series.find(function (s) { return s.name === 'random re-initialisation'; });
  const levels = ticket.points.map(function (p) { return p.sparsity; });
  const at = nearest(levels, sparsity);
  const i = levels.indexOf(at);
  return { sparsity: at, ticket: ticket.points[i].accuracy, reinit: reinit.points[i].accuracy, dense: result.baseline,
    round: i + 1, rounds: levels.length };
}

export function describe(c) {
  const gap = Math.round((c.ticket - c.reinit) * 1000) / 10;
  return 'Round ' + c.round + ' of ' + c.rounds + ', ' + percent(c.sparsity) + ' sparse: the rewound ticket reaches '
    + percent(c.ticket) + ', the same mask re-initialised ' + percent(c.reinit) + ' (' + (gap >= 0 ? gap + ' points behind' : -gap + ' points ahead')
    + '), the dense model ' + percent(c.dense) + '.';
}

export function mount(figure) {
  return data('lottery').then(function (result) {
    let state = readState(window.location.search, STATE);
    const ui = panel(figure, 'Ticket, re-initialisation and dense accuracy at the chosen round');
    const levels = result.series[0].points.map(function (p) { return p.sparsity; });
    const drawn = chart(ui.canvas, { type: 'bar', data: { labels: ['rewound ticket', 'random re-initialisation', 'dense'],
      datasets: [{ label: 'test accuracy', data: [0, 0, 0], backgroundColor: [series(0), series(1), control()] }] },
      options: { plugins: { legend: { display: false } }, scales: { y: axis('test accuracy', { min: 0, max: 1 }) } } });
    const picker = slider(ui.controls, 'lottery-round', 'Pruning round', 0, levels.length - 1, 1,
      levels.indexOf(nearest(levels, state.sparsity)), function (i) { update({ sparsity: levels[i] }); });
    function update(change, quiet) {
      state = Object.assign({}, state, change);
      const c = compare(result, state.sparsity);
      drawn.data.datasets[0].data = [c.ticket, c.reinit, c.dense];
      drawn.update();
      picker.output.textContent = percent(c.sparsity);
      ui.readout.textContent = describe(c);
      if (!quiet) { remember(writeState({ sparsity: Math.round(c.sparsity * 1000) / 1000 }, STATE)); }
    }
    update({}, true);
  });
}
