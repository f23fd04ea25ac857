// The guards that decide which claims the data can support. A sentence is a
// claim: "highest", "12th of 40", "total", "contradicts". Each is computed
// here, once, together with what it stands on, and is simply absent (or
// carries the reason it was refused) when the data cannot support it:
// - no rank, extreme or total over a named selection of forces (coverage);
// - no rank or colour class for a rate on fewer than MIN_DECISIONS decisions;
// - no rank per resident for an area with too few residents (City of London);
// - ties decided on the value as it is displayed, never on hidden decimals;
// - "contradicts" only where one period lies inside the other.
// Copy modules word these claims; they have no way to word a refused one.

import type { DatasetCoverage, IsoDate, SpoMeasure } from '../data/types.ts';
import { SPO_MEASURES } from '../data/types.ts';
import type { ByForce, CountConflict, Extreme, Extremes, ForceRef, OurSum, PeriodRelation, Precision, Rank, RankRefusal, Ranking, Value } from './types.ts';

export type { Extreme, Extremes, OurSum, Precision } from './types.ts';


/** A grant rate on fewer decisions than this is shown with its count but never ranked or coloured. */
export const MIN_DECISIONS = 5;

export const PRECISION = {
  count: { digits: 0, percent: false },
  share: { digits: 0, percent: true },
  rate: { digits: 1, percent: false },
} as const satisfies Record<string, Precision>;

/** The value as a reader sees it: 0.993 at one decimal is 1.0, so it ties with 1.04. */
export function displayed(value: number, precision: Precision): number {
  const scale = precision.percent ? 100 : 1;
  // toFixed is how the site's formatter rounds, so the tie rule and the printed value agree.
  return Number((value * scale).toFixed(precision.digits)) / scale;
}

/**
 * Standard competition ranking ("1224"), highest first, on the displayed
 * value: two forces that print the same share a rank. A force with no value
 * is in neither map; one the guard refuses is in `unranked` with its reason.
 */
export function rankGuarded<T>(
  byForce: ByForce<T>,
  value: (entry: T) => Value,
  precision: Precision,
  refuse: (entry: T) => RankRefusal | null = () => null,
): Ranking {
  const unranked = new Map<string, RankRefusal>();
  const candidates: [string, number][] = [];
  for (const [code, entry] of byForce) {
    const { value: number } = value(entry);
    if (number === null) continue;
    const refusal = refuse(entry);
    if (refusal === null) candidates.push([code, displayed(number, precision)]);
    else unranked.set(code, refusal);
  }
  const sorted = candidates.map(([, shown]) => shown).sort((a, b) => b - a);
  const ranks = new Map<string, Rank>();
  for (const [code, shown] of candidates) {
    const rank = sorted.indexOf(shown) + 1;
    ranks.set(code, { rank, tied: sorted.lastIndexOf(shown) + 1 !== rank, of: candidates.length });
  }
  return { ranks, unranked };
}

/** Every force with a value refused for the same reason: a named selection is not a table to rank. */
export function refuseAll<T>(byForce: ByForce<T>, value: (entry: T) => Value): Ranking {
  return rankGuarded(byForce, value, PRECISION.count, () => ({ reason: 'selection', decided: null }));
}

/**
 * The extremes among forces with a value, compared as displayed. Zeros are
 * told apart ("made none"), so the lowest is the lowest above zero when there
 * are any. Null over a named selection (the article's nine forces say nothing
 * of the other 34) or when no force has a positive value.
 */
export function extremes(values: Iterable<readonly [ForceRef, number | null]>, precision: Precision, coverage: DatasetCoverage): Extremes | null {
  if (coverage !== 'complete') return null;
  const shown = [...values].flatMap(([force, value]) => (value === null ? [] : [{ force, value: displayed(value, precision) }]));
  const positives = shown.filter((entry) => entry.value > 0);
  if (positives.length === 0) return null;
  const top = Math.max(...positives.map((entry) => entry.value));
  const bottom = Math.min(...positives.map((entry) => entry.value));
  const at = (target: number): Extreme => ({ forces: positives.filter((entry) => entry.value === target).map((entry) => entry.force), value: target });
  return { highest: at(top), lowest: bottom === top ? null : at(bottom), aboveZero: shown.length > positives.length };
}

