// Runs inside every embed page. Applies ?theme=light|dark (a host site with
// its own theme switch can fix one; otherwise the embed follows the reader's
// system setting), picks out ?force=<slug> in a ranking, and tells the parent
// page the height the embed needs, so a host script can fit the frame to it.
//
// The page lays itself out to fit whatever height the frame has (so it is
// whole without any host script); the height it reports is the one it needs
// at its current width, measured for the moment of one synchronous layout
// with that fitting switched off (MEASURING_CLASS, styled in
// src/layouts/Embed.astro).
import {
  HEIGHT_MESSAGE_TYPE,
  HIGHLIGHT_PARAMETER,
  type HeightMessage,
  MEASURING_CLASS,
  PYM_ID_PARAMETER,
  ampEmbedSize,
  asksForHeight,
  pymMessage,
} from '../lib/embeds/protocol.ts';
const parameters = new URLSearchParams(window.location.search);

const theme = parameters.get('theme');
if (theme === 'light' || theme === 'dark') document.documentElement.dataset['theme'] = theme;

const root = document.querySelector<HTMLElement>('[data-embed-id]');

/**
 * Picks out one force in a compact ranking (src/components/embed/CompactRanking.astro):
 * its row is set in bold with its bar in the highlight colour and, where it is
 * folded into the gap between the top and the bottom, shown in its place with
 * a second gap after it.
 */
function highlightRanking(embed: HTMLElement, slug: string): void {
  const row = [...embed.querySelectorAll<HTMLTableRowElement>('[data-compact-ranking] tr[data-slug]')].find((candidate) => candidate.dataset['slug'] === slug);
  if (row === undefined) return;
  row.classList.add('is-highlighted');
  if (!row.hidden) return;
  const gap = embed.querySelector('[data-compact-ranking] tr[data-gap]');
  row.hidden = false;
  if (gap === null) return;
  // A gap marks folded rows only: none above the row (it came first) or none below it (the bottom follows).
  const foldedAfter = (row.nextElementSibling as HTMLTableRowElement | null)?.hidden === true;
  if (row.previousElementSibling === gap) {
    if (foldedAfter) row.after(gap);
    else gap.remove();
  } else if (foldedAfter) row.after(gap.cloneNode(true));
}

const force = parameters.get(HIGHLIGHT_PARAMETER);
if (root !== null && force !== null) highlightRanking(root, force);

if (root !== null && window.parent !== window) {
  const id = root.dataset['embedId'] ?? '';
  const pymId = parameters.get(PYM_ID_PARAMETER);
  let lastHeight = 0;

  const neededHeight = () => {
    const page = document.documentElement;
    page.classList.add(MEASURING_CLASS);
    const height = Math.ceil(root.getBoundingClientRect().height);
    page.classList.remove(MEASURING_CLASS);
    return height;
  };

  const postHeight = (always: boolean) => {
    const height = neededHeight();
    if (height === lastHeight && !always) return;
    lastHeight = height;
    // Any host may embed the page, and a height is no secret, so any parent may read it.
    const message: HeightMessage = { type: HEIGHT_MESSAGE_TYPE, height, id };
    window.parent.postMessage(message, '*');
    window.parent.postMessage(ampEmbedSize(height), '*');
    if (pymId !== null) window.parent.postMessage(pymMessage(pymId, 'height', height), '*');
  };

  // The width changing changes the height needed; so does the content (a force's panel opening).
  new ResizeObserver(() => postHeight(false)).observe(root);
  new MutationObserver(() => postHeight(false)).observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['open'] });
  window.addEventListener('load', () => postHeight(false));
  window.addEventListener('message', (event) => {
    if (event.source === window.parent && asksForHeight(event.data, pymId)) postHeight(true);
  });
}
