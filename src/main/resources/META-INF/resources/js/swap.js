// Forms answered in place: the form is posted with ?partial=true and the server answers with the page's own sections
// (elements with ids) as they are now; each replaces the element with the same id. Without JavaScript the same form
// posts normally and the server answers with the whole page.
import { renderMath } from './content.js';

/**
 * Posts the form and swaps the sections that come back. Resolves to the new elements; on a network failure the form
 * is submitted the ordinary way instead.
 */
export async function postAndSwap(form) {
  const url = new URL(form.action, window.location.href);
  url.searchParams.set('partial', 'true');
  let response;
  try {
    response = await fetch(url, {
      method: 'POST',
      body: new URLSearchParams(new FormData(form)),
      headers: { Accept: 'text/html' },
      credentials: 'same-origin'
    });
  } catch (e) {
    form.submit();
    return [];
  }
  // A refused token (403) or a refused request (415) answers with a whole page, which the browser should show.
  if (response.status >= 500 || response.status === 403 || response.status === 415
      || !(response.headers.get('Content-Type') || '').includes('text/html')) {
    form.submit();
    return [];
  }
  const template = document.createElement('template');
  template.innerHTML = await response.text();
  const swapped = [];
  [...template.content.children].forEach((fresh) => {
    const old = fresh.id && document.getElementById(fresh.id);
    if (old) {
      old.replaceWith(fresh);
      renderMath(fresh);
      swapped.push(fresh);
    }
  });
  return swapped;
}

/**
 * Makes every form marked data-in-place post in place. Focus then moves to the new content's element marked
 * data-swap-focus (a verdict or a confirmation, read out as it appears), or else to its first field.
 */
export function answerFormsInPlace() {
  document.addEventListener('submit', async (event) => {
    const form = event.target.closest('form[data-in-place]');
    if (!form) { return; }
    event.preventDefault();
    const button = form.querySelector('button[type=submit]');
    if (button) { button.disabled = true; }
    const swapped = await postAndSwap(form);
    const target = swapped.map((el) => el.matches('[data-swap-focus]') ? el : el.querySelector('[data-swap-focus]'))
      .find(Boolean)
      || swapped.map((el) => el.querySelector('input:not([type=hidden]):not(:disabled)')).find(Boolean);
    if (target) { target.focus({ preventScroll: true }); }
  });
}
