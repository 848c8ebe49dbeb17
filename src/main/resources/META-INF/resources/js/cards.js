// Flashcard review from the keyboard: Space shows the answer, 1–4 grade it (Again, Hard, Good, Easy). Keys typed into
// a field, or pressed on a control that has its own meaning for them, are left alone.
const back = document.querySelector('[data-card-back]');

if (back) {
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.target.closest('input, textarea, select, button, a, summary')) {
      return;
    }
    if (event.key === ' ' && !back.open) {
      event.preventDefault();
      back.open = true;
      back.querySelector('.card-answer').focus({ preventScroll: true });
    } else if (back.open && /^[1-4]$/.test(event.key)) {
      const button = back.querySelector('button[data-key="' + event.key + '"]');
      if (button) {
        event.preventDefault();
        button.click();
      }
    }
  });
}
