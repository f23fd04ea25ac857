// The security headers at work in Chromium: every kind of page is served
// with its policy and runs without a single CSP violation, and a page on
// another origin can frame an embed but not any other page.
import { describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import { metaContentSecurityPolicy } from '../../src/lib/security.ts';
import { useSite } from '../support/browser.ts';
import { useHostSite } from '../support/host-site.ts';
import { builtPagePaths, readPage, representativePages } from '../support/site-pages.ts';

const site = useSite();
const pages = representativePages();
const isEmbed = (path: string) => /\sdata-embed-id=/.test(readPage(path));

describe('every kind of page under its Content-Security-Policy', () => {
  for (const path of pages) {
    it(`${path} is served with its policy and runs without a violation`, async () => {
      const earlier = site.cspViolations.length;
      const page = await site.open(path);
      const response = await page.request.get(site.url(path));
      const policy = response.headers()['content-security-policy'] ?? '';
      expect(policy.startsWith(metaContentSecurityPolicy)).toBe(true);
      expect(policy).toContain(isEmbed(path) ? 'frame-ancestors *' : "frame-ancestors 'none'");
      expect(response.headers()['x-content-type-options']).toBe('nosniff');
      // Scripts have run by the load event; scrolling wakes anything loaded lazily.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      expect(site.cspViolations.slice(earlier)).toEqual([]);
      await page.context().close();
    });
  }
});

describe('framing by another site', () => {
  const embedPath = builtPagePaths().find(isEmbed);
  const framedPaths = ['/', ...(embedPath === undefined ? [] : [embedPath])];
  const web = useHostSite((siteOrigin) => ({
    'index.html':
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>` +
      `${framedPaths.map((path) => `<iframe src="${siteOrigin}${path}" title="${path}"></iframe>`).join('')}</body></html>`,
  }));

  async function framesOnHost(): Promise<{ frames: Frame[]; console: string[] }> {
    const page = await web.browser.newPage();
    const console: string[] = [];
    page.on('console', (message) => console.push(message.text()));
    await page.goto(`${web.host.origin}/`, { waitUntil: 'load' });
    return { frames: page.mainFrame().childFrames(), console };
  }

  const showsSitePage = (frame: Frame) => frame.locator('html[lang="en-GB"]').count().then((count) => count === 1);

  it('can show an embed', async () => {
    expect(embedPath, 'no embed page was built').toBeDefined();
    const { frames } = await framesOnHost();
    const embed = frames.find((frame) => frame.url().includes(embedPath!));
    expect(embed).toBeDefined();
    await expect(showsSitePage(embed!)).resolves.toBe(true);
  });

  it('cannot show any other page', async () => {
    const { frames, console } = await framesOnHost();
    const home = frames.find((frame) => frame.url() === `${web.site.origin}/` || frame.name() === '/');
    expect(home === undefined || !(await showsSitePage(home))).toBe(true);
    expect(console.some((line) => line.includes("frame-ancestors 'none'"))).toBe(true);
  });
});
