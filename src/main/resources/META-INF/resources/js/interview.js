// Mock interview pages: count-down timers, a copy of the answer kept in this browser (a reload or a hint loses
// nothing), the share-link copy button, and live updates for pair sessions: a server-sent event says "changed",
// and the page re-reads its live regions from the server (the answer box is kept unless the question changed).
import { countdown } from './clock.js';

var offset = 0; // server clock minus browser clock

function tickTimers() {
  document.querySelectorAll('.turn-timer[data-asked-at]').forEach(function (el) {
    var end = parseInt(el.dataset.askedAt, 10) + parseInt(el.dataset.timeBox, 10) * 60000;
    var left = Math.round((end - (Date.now() + offset)) / 1000);
    el.textContent = countdown(left, 'over time');
    el.classList.toggle('overtime', left < 0);
  });
}

function keepAnswers(root) {
  root.querySelectorAll('textarea[data-backup-key]').forEach(function (area) {
    var key = 'prunelab-' + area.dataset.backupKey;
    try {
      var saved = localStorage.getItem(key);
      if (saved && !area.value) { area.value = saved; }
    } catch (e) { /* storage disabled */ }
    area.addEventListener('input', function () {
      try { localStorage.setItem(key, area.value); } catch (e) { /* storage full */ }
    });
    if (area.form) {
      area.form.addEventListener('submit', function () {
        if (area.form.action.indexOf('/answer') > 0) {
          try { localStorage.removeItem(key); } catch (e) { /* nothing to remove */ }
        }
      });
    }
  });
  // A hint reloads the page: keep the answer typed so far (restored above on the next load).
  root.querySelectorAll('form[action$="/hint"]').forEach(function (form) {
    form.addEventListener('submit', function () {
      root.querySelectorAll('textarea[data-backup-key]').forEach(function (area) {
        try { localStorage.setItem('prunelab-' + area.dataset.backupKey, area.value); } catch (e) { /* ignore */ }
      });
    });
  });
}

function setupCopy(root) {
  root.querySelectorAll('[data-copy]').forEach(function (button) {
    button.addEventListener('click', function () {
      var text = document.getElementById(button.dataset.copy).textContent.trim();
      if (navigator.clipboard) {
        navigator.clipboard.writeText(text).then(function () { button.textContent = 'Copied'; });
      }
    });
  });
}

function refresh() {
  fetch(window.location.pathname, { headers: { 'Accept': 'text/html' }, credentials: 'same-origin' })
    .then(function (r) { return r.ok ? r.text() : null; })
    .then(function (html) {
      if (!html) { return; }
      var doc = new DOMParser().parseFromString(html, 'text/html');
      if (doc.querySelector('[data-report]')) { window.location.reload(); return; }
      doc.querySelectorAll('[data-live]').forEach(function (fresh) {
        var current = document.getElementById(fresh.id);
        if (!current || (current.dataset.version && current.dataset.version === fresh.dataset.version)) { return; }
        var node = document.importNode(fresh, true);
        current.replaceWith(node);
        keepAnswers(node);
        setupCopy(node);
      });
      tickTimers();
    })
    .catch(function () { /* offline: the next event or reconnect refreshes */ });
}

function live(id) {
  var state = document.getElementById('live-state');
  if (!window.EventSource) {
    if (state) { state.textContent = 'Live updates are not supported by this browser: reload to see changes.'; }
    return;
  }
  var source = new EventSource('/api/interviews/' + id + '/events');
  var opened = false;
  source.addEventListener('open', function () {
    if (state) { state.textContent = 'Live: this page updates by itself.'; }
    if (opened) { refresh(); } // reconnected: catch up on anything missed
    opened = true;
  });
  source.addEventListener('message', function (event) {
    if (event.data === 'changed') { refresh(); }
  });
  source.addEventListener('error', function () {
    if (state) { state.textContent = 'Live updates reconnecting…'; }
  });
}

// A solo interview ends when its time is up: say so, send the answer typed so far (or just finish when there is none),
// and the server answers with the report.
var timeUpSent = false;

function watchTheEnd(endsAt) {
  if (timeUpSent || Date.now() + offset < endsAt) { return; }
  timeUpSent = true;
  var notice = document.getElementById('time-up');
  if (notice) { notice.hidden = false; }
  var area = document.querySelector('form[action$="/answer"] textarea');
  var form = area && area.value.trim() ? area.form : document.querySelector('form[action$="/finish"]');
  if (form) { form.requestSubmit ? form.requestSubmit() : form.submit(); }
}

function start(node) {
  var data = JSON.parse(node.textContent);
  offset = data.serverNow - Date.now();
  if (data.endsAt) {
    watchTheEnd(data.endsAt);
    setInterval(function () { watchTheEnd(data.endsAt); }, 1000);
  }
  keepAnswers(document);
  setupCopy(document);
  tickTimers();
  setInterval(tickTimers, 1000);
  if (data.live) { live(data.id); }
}

var interviewData = document.getElementById('interview-data');
if (interviewData) { start(interviewData); }
