// Dates abbreviate one way across the site: a day's month reads as the
// quarters and force cards write it ("Sep", never Node's "Sept").
import { describe, expect, it } from 'vitest';
import { formatMonthYear } from '../../../src/lib/metrics/index.ts';
import { formatDay } from '../../../src/lib/views/format.ts';

describe('formatDay', () => {
  it.each([
    ['2020-01-20', '20 Jan 2020'],
    ['2022-09-01', '1 Sep 2022'],
    ['2021-12-31', '31 Dec 2021'],
  ])('writes %s as %s', (date, text) => {
    expect(formatDay(date)).toBe(text);
  });

  it('uses the same month names as the months metrics write, for every month', () => {
    for (let month = 1; month <= 12; month += 1) {
      const date = `2022-${String(month).padStart(2, '0')}-15`;
      expect(formatDay(date)).toBe(`15 ${formatMonthYear(date)}`);
    }
  });
});
