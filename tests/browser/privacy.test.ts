// Privacy: readers' browsers talk to this site and nothing else. Every
// request one of every kind of page makes (while loading, scrolled to the end
// so lazy content loads, and with the force finder in use) goes to the site's
// own origin; so does every request the embed code makes on a host page,
// apart from the host page itself.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../support/browser.ts';
import { distDir } from '../support/dist.ts';
import { readPage, representativePages } from '../support/site-pages.ts';
import { serveFolder, type StaticServer } from '../support/static-server.ts';

let browser: Browser;
let site: StaticServer;
let host: StaticServer;
let hostFolder: string;

const pages = representativePages();
const embedPages = pages.filter((path) => /\sdata-embed-id=/.test(readPage(path)));

/** The embed code the site publishes for an embed page (from its oEmbed file), pointed at the local copy of the site. */
function embedCode(embedPath: string, siteOrigin: string): string {
  const oembedHref = /<link[^>]+type="application\/json\+oembed"[^>]+href="([^"]+)"/.exec(readPage(embedPath))?.[1];
  if (oembedHref === undefined) throw new Error(`${embedPath} has no oEmbed link`);
  const oembed = JSON.parse(readFileSync(join(distDir, new URL(oembedHref).pathname), 'utf8')) as { html: string; provider_url: string };
  return oembed.html.replaceAll(new URL(oembed.provider_url).origin, siteOrigin);
}

beforeAll(async () => {
  site = await serveFolder(distDir);
  hostFolder = mkdtempSync(join(tmpdir(), 'spo-privacy-host-'));
  writeFileSync(
    join(hostFolder, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A newsroom’s article</title></head><body>` +
      `${embedPages.map((path) => `<p>Our article.</p>${embedCode(path, site.origin)}`).join('')}</body></html>`,
  );
  host = await serveFolder(hostFolder);
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  await site?.close();
  rmSync(hostFolder, { recursive: true, force: true });
});

/** Every request made while the page loads and is used, that went anywhere but the allowed origins (each one blocked). */
async function requestsElsewhere(url: string, allowedOrigins: readonly string[]): Promise<{ all: number; elsewhere: string[] }> {
  // With the CSP off, so the test sees what the pages ask for, not what the policy lets through.
  const context = await browser.newContext({ bypassCSP: true });
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
      const { all, elsewhere } = await requestsElsewhere(`${site.origin}${path}`, [site.origin]);
      expect(all).toBeGreaterThan(0);
      expect(elsewhere).toEqual([]);
    });
  }

  it('the embed code on another site’s page requests only from this site (and the host page itself)', async () => {
    expect(embedPages.length).toBeGreaterThan(0);
    const { all, elsewhere } = await requestsElsewhere(`${host.origin}/`, [site.origin, host.origin]);
    // The host page, and for each embed at least its page and the resize script.
    expect(all).toBeGreaterThan(embedPages.length + 1);
    expect(elsewhere).toEqual([]);
  });
});
