// Where two datasets count applications for the same force over roughly the
// same period, set them side by side. They are never merged or averaged: the
// counting bases differ (court records vs force FOI replies), so a difference
// is shown, not resolved.

import type { SpoFigure } from '../data/types.ts';
import { contradicts, periodRelation } from './claims.ts';
import { byName } from './figures.ts';
import { daysBetween } from './quarters.ts';
import type { ApplicationsComparison, ComparedFigure, ComparisonMetrics, DatasetMetrics, ForceRef, ZeroComparisonRow } from './types.ts';

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

function comparedFigures(metrics: DatasetMetrics, forceCode: string): ComparedFigure[] {
  const rows = metrics.figures.get(forceCode)?.rows ?? [];
  return rows.flatMap((figure) =>
    figure.status === 'reported' && figure.applications !== null
      ? [{ datasetId: metrics.dataset.id, figure, applications: figure.applications }]
      : []);
}

/** How the two periods relate, and whether the counts contradict each other (only possible where the periods nest). */
function periodClaims(first: ComparedFigure, second: ComparedFigure): Pick<ApplicationsComparison, 'relation' | 'contradiction'> {
  // periodsComparable has checked that both periods have exact dates.
  const period = (compared: ComparedFigure) => ({
    start: compared.figure.periodStart ?? '',
    end: compared.figure.periodEnd ?? '',
    count: compared.applications,
  });
  const [a, b] = [period(first), period(second)];
  return { relation: periodRelation(a, b), contradiction: contradicts(a, b) };
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
            if (periodsComparable(first.figure, second.figure)) {
              comparable.push({ force, first, second, agree: first.applications === second.applications, ...periodClaims(first, second) });
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

  return { comparable, disagreements: comparable.filter((pair) => !pair.agree), zeroComparison };
}
