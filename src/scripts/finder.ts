// The force finder's type-ahead, following the WAI-ARIA combobox pattern with
// a list popup: typing filters forces by name and alias, Down and Up move
// through the matches (aria-activedescendant), Enter opens the chosen force's
// page (or the first match), Escape closes the list and then clears the box.
// Without JavaScript the finder is its list of links to every force; this
// script reads the forces from those links, so the two cannot disagree.
import { finderCopy } from '../lib/copy/finder.ts';
import { type FinderEntry, type FinderMatch, matchForces } from '../lib/finder.ts';

interface LinkEntry extends FinderEntry {
  href: string;
}

interface Parts {
  search: HTMLElement;
  input: HTMLInputElement;
  listbox: HTMLElement;
  status: HTMLElement;
}

function enhance({ search, input, listbox, status }: Parts, entries: readonly LinkEntry[]): void {
  let matches: FinderMatch<LinkEntry>[] = [];
  let active = -1;

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

  function open(match: FinderMatch<LinkEntry> | undefined): void {
    if (match) window.location.assign(match.entry.href);
  }

  function update(): void {
    const query = input.value;
    matches = matchForces(entries, query);
    listbox.replaceChildren(
      ...matches.map((match, index) => {
        const option = document.createElement('li');
        option.id = optionId(index);
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.textContent = match.entry.name;
        if (match.via !== null) {
          const via = document.createElement('span');
          via.className = 'find-force__via';
          via.textContent = ` ${finderCopy.via(match.via)}`;
          option.append(via);
        }
        // Keep focus in the box while the pointer picks an option.
        option.addEventListener('mousedown', (event) => event.preventDefault());
        option.addEventListener('click', () => open(match));
        return option;
      }),
    );
    const hasQuery = query.trim() !== '';
    setOpen(matches.length > 0);
    status.textContent = !hasQuery ? '' : matches.length === 0 ? finderCopy.noResults(query.trim()) : finderCopy.results(matches.length);
  }

  input.addEventListener('input', update);
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
  const entries = Array.from(root.querySelectorAll<HTMLAnchorElement>('[data-finder-list] a')).map((link) => ({
    name: link.textContent?.trim() ?? '',
    aliases: (link.dataset['aliases'] ?? '').split('|').filter((alias) => alias !== ''),
    href: link.getAttribute('href') ?? '',
  }));
  if (search && input && listbox && status) enhance({ search, input, listbox, status }, entries);
}
