// Lets a pointer click a neighbouring force on a locator map to open its
// page. The map is an image with nothing focusable in it; keyboard and screen
// reader users have the same pages as links in the list beside it.
for (const map of document.querySelectorAll<SVGSVGElement>('svg.spo-locator')) {
  map.addEventListener('click', (event) => {
    const area = (event.target as Element).closest<SVGGElement>('[data-href]');
    const href = area?.dataset['href'];
    if (href !== undefined) window.location.assign(href);
  });
}
