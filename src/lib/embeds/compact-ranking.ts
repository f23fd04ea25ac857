// The ranking as an embed shows it: compact enough for an article (about the
// height of a newsroom map), so not every force. It keeps the top and the
// bottom of the full ranking, each cut only between two ranks so that forces
// that tie are never split, and folds the forces between into a gap; a force
// picked out with ?force=<slug> (src/scripts/embed-child.ts) is shown in its
// place inside the gap. Ranks are the ones metrics gives (one tie rule); the
// full ranking stays on its page, one link away.

import { rankingEmbedCopy } from '../copy/embed.ts';
import type { Rank } from '../metrics/index.ts';
import { formatNumber } from '../views/format.ts';
import type { RankedRows } from '../views/home.ts';

/**
 * At most this many forces above the gap, and below it: with a force picked
 * out in the gap, a rate's ranking still fits in about 700 px on a phone.
 */
export const COMPACT_TOP = 6;
export const COMPACT_BOTTOM = 6;

/** Where a row sits: shown above the gap, folded into it, or shown below it. */
export type Band = 'top' | 'middle' | 'bottom';

export interface CompactRow {
  code: string;
  name: string;
  slug: string;
  rankText: string;
  valueText: string;
  /** The bar's length as a share of the longest bar (0 to 1). */
  share: number;
  band: Band;
}

export interface CompactRanking {
  rows: CompactRow[];
  /** How many forces the full ranking has. */
  forces: number;
  /** The England and Wales figure, shown under the forces. */
  reference: { label: string; valueText: string; share: number } | null;
}

/** Ranks as metrics gives them, best first; a value a guard left unranked comes after every ranked one. */
const byRank = (a: { rank: Rank | null; name: string }, b: { rank: Rank | null; name: string }) =>
  (a.rank?.rank ?? Number.POSITIVE_INFINITY) - (b.rank?.rank ?? Number.POSITIVE_INFINITY) || a.name.localeCompare(b.name, 'en-GB');

/** Rows grouped by rank: forces that tie share a group, and a group is never split. */
function rankGroups<T extends { rank: Rank | null }>(rows: readonly T[]): T[][] {
  const groups: T[][] = [];
  for (const row of rows) {
    const last = groups.at(-1);
    if (last !== undefined && row.rank !== null && last[0]?.rank?.rank === row.rank.rank) last.push(row);
    else groups.push([row]);
  }
  return groups;
}

/** Whole groups from the front of the list, as many as fit in `limit` rows (always at least the first). */
function leading<T>(groups: readonly T[][], limit: number): T[][] {
  const taken: T[][] = [];
  let count = 0;
  for (const group of groups) {
    if (taken.length > 0 && count + group.length > limit) break;
    taken.push(group);
    count += group.length;
  }
  return taken;
}

/**
 * @example compactRanking(story.applications.ranked) // the top 6, a gap, the 4 that made none
 */
export function compactRanking(ranked: RankedRows): CompactRanking {
  const formatValue = formatNumber(ranked.format);
  const withValue = ranked.rows.flatMap((row) => (row.value === null ? [] : [{ ...row, value: row.value }])).sort(byRank);
  const groups = rankGroups(withValue);
  const top = leading(groups, COMPACT_TOP);
  const bottom = leading([...groups.slice(top.length)].reverse(), COMPACT_BOTTOM);
  // A gap of one group or none folds nothing worth a gap: show every force.
  const folded = groups.length - top.length - bottom.length <= 1 ? new Set<string>() : new Set(groups.slice(top.length, groups.length - bottom.length).flat().map((row) => row.code));
  const topCodes = new Set(top.flat().map((row) => row.code));
  const longest = Math.max(0, ...withValue.map((row) => row.value), ranked.reference?.value ?? 0) || 1;
  return {
    forces: withValue.length,
    rows: withValue.map((row) => ({
      code: row.code,
      name: row.name,
      slug: row.slug,
      rankText: row.rank === null ? '' : rankingEmbedCopy.rank(row.rank),
      valueText: formatValue(row.value),
      share: row.value / longest,
      band: folded.has(row.code) ? 'middle' : topCodes.has(row.code) ? 'top' : 'bottom',
    })),
    reference:
      ranked.reference === null ? null : { label: ranked.reference.label, valueText: formatValue(ranked.reference.value), share: ranked.reference.value / longest },
  };
}
