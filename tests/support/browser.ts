// Real Chromium (Debian's /usr/bin/chromium) over the built site. Each test
// file calls `useSite()` once at top level: it starts one server for the
// file (`npm run preview`'s, which applies _headers and _redirects as a static
// host does) and one browser, and closes both after the file's tests.
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { distDir } from './dist.ts';
import { serveFolder, type StaticServer } from '../../scripts/lib/static-host.ts';

export { chromiumArgs, chromiumPath, launchChromium } from '../../scripts/lib/chromium.ts';

export const MOBILE_WIDTH = 375;
export const DESKTOP_WIDTH = 1280;

export interface PageOptions {
  /** CSS pixels; default DESKTOP_WIDTH. */
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
  javaScriptEnabled?: boolean;
  /** A touch screen, so tests can tap (page.tap) as on a phone. */
  hasTouch?: boolean;
}

export interface Site {
  /** Opens a site path ("/", "/forces/kent/") in a fresh browser context and waits for the load event. */
  open(sitePath: string, options?: PageOptions): Promise<Page>;
  url(sitePath: string): string;
  /** Every request a page made to another origin (each one was blocked). The site must make none. */
  externalRequests: string[];
  /** Every Content-Security-Policy violation Chromium reported, as "page: message". */
  cspViolations: string[];
}

export function useSite(): Site {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  const externalRequests: string[] = [];
  const cspViolations: string[] = [];

  beforeAll(async () => {
    server = await serveFolder(distDir);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    // The server applies the site's _headers, so every browser test runs under the real policy.
    if (cspViolations.length > 0) throw new Error(`Content-Security-Policy violations:\n${cspViolations.join('\n')}`);
  });

  const url = (sitePath: string): string => {
    if (server === undefined) throw new Error('useSite(): the server is not running yet (call open() inside a test)');
    return `${server.origin}${sitePath}`;
  };

  return {
    url,
    externalRequests,
    cspViolations,
    async open(sitePath, options = {}) {
      if (browser === undefined) throw new Error('useSite(): the browser is not running yet (call open() inside a test)');
      const context = await browser.newContext({
        viewport: { width: options.width ?? DESKTOP_WIDTH, height: options.height ?? 900 },
        colorScheme: options.colorScheme ?? 'light',
        javaScriptEnabled: options.javaScriptEnabled ?? true,
        hasTouch: options.hasTouch ?? false,
      });
      const origin = new URL(url('/')).origin;
      await context.route('**/*', async (route) => {
        if (new URL(route.request().url()).origin === origin) return route.continue();
        externalRequests.push(route.request().url());
        return route.abort('blockedbyclient');
      });
      const page = await context.newPage();
      page.on('console', (message) => {
        if (/Content Security Policy/.test(message.text())) cspViolations.push(`${sitePath}: ${message.text()}`);
      });
      const response = await page.goto(url(sitePath), { waitUntil: 'load' });
      if (response === null || !response.ok()) {
        throw new Error(`${sitePath} answered ${response?.status() ?? 'nothing'}`);
      }
      return page;
    },
  };
}
