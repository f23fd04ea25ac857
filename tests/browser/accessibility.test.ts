// axe-core's WCAG 2.2 A and AA rules, colour contrast included, over one of
// every kind of page (home, each map metric, the forces index, the sample
// force pages, methodology, every kind of embed; see representativePages),
// each at phone and desktop widths in the light and the dark theme.
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { DESKTOP_WIDTH, MOBILE_WIDTH, useSite } from '../support/browser.ts';
import { representativePages } from '../support/site-pages.ts';

const site = useSite();
const layouts = [MOBILE_WIDTH, DESKTOP_WIDTH].flatMap((width) => (['light', 'dark'] as const).map((colorScheme) => ({ width, colorScheme })));

describe('accessibility (axe, WCAG 2.2 A and AA)', () => {
  for (const path of representativePages()) {
    it(`${path} has no violations at ${MOBILE_WIDTH} and ${DESKTOP_WIDTH} px, light and dark`, async () => {
      const page = await site.open(path, { width: MOBILE_WIDTH });
      const violations = [];
      for (const { width, colorScheme } of layouts) {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme });
        for (const violation of await axeViolations(page)) violations.push({ width, colorScheme, ...violation });
      }
      await page.context().close();
      expect(violations).toEqual([]);
    });
  }
});
