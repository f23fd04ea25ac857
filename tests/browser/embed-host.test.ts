// The embed code pasted into another site's page, in real Chromium: the site
// and the host page are served from different ports of 127.0.0.1, so they
// are different origins, as on the web. The resize script fits the iframe to
// the embed's content at phone and desktop widths, and ignores messages from
// any other origin, however well they are shaped.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { HEIGHT_MESSAGE_TYPE } from '../../src/lib/embeds/protocol.ts';
import { DESKTOP_WIDTH, MOBILE_WIDTH } from '../support/browser.ts';
import { publishedEmbedCode, useHostSite } from '../support/host-site.ts';

const VIEW_FILE = 'forces-kent';
const VIEW_ID = 'forces/kent';

let initialHeight: number;

const web = useHostSite((siteOrigin) => {
  const embed = publishedEmbedCode(`/oembed/${VIEW_FILE}.json`, siteOrigin);
  initialHeight = embed.height;
  return {
    'index.html':
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A campaign’s page</title></head>` +
      `<body style="margin:0"><h1>Our campaign</h1><p>Figures for our area:</p>${embed.html}<p>More text after the chart.</p></body></html>`,
    // A page on the host's origin, framed beside the embed, that forges the embed's message.
    'forger.html': `<!doctype html><html><body><script>parent.postMessage({ type: '${HEIGHT_MESSAGE_TYPE}', height: 77, id: '${VIEW_ID}' }, '*');</script></body></html>`,
  };
});

async function openHost(width: number): Promise<Page> {
  const context = await web.browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${web.host.origin}/`, { waitUntil: 'load' });
  return page;
}

const frameHeight = (page: Page) => page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().height);

async function contentHeight(page: Page): Promise<number> {
  const frame = page.frames().find((candidate) => candidate.url().includes(`/embed/${VIEW_ID}/`));
  if (frame === undefined) throw new Error('the embed did not load');
  return frame.evaluate(() => Math.ceil(document.querySelector('[data-embed-id]')!.getBoundingClientRect().height));
}

/** Waits until every message posted so far to the host window has been handled. */
async function flushMessages(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const marker = `flush-${Math.random()}`;
        window.addEventListener('message', function listener(event) {
          if (event.data !== marker) return;
          window.removeEventListener('message', listener);
          done();
        });
        window.postMessage(marker, '*');
      }),
  );
}

describe('embed code on another site', () => {
  for (const width of [MOBILE_WIDTH, DESKTOP_WIDTH]) {
    it(`fits the iframe to the embed’s content at ${width} px`, async () => {
      const page = await openHost(width);
      await page.waitForFunction((initial) => document.querySelector('iframe')!.getBoundingClientRect().height !== initial, initialHeight);
      const content = await contentHeight(page);
      expect(await frameHeight(page)).toBe(content);
      // The frame shows all of the embed: nothing is cut off or left to scroll.
      const frame = page.frames().find((candidate) => candidate.url().includes('/embed/'))!;
      expect(await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
      await page.context().close();
    });
  }

  it('ignores a well-formed height message from any other origin', async () => {
    const page = await openHost(DESKTOP_WIDTH);
    await page.waitForFunction((initial) => document.querySelector('iframe')!.getBoundingClientRect().height !== initial, initialHeight);
    const fitted = await frameHeight(page);

    // From the host page itself…
    await page.evaluate(
      ({ type, id }) => window.postMessage({ type, height: 55, id }, '*'),
      { type: HEIGHT_MESSAGE_TYPE, id: VIEW_ID },
    );
    // …and from another frame on the page, which would get the forged height if the origin went unchecked.
    await page.evaluate(
      (src) =>
        new Promise<void>((done) => {
          const forger = document.createElement('iframe');
          forger.src = src;
          forger.addEventListener('load', () => done());
          document.body.append(forger);
        }),
      `${web.host.origin}/forger.html`,
    );
    await flushMessages(page);
    expect(await frameHeight(page)).toBe(fitted);
    await expect(page.evaluate(() => document.querySelectorAll('iframe')[1]!.style.height)).resolves.toBe('');
    await page.context().close();
  });

  it('still shows the chart at its initial height without the script', async () => {
    const context = await web.browser.newContext({ viewport: { width: DESKTOP_WIDTH, height: 900 } });
    await context.route('**/embed.js', (route) => route.abort());
    // Record the embed's messages, to know it has posted its height before checking nothing changed.
    await context.addInitScript(() => {
      const seen: unknown[] = [];
      Object.assign(window, { spoMessages: seen });
      window.addEventListener('message', (event) => seen.push(event.data));
    });
    const page = await context.newPage();
    await page.goto(`${web.host.origin}/`, { waitUntil: 'load' });
    await page.waitForFunction(
      (type) => (window as unknown as { spoMessages: { type?: string }[] }).spoMessages.some((message) => message?.type === type),
      HEIGHT_MESSAGE_TYPE,
    );
    expect(await frameHeight(page)).toBe(initialHeight);
    await expect(contentHeight(page)).resolves.toBeGreaterThan(0);
    await context.close();
  });
});
