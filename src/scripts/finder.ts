// The force finder's type-ahead, following the WAI-ARIA combobox pattern with
// a list popup: typing filters forces by name and alias, and towns, cities
// and districts by name (each with its force), Down and Up move through the
// matches (aria-activedescendant), Enter opens the chosen force's page or,
// on /embed/, its kit (or the first match's), Escape closes the list and then
// clears the box.
// Without JavaScript the finder is its list of links to every force; this
// script reads the forces from those links, so the two cannot disagree. The
// place index is the site's own file, fetched when the reader first types.
import { finderCopy } from '../lib/copy/finder.ts';
import { type FinderEntry, matchForces } from '../lib/finder.ts';
import { type PlaceIndex, matchPlaces } from '../lib/geo/places.ts';
import { type FinderDestination, finderDestination, finderHref } from '../lib/views/routes.ts';

interface LinkEntry extends FinderEntry {
  href: string;
}

interface Parts {
  search: HTMLElement;
  input: HTMLInputElement;
  listbox: HTMLElement;
  status: HTMLElement;
  message: HTMLElement;
  placesUrl: string | undefined;
  /** Where a place's force leads, as the list's links do: its page, or its kit on /embed/. */
  destination: FinderDestination;
}

/** One option in the list: a force (with the alias typed), or a place and its force. */
interface Option {
  text: string;
  note: string | null;
  href: string;
}

function enhance({ search, input, listbox, status, message, placesUrl, destination }: Parts, entries: readonly LinkEntry[]): void {
  let matches: Option[] = [];
  let active = -1;
  let places: PlaceIndex | null = null;
  let placesRequested = false;

  function loadPlaces(): void {
    if (placesRequested || placesUrl === undefined) return;
    placesRequested = true;
    fetch(placesUrl)
      .then((response) => {
        if (!response.ok) throw new Error(`${placesUrl} answered ${response.status}`);
        return response.json() as Promise<PlaceIndex>;
      })
      .then((index) => {
        places = index;
        if (input.value.trim() !== '' && document.activeElement === input) update();
      })
      .catch(() => {
        // Force names still work; a later keystroke tries again.
        placesRequested = false;
        update();
      });
  }

  const optionId = (index: number) => `${listbox.id}-option-${index}`;

  function setOpen(open: boolean): void {
    listbox.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (!open) setActive(-1);
  }

  function setActive(index: number): void {
    active = index;
    listbox.querySelectorAll('[role="option"]').forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    if (index < 0) {
      input.removeAttribute('aria-activedescendant');
      return;
    }
    input.setAttribute('aria-activedescendant', optionId(index));
    document.getElementById(optionId(index))?.scrollIntoView({ block: 'nearest' });
  }

  function open(match: Option | undefined): void {
    if (match) window.location.assign(match.href);
  }

  function update(): void {
    const query = input.value;
    const forces: Option[] = matchForces(entries, query).map((match) => ({
      text: match.entry.name,
      note: match.via === null ? null : finderCopy.via(match.via),
      href: match.entry.href,
    }));
    const placeOptions: Option[] =
      places === null ? [] : matchPlaces(places, query).map((match) => ({ text: match.place, note: finderCopy.placeForce(match.force), href: finderHref(destination, match.slug) }));
    matches = [...forces, ...placeOptions];
    listbox.replaceChildren(
      ...matches.map((match, index) => {
        const option = document.createElement('li');
        option.id = optionId(index);
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.textContent = match.text;
        if (match.note !== null) {
          const note = document.createElement('span');
          note.className = 'find-force__via';
          note.textContent = ` ${match.note}`;
          option.append(note);
        }
        // Keep focus in the box while the pointer picks an option.
        option.addEventListener('mousedown', (event) => event.preventDefault());
        option.addEventListener('click', () => open(match));
        return option;
      }),
    );
    const hasQuery = query.trim() !== '';
    setOpen(matches.length > 0);
    // Until the places have loaded, a name that is no force may still be a place: say nothing yet.
    const settled = places !== null || placesUrl === undefined || !placesRequested;
    const none = hasQuery && matches.length === 0 && settled;
    status.textContent = !hasQuery ? '' : none ? finderCopy.noResults(query.trim()) : matches.length === 0 ? '' : finderCopy.results(matches.length);
    message.textContent = none ? finderCopy.noResults(query.trim()) : '';
    message.hidden = !none;
  }

  input.addEventListener('input', () => {
    loadPlaces();
    update();
  });
  input.addEventListener('keydown', (event) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (listbox.hidden) {
          update();
          if (matches.length === 0) return;
        }
        const step = event.key === 'ArrowDown' ? 1 : -1;
        const start = active < 0 ? (step === 1 ? -1 : 0) : active;
        setActive((start + step + matches.length) % matches.length);
        break;
      }
      case 'Enter':
        if (matches.length > 0 && input.value.trim() !== '') {
          event.preventDefault();
          open(matches[active < 0 ? 0 : active]);
        }
        break;
      case 'Escape':
        if (!listbox.hidden) setOpen(false);
        else {
          input.value = '';
          status.textContent = '';
          message.textContent = '';
          message.hidden = true;
        }
        break;
    }
  });
  input.addEventListener('blur', () => setOpen(false));
  input.addEventListener('focus', () => {
    if (input.value.trim() !== '') update();
  });

  search.hidden = false;
}

for (const root of document.querySelectorAll<HTMLElement>('[data-finder]')) {
  const search = root.querySelector<HTMLElement>('[data-finder-search]');
  const input = root.querySelector<HTMLInputElement>('[data-finder-input]');
  const listbox = root.querySelector<HTMLElement>('[data-finder-listbox]');
  const status = root.querySelector<HTMLElement>('[data-finder-status]');
  const message = root.querySelector<HTMLElement>('[data-finder-message]');
  const placesUrl = root.dataset['finderPlaces'];
  const destination = finderDestination(root.dataset['finderDestination']);
  const entries = Array.from(root.querySelectorAll<HTMLAnchorElement>('[data-finder-list] a')).map((link) => ({
    name: link.textContent?.trim() ?? '',
    aliases: (link.dataset['aliases'] ?? '').split('|').filter((alias) => alias !== ''),
    href: link.getAttribute('href') ?? '',
  }));
  if (search && input && listbox && status && message) enhance({ search, input, listbox, status, message, placesUrl, destination }, entries);
}
