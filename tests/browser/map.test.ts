// The map in real Chromium: one tab stop, arrow keys reach all 43 forces,
// Enter opens a force's page and Escape leaves; the panel and the live region
// follow hover, focus and tap; switching measure or layout happens in place
// with the address following and Back restoring it; without JavaScript the
// home page shows the default measure and links to the others.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../src/lib/metrics/index.ts';
import { buildMapViews } from '../../src/lib/views/map.ts';
import { MOBILE_WIDTH, useSite } from '../support/browser.ts';
import { applicationRounds, headlineDataset } from '../support/data-files.ts';
import { loadRealModel } from '../support/real-data.ts';

const site = useSite();
const model = loadRealModel();
const mapViews = buildMapViews(model, computeMetrics(model));
/** How the map's view model tells a force on a measure: the panel's rank and what the live region reads. */
function told(metric: string, code: string) {
  const force = mapViews.find((view) => view.id === metric)?.forces.find((candidate) => candidate.code === code);
  if (force === undefined) throw new Error(`no ${metric} entry for ${code}`);
  return force;
}

const DIRECTION_KEYS = ['ArrowUp', 'ArrowRight', 'ArrowDown', 'ArrowLeft'] as const;

/** The data-code of the focused force link, or null when focus is elsewhere. */
function focusedCode(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.closest('svg a.area')?.getAttribute('data-code') ?? null);
}

function focusForce(page: Page, code: string): Promise<void> {
  return page.evaluate((target) => document.querySelector<SVGAElement>(`svg a.area[data-code="${target}"]`)?.focus(), code);
}

const panelText = (page: Page) => page.locator('[data-map-panel]').innerText();
const liveText = (page: Page) => page.locator('[data-map-live]').textContent();

/** A mark on the window that only survives if the page was never reloaded. */
async function markWindow(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { mapTestMark: boolean }).mapTestMark = true));
}
const windowMarked = (page: Page) => page.evaluate(() => (window as unknown as { mapTestMark?: boolean }).mapTestMark === true);

