// Story first: a reader arriving on a phone gets the finding and the map on
// the first screen, the page is at most half as long as before, the controls
// are big enough for a finger, and "find your force" knows towns as well as
// forces, loading its place index only once the reader types.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MOBILE_WIDTH, useSite } from '../support/browser.ts';
import { figuresOf, otherBasisDataset } from '../support/data-files.ts';
import { distDir } from '../support/dist.ts';

const site = useSite();
const PHONE = { width: MOBILE_WIDTH, height: 812 } as const;

/** The home page at 375 px was 22,899 px tall before this work (main at 9ccbe67, measured 2026-11-30 07:02 UTC). */
const HOME_HEIGHT_BEFORE = 22_899;
/** WCAG 2.5.5's target size for a finger, in CSS pixels. */
const TAP_TARGET = 44;

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** How many forces the figures on another basis (the court data) name with no applications, read from the data folder. */
function courtZeros(): number {
  const court = otherBasisDataset();
  if (court === undefined) throw new Error('no all-forces comparison on another basis in spo_datasets.csv');
  return figuresOf(court.id).filter((row) => row['status'] === 'reported' && row['applications'] === '0').length;
}

interface PlaceIndex {
  forces: [string, string][];
  places: [string, number][];
}

function placeIndex(): PlaceIndex {
  return JSON.parse(readFileSync(join(distDir, 'data', 'places.json'), 'utf8')) as PlaceIndex;
}

describe('the first screen on a 375 × 812 phone', () => {
  it('opens with a headline that states the finding from the data', async () => {
    const page = await site.open('/', PHONE);
    const h1 = page.locator('h1');
    const text = (await h1.textContent())?.trim() ?? '';
    expect(text.toLowerCase()).toContain(`${NUMBER_WORDS[courtZeros()]} police forces`);
    const box = await h1.boundingBox();
    expect(box !== null && box.y + box.height <= PHONE.height).toBe(true);
  });

  it('begins the map within the first screen, or at most one screen below it', async () => {
    const page = await site.open('/', PHONE);
    const top = await page.locator('[data-map] svg.spo-map').first().evaluate((svg) => svg.getBoundingClientRect().top + window.scrollY);
    expect(top).toBeLessThan(2 * PHONE.height);
  });

  it(`is at most half as tall as before (${HOME_HEIGHT_BEFORE} px at 375 px)`, async () => {
    const page = await site.open('/', PHONE);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThanOrEqual(HOME_HEIGHT_BEFORE / 2);
  });

  it(`gives every link and button in the navigation and the map controls a ${TAP_TARGET} px target`, async () => {
    const page = await site.open('/', { ...PHONE, hasTouch: true });
    const heights = await page
      .locator('.site-nav a, .theme-toggle, .map-controls a')
      .evaluateAll((elements) => elements.filter((element) => (element as HTMLElement).offsetParent !== null).map((element) => [element.textContent?.trim(), element.getBoundingClientRect().height] as const));
    expect(heights.length).toBeGreaterThan(5);
    for (const [name, height] of heights) expect(height, name).toBeGreaterThanOrEqual(TAP_TARGET);
  });
});

describe('find your force by place', () => {
  it('does not fetch the place index until the reader types, then fetches it from the site itself', async () => {
    const page = await site.open('/');
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.waitForTimeout(300);
    expect(requested).not.toContain('/data/places.json');
    const box = page.getByRole('combobox', { name: /town, city or police force/i });
    await box.focus();
    await page.keyboard.type('Br');
    await expect.poll(() => requested.includes('/data/places.json')).toBe(true);
  });

  it('turns "Brighton" into Sussex and opens its page', async () => {
    const page = await site.open('/', PHONE);
    const box = page.getByRole('combobox', { name: /town, city or police force/i });
    await box.focus();
    await page.keyboard.type('Brighton');
    const first = page.getByRole('listbox').getByRole('option').first();
    await expect.poll(() => first.textContent()).toMatch(/^Brighton\b.*Sussex/);
    await Promise.all([page.waitForURL('**/forces/sussex/'), page.keyboard.press('Enter')]);
  });

  it('lists every Newport with its force', async () => {
    const index = placeIndex();
    const newports = index.places.filter(([name]) => name === 'Newport').map(([, force]) => index.forces[force]?.[0] ?? '');
    expect(newports.length).toBeGreaterThan(1);
    const page = await site.open('/');
    const box = page.getByRole('combobox', { name: /town, city or police force/i });
    await box.focus();
    await page.keyboard.type('Newport');
    const options = page.getByRole('listbox').getByRole('option');
    await expect.poll(() => options.count()).toBeGreaterThanOrEqual(newports.length);
    const texts = await options.allTextContents();
    for (const force of newports) expect(texts.some((text) => text.startsWith('Newport') && text.includes(force)), force).toBe(true);
  });

  it('says so when it cannot find a name, and suggests the county or the reader’s location', async () => {
    const page = await site.open('/');
    const box = page.getByRole('combobox', { name: /town, city or police force/i });
    await box.focus();
    await page.keyboard.type('Xyzzyville');
    const message = page.locator('[data-finder-message]');
    await expect.poll(() => message.isVisible()).toBe(true);
    const text = (await message.textContent()) ?? '';
    expect(text).toContain('Xyzzyville');
    expect(text).toMatch(/county/i);
    expect(text).toMatch(/location/i);
  });
});

describe('tables on a phone', () => {
  it('keep a line under every row of /forces/, in the first column too, which stays in view as the table scrolls sideways', async () => {
    const page = await site.open('/forces/', PHONE);
    const table = page.locator('.forces-table');
    await table.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    // Scrolled sideways, as a reader does to see the other columns: the first column stays, and so must its lines.
    await table.evaluate((element) => { element.scrollLeft = 120; });
    const rows = await page.locator('.forces-table tbody th').evaluateAll((cells) =>
      cells
        .map((cell) => cell.getBoundingClientRect())
        .filter((box) => box.bottom > 0 && box.bottom < window.innerHeight - 2)
        .map((box) => ({ x: Math.round(box.left + 4), bottom: Math.round(box.bottom) })));
    expect(rows.length).toBeGreaterThan(5);
    const shot = (await page.screenshot()).toString('base64');
    // Pixels are read on a blank page of the same browser: the site's own Content-Security-Policy rightly refuses data: images.
    const blank = await page.context().newPage();
    const missing = await blank.evaluate(async ({ png, rows }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const brightness = (x: number, y: number) => {
        const [r = 0, g = 0, b = 0] = context.getImageData(x, y, 1, 1).data;
        return (r + g + b) / 3;
      };
      // A line is a pixel row, within two pixels of the cell's bottom, that differs from the cell's ground above it.
      return rows.filter(({ x, bottom }) => {
        const ground = brightness(x, bottom - 6);
        return ![-2, -1, 0, 1].some((offset) => Math.abs(brightness(x, bottom + offset) - ground) > 12);
      });
    }, { png: shot, rows });
    expect(missing).toEqual([]);
  });
});
