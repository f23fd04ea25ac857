// Keyboard-only walkthroughs of the main tasks, in Chromium: every step is a
// key press, starting from the top of the page, and every control reached
// shows where the focus is.
//   - Find a force: Tab to the finder, type part of a name, arrow to the
//     match, Enter opens the force's page.
//   - Switch the map's measure: Tab to another measure's link, Enter, and the
//     map, the address and the current link change while the focus stays put.
//   - Copy an embed code: Tab to an embed (opening its folded section with
//     Enter if need be) and its Copy button, press Enter, and the clipboard
//     holds the code shown beside it.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/browser.ts';
import { builtPagePaths, readPage } from '../support/site-pages.ts';

const site = useSite();
const pages = builtPagePaths();
/** The first page (by path) whose HTML has the given marker. */
const firstPageWith = (marker: RegExp) => pages.find((path) => marker.test(readPage(path)));

/**
 * How the focused element shows its focus: a line or ring that is not "none", or, for a force on a map
 * (an SVG link), the heavier outline of its shape; null when it shows none.
 */
function focusIndicator(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (element === null || element === document.body) return null;
    const style = getComputedStyle(element);
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) return `outline ${style.outlineWidth} ${style.outlineStyle}`;
    if (style.boxShadow !== 'none') return `box-shadow ${style.boxShadow}`;
    const shape = element instanceof SVGElement ? element.querySelector('.shape') : null;
    if (shape !== null) {
      const outline = getComputedStyle(shape);
      if (parseFloat(outline.strokeWidth) >= 2.5) return `stroke ${outline.strokeWidth} ${outline.stroke}`;
    }
    return null;
  });
}

/**
 * Presses Tab until the focused element matches `selector`, checking that
 * every element passed on the way shows its focus.
 * Returns the number of presses.
 */
async function tabTo(page: Page, selector: string, maxPresses = 80): Promise<number> {
  for (let presses = 1; presses <= maxPresses; presses++) {
    await page.keyboard.press('Tab');
    const description = await page.evaluate(() => {
      const element = document.activeElement;
      return element === null ? 'nothing' : `<${element.localName}${element.id ? `#${element.id}` : ''}> ${element.textContent?.trim().slice(0, 40) ?? ''}`;
    });
    // Focus inside an embed preview is the embed page's own business; the frame is passed through.
    if (description.startsWith('<iframe')) continue;
    expect(await focusIndicator(page), `focus on ${description} is not visible`).not.toBeNull();
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return presses;
  }
  throw new Error(`${selector} was not reached in ${maxPresses} presses of Tab`);
}

describe('keyboard only', () => {
  it('finds a force: Tab to the finder, type, arrow down, Enter', async () => {
    const path = firstPageWith(/role="combobox"/);
    expect(path, 'no page has the force finder').toBeDefined();
    const page = await site.open(path!);
    await tabTo(page, 'input[role="combobox"]');
    await page.keyboard.type('devon');
    const combobox = page.locator('input[role="combobox"]');
    await expect(combobox.getAttribute('aria-expanded')).resolves.toBe('true');
    await page.keyboard.press('ArrowDown');
    const activeId = await combobox.getAttribute('aria-activedescendant');
    expect(activeId).not.toBeNull();
    await expect(page.locator(`[id="${activeId}"]`).textContent()).resolves.toContain('Devon and Cornwall');
    await Promise.all([page.waitForURL('**/forces/devon-and-cornwall/'), page.keyboard.press('Enter')]);
    await expect(page.locator('h1').textContent()).resolves.toContain('Devon and Cornwall');
  });

  it('switches the map to another measure: Tab to its link, Enter', async () => {
    const path = firstPageWith(/data-map-link=/);
    expect(path, 'no page has the map with its measure links').toBeDefined();
    const page = await site.open(path!);
    const view = page.locator('[data-map-view]').first();
    const before = await view.getAttribute('data-metric');
    // The first measure link that is not the current one.
    const target = await page.evaluate(() => {
      const link = document.querySelector<HTMLElement>('[data-map-view] nav:first-of-type a[data-map-link]:not([aria-current])');
      link?.setAttribute('data-walkthrough-target', '');
      return { key: link?.dataset['mapLink'] ?? '', href: link?.getAttribute('href') ?? '' };
    });
    expect(target.key).not.toBe('');
    await tabTo(page, '[data-walkthrough-target]');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${target.href}`);
    const [metric] = target.key.split(' ');
    await expect.poll(() => view.getAttribute('data-metric')).toBe(metric);
    expect(metric).not.toBe(before);
    await expect(page.locator(`[data-map-link="${target.key}"]`).first().getAttribute('aria-current')).resolves.toBe('true');
    await expect(page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['mapLink'])).resolves.toBe(target.key);
  });

  it('copies an embed code: Tab to the embed, Enter, Tab to its Copy button, Enter, and the clipboard holds the code', async () => {
    const path = firstPageWith(/<textarea[^>]*>&lt;iframe[\s\S]*?data-copy-button/);
    expect(path, 'no page offers an embed code to copy').toBeDefined();
    const page = await site.open(path!);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url('/')).origin });
    // The Copy button of the first box that holds embed code, and the summary to open first if it is folded away.
    const folded = await page.evaluate(() => {
      const box = [...document.querySelectorAll<HTMLTextAreaElement>('[data-copy] textarea')].find((textarea) => textarea.value.includes('<iframe'));
      box?.closest('[data-copy]')?.querySelector('[data-copy-button]')?.setAttribute('data-walkthrough-target', '');
      const details = box?.closest('details:not([open])');
      details?.querySelector(':scope > summary')?.setAttribute('data-walkthrough-summary', '');
      return details !== null && details !== undefined;
    });
    if (folded) {
      await tabTo(page, '[data-walkthrough-summary]');
      await page.keyboard.press('Enter');
    }
    await tabTo(page, '[data-walkthrough-target]');
    await page.keyboard.press('Enter');
    const status = page.locator('[data-walkthrough-target] + [data-copy-status]');
    await expect(status.filter({ hasText: /\S/ }).textContent()).resolves.toBe(await status.getAttribute('data-copied'));
    const expected = await page.evaluate(() => document.querySelector<HTMLTextAreaElement>('[data-copy]:has([data-walkthrough-target]) textarea')!.value);
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(expected);
    expect(expected).toMatch(/^<iframe src="[^"]+\/embed\//);
  });
});
