// The lesson's table of contents marks the section being read (aria-current="location"): the last heading that has
// scrolled past the top fifth of the window.

export function highlightCurrentSection() {
  const links = Array.from(document.querySelectorAll('.toc a[href^="#"]'));
  if (links.length === 0 || !('IntersectionObserver' in window)) { return; }
  const headings = links
    .map((link) => document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1))))
    .filter((heading) => heading !== null);
  const above = new Set();
  const mark = () => {
    let current = null;
    headings.forEach((heading) => { if (above.has(heading)) { current = heading; } });
    links.forEach((link) => {
      if (current && link.getAttribute('href') === '#' + current.id) {
        link.setAttribute('aria-current', 'location');
      } else {
        link.removeAttribute('aria-current');
      }
    });
  };
  // The observed band is the window above its top fifth: a heading is "above" once it has crossed into it.
  const observer = new IntersectionObserver((entries) => {
    entries.forEach((entry) => {
      const passed = entry.isIntersecting || entry.boundingClientRect.top < 0;
      if (passed) { above.add(entry.target); } else { above.delete(entry.target); }
    });
    mark();
  }, { rootMargin: '0px 0px -80% 0px' });
  headings.forEach((heading) => observer.observe(heading));
}
