// Enhances each map block (src/components/map/MapSection.astro); without this
// script every measure and layout is its own page and every force a link.
// - Measure and layout links switch in place: the target page is fetched, its
//   map view swapped in, and the address follows (back and forward work).
// - The detail panel shows the force under the pointer, the focused force, or
//   the chosen one. A first click or tap chooses a force: it stays in the
//   panel, with its page link, after the pointer moves on; a second click or
//   tap on it (or the panel's link) opens the force's page. Until a force is
//   chosen the panel shows the England and Wales figure.
// - One tab stop: only the current force link is in the tab order (roving
//   tabindex); arrow keys move to the nearest force that way (precomputed in
//   data-nav), Home and End to the first and last, Enter opens the page,
//   Escape leaves the map for the measure links (or the panel).
// - A polite live region reads what the panel shows and what was switched.
import { enhance as makeSortable } from './sortable-table.ts';

type Direction = 'up' | 'right' | 'down' | 'left';
const DIRECTIONS: readonly Direction[] = ['up', 'right', 'down', 'left'];
const KEY_DIRECTIONS: Record<string, Direction> = { ArrowUp: 'up', ArrowRight: 'right', ArrowDown: 'down', ArrowLeft: 'left' };

/** Fetched pages by address, so switching back is instant. */
const pages = new Map<string, Promise<Document>>();

function fetchPage(address: string): Promise<Document> {
  const url = address.split('#')[0] as string;
  let page = pages.get(url);
  if (page === undefined) {
    page = fetch(url, { credentials: 'same-origin' }).then(async (response) => {
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      return new DOMParser().parseFromString(await response.text(), 'text/html');
    });
    page.catch(() => pages.delete(url));
    pages.set(url, page);
  }
  return page;
}

function parseNav(encoded: string): Map<string, Partial<Record<Direction, string>>> {
  const nav = new Map<string, Partial<Record<Direction, string>>>();
  for (const entry of encoded.split(';')) {
    const [code, targets = ''] = entry.split(':');
    if (!code) continue;
    const parts = targets.split(',');
    nav.set(code, Object.fromEntries(DIRECTIONS.flatMap((direction, i) => (parts[i] ? [[direction, parts[i]]] : []))));
  }
  return nav;
}

