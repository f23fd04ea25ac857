// Every rate, rank and total the site shows, computed once from the data
// model. Pages read these results; they never compute numbers themselves.

import type { DataModel, SpoDataset } from '../data/types.ts';
import { compareApplications } from './comparisons.ts';
import { buildForceFigures, datasetTotals, forceRef, zeroApplications } from './figures.ts';
import {
  DEFAULT_POPULATION_DATE,
  DEFAULT_RESIDENTS_FINANCIAL_YEAR,
  indexOffences,
  offenceSeries,
  offencesPerResidents,
} from './offences.ts';
import type { OffenceLookup } from './offences.ts';
import { PRECISION, rankGuarded, refuseAll, MIN_DECISIONS } from './claims.ts';
import { applicationRounds, roundSeries, roundTransitions } from './rounds.ts';
import { computeSince } from './statements.ts';
import { applicationsPerOffences, countsApplicationsForAllForces, countsGrantDecisions, grantRate } from './rates.ts';
import type { ByForce, DatasetMetrics, Metrics, MetricsOptions } from './types.ts';

export type * from './types.ts';
export {
  MIN_DECISIONS,
  PRECISION,
  contradicts,
  countConflicts,
  displayed,
  extremes,
  ourSum,
  periodRelation,
  pooledRate,
} from './claims.ts';
export type { CountedPeriod, Extreme, Extremes, OurSum, Precision } from './claims.ts';
export { COMPARABLE_LENGTH_RATIO, headlineDataset, periodsFollowComparably } from './rounds.ts';
export { COMPARABLE_END_DAYS, COMPARABLE_START_DAYS, periodsComparable, periodsNest } from './comparisons.ts';
export {
  DEFAULT_POPULATION_DATE,
  DEFAULT_RESIDENTS_FINANCIAL_YEAR,
  SMALL_POPULATION_THRESHOLD,
  SPO_COMMENCEMENT,
  WINDOW_END_GRACE_DAYS,
  offenceWindow,
} from './offences.ts';
export * from './quarters.ts';
export { measureValue } from './figures.ts';
export { valueBounds, type ForceSince, type LatestFigure, type SinceMetrics, type StatementConflict, type StatementFacts } from './statements.ts';
export { forceFinding, type ForceFinding } from './force-finding.ts';

function mapValues<T, U>(byForce: ByForce<T>, transform: (entry: T) => U): Map<string, U> {
  return new Map([...byForce].map(([code, entry]) => [code, transform(entry)]));
}

function datasetMetrics(model: DataModel, dataset: SpoDataset, lookup: OffenceLookup): DatasetMetrics {
  const figures = buildForceFigures(dataset, model.forces, model.figures);
  const countsApplications = dataset.measures.includes('applications');
  const complete = dataset.coverage === 'complete';
  const grantRates = countsGrantDecisions(dataset) ? mapValues(figures, grantRate) : null;
  const perOffences = countsApplicationsForAllForces(dataset)
    ? mapValues(figures, (figure) => applicationsPerOffences(figure, lookup))
    : null;
  return {
    dataset,
    figures,
    totals: datasetTotals(dataset, figures),
    zeroApplications: countsApplications ? zeroApplications(figures) : [],
    applicationsRanking: !countsApplications
      ? null
      : complete
        ? rankGuarded(figures, (figure) => figure.applications, PRECISION.count)
        : refuseAll(figures, (figure) => figure.applications),
    grantRates,
    grantRateRanking: grantRates && (complete
      ? rankGuarded(grantRates, (entry) => entry.rate, PRECISION.share, (entry) =>
        entry.decided !== null && entry.decided < MIN_DECISIONS ? { reason: 'too_few_decisions', decided: entry.decided } : null)
      : refuseAll(grantRates, (entry) => entry.rate)),
    applicationsPerOffences: perOffences,
    applicationsPerOffencesRanking: perOffences && (complete
      ? rankGuarded(perOffences, (entry) => entry.rate, PRECISION.rate)
      : refuseAll(perOffences, (entry) => entry.rate)),
  };
}

export function computeMetrics(model: DataModel, options: MetricsOptions = {}): Metrics {
  const lookup = indexOffences(model.offences);
  const datasets = [...model.datasets]
    .sort((a, b) => a.order - b.order)
    .map((dataset) => datasetMetrics(model, dataset, lookup));
  const forces = model.forces.map(forceRef);
  const series = roundSeries(datasets);
  return {
    forces,
    datasets,
    datasetById: new Map(datasets.map((metrics) => [metrics.dataset.id, metrics])),
    applicationRounds: applicationRounds(datasets),
    rounds: { series, transitions: roundTransitions(series) },
    offences: {
      ...offenceSeries(model.forces, model.offences, lookup),
      perResidents: offencesPerResidents(
        model.forces,
        model.population,
        lookup,
        options.residentsFinancialYear ?? DEFAULT_RESIDENTS_FINANCIAL_YEAR,
        options.populationDate ?? DEFAULT_POPULATION_DATE,
      ),
    },
    comparisons: compareApplications(forces, datasets),
    since: computeSince(model),
  };
}
