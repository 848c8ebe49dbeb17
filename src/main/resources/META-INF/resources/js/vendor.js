// The third-party libraries, loaded as classic scripts from their webjars (their UMD builds define one global each),
// handed to our modules from this one place. Each getter is called when needed, so a page without the library
// (no KaTeX on a page without math, no Chart.js on a page without charts) simply gets undefined.
export const katex = () => window.katex;
export const hljs = () => window.hljs;
export const Chart = () => window.Chart;