export function ourSum(values: Iterable<number | null>, total: number, coverage: DatasetCoverage): OurSum | null {
  if (coverage !== 'complete') return null;
  const present = [...values].filter((value): value is number => value !== null);
  if (present.length === 0) return null;
  return { value: present.reduce((sum, value) => sum + value, 0), forces: present.length, of: total };
}

/** A rate over the forces with figures taken together (all numerators over all denominators), never an average of rates. */
export function pooledRate(parts: Iterable<readonly [number, number] | null>, scale: number, total: number, coverage: DatasetCoverage): OurSum | null {
  if (coverage !== 'complete') return null;
  let numerator = 0;
  let denominator = 0;
  let forces = 0;
  for (const pair of parts) {
    if (pair === null) continue;
    numerator += pair[0];
    denominator += pair[1];
    forces += 1;
  }
  return forces === 0 || denominator === 0 ? null : { value: (numerator / denominator) * scale, forces, of: total };
}

export interface Period {
  start: IsoDate;
  end: IsoDate;
}

export function periodRelation(a: Period, b: Period): PeriodRelation {
  if (a.start === b.start && a.end === b.end) return 'same';
  if (a.end < b.start || b.end < a.start) return 'disjoint';
  const aInB = a.start >= b.start && a.end <= b.end;
  const bInA = b.start >= a.start && b.end <= a.end;
  return aInB || bInA ? 'nested' : 'overlapping';
}

/** A figure's counts by measure, over a period with exact dates. Only the measures its source states are present. */
export interface CountedPeriod extends Period {
  counts: Partial<Record<SpoMeasure, number>>;
}

/**
 * Counts only grow with time, so two figures conflict when the periods are
 * the same and a count differs, or when one period lies inside the other and
 * the inner figure counts more of something than the outer one allows. Every
 * measure both figures state is compared, not only applications (pending only
 * over the same period: it is a count at the end date, not of events). Over merely
 * overlapping or disjoint periods a difference is a difference, never a
 * contradiction, so the list is empty.
 */
export function countConflicts(a: CountedPeriod, b: CountedPeriod): CountConflict[] {
  const relation = periodRelation(a, b);
  const shared = SPO_MEASURES.filter((measure) => a.counts[measure] !== undefined && b.counts[measure] !== undefined);
  if (relation === 'same') {
    return shared.filter((measure) => a.counts[measure] !== b.counts[measure]).map((measure) => ({ kind: 'same_period_differs', measure }));
  }
  if (relation !== 'nested') return [];
  const inner: 0 | 1 = a.start >= b.start && a.end <= b.end ? 0 : 1;
  const [shorter, longer] = inner === 0 ? [a, b] : [b, a];
  // Pending is a count at the period's end, not of events inside it, so a longer period can hold fewer.
  const conflicts: CountConflict[] = shared
    .filter((measure) => measure !== 'pending')
    .filter((measure) => (shorter.counts[measure] ?? 0) > (longer.counts[measure] ?? 0))
    .map((measure) => ({ kind: 'more_in_shorter', measure, inner }));
  const { applications, granted, refused: outerRefused } = longer.counts;
  const refused = shorter.counts.refused;
  if (refused !== undefined && outerRefused === undefined && applications !== undefined && granted !== undefined) {
    const unsuccessful = applications - granted;
    if (refused > unsuccessful) conflicts.push({ kind: 'refused_beyond_outer', inner, refused, unsuccessful });
  }
  return conflicts;
}

/** Whether two counts of applications contradict each other: `countConflicts` on that one measure. */
export function contradicts(a: Period & { count: number }, b: Period & { count: number }): boolean {
  return countConflicts({ ...a, counts: { applications: a.count } }, { ...b, counts: { applications: b.count } }).length > 0;
}
