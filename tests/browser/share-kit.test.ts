// Copy buttons in real Chromium: the embed code goes to the clipboard and a
// live region says so; where the browser refuses, the text is selected for
// copying by hand and the live region says how. Keyboard only, no mouse.
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/browser.ts';

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
