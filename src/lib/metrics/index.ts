// Every rate, rank and total the site shows, computed once from the data
// model. Pages read these results; they never compute numbers themselves.

import type { DataModel, SpoDataset, SpoMeasure } from '../data/types.ts';
import { compareApplications } from './comparisons.ts';
import { buildForceFigures, datasetTotals, forceRef, zeroApplications } from './figures.ts';
import {
  DEFAULT_POPULATION_DATE,
  DEFAULT_RESIDENTS_FINANCIAL_YEAR,
  indexOffences,
  offenceSeries,
  offencesOverSpan,
  offencesPerResidents,
} from './offences.ts';
import type { OffenceLookup } from './offences.ts';
import { type OurSum, PRECISION, ourSum, rankGuarded, refuseAll, MIN_DECISIONS } from './claims.ts';
import { applicationRounds, roundSeries, roundTransitions } from './rounds.ts';
import { computeSince } from './statements.ts';
import { applicationStandings, residentsStanding } from './standings.ts';
import { applicationsPerOffences, countsApplicationsForAllForces, countsGrantDecisions, grantRate } from './rates.ts';
import type { ByForce, DatasetMetrics, ForceFigure, Metrics, MetricsOptions } from './types.ts';

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
export { valueBounds } from './statements.ts';
export { forceFinding, type ForceFinding } from './force-finding.ts';
export { applicationStandings, residentsStanding } from './standings.ts';

function mapValues<T, U>(byForce: ByForce<T>, transform: (entry: T) => U): Map<string, U> {
  return new Map([...byForce].map(([code, entry]) => [code, transform(entry)]));
}

/** Our sum of each measure the dataset counts, per country, over its forces with a value (only over a complete table). */
function sumsByCountry(model: DataModel, dataset: SpoDataset, figures: ByForce<ForceFigure>): DatasetMetrics['sumsByCountry'] {
  const countries = [...new Set(model.forces.map((force) => force.country))];
  return new Map(countries.map((country) => {
    const inCountry = model.forces.filter((force) => force.country === country);
    const sums: Partial<Record<SpoMeasure, OurSum>> = {};
    for (const measure of dataset.measures) {
      const sum = ourSum(inCountry.map((force) => figures.get(force.code)?.[measure].value ?? null), inCountry.length, dataset.coverage);
      if (sum !== null) sums[measure] = sum;
    }
    return [country, sums];
  }));
}

/** The span of a dataset's reported figures: the earliest start, and the earliest and latest ends. */
function reportedSpan(figures: ByForce<ForceFigure>): DatasetMetrics['reportedSpan'] {
  const rows = [...figures.values()].flatMap((figure) => figure.rows.filter((row) => row.status === 'reported'));
  const starts = rows.flatMap((row) => (row.periodStart === null ? [] : [row.periodStart])).sort();
  const ends = rows.flatMap((row) => (row.periodEnd === null ? [] : [row.periodEnd])).sort();
  return {
    start: starts[0] ?? null,
    firstEnd: ends[0] ?? null,
    lastEnd: ends.at(-1) ?? null,
    allDated: rows.every((row) => row.periodStart !== null && row.periodEnd !== null),
    labels: [...new Set(rows.map((row) => row.periodLabel))],
  };
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
    reportedSpan: reportedSpan(figures),
    sumsByCountry: sumsByCountry(model, dataset, figures),
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
  const roundsSeries = roundSeries(datasets);
  const series = offenceSeries(model.forces, model.offences, lookup);
  const rounds = applicationRounds(datasets);
  const perResidents = offencesPerResidents(
    model.forces,
    model.population,
    lookup,
    options.residentsFinancialYear ?? DEFAULT_RESIDENTS_FINANCIAL_YEAR,
    options.populationDate ?? DEFAULT_POPULATION_DATE,
  );
  const roundStandings = new Map(rounds.map((round) => [round.dataset.id, applicationStandings(round, forces)]));
  return {
    forces,
    datasets,
    datasetById: new Map(datasets.map((metrics) => [metrics.dataset.id, metrics])),
    applicationRounds: rounds,
    rounds: { series: roundsSeries, transitions: roundTransitions(roundsSeries) },
    offences: { ...series, perResidents, overDatasetSpan: new Map(datasets.map((metrics) => [metrics.dataset.id, offencesOverSpan(metrics.reportedSpan, series.national)])) },
    comparisons: compareApplications(forces, datasets),
    since: computeSince(model),
    // The checker requires a headline round; synthetic models without one still get offences per resident.
    standings: [...(roundStandings.get(datasets.find(({ dataset }) => dataset.role === 'headline')?.dataset.id ?? '') ?? []), residentsStanding(perResidents, forces)],
    roundStandings,
  };
}
