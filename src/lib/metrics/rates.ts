// Rates derived from one dataset's figures: grant rate, and applications per
// 1,000 recorded offences over the matching quarters.

import type { SpoDataset } from '../data/types.ts';
import { absent, present } from './figures.ts';
import { offenceWindow, sumQuarters } from './offences.ts';
import type { OffenceLookup } from './offences.ts';
import type { ApplicationsPerOffences, ForceFigure, GrantRate } from './types.ts';

export function countsGrantDecisions(dataset: SpoDataset): boolean {
  return dataset.measures.includes('granted') && dataset.measures.includes('refused');
}

/** Share of decided applications that were granted: granted / (granted + refused). */
export function grantRate(figure: ForceFigure): GrantRate {
  const { applications, granted, refused } = figure;
  const base = { force: figure.force, granted: granted.value, refused: refused.value };
  // None applied for, so none could be granted: that is no rate, not a rate of 0 or a wait for decisions.
  if (applications.value === 0) return { ...base, decided: 0, rate: absent('no_applications') };
  if (granted.value === null) return { ...base, decided: null, rate: absent(granted.missing) };
  if (refused.value === null) return { ...base, decided: null, rate: absent(refused.missing) };
  const decided = granted.value + refused.value;
  return { ...base, decided, rate: decided === 0 ? absent('no_decisions') : present(granted.value / decided) };
}

/** Only datasets covering every force have one period per force to match offences to. */
export function countsApplicationsForAllForces(dataset: SpoDataset): boolean {
  return dataset.scope === 'all_forces' && dataset.measures.includes('applications');
}

export function applicationsPerOffences(figure: ForceFigure, lookup: OffenceLookup): ApplicationsPerOffences {
  const { applications } = figure;
  const base = { force: figure.force, applications };
  if (applications.value === null) {
    return { ...base, window: null, offences: null, missingQuarters: [], rate: absent(applications.missing) };
  }
  if (figure.periodEnd === null) {
    return { ...base, window: null, offences: null, missingQuarters: [], rate: absent('no_period_end') };
  }
  const window = offenceWindow(figure.periodStart, figure.periodEnd);
  if (window === null) {
    return { ...base, window: null, offences: null, missingQuarters: [], rate: absent('empty_window') };
  }
  const { offences, missingQuarters, suppressedQuarters } = sumQuarters(lookup, figure.force.code, window.quarters);
  // A count that may be suppressed makes the offences a lower bound, and a rate on it an upper bound: no rate, no rank.
  const rate = offences === null
    ? absent('incomplete_offences')
    : suppressedQuarters.length > 0
      ? absent('offences_may_be_suppressed')
      : offences === 0
      ? absent('no_offences')
      : present((applications.value / offences) * 1000);
  return { ...base, window, offences, missingQuarters, rate };
}
