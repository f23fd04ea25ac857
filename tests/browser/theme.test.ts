// A saved theme is on <html> before the page has finished parsing, so the
// first paint already uses it: src/scripts/theme-init.js runs as a blocking
// script in <head>, ahead of the deferred module that runs the toggle button.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/browser.ts';

const site = useSite();

// readyState turns "interactive" once the HTML is parsed and before any
// deferred or module script runs, so a theme seen then was set by a blocking one.
async function recordThemeWhenParsed(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') {
        document.documentElement.setAttribute('data-theme-when-parsed', document.documentElement.dataset['theme'] ?? 'none');
      }
    });
  });
}

const themeWhenParsed = (page: Page) => page.evaluate(() => document.documentElement.getAttribute('data-theme-when-parsed'));

describe('saved theme in Chromium', () => {
  for (const [system, saved] of [
    ['light', 'dark'],
    ['dark', 'light'],
  ] as const) {
    it(`applies a saved ${saved} theme over a ${system} system before the page is parsed`, async () => {
      const page = await site.open('/forces/', { colorScheme: system });
      await recordThemeWhenParsed(page);

      await page.reload({ waitUntil: 'load' });
      await expect(themeWhenParsed(page)).resolves.toBe('none');

      await page.evaluate((theme) => localStorage.setItem('theme', theme), saved);
      await page.reload({ waitUntil: 'load' });
      await expect(themeWhenParsed(page)).resolves.toBe(saved);
      await expect(page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).resolves.toBe(String(saved === 'dark'));
    });
  }

  it('ignores a saved value that is not a theme', async () => {
    const page = await site.open('/forces/', { colorScheme: 'dark' });
    await recordThemeWhenParsed(page);
    await page.evaluate(() => localStorage.setItem('theme', 'sepia'));
    await page.reload({ waitUntil: 'load' });
    await expect(themeWhenParsed(page)).resolves.toBe('none');
    await expect(page.evaluate(() => document.documentElement.dataset['theme'])).resolves.toBeUndefined();
  });
});
