// "Highlight my force": ?force=<slug> on a map or ranking embed picks out that
// force (the map outlines it and opens its panel; the ranking colours its bar
// and sets its name in bold). Without JavaScript the embed is the plain map.
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
  for (const width of [MOBILE_WIDTH, 1280]) {
    it(`picks out the force’s bar and name at ${width} px`, async () => {
      const page = await site.open(`${RANKING}?force=durham`, { width });
      const picked = await page.$$eval('svg.spo-chart--ranking .is-highlighted', (elements) =>
        elements
          .filter((element) => element.getBoundingClientRect().width > 0)
          .map((element) => ({
            tag: element.tagName,
            text: element.tagName === 'rect' ? element.querySelector('title')?.textContent : element.textContent,
            fill: getComputedStyle(element).fill,
            weight: getComputedStyle(element).fontWeight,
          })),
      );
      const bar = picked.find((element) => element.tag === 'rect');
      expect(bar?.text).toMatch(new RegExp(`^${durham.name}: `));
      expect(picked.filter((element) => element.tag === 'text').map((element) => element.weight)).toEqual(['700', '700']);
      expect(picked.some((element) => element.tag === 'text' && element.text === durham.name)).toBe(true);
      // The bar is in the highlight colour, unlike the others.
      const otherFill = await page.$eval('svg.spo-chart--ranking .spo-chart__bar > rect:not(.is-highlighted)', (rect) => getComputedStyle(rect).fill);
      expect(bar?.fill).not.toBe(otherFill);
    });
  }
});
