// The measures forces are compared on (force pages, the /forces/ table, the
// map): every force's value with the numbers behind it, its rank or why it has
// none, the extremes and an England and Wales figure, computed once here. The
// guards of claims.ts decide every rank, extreme and sum: ranks and extremes on
// the value as displayed, sums and pooled rates only over a complete table, a
// force whose rank is refused left out of the extremes too. src/lib/views
// only labels what this returns.

import type { DatasetCoverage, FigureStatus, ForceCode } from '../data/types.ts';
import { type OurSum, PRECISION, extremes, ourSum, pooledRate } from './claims.ts';
import type { ByForce, DatasetMetrics, ForceRef, OffencesPerResidentsMetrics, StandingMetrics, StandingNational, StandingValue } from './types.ts';

function mapEntries<T>(byForce: ByForce<T>, entry: (item: T, code: ForceCode) => StandingValue): Map<ForceCode, StandingValue> {
  return new Map([...byForce].map(([code, item]) => [code, entry(item, code)]));
}

function standing(
  fields: Omit<StandingMetrics, 'extremes' | 'withValue' | 'of'>,
  forces: readonly ForceRef[],
  coverage: DatasetCoverage,
): StandingMetrics {
  const byCode = new Map(forces.map((force) => [force.code, force]));
  const values = [...fields.entries].map(([code, entry]) => [byCode.get(code) ?? { code, name: code }, entry.value.value] as const);
  // A refused rank leaves the force out of the extremes too: a rate on one decision is not "the highest".
  const comparable = values.filter(([force]) => !fields.ranking.unranked.has(force.code));
  return {
    ...fields,
    extremes: extremes(comparable, fields.precision, coverage),
    withValue: values.filter(([, value]) => value !== null).length,
    of: forces.length,
  };
}

const national = (sum: OurSum | null, kind: StandingNational['kind']): StandingNational | null => (sum === null ? null : { ...sum, kind });

/** The measures of one dataset of applications: applications, grant rate, applications per 1,000 offences. */
export function applicationStandings(primary: DatasetMetrics, forces: readonly ForceRef[]): StandingMetrics[] {
  const { dataset, figures } = primary;
  const forceCount = forces.length;
  const { coverage } = dataset;
  const stateOf = (code: ForceCode): FigureStatus => figures.get(code)?.state ?? 'not_covered';
  const standings: StandingMetrics[] = [];

  if (primary.applicationsRanking !== null) {
    standings.push(standing({
      id: 'applications',
      precision: PRECISION.count,
      datasetId: dataset.id,
      entries: mapEntries(figures, (figure) => ({
        value: figure.applications,
        state: figure.state,
        basis: { kind: 'applications', periodLabel: figure.applications.value === null ? null : figure.periodLabel },
      })),
      ranking: primary.applicationsRanking,
      national: national(ourSum([...figures.values()].map((figure) => figure.applications.value), forceCount, coverage), 'total'),
    }, forces, coverage));
  }
  if (primary.grantRates !== null && primary.grantRateRanking !== null) {
    const { grantRates } = primary;
    standings.push(standing({
      id: 'grant-rate',
      precision: PRECISION.share,
      datasetId: dataset.id,
      entries: mapEntries(grantRates, (entry, code) => ({
        value: entry.rate,
        state: stateOf(code),
        basis: { kind: 'grant-rate', granted: entry.rate.value === null ? null : entry.granted, decided: entry.rate.value === null ? null : entry.decided },
      })),
      ranking: primary.grantRateRanking,
      national: national(pooledRate([...grantRates.values()].map((entry) =>
        entry.rate.value === null || entry.granted === null || entry.decided === null ? null : [entry.granted, entry.decided] as const), 1, forceCount, coverage), 'pooled'),
    }, forces, coverage));
  }
  if (primary.applicationsPerOffences !== null && primary.applicationsPerOffencesRanking !== null) {
    const perOffences = primary.applicationsPerOffences;
    standings.push(standing({
      id: 'applications-per-offences',
      precision: PRECISION.rate,
      datasetId: dataset.id,
      entries: mapEntries(perOffences, (entry, code) => ({
        value: entry.rate,
        state: stateOf(code),
        basis: {
          kind: 'applications-per-offences',
          windowLabel: entry.rate.value === null ? null : (entry.window?.label ?? null),
          offences: entry.rate.value === null ? null : entry.offences,
        },
      })),
      ranking: primary.applicationsPerOffencesRanking,
      national: national(pooledRate([...perOffences.values()].map((entry) =>
        entry.rate.value === null || entry.applications.value === null || entry.offences === null ? null : [entry.applications.value, entry.offences] as const), 1000, forceCount, coverage), 'pooled'),
    }, forces, coverage));
  }
  return standings;
}

/** Recorded offences per 1,000 residents. Recorded crime covers every force: a complete table. */
export function residentsStanding(perResidents: OffencesPerResidentsMetrics, forces: readonly ForceRef[]): StandingMetrics {
  return standing({
    id: 'offences-per-residents',
    precision: PRECISION.rate,
    datasetId: null,
    entries: mapEntries(perResidents.byForce, (entry) => ({
      value: entry.rate,
      state: 'reported',
      basis: {
        kind: 'offences-per-residents',
        offences: entry.rate.value === null ? null : entry.offences,
        population: entry.rate.value === null ? null : entry.population,
        smallPopulation: entry.smallPopulation,
      },
    })),
    ranking: perResidents.ranking,
    national: national(pooledRate([...perResidents.byForce.values()].map((entry) =>
      entry.rate.value === null || entry.offences === null || entry.population === null ? null : [entry.offences, entry.population] as const), 1000, forces.length, 'complete'), 'pooled'),
  }, forces, 'complete');
}
