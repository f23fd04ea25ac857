import { describe, expect, it } from 'vitest';
import { rankDescending } from '../../../src/lib/metrics/ranks.ts';

describe('rankDescending', () => {
  it('uses standard competition ranking: ties share a rank and the next rank skips', () => {
    const ranks = rankDescending<string>([['a', 5], ['b', 10], ['c', 5], ['d', 1]]);
    expect(ranks.get('b')).toEqual({ rank: 1, tied: false, of: 4 });
    expect(ranks.get('a')).toEqual({ rank: 2, tied: true, of: 4 });
    expect(ranks.get('c')).toEqual({ rank: 2, tied: true, of: 4 });
    expect(ranks.get('d')).toEqual({ rank: 4, tied: false, of: 4 });
  });

  it('leaves null values unranked and out of the count', () => {
    const ranks = rankDescending<string>([['a', null], ['b', 3], ['c', null]]);
    expect(ranks.has('a')).toBe(false);
    expect(ranks.has('c')).toBe(false);
    expect(ranks.get('b')).toEqual({ rank: 1, tied: false, of: 1 });
  });

  it('ranks zero as a value, last, tied with other zeros', () => {
    const ranks = rankDescending<string>([['a', 0], ['b', 2], ['c', 0], ['d', null]]);
    expect(ranks.get('b')?.rank).toBe(1);
    expect(ranks.get('a')).toEqual({ rank: 2, tied: true, of: 3 });
    expect(ranks.get('c')).toEqual({ rank: 2, tied: true, of: 3 });
  });
});
