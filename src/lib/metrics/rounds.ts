// Rounds over time: the same questions put to every force again later (the
// BBC Shared Data Unit's FOI requests of 2021, a newsroom's the year after).
// Datasets covering all forces that count applications on the same `basis`
// form one series; each force's figures are followed from one round to the
// next. A change is given only where it means something: both rounds
// reported, the periods of comparable length and not overlapping.

import type { IsoDate } from '../data/types.ts';
import { byName } from './figures.ts';
import { daysBetween } from './quarters.ts';
import { countsApplicationsForAllForces } from './rates.ts';
import type { DatasetMetrics, ForceFigure, ForceRef, RoundSeries, RoundStep, RoundTransition } from './types.ts';

/**
 * The shorter of two periods must be at least this share of the longer for
 * their counts to be set against each other: a 12-month round against a
 * 16-month one would mostly show the extra four months, not a change.
 */
export const COMPARABLE_LENGTH_RATIO = 0.85;

/** The dataset the story and the map lead with: the one whose role is headline (the checker allows exactly one). */
export function headlineDataset(datasets: readonly DatasetMetrics[]): DatasetMetrics {
  const headline = datasets.find(({ dataset }) => dataset.role === 'headline');
  if (headline === undefined) throw new Error('no dataset has role headline; the data checker requires exactly one');
  return headline;
}

/** Every dataset that gives every force an applications figure (or its state), headline first, then display order. */
export function applicationRounds(datasets: readonly DatasetMetrics[]): DatasetMetrics[] {
  const rounds = datasets.filter(({ dataset }) => countsApplicationsForAllForces(dataset));
  return [...rounds.filter(({ dataset }) => dataset.role === 'headline'), ...rounds.filter(({ dataset }) => dataset.role !== 'headline')];
}

function latestEnd(metrics: DatasetMetrics): IsoDate | null {
  const ends = [...metrics.figures.values()].flatMap((figure) => figure.rows.flatMap((row) => (row.periodEnd === null ? [] : [row.periodEnd])));
  return ends.length === 0 ? null : ends.reduce((latest, end) => (end > latest ? end : latest));
}

/** Earliest round first: by the latest period end it reports; rounds without dates keep display order after dated ones. */
function chronological(a: DatasetMetrics, b: DatasetMetrics): number {
  const [endA, endB] = [latestEnd(a), latestEnd(b)];
  if (endA !== endB) {
    if (endA === null) return 1;
    if (endB === null) return -1;
    return endA < endB ? -1 : 1;
  }
  return a.dataset.order - b.dataset.order;
}

/** Series of rounds sharing a counting basis, in the order their first dataset is displayed; each series earliest round first. */
export function roundSeries(datasets: readonly DatasetMetrics[]): RoundSeries[] {
  const byBasis = new Map<string, DatasetMetrics[]>();
  for (const metrics of datasets) {
    if (!countsApplicationsForAllForces(metrics.dataset)) continue;
    byBasis.set(metrics.dataset.basis, [...(byBasis.get(metrics.dataset.basis) ?? []), metrics]);
  }
  return [...byBasis].map(([basis, rounds]) => ({ basis, rounds: [...rounds].sort(chronological) }));
}

function periodDays(figure: ForceFigure): number | null {
  return figure.periodStart === null || figure.periodEnd === null ? null : daysBetween(figure.periodStart, figure.periodEnd) + 1;
}

/** Both periods dated, the later starting after the earlier ends, and lengths within COMPARABLE_LENGTH_RATIO. */
export function periodsFollowComparably(earlier: ForceFigure, later: ForceFigure): boolean {
  const [lengthA, lengthB] = [periodDays(earlier), periodDays(later)];
  if (lengthA === null || lengthB === null || earlier.periodEnd === null || later.periodStart === null) return false;
  if (later.periodStart <= earlier.periodEnd) return false;
  return Math.min(lengthA, lengthB) / Math.max(lengthA, lengthB) >= COMPARABLE_LENGTH_RATIO;
}

function step(earlier: ForceFigure, later: ForceFigure): RoundStep {
  const [before, after] = [earlier.applications.value, later.applications.value];
  const base = { force: earlier.force, earlier, later };
  if (before === null || after === null) return { ...base, change: null, changeMissing: 'not_both_reported' };
  if (!periodsFollowComparably(earlier, later)) return { ...base, change: null, changeMissing: 'periods_not_comparable' };
  return { ...base, change: after - before, changeMissing: null };
}

/** Each pair of consecutive rounds in each series, with every force's step and who went from none to some and back. */
export function roundTransitions(series: readonly RoundSeries[]): RoundTransition[] {
  return series.flatMap(({ rounds }) =>
    rounds.slice(1).map((later, index) => {
      const earlier = rounds[index] as DatasetMetrics;
      const steps = new Map<string, RoundStep>();
      for (const [code, before] of earlier.figures) {
        const after = later.figures.get(code);
        if (after !== undefined) steps.set(code, step(before, after));
      }
      const both = [...steps.values()].filter((entry) => entry.earlier.applications.value !== null && entry.later.applications.value !== null);
      const forces = (test: (before: number, after: number) => boolean): ForceRef[] =>
        both
          .filter((entry) => test(entry.earlier.applications.value ?? 0, entry.later.applications.value ?? 0))
          .map((entry) => entry.force)
          .sort(byName);
      return {
        earlier,
        later,
        steps,
        reportedInBoth: both.length,
        noneToSome: forces((before, after) => before === 0 && after > 0),
        someToNone: forces((before, after) => before > 0 && after === 0),
      };
    }),
  );
}
