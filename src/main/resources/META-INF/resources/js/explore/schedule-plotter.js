// Schedule plotter: one-shot, iterative (the same share of the remaining weights per round) and Zhu and Gupta's
// cubic schedule to a final sparsity, against training steps, with the formula. State: ?sparsity=0.9&rounds=3
import { readState, writeState, numberIn, percent, remember, slider, panel } from './kit.js';
import { chart, axis } from '../charts.js';
import { series } from '../palette.js';

export const STATE = { sparsity: numberIn(0.05, 0.99, 0.9), rounds: numberIn(1, 10, 3) };
export const STEPS = 100;

/** Iterative targets: s_r = 1 − (1 − s)^(r/R), as the engine's Schedules.geometric. */
export function geometric(sparsity, rounds) {
  const out = [];
  for (let r = 1; r <= rounds; r++) { out.push(r === rounds ? sparsity : 1 - Math.pow(1 - sparsity, r / rounds)); }
  return out;
}

/** Cubic: s_t = s_f + (s_i − s_f)(1 − t/T)³ with s_i = 0, as the engine's GradualPruning. */
export function cubic(sparsity, t, total) {
  const remaining = 1 - Math.min(1, t / total);
  return sparsity - sparsity * remaining * remaining * remaining;
}

/** The three curves at steps 0..STEPS. */
export function curves(state) {
  const rounds = geometric(state.sparsity, state.rounds);
  const out = { oneShot: [], iterative: [], cubic: [] };
  for (let t = 0; t <= STEPS; t++) {
    out.oneShot.push(t === 0 ? 0 : state.sparsity);
    // round r prunes at the start of its share of training, so the last round still has time to fine-tune
    const round = t === 0 ? 0 : Math.min(state.rounds, Math.floor(t * state.rounds / STEPS) + 1);
    out.iterative.push(round === 0 ? 0 : rounds[round - 1]);
    out.cubic.push(cubic(state.sparsity, t, STEPS));
  }
  return out;
}

/** What the readout says: the half-way point shows how front-loaded the cubic schedule is. */
export function describe(state) {
  const c = curves(state);
  return 'Half-way through, the cubic schedule is at ' + percent(c.cubic[STEPS / 2]) + ' (of ' + percent(state.sparsity)
    + '), iterative at ' + percent(c.iterative[STEPS / 2]) + '. Iterative rounds: '
    + geometric(state.sparsity, state.rounds).map(percent).join(', ') + '.';
}

export function mount(figure) {
  let state = readState(window.location.search, STATE);
  const ui = panel(figure, 'Sparsity against training step for three schedules');
  const formula = document.createElement('p');
  formula.className = 'explore-formula';
  formula.textContent = 's_t = s_f + (s_i − s_f)(1 − t/T)³  (cubic, s_i = 0);  s_r = 1 − (1 − s_f)^(r/R)  (iterative)';
  ui.controls.appendChild(formula);
  const steps = Array.from({ length: STEPS + 1 }, function (_, i) { return i; });
  const c = curves(state);
  const drawn = chart(ui.canvas, { type: 'line', data: { labels: steps, datasets: [
    { label: 'one-shot', data: c.oneShot, borderColor: series(0), pointRadius: 0, stepped: 'before' },
    { label: 'iterative', data: c.iterative, borderColor: series(1), pointRadius: 0, stepped: 'before' },
    { label: 'cubic (Zhu and Gupta)', data: c.cubic, borderColor: series(2), pointRadius: 0 }
  ] }, options: { scales: { x: axis('training step', { ticks: { maxTicksLimit: 6 } }), y: axis('sparsity', { min: 0, max: 1 }) } } });
  const sparsity = slider(ui.controls, 'schedule-sparsity', 'Final sparsity', 0.05, 0.99, 0.01, state.sparsity, function (v) { update({ sparsity: v }); });
  const rounds = slider(ui.controls, 'schedule-rounds', 'Iterative rounds', 1, 10, 1, state.rounds, function (v) { update({ rounds: v }); });
  function update(change, quiet) {
    state = Object.assign({}, state, change);
    const next = curves(state);
    drawn.data.datasets[0].data = next.oneShot;
    drawn.data.datasets[1].data = next.iterative;
    drawn.data.datasets[2].data = next.cubic;
    drawn.update();
    sparsity.output.textContent = percent(state.sparsity);
    rounds.output.textContent = String(state.rounds);
    ui.readout.textContent = describe(state);
    if (!quiet) { remember(writeState(state, STATE)); }
  }
  update({}, true);
}
