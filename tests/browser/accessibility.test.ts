// Two accessibility engines over one of every kind of page (home, each map
// metric, the forces index, the sample force pages, methodology, every kind of
// embed; see representativePages), each at phone and desktop widths in the
// light and the dark theme, on the same page load:
// - axe-core's WCAG 2.2 A and AA rules, colour contrast included: no
//   violations, and no "incomplete" check unless tests/support/axe.ts lists it
//   as reviewed, with the reason;
// - HTML_CodeSniffer's WCAG 2 AA standard: no errors.
import { describe, expect, it } from 'vitest';
import { axeProblems } from '../support/axe.ts';
import { DESKTOP_WIDTH, MOBILE_WIDTH, useSite } from '../support/browser.ts';
import { htmlcsErrors } from '../support/htmlcs.ts';
import { representativePages } from '../support/site-pages.ts';

const site = useSite();
const layouts = [MOBILE_WIDTH, DESKTOP_WIDTH].flatMap((width) => (['light', 'dark'] as const).map((colorScheme) => ({ width, colorScheme })));

describe('accessibility (axe WCAG 2.2 A and AA, and HTML_CodeSniffer WCAG 2 AA)', () => {
  for (const path of representativePages()) {
    // Eight engine runs on one page load: about 10 s on a quiet machine, several times that under load.
    it(`${path} passes both engines at ${MOBILE_WIDTH} and ${DESKTOP_WIDTH} px, light and dark`, { timeout: 180_000 }, async () => {
      const page = await site.open(path, { width: MOBILE_WIDTH });
      const axe = [];
      const htmlcs = [];
      for (const { width, colorScheme } of layouts) {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme });
        for (const problem of await axeProblems(page)) axe.push({ width, colorScheme, ...problem });
        for (const error of await htmlcsErrors(page)) htmlcs.push({ width, colorScheme, ...error });
      }
      await page.context().close();
      expect({ axe, htmlcs }).toEqual({ axe: [], htmlcs: [] });
    });
  }
});
