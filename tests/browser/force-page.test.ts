// A force page in real Chromium: it fits a phone without sideways scrolling,
// its quarters open on demand, and a neighbour on the locator map opens that
// neighbour's page.
import { describe, expect, it } from 'vitest';
import { DESKTOP_WIDTH, MOBILE_WIDTH, useSite } from '../support/browser.ts';
import { dataCsv } from '../support/data-files.ts';

const site = useSite();

describe('force page in Chromium', () => {
  for (const slug of ['durham', 'city-of-london', 'lincolnshire']) {
    for (const width of [MOBILE_WIDTH, DESKTOP_WIDTH]) {
      it(`/forces/${slug}/ fits ${width} px without the page scrolling sideways`, async () => {
        const page = await site.open(`/forces/${slug}/`, { width });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await expect(page.locator('svg.spo-locator').isVisible()).resolves.toBe(true);
      });
    }
  }

  it('shows offences by quarter only when asked', async () => {
    const durham = dataCsv('forces.csv').find((force) => force.slug === 'durham');
    const latest = dataCsv('stalking_offences.csv')
      .filter((row) => row.force_code === durham?.code)
      .reduce((last, row) => (`${row.financial_year} ${row.quarter}` > `${last.financial_year} ${last.quarter}` ? row : last));
    const page = await site.open('/forces/durham/', { width: MOBILE_WIDTH });
    const quarter = page.locator(`tr[data-quarter="${latest.financial_year} Q${latest.quarter}"]`);
    await expect(quarter.isVisible()).resolves.toBe(false);
    await page.getByText('Show offences by quarter').click();
    await expect(quarter.isVisible()).resolves.toBe(true);
    await expect(quarter.locator('td').textContent()).resolves.toBe(Number(latest.offences).toLocaleString('en-GB'));
  });

  it('opens a neighbour’s page when its shape on the locator map is clicked', async () => {
    const page = await site.open('/forces/durham/');
    const cleveland = page.locator('svg.spo-locator [data-href="/forces/cleveland/"] path');
    await Promise.all([page.waitForURL('**/forces/cleveland/'), cleveland.click()]);
    await expect(page.locator('h1').textContent()).resolves.toBe('Cleveland');
  });
});
