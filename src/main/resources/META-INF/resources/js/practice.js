// Practice workspace: timer, word count, live Markdown preview (sanitised by the server), autosaved drafts kept
// both on the server and in this browser (so a reload or a dropped connection loses nothing), and the score trend.
import { clock, countdown, timeOfDay } from './clock.js';
import { renderMath } from './content.js';
import { chart } from './charts.js';
import { color } from './palette.js';

function debounce(fn, ms) {
  var t;
  return function () { clearTimeout(t); t = setTimeout(fn, ms); };
}

function words(text) {
  var t = text.trim();
  return t ? t.split(/\s+/).length : 0;
}

function setupWorkspace(data) {
  var form = document.getElementById('workspace-form');
  var answer = document.getElementById('answer');
  if (!form || !answer) { return; }
  var elapsedInput = document.getElementById('elapsed');
  var timeBox = document.getElementById('time-box');
  var timerEl = document.getElementById('timer');
  var toggle = document.getElementById('timer-toggle');
  var countEl = document.getElementById('word-count');
  var statusEl = document.getElementById('save-status');
  var preview = document.getElementById('preview');
  var storageKey = 'prunelab-draft:' + data.question;
  var elapsed = parseInt(elapsedInput.value, 10) || 0;
  var running = false, dirty = false, saving = false, submitting = false;

  function status(text) { statusEl.textContent = text; }

  function showTimer() {
    var box = parseInt(timeBox.value, 10);
    elapsedInput.value = elapsed;
    if (box) {
      var left = box * 60 - elapsed;
      timerEl.textContent = countdown(left);
      timerEl.classList.toggle('overtime', left < 0);
    } else {
      timerEl.textContent = clock(elapsed);
      timerEl.classList.remove('overtime');
    }
  }

  function start() {
    if (running) { return; }
    running = true;
    toggle.hidden = false;
    toggle.textContent = 'Pause';
  }

  toggle.addEventListener('click', function () {
    running = !running;
    toggle.textContent = running ? 'Pause' : 'Resume';
  });
  setInterval(function () {
    if (running && !document.hidden) { elapsed++; showTimer(); }
  }, 1000);

  function keepLocally() {
    try {
      localStorage.setItem(storageKey, JSON.stringify({ answer: answer.value, timeBox: timeBox.value, elapsed: elapsed, at: Date.now() }));
    } catch (e) { /* storage full or disabled: the server copy still counts */ }
  }

  function save() {
    if (submitting) { return; } // the submission removes the draft: a late autosave must not bring it back
    if (saving) { dirty = true; return; }
    saving = true;
    dirty = false;
    status('Saving…');
    fetch('/api/practice/questions/' + encodeURIComponent(data.question) + '/draft', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify({ answer: answer.value, timeBoxMinutes: timeBox.value ? parseInt(timeBox.value, 10) : null, elapsedSeconds: elapsed })
    }).then(function (response) {
      if (!response.ok) {
        return response.json().then(function (problem) { throw new Error(problem.detail || response.statusText); });
      }
      status('Draft saved ' + timeOfDay());
    }).catch(function (error) {
      dirty = true;
      status('Not saved to the server (' + error.message + '): kept in this browser; retrying when you type.');
    }).then(function () {
      saving = false;
      if (dirty && !submitting) { saveSoon(); }
    });
  }
  var saveSoon = debounce(save, 1500);

  function renderPreview() {
    if (!answer.value.trim()) {
      preview.innerHTML = '<p class="muted">The preview of your Markdown appears here as you type.</p>';
      return;
    }
    fetch('/api/practice/preview', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify({ markdown: answer.value })
    }).then(function (r) { return r.ok ? r.json() : null; }).then(function (body) {
      if (!body) { return; }
      preview.innerHTML = body.html; // sanitised on the server (OWASP allow-list)
      renderMath(preview);
    }).catch(function () { /* offline: the preview waits for the next change */ });
  }
  var previewSoon = debounce(renderPreview, 400);

  function changed() {
    start();
    countEl.textContent = words(answer.value) + (words(answer.value) === 1 ? ' word' : ' words');
    keepLocally();
    saveSoon();
    previewSoon();
  }

  // A copy kept in this browser that is newer than the server's draft was never saved: restore it.
  try {
    var local = JSON.parse(localStorage.getItem(storageKey) || 'null');
    if (local && local.at > data.draftSavedAt && local.answer && local.answer !== answer.value) {
      answer.value = local.answer;
      elapsed = Math.max(elapsed, local.elapsed || 0);
      if (local.timeBox !== undefined) { timeBox.value = local.timeBox; }
      status('Restored unsaved text from this browser; saving it now.');
      save();
    }
  } catch (e) { /* unreadable local copy: ignore */ }

  answer.addEventListener('input', changed);
  answer.addEventListener('focus', start);
  timeBox.addEventListener('change', function () { showTimer(); keepLocally(); saveSoon(); });
  window.addEventListener('online', function () { if (dirty) { save(); } });
  form.addEventListener('submit', function () {
    submitting = true;
    elapsedInput.value = elapsed;
    try { localStorage.removeItem(storageKey); } catch (e) { /* nothing to remove */ }
  });
  countEl.textContent = words(answer.value) + (words(answer.value) === 1 ? ' word' : ' words');
  showTimer();
  if (answer.value.trim()) { renderPreview(); }
}

function setupTrend(data) {
  var canvas = document.getElementById('trend-chart');
  if (!canvas || data.trend.length < 2) { return; }
  var accent = color('--accent');
  chart(canvas, {
    type: 'line',
    data: {
      labels: data.trend.map(function (p, i) { return '#' + (i + 1); }),
      datasets: [{ label: 'Overall score', data: data.trend.map(function (p) { return p.overall; }), borderColor: accent, backgroundColor: accent }]
    },
    options: { scales: { y: { min: 0, max: 4, title: { display: true, text: 'score (0–4)' } },
      x: { title: { display: true, text: 'attempt' } } }, plugins: { legend: { display: false } } }
  });
}

var workspaceData = document.getElementById('workspace-data');
if (workspaceData) {
  var data = JSON.parse(workspaceData.textContent);
  setupWorkspace(data);
  setupTrend(data);
}
