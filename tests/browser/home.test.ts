// The home page in real Chromium: the table renders every force at phone and
// desktop widths, the theme toggle works and is remembered, both themes pass
// WCAG AA checks, and the page makes no request to another site.
import { describe, expect, it } from 'vitest';
import { axeProblems } from '../support/axe.ts';
import { DESKTOP_WIDTH, MOBILE_WIDTH, useSite } from '../support/browser.ts';

const site = useSite();

describe('home page in Chromium', () => {
  for (const width of [MOBILE_WIDTH, DESKTOP_WIDTH]) {
    it(`shows all 43 forces at ${width} px without the page itself scrolling sideways`, async () => {
      const page = await site.open('/', { width });
      await expect(page.locator('.force-table tbody tr').count()).resolves.toBe(43);
      await expect(page.getByRole('table', { name: /all 43 police forces/ }).getByRole('link', { name: 'Metropolitan Police' }).isVisible()).resolves.toBe(true);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  it('switches theme with the toggle and remembers it on the next page load', async () => {
    const page = await site.open('/', { colorScheme: 'light' });
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle.isVisible()).resolves.toBe(true);
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const lightBackground = await background();

    await toggle.click();
    await expect(page.evaluate(() => document.documentElement.dataset['theme'])).resolves.toBe('dark');
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    expect(await background()).not.toBe(lightBackground);

    await page.reload({ waitUntil: 'load' });
    await expect(page.evaluate(() => document.documentElement.dataset['theme'])).resolves.toBe('dark');

    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(page.evaluate(() => document.documentElement.dataset['theme'])).resolves.toBe('light');
    expect(await background()).toBe(lightBackground);
  });

  it('follows the operating system’s dark preference when no theme was chosen', async () => {
    const dark = await site.open('/', { colorScheme: 'dark' });
    const light = await site.open('/', { colorScheme: 'light' });
    const background = (page: typeof dark) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background(dark)).not.toBe(await background(light));
    await expect(dark.evaluate(() => document.documentElement.dataset['theme'])).resolves.toBeUndefined();
  });

  it('works without JavaScript: the table is there and the toggle, which needs a script, is hidden', async () => {
    const page = await site.open('/', { javaScriptEnabled: false });
    await expect(page.locator('.force-table tbody tr').count()).resolves.toBe(43);
    await expect(page.locator('[data-theme-toggle]').isVisible()).resolves.toBe(false);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    // axe on the whole home page (map, charts, table) takes several seconds, more under load.
    it(`passes axe's WCAG AA checks, colour contrast included, in the ${colorScheme} theme`, { timeout: 120_000 }, async () => {
      const page = await site.open('/', { colorScheme, width: MOBILE_WIDTH });
      expect(await axeProblems(page)).toEqual([]);
    });
  }

  it('requests nothing from other sites', () => {
    expect(site.externalRequests).toEqual([]);
  });
});
