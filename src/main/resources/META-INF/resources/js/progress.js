// Progress dashboard charts (Chart.js), drawn from the JSON embedded in the page in the palette's colours.
import { chart } from './charts.js';
import { color, series } from './palette.js';

function drawDashboard(node) {
  var data = JSON.parse(node.textContent);
  var accent = color('--accent');

  var mastery = document.getElementById('mastery-chart');
  if (mastery) {
    chart(mastery, {
      type: 'bar',
      data: {
        labels: data.mastery.map(function (m) { return m.title; }),
        datasets: [{ label: 'Mastery (%)', data: data.mastery.map(function (m) { return Math.round(m.mastery * 100); }), backgroundColor: accent }]
      },
      options: { indexAxis: 'y', scales: { x: { min: 0, max: 100 } }, plugins: { legend: { display: false } } }
    });
  }

  var forecast = document.getElementById('forecast-chart');
  if (forecast) {
    chart(forecast, {
      type: 'bar',
      data: {
        labels: data.dueForecast.map(function (d) { return d.day; }),
        datasets: [{ label: 'Cards due', data: data.dueForecast.map(function (d) { return d.count; }), backgroundColor: accent }]
      },
      options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }, plugins: { legend: { display: false } } }
    });
  }

  var trend = document.getElementById('trend-chart');
  if (trend) {
    var dims = Object.keys(data.dimensionTrends);
    chart(trend, {
      type: 'line',
      data: {
        datasets: dims.map(function (dim, i) {
          return { label: dim, borderColor: series(i), backgroundColor: series(i),
            data: data.dimensionTrends[dim].map(function (p, j) { return { x: j + 1, y: p.score }; }) };
        })
      },
      options: { parsing: false,
        scales: { x: { type: 'linear', title: { display: true, text: 'attempt' }, ticks: { precision: 0 } },
                  y: { min: 0, max: 4, title: { display: true, text: 'score (0–4)' } } } }
    });
  }
}

var dashboardData = document.getElementById('dashboard-data');
if (dashboardData) { drawDashboard(dashboardData); }
