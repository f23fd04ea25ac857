// The story on the home page in real Chromium: headings in a sensible order,
// every chart a titled figure with a text alternative (shown once, at the
// reader's width), the zero-applications chart naming the forces the data
// says, and the table of every source for them (on /methodology/), in light
// and dark.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { testDataDir } from '../support/real-data.ts';
import { DESKTOP_WIDTH, MOBILE_WIDTH, useSite } from '../support/browser.ts';
import { finderCopy } from '../../src/lib/copy/finder.ts';
import { leadCopy } from '../../src/lib/copy/home.ts';

const site = useSite();

type Row = Record<string, string>;
const csv = (name: string) =>
  Papa.parse<Row>(readFileSync(join(testDataDir, name), 'utf8'), { header: true, skipEmptyLines: true }).data;
const forces = csv('forces.csv');
const zeroForces = [
  ...new Set(
    csv('spo_figures.csv')
      .filter((row) => row.status === 'reported' && row.applications === '0')
      .map((row) => forces.find((force) => force.code === row.force_code)?.name),
  ),
].sort();

describe('the story in Chromium', () => {
  it('reads in order: one h1, then h2 sections with h3s inside, never skipping a level', async () => {
    const page = await site.open('/');
    const levels = await page.evaluate(() =>
      [...document.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6')].map((heading) => Number(heading.tagName[1])),
    );
    expect(levels[0]).toBe(1);
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    for (let i = 1; i < levels.length; i += 1) expect(levels[i]! - levels[i - 1]!, `heading ${i}`).toBeLessThanOrEqual(1);
    // The finding and the map first, then the charts, then finding your own force and where to read more.
    const story = [leadCopy.findingsHeading, finderCopy.heading, leadCopy.more];
    const sections = (await page.locator('main h2').allTextContents()).map((heading) => heading.trim());
    // Other parts of the page (the map, the gap since 2021) may sit between; the story keeps its order.
    expect(sections.filter((heading) => story.includes(heading))).toEqual(story);
  });

  for (const width of [MOBILE_WIDTH, DESKTOP_WIDTH]) {
    it(`shows each chart once at ${width} px, as a figure named by its title with the chart's text alternative`, async () => {
      const page = await site.open('/', { width });
      const figures = page.locator('figure[data-chart]');
      // The zero chart and the trend; the rankings live on as embeds, the court-vs-FOI chart on /methodology/.
      await expect(figures.count()).resolves.toBe(2);
      for (const figure of await figures.all()) {
        const title = (await figure.locator('h3').textContent())?.trim() ?? '';
        expect(title).not.toBe('');
        await expect(figure.getAttribute('aria-labelledby')).resolves.toBe(await figure.locator('h3').getAttribute('id'));
        // Exactly one of the two drawings is rendered, and it is an image with a title and a description.
        const images = figure.getByRole('img');
        await expect(images.count()).resolves.toBe(1);
        const image = images.first();
        await expect(image.isVisible()).resolves.toBe(true);
        const name = await image.evaluate((svg) => svg.querySelector('title')?.textContent ?? '');
        const description = await image.evaluate((svg) => svg.querySelector('desc')?.textContent ?? '');
        // The figure is headed by its finding; the drawing keeps the chart's own title, which the caption also gives.
        expect(name).not.toBe('');
        await expect(figure.locator('figcaption').textContent()).resolves.toContain(name);
        expect(description.length).toBeGreaterThan(20);
        const box = await image.boundingBox();
        expect(box!.width).toBeLessThanOrEqual(width);
      }
    });
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`lists the forces with no applications that the data names, in the ${colorScheme} theme, each cell readable`, async () => {
      const methodology = await site.open('/methodology/', { colorScheme, width: MOBILE_WIDTH });
      const table = methodology.getByRole('table', { name: /with a zero in at least one source/ });
      await expect(table.isVisible()).resolves.toBe(true);
      const names = (await table.locator('tbody th[scope="row"]').allTextContents()).map((name) => name.trim());
      expect(names).toEqual(zeroForces);
      // A zero is coloured as a zero and reads against the page, whatever the theme.
      const zero = table.locator('[data-state="zero"]').first();
      const [colour, background] = await zero.evaluate((element) => [
        getComputedStyle(element).color,
        getComputedStyle(document.body).backgroundColor,
      ]);
      expect(colour).not.toBe(background);
      const page = await site.open('/', { colorScheme, width: MOBILE_WIDTH });
      const chart = page.locator('#zero-applications svg:visible');
      await expect(chart.count()).resolves.toBe(1);
      const rows = await chart.locator('.spo-chart__name text').allTextContents();
      expect(rows.sort()).toEqual(zeroForces);
    });
  }
});
