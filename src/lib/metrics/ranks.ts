import type { ByForce, Rank, Value } from './types.ts';

/**
 * Standard competition ranking ("1224"), highest value first. Keys whose value
 * is null are left out entirely: they are not last, they are not ranked.
 * Values tie only when exactly equal, so callers must compute them the same way.
 */
export function rankDescending<K>(values: Iterable<readonly [K, number | null]>): Map<K, Rank> {
  const ranked = [...values].filter((entry): entry is readonly [K, number] => entry[1] !== null);
  const sorted = ranked.map(([, value]) => value).sort((a, b) => b - a);
  const countByValue = new Map<number, number>();
  for (const value of sorted) countByValue.set(value, (countByValue.get(value) ?? 0) + 1);

  const ranks = new Map<K, Rank>();
  for (const [key, value] of ranked) {
    ranks.set(key, {
      rank: sorted.indexOf(value) + 1,
      tied: (countByValue.get(value) ?? 0) > 1,
      of: ranked.length,
    });
  }
  return ranks;
}

/** Ranks per-force entries by one of their values. */
export function rankByForce<T>(byForce: ByForce<T>, value: (entry: T) => Value): ByForce<Rank> {
  return rankDescending([...byForce].map(([code, entry]) => [code, value(entry).value] as const));
}
