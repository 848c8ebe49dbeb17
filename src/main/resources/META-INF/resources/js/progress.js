// Progress dashboard charts (Chart.js), drawn from the JSON embedded in the page.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var node = document.getElementById('dashboard-data');
    if (!node || !window.Chart) { return; }
    var data = JSON.parse(node.textContent);
    var style = getComputedStyle(document.documentElement);
    var text = style.getPropertyValue('--text').trim() || '#1c2330';
    var grid = style.getPropertyValue('--border').trim() || '#d6dbe3';
    var accent = style.getPropertyValue('--accent').trim() || '#1f5fbf';
    Chart.defaults.color = text;
    Chart.defaults.borderColor = grid;

    var mastery = document.getElementById('mastery-chart');
    if (mastery) {
      new Chart(mastery, {
        type: 'bar',
        data: {
          labels: data.mastery.map(function (m) { return m.title; }),
          datasets: [{ label: 'Mastery (%)', data: data.mastery.map(function (m) { return Math.round(m.mastery * 100); }), backgroundColor: accent }]
        },
        options: { indexAxis: 'y', maintainAspectRatio: false, scales: { x: { min: 0, max: 100 } }, plugins: { legend: { display: false } } }
      });
    }

    var forecast = document.getElementById('forecast-chart');
    if (forecast) {
      new Chart(forecast, {
        type: 'bar',
        data: {
          labels: data.dueForecast.map(function (d) { return d.day; }),
          datasets: [{ label: 'Cards due', data: data.dueForecast.map(function (d) { return d.count; }), backgroundColor: accent }]
        },
        options: { maintainAspectRatio: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }, plugins: { legend: { display: false } } }
      });
    }

    var trend = document.getElementById('trend-chart');
    if (trend) {
      var colors = ['#1f5fbf', '#b35900', '#1a7f37', '#a626a4', '#b42318', '#4f5b6d'];
      var dims = Object.keys(data.dimensionTrends);
      new Chart(trend, {
        type: 'line',
        data: {
          datasets: dims.map(function (dim, i) {
            return { label: dim, borderColor: colors[i % colors.length], backgroundColor: colors[i % colors.length],
              data: data.dimensionTrends[dim].map(function (p, j) { return { x: j + 1, y: p.score }; }) };
          })
        },
        options: { maintainAspectRatio: false, parsing: false,
          scales: { x: { type: 'linear', title: { display: true, text: 'attempt' }, ticks: { precision: 0 } },
                    y: { min: 0, max: 4, title: { display: true, text: 'score (0–4)' } } } }
      });
    }
  });
})();
