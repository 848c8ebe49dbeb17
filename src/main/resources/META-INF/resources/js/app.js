// Runs on every page: math and code rendering, the header menu and wide-screen disclosures, the table of contents'
// current section, scrollable wide blocks, the theme toggle, the time-zone fields of forms and forms answered in place.
import { renderMath, highlightCode } from './content.js';
import { setUpDisclosures } from './disclosure.js';
import { highlightCurrentSection } from './toc.js';
import { keepScrollBoxesFocusable } from './scroll-boxes.js';
import { answerFormsInPlace } from './swap.js';

function setUpThemeToggle() {
  const button = document.getElementById('theme-toggle');
  if (!button) { return; }
  button.addEventListener('click', () => {
    let current = document.documentElement.getAttribute('data-theme');
    if (!current) {
      current = window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    }
    const next = current === 'dark' ? 'light' : 'dark';
    document.documentElement.setAttribute('data-theme', next);
    try { localStorage.setItem('prunelab-theme', next); } catch (e) { /* not saved */ }
  });
}

function fillTimeZone() {
  let zone;
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { return; }
  if (!zone) { return; }
  document.querySelectorAll('input[data-fill="time-zone"]').forEach((input) => { input.value = zone; });
}

fillTimeZone();
setUpDisclosures();
renderMath(document);
highlightCode(document);
highlightCurrentSection();
keepScrollBoxesFocusable();
setUpThemeToggle();
answerFormsInPlace();
