// Wide blocks (code, tables, display math, data tables) scroll sideways inside their own box. A box that does scroll
// joins the tab order, so keyboard users can scroll it with the arrow keys too.

const BOXES = 'pre, .prose table, .math-display, .math-inline.wide, .scroll-x, .table-wrap, .tree-wrap';

/** An inline formula that cannot fit its line (KaTeX never breaks inside a term) becomes a scroll box of its own. */
function markWideFormulas(root) {
  root.querySelectorAll('.prose .math-inline').forEach((formula) => {
    const line = formula.parentElement;
    if (line && !formula.classList.contains('wide') && formula.getBoundingClientRect().width > line.clientWidth + 1) {
      formula.classList.add('wide');
    }
  });
}

function mark(root) {
  markWideFormulas(root);
  root.querySelectorAll(BOXES).forEach((box) => {
    const scrolls = box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1;
    if (scrolls && !box.hasAttribute('tabindex')) {
      box.setAttribute('tabindex', '0');
      box.dataset.scrollBox = 'true';
    } else if (!scrolls && box.dataset.scrollBox) {
      box.removeAttribute('tabindex');
      delete box.dataset.scrollBox;
    }
  });
}

/** Marks the scrolling boxes now, again when the window is resized, and again under root after content is added. */
export function keepScrollBoxesFocusable() {
  mark(document);
  // Formulas and code take their final width once the web fonts are in: mark again then.
  if (document.fonts) {
    document.fonts.ready.then(() => mark(document));
  }
  window.addEventListener('load', () => mark(document));
  let pending;
  window.addEventListener('resize', () => {
    clearTimeout(pending);
    pending = setTimeout(() => mark(document), 200);
  });
}

export { mark as markScrollBoxes };
