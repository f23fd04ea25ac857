// Embeds follow the reader's light or dark setting, and a host page can fix
// one with ?theme=light or ?theme=dark.
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/browser.ts';

const site = useSite();
const background = (page: Awaited<ReturnType<typeof site.open>>) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe('embed theme', () => {
  it('follows the system setting when the address names no theme', async () => {
    const light = await site.open('/embed/forces/kent/', { colorScheme: 'light' });
    const dark = await site.open('/embed/forces/kent/', { colorScheme: 'dark' });
    expect(await background(dark)).not.toBe(await background(light));
  });

  it('uses the theme the address asks for, whatever the system setting', async () => {
    const light = await background(await site.open('/embed/court-vs-foi/', { colorScheme: 'light' }));
    const dark = await background(await site.open('/embed/court-vs-foi/', { colorScheme: 'dark' }));
    const forcedDark = await site.open('/embed/court-vs-foi/?theme=dark', { colorScheme: 'light' });
    await expect.poll(() => background(forcedDark)).toBe(dark);
    const forcedLight = await site.open('/embed/court-vs-foi/?theme=light', { colorScheme: 'dark' });
    await expect.poll(() => background(forcedLight)).toBe(light);
  });

  it('ignores any other theme value', async () => {
    const page = await site.open('/embed/court-vs-foi/?theme=purple', { colorScheme: 'light' });
    await expect(page.evaluate(() => document.documentElement.dataset['theme'])).resolves.toBeUndefined();
  });
});
