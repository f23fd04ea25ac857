// Privacy: readers' browsers talk to this site and nothing else. Every
// request one of every kind of page makes (while loading, scrolled to the end
// so lazy content loads, and with the force finder in use) goes to the site's
// own origin; so does every request the embed code makes on a host page,
// apart from the host page itself.
import { describe, expect, it } from 'vitest';
import { publishedEmbedCode, useHostSite } from '../support/host-site.ts';
import { readPage, representativePages } from '../support/site-pages.ts';

const pages = representativePages();
const embedPages = pages.filter((path) => /\sdata-embed-id=/.test(readPage(path)));

/** The oEmbed file an embed page links to. */
function oembedPathOf(embedPath: string): string {
  const href = /<link[^>]+type="application\/json\+oembed"[^>]+href="([^"]+)"/.exec(readPage(embedPath))?.[1];
  if (href === undefined) throw new Error(`${embedPath} has no oEmbed link`);
  return new URL(href).pathname;
}

const web = useHostSite((siteOrigin) => ({
  'index.html':
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A newsroom’s article</title></head><body>` +
    `${embedPages.map((path) => `<p>Our article.</p>${publishedEmbedCode(oembedPathOf(path), siteOrigin).html}`).join('')}</body></html>`,
}));

/** Every request made while the page loads and is used, that went anywhere but the allowed origins (each one blocked). */
async function requestsElsewhere(url: string, allowedOrigins: readonly string[]): Promise<{ all: number; elsewhere: string[] }> {
  // With the CSP off, so the test sees what the pages ask for, not what the policy lets through.
  const context = await web.browser.newContext({ bypassCSP: true });
  const requested: string[] = [];
  const isAllowed = (address: string) => {
    const parsed = new URL(address);
    return parsed.protocol === 'data:' || parsed.protocol === 'blob:' || allowedOrigins.includes(parsed.origin);
  };
  context.on('request', (request) => requested.push(request.url()));
  await context.route('**/*', (route) => (isAllowed(route.request().url()) ? route.continue() : route.abort('blockedbyclient')));
  const page = await context.newPage();
  page.on('websocket', (socket) => requested.push(socket.url()));
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const finder = page.locator('input[role="combobox"]').first();
  if ((await finder.count()) === 1 && (await finder.isVisible())) await finder.fill('Ke');
  await page.waitForLoadState('networkidle');
  await context.close();
  return { all: requested.length, elsewhere: requested.filter((address) => !isAllowed(address)) };
}

describe('privacy: no request leaves the site', () => {
  for (const path of pages) {
    it(`${path} requests nothing from any other host`, async () => {
      const { all, elsewhere } = await requestsElsewhere(`${web.site.origin}${path}`, [web.site.origin]);
      expect(all).toBeGreaterThan(0);
      expect(elsewhere).toEqual([]);
    });
  }

  it('the embed code on another site’s page requests only from this site (and the host page itself)', async () => {
    expect(embedPages.length).toBeGreaterThan(0);
    const { all, elsewhere } = await requestsElsewhere(`${web.host.origin}/`, [web.site.origin, web.host.origin]);
    // The host page, and for each embed at least its page and the resize script.
    expect(all).toBeGreaterThan(embedPages.length + 1);
    expect(elsewhere).toEqual([]);
  });
});
