// Which collection of SPO figures leads: the one a force is first described,
// ranked and mapped by. One function decides it for every page, so switching
// the rule (for instance to a role column in data/spo_datasets.csv) changes
// the whole site at once.

import type { DatasetMetrics } from './types.ts';

/**
 * The dataset covering all forces that has figures for the most of them
 * (ties: display order).
 */
export function mainDataset(datasets: readonly DatasetMetrics[]): DatasetMetrics {
  const candidates = datasets.filter(({ dataset }) => dataset.scope === 'all_forces');
  const best = candidates.reduce<DatasetMetrics | null>(
    (found, metrics) => (found === null || metrics.totals.reported > found.totals.reported ? metrics : found),
    null,
  );
  if (best === null) throw new Error('No dataset covers all forces, so force pages have nothing to compare by');
  return best;
}
