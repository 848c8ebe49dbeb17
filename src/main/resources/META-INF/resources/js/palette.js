// The palette lives in css/app.css as custom properties (light and dark themes); charts and drawings read it here
// instead of keeping colours of their own.

const SERIES = 8;

/** The current value of a custom property of the palette, e.g. color('--accent'). */
export function color(name) {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

/** The colour of the i-th data series (0-based, wrapping round). */
export function series(i) {
  return color('--series-' + ((i % SERIES) + 1));
}

/** The colour of a control series (random pruning, the baseline). */
export function control() {
  return color('--series-control');
}

/** A palette colour (#rrggbb) made partly transparent. */
export function translucent(hex, alpha) {
  const n = parseInt(hex.replace('#', ''), 16);
  return 'rgba(' + ((n >> 16) & 255) + ',' + ((n >> 8) & 255) + ',' + (n & 255) + ',' + alpha + ')';
}
