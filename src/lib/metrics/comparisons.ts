// Where two datasets count applications for the same force over roughly the
// same period, set them side by side. They are never merged or averaged: the
// counting bases differ (court records vs force FOI replies), so a difference
// is shown, not resolved.

import type { SpoFigure, SpoMeasure } from '../data/types.ts';
import { countConflicts, periodRelation } from './claims.ts';
import { byName } from './figures.ts';
import { SPO_MEASURES } from '../data/types.ts';
import { daysBetween } from './quarters.ts';
import type {
  ApplicationsComparison, ComparedFigure, ComparisonMetrics, DatasetMetrics, ForceRef, ForceSources, NotComparedFigure, ZeroComparisonRow,
} from './types.ts';

/** Periods both starting from SPO commencement may still be dated a few weeks apart (1 Jan vs 20 Jan 2020). */
export const COMPARABLE_START_DAYS = 31;

/**
 * "First 12 months" vs "to spring 2021": ends up to about half a year apart
 * still describe the first year of SPOs; anything wider is a different period.
 */
export const COMPARABLE_END_DAYS = 183;

/** Both periods have exact dates, start within COMPARABLE_START_DAYS and end within COMPARABLE_END_DAYS. */
export function periodsComparable(a: SpoFigure, b: SpoFigure): boolean {
  if (a.periodStart === null || b.periodStart === null || a.periodEnd === null || b.periodEnd === null) return false;
  return Math.abs(daysBetween(a.periodStart, b.periodStart)) <= COMPARABLE_START_DAYS
    && Math.abs(daysBetween(a.periodEnd, b.periodEnd)) <= COMPARABLE_END_DAYS;
}

/**
 * One period lies inside the other (or they are the same), both with exact
 * dates: however far apart the ends, counts of the longer period must hold
 * the shorter one's, so such figures are always compared (Avon and Somerset's
 * reply to April 2021 inside its reply to March 2023).
 */
export function periodsNest(a: SpoFigure, b: SpoFigure): boolean {
  if (a.periodStart === null || b.periodStart === null || a.periodEnd === null || b.periodEnd === null) return false;
  const relation = periodRelation({ start: a.periodStart, end: a.periodEnd }, { start: b.periodStart, end: b.periodEnd });
  return relation === 'same' || relation === 'nested';
}

function comparedFigures(metrics: DatasetMetrics, forceCode: string): ComparedFigure[] {
  const rows = metrics.figures.get(forceCode)?.rows ?? [];
  const measures = metrics.dataset.measures;
  return rows.flatMap((figure) => {
    if (figure.status !== 'reported' || figure.applications === null) return [];
    const counts: Partial<Record<SpoMeasure, number>> = {};
    for (const measure of measures) {
      const value = figure[measure];
      if (value !== null) counts[measure] = value;
    }
    return [{ datasetId: metrics.dataset.id, figure, applications: figure.applications, counts }];
  });
}

/** What the pair's counts claim: agreement on every shared measure, how the periods relate, and any conflict between them. */
function pairClaims(first: ComparedFigure, second: ComparedFigure): Pick<ApplicationsComparison, 'agree' | 'relation' | 'contradiction' | 'conflicts' | 'differing'> {
  // Both periods have exact dates: periodsComparable and periodsNest check that.
  const period = (compared: ComparedFigure) => ({
    start: compared.figure.periodStart ?? '',
    end: compared.figure.periodEnd ?? '',
    counts: compared.counts,
  });
  const [a, b] = [period(first), period(second)];
  const conflicts = countConflicts(a, b);
  const differing = SPO_MEASURES.filter((measure) =>
    first.counts[measure] !== undefined && second.counts[measure] !== undefined && first.counts[measure] !== second.counts[measure]);
  return { agree: differing.length === 0 && conflicts.length === 0, relation: periodRelation(a, b), contradiction: conflicts.length > 0, conflicts, differing };
}

/** `datasets` in display order; the earlier dataset of each pair comes first. */
export function compareApplications(forces: readonly ForceRef[], datasets: readonly DatasetMetrics[]): ComparisonMetrics {
  const comparable: ApplicationsComparison[] = [];
  for (const force of forces) {
    const perDataset = datasets.map((metrics) => comparedFigures(metrics, force.code));
    perDataset.forEach((firstRows, firstIndex) => {
      for (const secondRows of perDataset.slice(firstIndex + 1)) {
        for (const first of firstRows) {
          for (const second of secondRows) {
            if (periodsComparable(first.figure, second.figure) || periodsNest(first.figure, second.figure)) {
              comparable.push({ force, first, second, ...pairClaims(first, second) });
            }
          }
        }
      }
    });
  }

  const zeroComparison: ZeroComparisonRow[] = [...forces]
    .sort(byName)
    .filter((force) => datasets.some((metrics) => comparedFigures(metrics, force.code).some((row) => row.applications === 0)))
    .map((force) => ({
      force,
      figures: datasets.flatMap((metrics) => {
        const figure = metrics.figures.get(force.code);
        return figure ? [figure] : [];
      }),
    }));

  const byForce = new Map(forces.map((force) => [force.code, forceSources(force, datasets, comparable)]));
  return { comparable, disagreements: comparable.filter((pair) => !pair.agree), zeroComparison, byForce };
}

const hasExactDates = (figure: SpoFigure) => figure.periodStart !== null && figure.periodEnd !== null;

/**
 * Every figure of one force and the verdict over those that can be compared.
 * A figure in no compared pair is listed with why, so that "the sources agree"
 * is never said over a figure the comparison quietly left out.
 */
function forceSources(force: ForceRef, datasets: readonly DatasetMetrics[], comparable: readonly ApplicationsComparison[]): ForceSources {
  const figures = datasets.flatMap((metrics) => comparedFigures(metrics, force.code));
  const compared = comparable.filter((pair) => pair.force.code === force.code);
  const inPair = new Set(compared.flatMap((pair) => [pair.first.figure, pair.second.figure]));
  const notCompared: NotComparedFigure[] = figures.length < 2
    ? []
    : figures
      .filter((figure) => !inPair.has(figure.figure))
      .map((figure) => ({ figure, reason: hasExactDates(figure.figure) ? 'different_periods' : 'no_exact_dates' }));
  const verdict = compared.length === 0 ? 'single' : compared.every((pair) => pair.agree) ? 'agree' : 'differ';
  return { force, figures, compared, notCompared, verdict };
}
