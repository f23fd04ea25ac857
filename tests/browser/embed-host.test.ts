// The embed code pasted into another site's page, in real Chromium: the site
// and the host page are served from different ports of 127.0.0.1, so they
// are different origins, as on the web. Three ways a host may paste it:
// - the published code with /embed.js, which fits the frame to the embed;
// - the same code with the script stripped (as many CMSs do), where the embed
//   must fit the height the code gives it;
// - pym.js's placeholder on a page that loads the real pym.js from npm.
// At four widths each embed is whole (nothing cut, no scrolling), its credit
// and link back are in view, and the frame is within 5% of what it shows.
// Resize messages from any other origin, however well shaped, change nothing.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { HEIGHT_MESSAGE_TYPE, MEASURING_CLASS, pymMessage } from '../../src/lib/embeds/protocol.ts';
import { pymEmbedCode } from '../../src/lib/embeds/views.ts';
import { builtFile } from '../support/dist.ts';
import { publishedEmbedCode, useHostSite } from '../support/host-site.ts';

const WIDTHS = [320, 375, 768, 1280] as const;
/** One view of each kind: a map in each layout, each chart, the zero table and a force card, by file name. */
const VIEWS = [
  'map-applications-per-offences-geo',
  'map-applications-tiles',
  'applications-by-force',
  'applications-per-offences',
  'zero-applications',
  'court-vs-foi',
  'recorded-offences-trend',
  'forces-durham',
] as const;
/** The rankings, also pasted with a force in their middle picked out (?force=), which shows its row and a second gap. */
const RANKINGS = ['applications-by-force', 'applications-per-offences'] as const;
const PICKED_FORCE = 'durham';
/** The views the resizing hosts are tried with: a map, a ranking and a card. */
const RESIZED_VIEWS = ['map-applications-per-offences-geo', 'applications-by-force', 'forces-durham'] as const;
type Mode = 'script' | 'bare' | 'pym';

const pymScript = readFileSync(createRequire(import.meta.url).resolve('pym.js/dist/pym.v1.min.js'), 'utf8');
const codeHeights = new Map<string, number>();

const hostPage = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A campaign’s page</title></head>` +
  `<body style="margin:0 8px"><h1>Our campaign</h1><p>Figures for our area:</p>${body}<p>More text after the chart.</p></body></html>`;

const web = useHostSite((siteOrigin) => {
  const pages: Record<string, string> = { 'pym.v1.min.js': pymScript };
  for (const file of VIEWS) {
    const oembed = JSON.parse(readFileSync(builtFile(`/oembed/${file}.json`), 'utf8')) as { title: string; html: string };
    const embed = publishedEmbedCode(`/oembed/${file}.json`, siteOrigin);
    codeHeights.set(file, embed.height);
    pages[`script-${file}.html`] = hostPage(embed.html);
    pages[`bare-${file}.html`] = hostPage(embed.html.replace(/<script\b[^>]*><\/script>/g, ''));
    const id = /\/embed\/(.+)\/"/.exec(oembed.html)![1]!;
    pages[`pym-${file}.html`] = hostPage(`${pymEmbedCode({ id, title: oembed.title }, siteOrigin)}<script src="/pym.v1.min.js"></script>`);
    if ((RANKINGS as readonly string[]).includes(file)) {
      codeHeights.set(`${file}-${PICKED_FORCE}`, embed.height);
      pages[`bare-${file}-${PICKED_FORCE}.html`] = hostPage(embed.html.replace(/<script\b[^>]*><\/script>/g, '').replace(/(src="[^"]+\/)"/, `$1?force=${PICKED_FORCE}"`));
    }
  }
  return pages;
});

async function openHost(mode: Mode, file: string, width: number): Promise<{ page: Page; frame: Frame }> {
  const context = await web.browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${web.host.origin}/${mode}-${file}.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('iframe') !== null);
  const handle = await page.$('iframe');
  const frame = await handle!.contentFrame();
  if (frame === null) throw new Error('the embed did not load');
  await frame.waitForLoadState('load');
  return { page, frame };
}

const frameHeight = (page: Page) => page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().height);

interface Inside {
  viewport: number;
  scrollHeight: number;
  /** Where the embed's content ends: the foot of its credit. */
  contentBottom: number;
  /** How far the content between title and credit runs past its box, out of sight under the pinned credit. */
  bodyOverflow: number;
  /** The height the embed needs at this width. */
  needed: number;
  /** The credit lines and the link back, each as [top, bottom]. */
  credit: [number, number][];
  /** Each figure that fits itself to the frame, drawn size over its size with room to spare. */
  figureScales: number[];
}

function inside(frame: Frame): Promise<Inside> {
  return frame.evaluate((measuring) => {
    const root = document.querySelector<HTMLElement>('[data-embed-id]')!;
    const figures = [...document.querySelectorAll<SVGSVGElement>('.embed-fit svg')].filter((svg) => svg.getBoundingClientRect().height > 0);
    const drawn = figures.map((svg) => svg.getBoundingClientRect().height);
    document.documentElement.classList.add(measuring);
    const needed = Math.ceil(root.getBoundingClientRect().height);
    const natural = figures.map((svg) => svg.getBoundingClientRect().height);
    document.documentElement.classList.remove(measuring);
    const box = (selector: string): [number, number] => {
      const rect = document.querySelector(selector)!.getBoundingClientRect();
      return [rect.top, rect.bottom];
    };
    return {
      viewport: window.innerHeight,
      scrollHeight: document.documentElement.scrollHeight,
      contentBottom: document.querySelector('.embed__credit')!.getBoundingClientRect().bottom,
      bodyOverflow: document.querySelector('.embed__body')!.scrollHeight - document.querySelector('.embed__body')!.clientHeight,
      needed,
      credit: [box('[data-credit="source"]'), box('[data-credit="licence"]'), box('[data-link-back]')],
      figureScales: drawn.map((height, i) => height / natural[i]!),
    };
  }, MEASURING_CLASS);
}

