// PruneLab page behaviour: math (KaTeX), code highlighting (highlight.js), and the theme toggle.
(function () {
  'use strict';

  function renderMath(root) {
    if (!window.katex) { return; }
    root.querySelectorAll('.math').forEach(function (el) {
      if (el.dataset.rendered) { return; }
      var tex = el.textContent;
      window.katex.render(tex, el, {
        displayMode: el.classList.contains('math-display'),
        throwOnError: false,
        strict: 'ignore'
      });
      el.dataset.rendered = 'true';
      el.setAttribute('data-tex', tex);
    });
  }

  function highlightCode(root) {
    if (!window.hljs) { return; }
    root.querySelectorAll('pre code').forEach(function (block) { window.hljs.highlightElement(block); });
  }

  function setupThemeToggle() {
    var button = document.getElementById('theme-toggle');
    if (!button) { return; }
    button.addEventListener('click', function () {
      var current = document.documentElement.getAttribute('data-theme');
      if (!current) {
        current = window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
      }
      var next = current === 'dark' ? 'light' : 'dark';
      document.documentElement.setAttribute('data-theme', next);
      try { localStorage.setItem('prunelab-theme', next); } catch (e) { /* not saved */ }
    });
  }

  function fillTimeZone() {
    var zone;
    try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { return; }
    if (!zone) { return; }
    document.querySelectorAll('input[data-fill="time-zone"]').forEach(function (input) { input.value = zone; });
  }

  document.addEventListener('DOMContentLoaded', function () {
    fillTimeZone();
    renderMath(document);
    highlightCode(document);
    setupThemeToggle();
  });

  window.PruneLab = { renderMath: renderMath, highlightCode: highlightCode };
})();
