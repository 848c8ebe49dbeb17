// Chart.js with the palette's text and grid colours and the page's font, shared by the lab, practice and progress.
import { Chart } from './vendor.js';
import { color } from './palette.js';

/** Draws a chart on a canvas; returns null where Chart.js did not load. */
export function chart(canvas, config) {
  const ChartJs = Chart();
  if (!ChartJs || !canvas) { return null; }
  ChartJs.defaults.color = color('--muted');
  ChartJs.defaults.borderColor = color('--border');
  ChartJs.defaults.font.family = getComputedStyle(document.body).fontFamily;
  config.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false,
    interaction: { mode: 'nearest', intersect: false } },
    config.options || {});
  return new ChartJs(canvas, config);
}

/** An axis with a title. */
export function axis(title, extra) {
  return Object.assign({ title: { display: true, text: title } }, extra || {});
}
