// One way to show durations and times: count-down and stop-watch timers (practice, mock interviews) and the time a
// thing happened (draft saved).

/** Seconds as m:ss, or h:mm:ss from an hour up; the sign is dropped (callers say "left" or "over"). */
export function clock(seconds) {
  const s = Math.abs(Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  const mm = h > 0 && m < 10 ? '0' + m : String(m);
  return (h > 0 ? h + ':' : '') + mm + ':' + (r < 10 ? '0' + r : r);
}

/** A timer's text against a time box: "3:20 left", "0:45 over time". */
export function countdown(secondsLeft, overWord) {
  return clock(secondsLeft) + (secondsLeft >= 0 ? ' left' : ' ' + (overWord || 'over'));
}

/** The time of day of a moment, in the reader's locale and time zone. */
export function timeOfDay(date) {
  return (date || new Date()).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

/** A duration in words for progress estimates: "under a second", "42 s", "3 min"; "–" when unknown. */
export function duration(seconds) {
  if (seconds == null) { return '–'; }
  if (seconds < 1) { return 'under a second'; }
  if (seconds < 90) { return Math.round(seconds) + ' s'; }
  return Math.round(seconds / 60) + ' min';
}
