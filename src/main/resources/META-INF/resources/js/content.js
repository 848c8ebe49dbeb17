// Rendering inside the reading pages and previews: math by KaTeX, code by highlight.js. Without JavaScript the TeX
// source and plain code stay readable.
import { katex, hljs } from './vendor.js';

/** Typesets every .math element under root that is not typeset yet. */
export function renderMath(root) {
  const tex = katex();
  if (!tex) { return; }
  root.querySelectorAll('.math').forEach((el) => {
    if (el.dataset.rendered) { return; }
    const source = el.textContent;
    tex.render(source, el, { displayMode: el.classList.contains('math-display'), throwOnError: false, strict: 'ignore' });
    el.dataset.rendered = 'true';
    el.setAttribute('data-tex', source);
  });
}

/** Highlights every code block under root. */
export function highlightCode(root) {
  const highlighter = hljs();
  if (!highlighter) { return; }
  root.querySelectorAll('pre code').forEach((block) => highlighter.highlightElement(block));
}
