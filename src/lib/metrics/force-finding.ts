// A force's finding in one sentence (its embeddable card leads with it): what
// the force did in one round, with the one claim about where it stands that
// the guards allow. The most of any force only over a complete table
// (extremes); "one of N forces that made none" only over a complete table;
// otherwise its rank where metrics ranked it; otherwise the bare figure. A
// force without a figure gets its state, never a zero.

import type { FigureStatus, IsoDate, SpoDataset } from '../data/types.ts';
import { PRECISION, extremes } from './claims.ts';
import type { DatasetMetrics, ForceRef, Rank } from './types.ts';

interface FindingBase {
  force: ForceRef;
  dataset: SpoDataset;
  /** The force's own period in this round; null when its figure has no dates. */
  period: { start: IsoDate; end: IsoDate } | null;
}

export type ForceFinding = FindingBase &
  (
    | { kind: 'most'; value: number; /** Other forces with the same displayed value. */ sharedWith: number; /** Forces with a figure. */ of: number }
    | { kind: 'none'; /** Forces that made none, this one included. */ forcesWithNone: number; of: number }
    | { kind: 'ranked'; value: number; rank: Rank }
    /** A figure no claim of standing may be made for (a named selection, or one the guards left unranked). */
    | { kind: 'figure'; value: number }
    | { kind: 'no-figure'; state: Exclude<FigureStatus, 'reported'> | 'not_stated' }
  );

export function forceFinding(round: DatasetMetrics, force: ForceRef): ForceFinding {
  const figure = round.figures.get(force.code);
  const period = figure?.periodStart && figure.periodEnd ? { start: figure.periodStart, end: figure.periodEnd } : null;
  const base: FindingBase = { force, dataset: round.dataset, period };
  if (figure === undefined) return { ...base, kind: 'no-figure', state: 'not_covered' };
  const value = figure.applications.value;
  if (value === null) return { ...base, kind: 'no-figure', state: figure.state === 'reported' ? 'not_stated' : figure.state };
  const complete = round.dataset.coverage === 'complete';
  const withFigure = [...round.figures.values()].filter((entry) => entry.applications.value !== null).length;
  if (value === 0) {
    return complete ? { ...base, kind: 'none', forcesWithNone: round.zeroApplications.length, of: withFigure } : { ...base, kind: 'figure', value };
  }
  const top = extremes(
    [...round.figures.values()].map((entry) => [entry.force, entry.applications.value] as const),
    PRECISION.count,
    round.dataset.coverage,
  );
  if (top !== null && top.highest.forces.some((candidate) => candidate.code === force.code)) {
    return { ...base, kind: 'most', value, sharedWith: top.highest.forces.length - 1, of: withFigure };
  }
  const rank = round.applicationsRanking?.ranks.get(force.code);
  return rank === undefined ? { ...base, kind: 'figure', value } : { ...base, kind: 'ranked', value, rank };
}
