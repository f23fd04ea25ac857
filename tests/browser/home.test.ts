// The home page in real Chromium: the table of every force (on /methodology/
// since the home page leads with the finding) renders at phone and desktop
// widths and sorts, the theme toggle works and is remembered, both themes pass
// WCAG AA checks, and the page makes no request to another site.
import { describe, expect, it } from 'vitest';
import { axeProblems } from '../support/axe.ts';
import { DESKTOP_WIDTH, MOBILE_WIDTH, useSite } from '../support/browser.ts';

const site = useSite();

describe('home page in Chromium', () => {
  for (const width of [MOBILE_WIDTH, DESKTOP_WIDTH]) {
    it(`shows all 43 forces at ${width} px, A to Z, without the page itself scrolling sideways`, async () => {
      const page = await site.open('/methodology/', { width });
      await page.locator('details:has(.force-table) > summary').click();
      await expect(page.locator('.force-table tbody tr').count()).resolves.toBe(43);
      const table = page.getByRole('table', { name: /all 43 police forces/ });
      await expect(table.getByRole('link', { name: 'Metropolitan Police' }).isVisible()).resolves.toBe(true);
      const names = (await table.locator('tbody th[scope="row"]').allTextContents()).map((name) => name.trim());
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en-GB')));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  it('sorts the table of every force by a figure, highest first, with missing figures last and never as 0', async () => {
    const page = await site.open('/methodology/');
    await page.locator('details:has(.force-table) > summary').click();
    const header = page.locator('.force-table thead th[data-sort="number"]').first();
    await header.getByRole('button').click();
    await expect(header.getAttribute('aria-sort')).resolves.toBe('descending');
    const column = Number(await header.getAttribute('data-sort-column'));
    const keys = await page.locator('.force-table tbody tr').evaluateAll(
      (rows, index) => rows.map((row) => (row.children[index] as HTMLElement).dataset['sortValue'] ?? ''),
      column,
    );
    const numbers = keys.filter((key) => key !== '').map(Number);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    expect(keys.slice(numbers.length).every((key) => key === '')).toBe(true);
  });

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

  it('works without JavaScript: the table is there, A to Z, and the toggle, which needs a script, is hidden', async () => {
    const table = await site.open('/methodology/', { javaScriptEnabled: false });
    await expect(table.locator('.force-table tbody tr').count()).resolves.toBe(43);
    await expect(table.locator('.force-table .sort-button').count()).resolves.toBe(0);
    const page = await site.open('/', { javaScriptEnabled: false });
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
