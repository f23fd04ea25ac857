// "Highlight my force": ?force=<slug> on a map or ranking embed picks out that
// force (the map outlines it and opens its panel; the ranking shows its row in
// place, between the top and the bottom, in bold with its bar in the highlight
// colour). Without JavaScript each is the plain embed.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { MOBILE_WIDTH, useSite } from '../support/browser.ts';
import { loadRealModel } from '../support/real-data.ts';

const site = useSite();
const MAP = '/embed/map/applications-per-offences/geo/';
const RANKING = '/embed/applications-by-force/';
const durham = loadRealModel().forces.find((force) => force.slug === 'durham')!;

const highlightedAreas = (page: Page) => page.$$eval('svg a.area.is-highlighted', (areas) => areas.map((area) => area.getAttribute('data-slug')));

describe('?force= on a map embed', () => {
  it('outlines the force and opens its panel', async () => {
    const page = await site.open(`${MAP}?force=durham`, { width: MOBILE_WIDTH });
    await expect.poll(() => highlightedAreas(page)).toEqual(['durham']);
    const panel = page.locator('[data-map-panel]');
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.locator('.map-panel__name').textContent()).toBe(durham.name);
    // The outline is drawn: the area's shape has a stroke the others lack.
    const stroke = (selector: string) => page.$eval(selector, (shape) => getComputedStyle(shape).strokeWidth);
    expect(await stroke('a.area.is-highlighted .shape')).not.toBe(await stroke('a.area:not(.is-highlighted) .shape'));
  });

  it('is the plain map without JavaScript, and for a force it does not know', async () => {
    for (const page of [
      await site.open(`${MAP}?force=durham`, { javaScriptEnabled: false }),
      await site.open(`${MAP}?force=nowhere"]`),
    ]) {
      expect(await highlightedAreas(page)).toEqual([]);
      expect(await page.locator('[data-map-panel]').isVisible()).toBe(false);
      expect(await page.locator('svg.spo-map').isVisible()).toBe(true);
    }
  });
});

describe('?force= on a ranking embed', () => {
  /** The ranking's rows a reader sees, in order: a force's name, or "gap" where forces are folded away. */
  const shownRows = (page: Page) =>
    page.$$eval('[data-compact-ranking] tbody tr', (rows) =>
      rows.filter((row) => row.getBoundingClientRect().height > 0).map((row) => (row.hasAttribute('data-gap') ? 'gap' : row.querySelector('th')!.textContent)));

  for (const width of [MOBILE_WIDTH, 1280]) {
    it(`shows the force in its place between the top and the bottom, picked out, at ${width} px`, async () => {
      const plain = await shownRows(await site.open(RANKING, { width }));
      expect(plain).not.toContain(durham.name);
      expect(plain.filter((row) => row === 'gap')).toHaveLength(1);

      const page = await site.open(`${RANKING}?force=durham`, { width });
      await expect.poll(() => shownRows(page)).toContain(durham.name);
      const rows = await shownRows(page);
      // The top and the bottom stay; the force sits between two gaps.
      expect(rows.filter((row) => row !== durham.name && row !== 'gap')).toEqual(plain.filter((row) => row !== 'gap'));
      expect(rows.slice(rows.indexOf(durham.name) - 1, rows.indexOf(durham.name) + 2)).toEqual(['gap', durham.name, 'gap']);
      const style = (selector: string) =>
        page.$eval(selector, (row) => ({ weight: getComputedStyle(row.querySelector('th')!).fontWeight, fill: getComputedStyle(row.querySelector('rect')!).fill }));
      const picked = await style('[data-compact-ranking] tr.is-highlighted');
      const other = await style('[data-compact-ranking] tbody tr:not(.is-highlighted):not([data-gap])');
      expect(picked.weight).toBe('700');
      expect(picked.fill).not.toBe(other.fill);
    });
  }

  it('is the plain ranking without JavaScript, and for a force it does not know', async () => {
    const plain = await shownRows(await site.open(RANKING));
    for (const page of [await site.open(`${RANKING}?force=durham`, { javaScriptEnabled: false }), await site.open(`${RANKING}?force=nowhere"]`)]) {
      expect(await shownRows(page)).toEqual(plain);
      expect(await page.locator('[data-compact-ranking] tr.is-highlighted').count()).toBe(0);
    }
  });
});