function enhance(block: HTMLElement): void {
  const live = block.querySelector<HTMLElement>('[data-map-live]');
  let view = block.querySelector<HTMLElement>('[data-map-view]');
  if (view === null || live === null) return;
  let nav = parseNav(view.dataset['nav'] ?? '');
  let activeCode: string | null = null;
  /** The force a click, tap or focus chose; the panel returns to it when the pointer leaves the map. */
  let chosenCode: string | null = null;
  /** Whether the force under the pointer was already the chosen one when the press began. */
  let pressedChosen = false;

  const links = () => Array.from(view?.querySelectorAll<SVGAElement>('svg a.area') ?? []);
  const linkFor = (code: string) => view?.querySelector<SVGAElement>(`svg a.area[data-code="${code}"]`) ?? null;

  const announce = (text: string) => {
    // Clearing first makes screen readers read a repeat of the same words.
    live.textContent = '';
    window.setTimeout(() => (live.textContent = text), 50);
  };

  function setTabStop(code: string): void {
    for (const link of links()) link.setAttribute('tabindex', link.dataset['code'] === code ? '0' : '-1');
  }

  function show(code: string, speak: boolean): void {
    const template = view?.querySelector<HTMLTemplateElement>(`template[data-panel-for="${code}"]`);
    const panel = view?.querySelector<HTMLElement>('[data-map-panel]');
    if (!template || !panel || !view) return;
    if (code !== activeCode) {
      panel.replaceChildren(template.content.cloneNode(true));
      for (const area of view.querySelectorAll('.area.is-active')) area.classList.remove('is-active');
      for (const area of view.querySelectorAll(`.area[data-code="${code}"]`)) area.classList.add('is-active');
      activeCode = code;
    }
    if (speak) announce(template.dataset['announce'] ?? '');
  }

  /** The panel as the page drew it: the England and Wales figure and a prompt. */
  let initialPanel = view.querySelector<HTMLElement>('[data-map-panel]')?.cloneNode(true) as HTMLElement | undefined;

  function reset(): void {
    const panel = view?.querySelector<HTMLElement>('[data-map-panel]');
    if (!panel || !initialPanel || !view) return;
    panel.replaceChildren(...Array.from(initialPanel.cloneNode(true).childNodes));
    for (const area of view.querySelectorAll('.area.is-active')) area.classList.remove('is-active');
    activeCode = null;
  }

  /** After a swap the new table needs its sort buttons; the first one got them when sortable-table.ts loaded. */
  function setUp(swapped: boolean): void {
    if (!view) return;
    nav = parseNav(view.dataset['nav'] ?? '');
    const first = links()[0]?.dataset['code'];
    if (first) setTabStop(first);
    const table = view.querySelector<HTMLTableElement>('table[data-sortable]');
    if (table && swapped) makeSortable(table);
  }

  async function switchTo(url: string, push: boolean): Promise<void> {
    const focusedLink = document.activeElement?.closest<HTMLElement>('[data-map-link]')?.dataset['mapLink'];
    let page: Document;
    try {
      page = await fetchPage(url);
    } catch {
      window.location.assign(url);
      return;
    }
    const next = page.querySelector<HTMLElement>('[data-map-view]');
    if (!next || !view) {
      window.location.assign(url);
      return;
    }
    // Going back over a jump to a #section of the same view changes nothing on the map.
    if (!push && next.dataset['metric'] === view.dataset['metric'] && next.dataset['layout'] === view.dataset['layout']) return;
    const tableWasOpen = view.querySelector('details[data-map-table]')?.hasAttribute('open');
    const fresh = document.importNode(next, true);
    fresh.querySelector('details[data-map-table]')?.toggleAttribute('open', tableWasOpen ?? false);
    view.replaceWith(fresh);
    view = fresh;
    initialPanel = fresh.querySelector<HTMLElement>('[data-map-panel]')?.cloneNode(true) as HTMLElement | undefined;
    activeCode = null;
    setUp(true);
    if (chosenCode !== null) {
      show(chosenCode, false);
      setTabStop(chosenCode);
    }
    if (push) history.pushState({ map: true }, '', url);
    const title = fresh.dataset['pageTitle'];
    if (block.dataset['mapPage'] && title) document.title = page.title || title;
    if (focusedLink) fresh.querySelector<HTMLElement>(`[data-map-link="${focusedLink}"]`)?.focus();
    announce(fresh.dataset['announce'] ?? '');
  }

  function leave(): void {
    const target = view?.querySelector<HTMLElement>('[data-map-link][aria-current]') ?? view?.querySelector<HTMLElement>('[data-map-panel]');
    target?.focus();
  }

  block.addEventListener('pointerover', (event) => {
    const area = (event.target as Element).closest<SVGElement>('.area[data-code]');
    if (area && event.pointerType !== 'touch' && area.dataset['code']) show(area.dataset['code'], false);
  });

  // Moving off the map puts the chosen force (or the national figure) back in the panel.
  block.addEventListener('pointerout', (event) => {
    if (event.pointerType === 'touch' || activeCode === chosenCode) return;
    const into = event.relatedTarget as Element | null;
    if (into?.closest('svg a.area, svg g.area') || !(event.target as Element).closest('svg')) return;
    if (chosenCode !== null) show(chosenCode, false);
    else reset();
  });

  block.addEventListener('pointerdown', (event) => {
    const area = (event.target as Element).closest<SVGElement>('a.area[data-code]');
    pressedChosen = area !== null && area.dataset['code'] === chosenCode;
  });

  block.addEventListener('focusin', (event) => {
    const area = (event.target as Element).closest<SVGAElement>('a.area[data-code]');
    const code = area?.dataset['code'];
    if (!code) return;
    setTabStop(code);
    chosenCode = code;
    show(code, true);
  });

  block.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const target = event.target as Element;
    const switcher = target.closest<HTMLAnchorElement>('a[data-map-link]');
    if (switcher) {
      event.preventDefault();
      if (switcher.getAttribute('aria-current') === null) void switchTo(switcher.href, true);
      return;
    }
    const area = target.closest<SVGAElement>('a.area[data-code]');
    // A keyboard "click" has detail 0: Enter always follows the link.
    if (!area || event.detail === 0 || pressedChosen) return;
    event.preventDefault();
    const code = area.dataset['code'] as string;
    chosenCode = code;
    show(code, true);
    setTabStop(code);
    const panel = view?.querySelector<HTMLElement>('[data-map-panel]');
    const box = panel?.getBoundingClientRect();
    if (panel && box && (box.top < 0 || box.bottom > window.innerHeight)) panel.scrollIntoView({ block: 'nearest' });
  });

  block.addEventListener('keydown', (event) => {
    const area = (event.target as Element).closest<SVGAElement>('a.area[data-code]');
    const code = area?.dataset['code'];
    if (!code) return;
    let next: SVGAElement | null | undefined;
    const direction = KEY_DIRECTIONS[event.key];
    if (direction) {
      const target = nav.get(code)?.[direction];
      next = target ? linkFor(target) : area;
    } else if (event.key === 'Home') {
      next = links()[0];
    } else if (event.key === 'End') {
      next = links().at(-1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      leave();
      return;
    } else {
      return;
    }
    event.preventDefault();
    next?.focus();
  });

  window.addEventListener('popstate', () => {
    void switchTo(window.location.href, false);
  });

  setUp(false);
}

for (const block of document.querySelectorAll<HTMLElement>('[data-map]')) enhance(block);
