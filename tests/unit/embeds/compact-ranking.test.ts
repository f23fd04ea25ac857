// The ranking an embed shows: its top and bottom, never splitting forces that
// tie, with the forces between folded away, on small synthetic rankings.
import { describe, expect, it } from 'vitest';
import { COMPACT_BOTTOM, COMPACT_TOP, compactRanking } from '../../../src/lib/embeds/compact-ranking.ts';
import type { RankedRows } from '../../../src/lib/views/home.ts';

/** A ranking of forces with these values, ranked as metrics ranks them (competition ranks, ties share one). */
function ranked(values: (number | null)[], reference: RankedRows['reference'] = null): RankedRows {
  const present = values.filter((value): value is number => value !== null).sort((a, b) => b - a);
  return {
    format: ',d',
    reference,
    rows: values.map((value, i) => ({
      code: `F${i}`,
      name: `Force ${String(i).padStart(2, '0')}`,
      slug: `force-${i}`,
      value,
      state: value === null ? 'no_response' : 'reported',
      rank:
        value === null
          ? null
          : { rank: present.indexOf(value) + 1, tied: present.indexOf(value) !== present.lastIndexOf(value), of: present.length },
    })),
  };
}

const bands = (ranking: ReturnType<typeof compactRanking>) => ranking.rows.map((row) => `${row.valueText}:${row.band}`);

describe('compactRanking', () => {
  it('shows the top and the bottom and folds the forces between', () => {
    const ranking = compactRanking(ranked(Array.from({ length: 30 }, (_, i) => 30 - i)));
    expect(ranking.forces).toBe(30);
    expect(ranking.rows.filter((row) => row.band === 'top').map((row) => row.valueText)).toEqual(['30', '29', '28', '27', '26', '25']);
    expect(ranking.rows.filter((row) => row.band === 'bottom').map((row) => row.valueText)).toEqual(['6', '5', '4', '3', '2', '1']);
    expect(ranking.rows.filter((row) => row.band === 'middle')).toHaveLength(30 - COMPACT_TOP - COMPACT_BOTTOM);
  });

  it('never splits forces that tie: a cut falls between two ranks', () => {
    // 6th and 7th tie at 20, so the top stops at 5; the four zeros tie, and the ones would take the bottom past its limit.
    const values = [50, 40, 35, 30, 28, 20, 20, 15, 12, 10, 9, 8, 7, 6, 5, 1, 1, 1, 0, 0, 0, 0];
    const ranking = compactRanking(ranked(values));
    const top = ranking.rows.filter((row) => row.band === 'top');
    const bottom = ranking.rows.filter((row) => row.band === 'bottom');
    expect(top.map((row) => row.valueText)).toEqual(['50', '40', '35', '30', '28']);
    expect(bottom.map((row) => row.valueText)).toEqual(['0', '0', '0', '0']);
    expect(bottom.map((row) => row.rankText)).toEqual(['=19', '=19', '=19', '=19']);
    expect(ranking.rows.find((row) => row.valueText === '20')?.rankText).toBe('=6');
  });

  it('keeps the first group even when it alone is longer than the top', () => {
    const values = [...Array.from({ length: COMPACT_TOP + 2 }, () => 9), 5, 4, 3, 2, 1, 0];
    expect(compactRanking(ranked(values)).rows.filter((row) => row.band === 'top')).toHaveLength(COMPACT_TOP + 2);
  });

  it('folds nothing when the top and bottom leave at most one rank between', () => {
    const ranking = compactRanking(ranked(Array.from({ length: COMPACT_TOP + COMPACT_BOTTOM + 1 }, (_, i) => 100 - i)));
    expect(bands(ranking).filter((band) => band.endsWith(':middle'))).toEqual([]);
  });

  it('leaves out forces with no figure (listed under the ranking), never as zero', () => {
    const ranking = compactRanking(ranked([3, null, 0, 2]));
    expect(ranking.forces).toBe(3);
    expect(ranking.rows.map((row) => row.valueText)).toEqual(['3', '2', '0']);
  });

  it('draws bars on one scale with the England and Wales figure', () => {
    const ranking = compactRanking(ranked([4, 2, 0], { value: 8, label: 'England and Wales' }));
    expect(ranking.rows.map((row) => row.share)).toEqual([0.5, 0.25, 0]);
    expect(ranking.reference).toEqual({ label: 'England and Wales', valueText: '8', share: 1 });
  });
});
