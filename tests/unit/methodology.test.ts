import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/lib/data/types.ts';
import { newestSource, sourceDate } from '../../src/lib/views/methodology.ts';

const source = (id: string, date: string): Source => ({
  id,
  title: id,
  publisher: `Publisher ${id}`,
  date,
  url: '',
  licence: '',
  attribution: '',
  notes: '',
});

describe('sourceDate', () => {
  it('reads the first ISO date in a free-text date field, to the day or the month', () => {
    expect(sourceDate('2026-04-23 (April 2026 edition)')).toEqual({ key: '2026-04-23', words: '23 April 2026' });
    expect(sourceDate('Updated 2023-01-26')).toEqual({ key: '2023-01-26', words: '26 January 2023' });
    expect(sourceDate('2022-11 (pegged to 25 Nov 2022)')).toEqual({ key: '2022-11-00', words: 'November 2022' });
  });

  it('gives null when the field has no date it can read', () => {
    expect(sourceDate('Mid-2024 estimates (release date not verified)')).toBeNull();
    expect(sourceDate('2022 (exact date not verified)')).toBeNull();
  });
});

describe('newestSource', () => {
  it('picks the latest date, a day in a month counting as later than the month alone', () => {
    const newest = newestSource([source('S1', '2024-09'), source('S2', '2024-09-02'), source('S3', 'Mid-2024'), source('S4', '2021')]);
    expect(newest).toEqual({ date: '2 September 2024', source: expect.objectContaining({ id: 'S2' }) });
  });

  it('gives null when no source has a readable date', () => {
    expect(newestSource([source('S1', 'Mid-2024')])).toBeNull();
  });
});