function expectWhole(state: Inside, height: number): void {
  // Nothing is cut off or left to scroll to.
  expect(state.scrollHeight, 'content taller than the frame').toBeLessThanOrEqual(state.viewport + 1);
  expect(state.contentBottom).toBeLessThanOrEqual(state.viewport + 1);
  expect(state.bodyOverflow, 'content hidden under the pinned credit').toBeLessThanOrEqual(1);
  // The credit and the link back are in view.
  for (const [top, bottom] of state.credit) {
    expect(top).toBeGreaterThanOrEqual(0);
    expect(bottom).toBeLessThanOrEqual(state.viewport + 1);
  }
  // The frame is no more than 5% taller than what it shows.
  expect(Math.abs(height - state.contentBottom) / state.contentBottom).toBeLessThanOrEqual(0.05);
  // A figure that gives way to fit still reads: never under 60% of its size with room to spare.
  for (const scale of state.figureScales) expect(scale).toBeGreaterThanOrEqual(0.6);
}

describe('embed code pasted without its script', () => {
  for (const file of VIEWS) {
    for (const width of WIDTHS) {
      it(`${file} fits the height its code gives, at ${width} px`, async () => {
        const { page, frame } = await openHost('bare', file, width);
        const height = await frameHeight(page);
        expect(height).toBe(codeHeights.get(file));
        expectWhole(await inside(frame), height);
        await page.context().close();
      });
    }
  }
});

describe('a ranking’s code with a force picked out, pasted without its script', () => {
  for (const file of RANKINGS.map((ranking) => `${ranking}-${PICKED_FORCE}`)) {
    for (const width of WIDTHS) {
      it(`${file} shows the force and fits the height its code gives, at ${width} px`, async () => {
        const { page, frame } = await openHost('bare', file, width);
        expect(new URL(frame.url()).searchParams.get('force')).toBe(PICKED_FORCE);
        await expect.poll(() => frame.locator('[data-compact-ranking] tr.is-highlighted').isVisible()).toBe(true);
        const height = await frameHeight(page);
        expect(height).toBe(codeHeights.get(file));
        expectWhole(await inside(frame), height);
        await page.context().close();
      });
    }
  }
});

describe('embed code with /embed.js, and pym.js’s placeholder on a page with pym.js', () => {
  for (const mode of ['script', 'pym'] as const) {
    for (const file of RESIZED_VIEWS) {
      for (const width of WIDTHS) {
        it(`${mode}: ${file} is fitted to its content at ${width} px`, async () => {
          const { page, frame } = await openHost(mode, file, width);
          // The host resizes the frame to the height the embed needs.
          await expect.poll(async () => Math.abs((await frameHeight(page)) - (await inside(frame)).needed)).toBeLessThanOrEqual(1);
          expectWhole(await inside(frame), await frameHeight(page));
          await page.context().close();
        });
      }
    }
  }
});

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

/** Posts each message from the host page itself and from a page of the host's origin framed beside the embed. */
async function forge(page: Page, messages: unknown[]): Promise<void> {
  await page.evaluate((forged) => {
    for (const message of forged) window.postMessage(message, '*');
  }, messages);
  await page.evaluate(
    (script) =>
      new Promise<void>((done) => {
        const forger = document.createElement('iframe');
        forger.srcdoc = `<!doctype html><title>forger</title><script>${script}</script>`;
        forger.addEventListener('load', () => done());
        document.body.append(forger);
      }),
    `for (const message of ${JSON.stringify(messages)}) parent.postMessage(message, '*');`,
  );
  await flushMessages(page);
}

describe('messages from any other origin', () => {
  it('leave a frame fitted by /embed.js as it is', async () => {
    const { page, frame } = await openHost('script', 'forces-durham', 1280);
    await expect.poll(async () => Math.abs((await frameHeight(page)) - (await inside(frame)).needed)).toBeLessThanOrEqual(1);
    const fitted = await frameHeight(page);
    await forge(page, [{ type: HEIGHT_MESSAGE_TYPE, height: 55, id: 'forces/durham' }]);
    expect(await frameHeight(page)).toBe(fitted);
    await page.context().close();
  });

  it('leave a frame fitted by pym.js as it is', async () => {
    const { page, frame } = await openHost('pym', 'forces-durham', 1280);
    await expect.poll(async () => Math.abs((await frameHeight(page)) - (await inside(frame)).needed)).toBeLessThanOrEqual(1);
    const fitted = await frameHeight(page);
    const pymId = new URL(frame.url()).searchParams.get('childId')!;
    await forge(page, [pymMessage(pymId, 'height', 55)]);
    expect(await frameHeight(page)).toBe(fitted);
    await page.context().close();
  });
});
