// Starts the explorables of a lesson: each <figure data-explore="name"> gets /js/explore/<name>.js, which replaces the
// static figure (the no-JavaScript fallback) with controls and a chart. Chart.js is loaded only on pages that need it.
const figures = document.querySelectorAll('figure[data-explore]');

function chartJs() {
  if (window.Chart) { return Promise.resolve(); }
  return new Promise(function (resolve, reject) {
    const script = document.createElement('script');
    script.src = '/webjars/chart.js/dist/chart.umd.min.js';
    script.onload = resolve;
    script.onerror = reject;
    document.head.appendChild(script);
  });
}

if (figures.length) {
  chartJs().then(function () {
    figures.forEach(function (figure) {
      import('./' + figure.dataset.explore + '.js')
        .then(function (module) { return module.mount(figure); })
        .then(function () { figure.dataset.ready = 'true'; })
        .catch(function () { const svg = figure.querySelector('.figure-svg'); if (svg) { svg.hidden = false; } });
    });
  });
}
