// Disclosures that are open on wide screens and collapsed on narrow ones: the header's menu and a lesson's "On this
// page". CSS already shows their content on wide screens; setting `open` there too keeps what assistive technology
// announces in step with what is shown (and helps browsers without ::details-content). The header menu also closes
// on Escape and when a click lands outside it.

const WIDE = { 'site-menu': '(min-width: 60rem)', 'toc-details': '(min-width: 54rem)' };

function follow(details) {
  const query = Object.keys(WIDE).find((name) => details.classList.contains(name));
  if (!query) { return; }
  const wide = window.matchMedia(WIDE[query]);
  const apply = () => { details.open = wide.matches; };
  apply();
  wide.addEventListener('change', apply);
}

function closeMenuFromOutside(menu) {
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && menu.open && !window.matchMedia(WIDE['site-menu']).matches) {
      menu.open = false;
      menu.querySelector('summary').focus();
    }
  });
  document.addEventListener('click', (event) => {
    if (menu.open && !menu.contains(event.target) && !window.matchMedia(WIDE['site-menu']).matches) {
      menu.open = false;
    }
  });
}

export function setUpDisclosures() {
  document.querySelectorAll('details[data-wide-open]').forEach(follow);
  const menu = document.querySelector('details.site-menu');
  if (menu) { closeMenuFromOutside(menu); }
}
