// "Find your force" in real Chromium: the type-ahead by keyboard alone, the
// list of links without JavaScript, "use my location" with a mocked position
// (inside Durham, out at sea, and with permission refused), and sorting the
// /forces/ table.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MOBILE_WIDTH, useSite } from '../support/browser.ts';
import { dataCsv, figuresOf, headlineDataset } from '../support/data-files.ts';

const site = useSite();

/** Grants geolocation and sets the mocked position for this page's context (or leaves permission to be refused). */
async function mockPosition(page: Page, position: { latitude: number; longitude: number } | 'denied'): Promise<void> {
  const context = page.context();
  if (position === 'denied') {
    await context.clearPermissions();
    return;
  }
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation({ ...position, accuracy: 50 });
}

describe('type-ahead', () => {
  for (const path of ['/', '/forces/']) {
    it(`on ${path}, finds "Met" by keyboard and opens the Metropolitan Police page`, async () => {
      const page = await site.open(path);
      const box = page.getByRole('combobox', { name: 'Town, city or police force' });
      await box.focus();
      await page.keyboard.type('Met');
      const listbox = page.getByRole('listbox', { name: 'Matching forces and places' });
      await listbox.waitFor({ state: 'visible' });
      await expect(listbox.getByRole('option').first().textContent()).resolves.toContain('Metropolitan Police');
      await expect(box.getAttribute('aria-expanded')).resolves.toBe('true');

      await page.keyboard.press('ArrowDown');
      const active = await box.getAttribute('aria-activedescendant');
      expect(active).not.toBeNull();
      await expect(page.locator(`#${active}`).getAttribute('aria-selected')).resolves.toBe('true');
      await Promise.all([page.waitForURL('**/forces/metropolitan-police/'), page.keyboard.press('Enter')]);
      await expect(page.locator('h1').textContent()).resolves.toBe('Metropolitan Police');
    });
  }

  it('moves through several matches with the arrow keys, closes on Escape and clears on a second Escape', async () => {
    const page = await site.open('/forces/', { width: MOBILE_WIDTH });
    const box = page.getByRole('combobox', { name: 'Town, city or police force' });
    await box.focus();
    await page.keyboard.type('york');
    const options = page.getByRole('listbox').getByRole('option');
    // Forces first; then, once the place index has loaded, places such as York, each with its force.
    await expect.poll(() => options.allTextContents()).toContain('York (North Yorkshire)');
    await expect(options.allTextContents().then((texts) => texts.slice(0, 3))).resolves.toEqual(['North Yorkshire', 'South Yorkshire', 'West Yorkshire']);
    const count = await options.count();
    for (let i = 0; i <= count; i++) await page.keyboard.press('ArrowDown');
    // Wraps round to the first.
    await expect(page.locator(`#${await box.getAttribute('aria-activedescendant')}`).textContent()).resolves.toBe('North Yorkshire');
    await page.keyboard.press('ArrowDown');
    await expect(page.locator(`#${await box.getAttribute('aria-activedescendant')}`).textContent()).resolves.toBe('South Yorkshire');
    await page.keyboard.press('ArrowUp');
    await expect(page.locator(`#${await box.getAttribute('aria-activedescendant')}`).textContent()).resolves.toBe('North Yorkshire');

    await page.keyboard.press('Escape');
    await expect(page.getByRole('listbox').isHidden()).resolves.toBe(true);
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(box.getAttribute('aria-activedescendant')).resolves.toBeNull();
    await page.keyboard.press('Escape');
    await expect(box.inputValue()).resolves.toBe('');
  });

  it('opens the first match on Enter, shows the alias a reader typed, and says when nothing matches', async () => {
    const page = await site.open('/');
    const box = page.getByRole('combobox', { name: 'Town, city or police force' });
    await box.fill('Devon & Cornwall Police');
    await expect(page.getByRole('listbox').getByRole('option').allTextContents()).resolves.toEqual(['Devon and Cornwall']);
    await box.fill('Greater London');
    await expect(page.getByRole('listbox').getByRole('option').first().textContent()).resolves.toBe('Metropolitan Police (Greater London)');
    await box.fill('Glasgow');
    await expect(page.getByRole('listbox').isHidden()).resolves.toBe(true);
    await expect.poll(() => page.locator('[data-finder-status]').textContent()).toContain('No force or place matches “Glasgow”');
    await box.fill('durham');
    await Promise.all([page.waitForURL('**/forces/durham/'), box.press('Enter')]);
  });

  it('works without JavaScript as a list of links to every force', async () => {
    const page = await site.open('/forces/', { javaScriptEnabled: false });
    await expect(page.getByRole('combobox').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Use my location' }).count()).resolves.toBe(0);
    await page.getByText('All 43 forces, A to Z').click();
    const links = page.locator('[data-finder-list] a');
    await expect(links.count()).resolves.toBe(43);
    await Promise.all([page.waitForURL('**/forces/gwent/'), links.getByText('Gwent', { exact: true }).click()]);
  });
});

describe('use my location', () => {
  it('opens Durham for a position inside County Durham', async () => {
    const page = await site.open('/');
    await mockPosition(page, { latitude: 54.78, longitude: -1.57 });
    await Promise.all([page.waitForURL('**/forces/durham/'), page.getByRole('button', { name: 'Use my location' }).click()]);
    await expect(page.locator('h1').textContent()).resolves.toBe('Durham');
  });

  it('says the position is outside England and Wales for a point in the North Sea, and stays on the page', async () => {
    const page = await site.open('/forces/');
    await mockPosition(page, { latitude: 54.0, longitude: 0.8 });
    await page.getByRole('button', { name: 'Use my location' }).click();
    const status = page.locator('[data-locate-status]');
    await expect(status.filter({ hasText: 'outside England and Wales' }).waitFor()).resolves.toBeUndefined();
    expect(new URL(page.url()).pathname).toBe('/forces/');
  });

  it('explains a refused permission', async () => {
    const page = await site.open('/');
    await mockPosition(page, 'denied');
    await page.getByRole('button', { name: 'Use my location' }).click();
    const status = page.locator('[data-locate-status]');
    await expect(status.filter({ hasText: 'Location permission was refused' }).waitFor()).resolves.toBeUndefined();
    await expect(page.getByRole('button', { name: 'Use my location' }).isEnabled()).resolves.toBe(true);
  });

  it('asks for the location only when the button is pressed', async () => {
    const page = await site.open('/');
    await page.context().addInitScript(() => {
      const geolocation = navigator.geolocation;
      const original = geolocation.getCurrentPosition.bind(geolocation);
      (window as unknown as { locationRequests: number }).locationRequests = 0;
      geolocation.getCurrentPosition = (...args: Parameters<Geolocation['getCurrentPosition']>) => {
        (window as unknown as { locationRequests: number }).locationRequests += 1;
        original(...args);
      };
    });
    await page.reload({ waitUntil: 'load' });
    const requests = () => page.evaluate(() => (window as unknown as { locationRequests: number }).locationRequests);
    await page.getByRole('combobox').fill('kent');
    expect(await requests()).toBe(0);
    await mockPosition(page, { latitude: 51.28, longitude: 1.08 });
    await Promise.all([page.waitForURL('**/forces/kent/'), page.getByRole('button', { name: 'Use my location' }).click()]);
  });
});

describe('/forces/ table', () => {
  it('sorts by a column with its button, missing figures last both ways, and sets aria-sort', async () => {
    const page = await site.open('/forces/');
    const header = page.locator('thead th[data-column="applications"]');
    const firstNames = () => page.locator('tbody tr th a').allTextContents();
    const lastSortValues = () => page.locator('tbody td[data-column="applications"]').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-sort-value')));

    await header.getByRole('button').click();
    await expect(header.getAttribute('aria-sort')).resolves.toBe('descending');
    // The most applications in the headline round (ties: any of them).
    const reported = figuresOf(headlineDataset().id).filter((row) => row.status === 'reported' && row.applications !== '');
    const most = Math.max(...reported.map((row) => Number(row.applications)));
    const leaders = reported.filter((row) => Number(row.applications) === most).map((row) => dataCsv('forces.csv').find((force) => force.code === row.force_code)?.name);
    expect(leaders).toContain((await firstNames())[0]);
    let values = await lastSortValues();
    expect(values.slice(-3)).toEqual(['', '', '']);
    const numbers = values.filter((value) => value !== '').map(Number);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));

    await header.getByRole('button').click();
    await expect(header.getAttribute('aria-sort')).resolves.toBe('ascending');
    values = await lastSortValues();
    expect(values.slice(-3)).toEqual(['', '', '']);
    expect(values[0]).toBe('0');
    await expect(page.locator('thead th[aria-sort]').count()).resolves.toBe(1);
  });

  it('requests nothing from other sites', () => {
    expect(site.externalRequests).toEqual([]);
  });
});
