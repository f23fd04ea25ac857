// Copy buttons in real Chromium: the embed code goes to the clipboard and a
// live region says so; where the browser refuses, the text is selected for
// copying by hand and the live region says how (keyboard only, no mouse).
// A force's kit on /embed/: "Pick your force" leads there (type and choose, or
// the list without JavaScript), each copy button copies its own code, and the
// previews pick the force out.
import { describe, expect, it } from 'vitest';
import { MOBILE_WIDTH, useSite } from '../support/browser.ts';

const site = useSite();

describe('copy buttons on a force page', () => {
  it('copy the embed code with the keyboard and announce it', async () => {
    const page = await site.open('/forces/kent/');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url('/')).origin });
    const button = page.getByRole('button', { name: 'Copy embed code' });
    await button.focus();
    await page.keyboard.press('Enter');
    const status = page.locator('#share-embed-status');
    await expect.poll(() => status.textContent()).toBe('Copied');
    await expect(status.getAttribute('role')).resolves.toBe('status');
    const code = await page.locator('#share-embed').inputValue();
    expect(code).toContain('/embed/forces/kent/');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(code);
  });

  it('select the text and say how to copy it when the clipboard is refused', async () => {
    const page = await site.open('/forces/kent/');
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('refused')) } });
    });
    await page.getByRole('button', { name: 'Copy sentence' }).focus();
    await page.keyboard.press('Enter');
    const status = page.locator('#share-sentence-status');
    await expect.poll(() => status.textContent()).toMatch(/copy it with your keyboard/);
    const selection = await page.locator('#share-sentence').evaluate((box: HTMLTextAreaElement) => [box.selectionStart, box.selectionEnd, box.value.length]);
    expect(selection).toEqual([0, selection[2], selection[2]]);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('share-sentence');
  });

  it('stay hidden without JavaScript, leaving the text to select', async () => {
    const page = await site.open('/forces/kent/', { javaScriptEnabled: false });
    await expect(page.getByRole('button', { name: 'Copy embed code' }).count()).resolves.toBe(0);
    await expect(page.locator('#share-embed').isVisible()).resolves.toBe(true);
  });
});

describe('a force’s kit on /embed/', () => {
  /** The kit's three embeds by the code box they hand out, with what each must load. */
  const kitEmbeds = (slug: string) => [
    { box: `code-forces-${slug}`, src: `/embed/forces/${slug}/"` },
    { box: 'code-map-applications-per-offences-geo', src: `/embed/map/applications-per-offences/geo/?force=${slug}"` },
    { box: 'code-applications-by-force', src: `/embed/applications-by-force/?force=${slug}"` },
  ];

  it('is where “Pick your force” leads: type part of a name or a place, choose, and land on the kit', async () => {
    const page = await site.open('/embed/', { width: MOBILE_WIDTH });
    const box = page.getByRole('combobox', { name: 'Town, city or police force' });
    await box.fill('durh');
    const durham = page.getByRole('listbox').getByRole('option', { name: 'Durham', exact: true });
    await Promise.all([page.waitForURL('**/embed/kit/durham/'), durham.click()]);
    await expect(page.locator('h1').textContent()).resolves.toContain('Durham');

    // A place leads to its force's kit too, as the list of forces does.
    await page.goto(site.url('/embed/'));
    await page.getByRole('combobox', { name: 'Town, city or police force' }).fill('Brighton');
    const brighton = page.getByRole('listbox').getByRole('option', { name: 'Brighton (Sussex)' });
    await Promise.all([page.waitForURL('**/embed/kit/sussex/'), brighton.click()]);
  });

  it('copies each embed’s code with its button, and the copied map and ranking pick the force out', async () => {
    const page = await site.open('/embed/kit/durham/');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url('/')).origin });
    for (const { box, src } of kitEmbeds('durham')) {
      const code = await page.locator(`#${box}`).inputValue();
      expect(code).toContain(src);
      await page.locator(`[aria-describedby="${box}-status"]`).click();
      await expect.poll(() => page.locator(`#${box}-status`).textContent()).toBe('Copied');
      await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(code);
    }
  });

  it('previews the map with the force outlined and the ranking with its row picked out', async () => {
    const page = await site.open('/embed/kit/durham/', { width: MOBILE_WIDTH });
    const frame = (path: string) => page.frameLocator(`iframe[src="${path}?force=durham"]`);
    await page.locator('iframe[src*="/embed/map/"]').scrollIntoViewIfNeeded();
    const map = frame('/embed/map/applications-per-offences/geo/');
    await expect.poll(() => map.locator('svg a.area.is-highlighted').evaluateAll((areas) => areas.map((area) => area.getAttribute('data-slug')))).toEqual(['durham']);
    await page.locator('iframe[src*="/embed/applications-by-force/"]').scrollIntoViewIfNeeded();
    const ranking = frame('/embed/applications-by-force/');
    await expect.poll(() => ranking.locator('tr.is-highlighted th').textContent()).toBe('Durham');
  });

  it('is reached from the list of forces without JavaScript, its codes ready to select', async () => {
    const page = await site.open('/embed/', { javaScriptEnabled: false });
    await page.locator('[data-finder] summary').click();
    await Promise.all([page.waitForURL('**/embed/kit/durham/'), page.locator('[data-finder] a', { hasText: /^Durham$/ }).click()]);
    for (const { box, src } of kitEmbeds('durham')) {
      await expect(page.locator(`#${box}`).isVisible()).resolves.toBe(true);
      await expect(page.locator(`#${box}`).inputValue()).resolves.toContain(src);
    }
    await expect(page.getByRole('button', { name: 'Copy embed code' }).count()).resolves.toBe(0);
  });
});
