// Runs inside every embed page. Applies ?theme=light|dark (a host site with
// its own theme switch can fix one; otherwise the embed follows the reader's
// system setting), and tells the parent page the embed's height on load and
// whenever it changes, so the host script can fit the iframe to it.
import { HEIGHT_MESSAGE_TYPE, type HeightMessage } from '../lib/embeds/protocol.ts';

const theme = new URLSearchParams(window.location.search).get('theme');
if (theme === 'light' || theme === 'dark') document.documentElement.dataset['theme'] = theme;

const root = document.querySelector<HTMLElement>('[data-embed-id]');
if (root !== null && window.parent !== window) {
  const id = root.dataset['embedId'] ?? '';
  let lastHeight = 0;
  const postHeight = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === lastHeight) return;
    lastHeight = height;
    const message: HeightMessage = { type: HEIGHT_MESSAGE_TYPE, height, id };
    // Any host may embed the page, and a height is no secret, so any parent may read it.
    window.parent.postMessage(message, '*');
  };
  new ResizeObserver(postHeight).observe(root);
  window.addEventListener('load', postHeight);
}
