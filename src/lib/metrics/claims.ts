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

import type { DatasetCoverage, IsoDate } from '../data/types.ts';
import type { ByForce, ForceRef, Rank, Value } from './types.ts';

/** A grant rate on fewer decisions than this is shown with its count but never ranked or coloured. */
export const MIN_DECISIONS = 5;

/** How a measure is printed: ranks and extremes compare values at this precision. */
export interface Precision {
  /** Decimal places shown (of the percentage, for shares). */
  digits: number;
  /** A share from 0 to 1, printed as a percentage. */
  percent: boolean;
}

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

/** Why a force with a value is not ranked. */
export type RankRefusalReason = 'selection' | 'too_few_decisions' | 'small_population';

export interface RankRefusal {
  reason: RankRefusalReason;
  /** The decisions a refused grant rate stands on; null for other reasons. */
  decided: number | null;
}

/** Ranks for the forces a rank may be claimed for, and why every other force with a value has none. */
export interface Ranking {
  ranks: ByForce<Rank>;
  unranked: ByForce<RankRefusal>;
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

export interface Extreme {
  forces: ForceRef[];
  /** The value as displayed. */
  value: number;
}

/** The highest and lowest values, claimed only over a complete table. */
export interface Extremes {
  highest: Extreme;
  /** Null when every force has the same displayed value. */
  lowest: Extreme | null;
  /** Whether zeros were set aside, so the lowest is "lowest above zero". */
  aboveZero: boolean;
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

/** A sum of the forces' own figures: ours, never the source's, and only over a complete table. */
export interface OurSum {
  value: number;
  /** How many forces the sum covers, and how many there are. */
  forces: number;
  of: number;
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

/** How two periods relate: only `nested` (or `same`) periods can contradict each other. */
export type PeriodRelation = 'same' | 'nested' | 'overlapping' | 'disjoint';

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

/**
 * Counts only grow with time, so two figures contradict each other when the
 * periods are the same and the counts differ, or when one period lies inside
 * the other and the inner count is the larger. Over merely overlapping
 * periods a difference is a difference, not a contradiction.
 */
export function contradicts(a: Period & { count: number }, b: Period & { count: number }): boolean {
  const relation = periodRelation(a, b);
  if (relation === 'same') return a.count !== b.count;
  if (relation !== 'nested') return false;
  const [inner, outer] = a.start >= b.start && a.end <= b.end ? [a, b] : [b, a];
  return inner.count > outer.count;
}