describe('map keyboard use', () => {
  it('is one tab stop: Tab from the layout links lands on one force, and the next Tab leaves the map', async () => {
    const page = await site.open('/map/applications-per-offences/');
    await expect(page.locator('svg a.area').count()).resolves.toBe(43);
    await expect(page.locator('svg a.area[tabindex="0"]').count()).resolves.toBe(1);
    await expect(page.locator('svg a.area[tabindex="-1"]').count()).resolves.toBe(42);
    await page.locator('a[data-map-link]').last().focus();
    await page.keyboard.press('Tab');
    const first = await focusedCode(page);
    expect(first).not.toBeNull();
    await page.keyboard.press('Tab');
    expect(await focusedCode(page)).toBeNull();
  });

  // 86 key presses, each awaited in the page: seconds when the machine is quiet, far more under load.
  it('reaches all 43 forces with the arrow keys, in both layouts, moving the tab stop along', { timeout: 120_000 }, async () => {
    for (const path of ['/map/applications-per-offences/', '/map/applications-per-offences/tiles/']) {
      const page = await site.open(path);
      const codes = await page.locator('svg a.area').evaluateAll((areas) => areas.map((area) => area.getAttribute('data-code') as string));
      const start = codes[0] as string;
      const seen = new Set([start]);
      const queue = [start];
      while (queue.length > 0) {
        const code = queue.shift() as string;
        for (const key of DIRECTION_KEYS) {
          await focusForce(page, code);
          await page.keyboard.press(key);
          const reached = await focusedCode(page);
          expect(reached, `${key} from ${code} left the map`).not.toBeNull();
          if (reached !== null && !seen.has(reached)) {
            seen.add(reached);
            queue.push(reached);
          }
        }
      }
      expect(seen.size, path).toBe(43);
      await expect(page.locator('svg a.area[tabindex="0"]').count()).resolves.toBe(1);
    }
  });

  it('fills the panel and reads it in the live region when a force gets focus, and Home and End go to the ends', async () => {
    const page = await site.open('/map/applications-per-offences/');
    await focusForce(page, 'E23000032');
    const kent = told('applications-per-offences', 'E23000032');
    await expect(panelText(page)).resolves.toContain(kent.name);
    await expect(panelText(page)).resolves.toContain(kent.rankText);
    await expect.poll(() => liveText(page)).toBe(kent.announcement);
    await expect(page.locator('svg a.area.is-active').getAttribute('data-code')).resolves.toBe('E23000032');
    await page.keyboard.press('End');
    const last = await page.locator('svg a.area').last().getAttribute('data-code');
    expect(await focusedCode(page)).toBe(last);
    await page.keyboard.press('Home');
    expect(await focusedCode(page)).toBe(await page.locator('svg a.area').first().getAttribute('data-code'));
  });

  it('shows where the focus is: the focused force gets the highlight stroke', async () => {
    const page = await site.open('/map/applications-per-offences/');
    await page.locator('a[data-map-link]').last().focus();
    await page.keyboard.press('Tab');
    const stroke = await page.evaluate(() => {
      const shape = document.activeElement?.querySelector('.shape');
      return shape ? getComputedStyle(shape).strokeWidth : null;
    });
    expect(parseFloat(stroke ?? '0')).toBeGreaterThan(1);
  });

  it('leaves the map with Escape, back to the chosen measure’s link', async () => {
    const page = await site.open('/map/grant-rate/');
    await focusForce(page, 'E23000032');
    await page.keyboard.press('Escape');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toBe('/map/grant-rate/');
  });

  it('opens the force’s page with Enter', async () => {
    const page = await site.open('/');
    await focusForce(page, 'E23000032');
    await Promise.all([page.waitForURL('**/forces/kent/'), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe('/forces/kent/');
  });
});

describe('switching measure and layout in place', () => {
  it('changes fills, legend, summary, table and address without reloading, and Back restores the default', async () => {
    // A force whose grant rate is 0% on too few decisions to colour: it must not read as a real zero.
    const fewDecisions = mapViews.find((view) => view.id === 'grant-rate')?.forces.find((force) => force.unranked !== null && force.sortValue === 0);
    if (fewDecisions === undefined) throw new Error('the data has no force with a 0% grant rate on too few decisions');
    const page = await site.open('/');
    await markWindow(page);
    const snapshot = () =>
      page.evaluate((code) => ({
        metric: document.querySelector('svg.spo-map')?.getAttribute('data-metric'),
        few: document.querySelector(`svg a.area[data-code="${code}"]`)?.getAttribute('class'),
        legend: document.querySelector('.map-legend')?.textContent,
        summary: document.querySelector('[data-map-summary]')?.textContent,
        caption: document.querySelector('[data-map-view] caption')?.textContent,
      }), fewDecisions.code);
    const before = await snapshot();
    expect(before.metric).toBe('applications-per-offences');

    await page.getByRole('link', { name: 'Grant rate', exact: true }).click();
    await page.waitForSelector('svg.spo-map[data-metric="grant-rate"]');
    const after = await snapshot();
    expect(new URL(page.url()).pathname).toBe('/map/grant-rate/');
    expect(after.few, fewDecisions.name).not.toContain('state-zero');
    expect(after.few).not.toBe(before.few);
    expect(after.legend).not.toBe(before.legend);
    expect(after.legend).toContain('None granted');
    expect(after.summary).not.toBe(before.summary);
    expect(after.caption).toContain('granted');
    await expect(page.getByRole('link', { name: 'Grant rate', exact: true }).getAttribute('aria-current')).resolves.toBe('true');
    await expect.poll(() => liveText(page)).toContain('Share of decided SPO applications that were granted');
    expect(await windowMarked(page)).toBe(true);

    await page.goBack();
    await page.waitForSelector('svg.spo-map[data-metric="applications-per-offences"]');
    expect(new URL(page.url()).pathname).toBe('/');
    expect((await snapshot()).summary).toBe(before.summary);
    expect(await windowMarked(page)).toBe(true);
  });

  it('switches to equal tiles and back with the same panel, keyboard and table', async () => {
    // The measure of a round other than the headline's (the court data's), which has a page of its own.
    const rounds = applicationRounds().map((dataset) => dataset.id);
    const metric = mapViews.find((view) => view.id !== headlineDataset().id && rounds.includes(view.id))?.id;
    if (metric === undefined) throw new Error('the data has a single all-forces round');
    const page = await site.open(`/map/${metric}/`);
    await markWindow(page);
    await page.getByRole('link', { name: 'Equal tiles' }).click();
    await page.waitForSelector('svg.spo-map[data-layout="tiles"]');
    // The pointer rests where the link was, which the tiles may now cover; hovering a tile rightly fills
    // the panel, so it moves off the map before the keyboard checks.
    await page.mouse.move(0, 0);
    expect(new URL(page.url()).pathname).toBe(`/map/${metric}/tiles/`);
    expect(await page.title()).toContain('Tile map');
    await expect(page.locator('svg a.area').count()).resolves.toBe(43);
    await expect(page.locator('svg a.area[tabindex="0"]').count()).resolves.toBe(1);
    await focusForce(page, 'E23000001');
    await expect(panelText(page)).resolves.toContain(told(metric, 'E23000001').valueText);
    await page.keyboard.press('ArrowDown');
    expect(await focusedCode(page)).not.toBe('E23000001');
    expect(await windowMarked(page)).toBe(true);
  });

  it('keeps the swapped-in table sortable, with forces without a figure last either way', async () => {
    const page = await site.open('/map/applications-per-offences/');
    await page.getByRole('link', { name: 'Applications', exact: true }).click();
    await page.waitForSelector('svg.spo-map[data-metric="applications"]');
    const header = page.locator('[data-map-view] thead th').nth(1);
    const lastRow = () => page.locator('[data-map-view] tbody tr').last().getAttribute('data-state');
    await header.getByRole('button').click();
    await expect(header.getAttribute('aria-sort')).resolves.toBe('ascending');
    expect(['no_response', 'not_covered']).toContain(await lastRow());
    await expect(page.locator('[data-map-view] tbody tr').first().getAttribute('data-state')).resolves.toBe('zero');
    await header.getByRole('button').click();
    await expect(header.getAttribute('aria-sort')).resolves.toBe('descending');
    expect(['no_response', 'not_covered']).toContain(await lastRow());
    await expect(page.locator('[data-map-view] tbody tr').first().getAttribute('data-state')).resolves.toBe('value');
  });
});

describe('pointer and touch', () => {
  it('fills the panel on hover', async () => {
    const page = await site.open('/map/applications/');
    await page.locator('svg a.area[data-name="Wiltshire"]').hover({ force: true });
    await expect(panelText(page)).resolves.toContain('Wiltshire');
    await expect(panelText(page)).resolves.toContain('14 applications');
  });

  it(`shows the panel on the first tap at ${MOBILE_WIDTH} px, and opens the force’s page on the second`, async () => {
    const page = await site.open('/', { width: MOBILE_WIDTH, height: 740, hasTouch: true });
    const kent = page.locator('svg a.area[data-name="Kent"]');
    await kent.scrollIntoViewIfNeeded();
    await kent.tap({ force: true });
    await expect(panelText(page)).resolves.toContain('Kent');
    await expect(panelText(page)).resolves.toContain('4.5 per 1,000 offences');
    expect(new URL(page.url()).pathname).toBe('/');
    const inView = await page.locator('[data-map-panel]').evaluate((panel) => {
      const box = panel.getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight;
    });
    expect(inView).toBe(true);
    await kent.scrollIntoViewIfNeeded();
    await Promise.all([page.waitForURL('**/forces/kent/'), kent.tap({ force: true })]);
  });
});

describe('without JavaScript', () => {
  it('shows the default measure on the home page and links to the others, which are pages of their own', async () => {
    const page = await site.open('/', { javaScriptEnabled: false });
    await expect(page.locator('svg.spo-map').getAttribute('data-metric')).resolves.toBe('applications-per-offences');
    await expect(page.locator('svg a.area').count()).resolves.toBe(43);
    await expect(page.locator('[data-map-panel]').innerText()).resolves.toContain('Choose a force');
    await Promise.all([page.waitForURL('**/map/offences-per-residents/'), page.getByRole('link', { name: 'Stalking per 1,000 residents' }).click()]);
    await expect(page.locator('svg.spo-map').getAttribute('data-metric')).resolves.toBe('offences-per-residents');
    await expect(page.locator('h1').innerText()).resolves.toContain('map');
  });
});

describe('privacy', () => {
  it('requests nothing from other sites', () => {
    expect(site.externalRequests).toEqual([]);
  });
});
