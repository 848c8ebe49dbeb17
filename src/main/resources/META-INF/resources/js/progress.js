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

  // One line per practised question: a follow-up's scores are not comparable with the main question's, so they are
  // never joined into one line.
  var trend = document.getElementById('trend-chart');
  if (trend) {
    var longest = Math.max.apply(null, data.practiceTrends.map(function (t) { return t.attempts.length; }));
    chart(trend, {
      type: 'line',
      data: {
        datasets: data.practiceTrends.map(function (t, i) {
          var label = t.label.length > 48 ? t.label.slice(0, 47) + '…' : t.label;
          return { label: (t.followUp ? 'Follow-up: ' : '') + label, borderColor: series(i), backgroundColor: series(i),
            data: t.attempts.map(function (p, j) { return { x: j + 1, y: p.score }; }) };
        })
      },
      options: { parsing: false,
        scales: { x: { type: 'linear', min: 1, max: Math.max(2, longest), title: { display: true, text: 'attempt at the question' }, ticks: { precision: 0 } },
                  y: { min: 0, max: 4, title: { display: true, text: 'score (0–4)' } } } }
    });
  }
}

var dashboardData = document.getElementById('dashboard-data');
if (dashboardData) { drawDashboard(dashboardData); }
