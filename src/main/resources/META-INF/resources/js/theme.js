// Applies the saved light/dark choice before the page paints (no flash). Without a saved choice the
// operating system's preference applies through CSS.
(function () {
  try {
    var saved = localStorage.getItem('prunelab-theme');
    if (saved === 'light' || saved === 'dark') {
      document.documentElement.setAttribute('data-theme', saved);
    }
  } catch (e) { /* storage may be disabled: keep the system preference */ }
})();
