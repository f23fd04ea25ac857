// The measures forces are compared on (force pages, the /forces/ table, the
// map), in words: every force's value with what it is made of, its rank or
// why it has none, the extremes and an England and Wales figure. Every number
// and every claim comes from src/lib/metrics (ranks and extremes on the value
// as displayed, sums and pooled rates only over a complete table); this file
// only labels them.

import { standingLabel } from '../copy/common.ts';
import { forcePage } from '../copy/force.ts';
import type { FigureStatus, ForceCode } from '../data/types.ts';
import {
  type ByForce,
  type DatasetMetrics,
  type Extremes,
  type Metrics,
  type OurSum,
  PRECISION,
  type Precision,
  type Ranking,
  type Value,
  extremes,
  headlineDataset,
  ourSum,
  pooledRate,
} from '../metrics/index.ts';
import { specifierOf } from './format.ts';

export type StandingId = 'applications' | 'grant-rate' | 'applications-per-offences' | 'offences-per-residents';

export interface StandingEntry {
  value: Value;
  /** The state of the SPO figure the value comes from ('reported' for offence rates). */
  state: FigureStatus;
  /** What the value is made of for this force ("2 granted of 2 decided"), when it has one. */
  detail: string | null;
  /** A warning that must stay beside the value wherever it is shown. */
  caveat: string | null;
}

export interface NationalFigure extends OurSum {
  /** "England and Wales (the 39 forces with figures together)" */
  label: string;
  /** Our sum of counts, or a pooled rate that can be drawn on the same scale as force rates. */
  kind: 'total' | 'pooled';
}

export interface Standing {
  id: StandingId;
  label: string;
  short: string;
  precision: Precision;
  /** d3-format specifier, from the precision. */
  format: string;
  /** The dataset the values come from; null for measures from recorded offences alone. */
  datasetId: string | null;
  /** Which period and source the measure covers, for the reader. */
  basis: string;
  entries: ByForce<StandingEntry>;
  ranking: Ranking;
  /** Highest and lowest, when the data can claim them. */
  extremes: Extremes | null;
  national: NationalFigure | null;
}

function mapEntries<T>(byForce: ByForce<T>, entry: (item: T, code: ForceCode) => StandingEntry): Map<ForceCode, StandingEntry> {
  return new Map([...byForce].map(([code, item]) => [code, entry(item, code)]));
}

function national(sum: OurSum | null, kind: NationalFigure['kind']): NationalFigure | null {
  if (sum === null) return null;
  return { ...sum, kind, label: kind === 'total' ? forcePage.totalLabel(sum.forces) : forcePage.pooledLabel(sum.forces, sum.of) };
}

function standing(
  fields: Omit<Standing, 'format' | 'extremes'>,
  metrics: { forces: readonly { code: ForceCode; name: string }[] },
  coverage: 'complete' | 'selection',
): Standing {
  const forces = new Map(metrics.forces.map((force) => [force.code, force]));
  const values = [...fields.entries].map(([code, entry]) => [forces.get(code) ?? { code, name: code }, entry.value.value] as const);
  // A refused rank leaves the force out of the extremes too: a rate on one decision is not "the highest".
  const comparable = values.filter(([force]) => !fields.ranking.unranked.has(force.code));
  return { ...fields, format: specifierOf(fields.precision), extremes: extremes(comparable, fields.precision, coverage) };
}

/** The measures of one dataset of applications: applications, grant rate, applications per 1,000 offences. */
export function applicationStandings(primary: DatasetMetrics, metrics: Metrics): Standing[] {
  const { dataset, figures } = primary;
  const forceCount = metrics.forces.length;
  const { coverage } = dataset;
  const stateOf = (code: ForceCode): FigureStatus => figures.get(code)?.state ?? 'not_covered';
  const standings: Standing[] = [];

  if (primary.applicationsRanking !== null) {
    standings.push(standing({
      id: 'applications',
      ...standingLabel.applications,
      precision: PRECISION.count,
      datasetId: dataset.id,
      basis: dataset.shortTitle,
      entries: mapEntries(figures, (figure) => ({ value: figure.applications, state: figure.state, detail: figure.applications.value === null ? null : figure.periodLabel, caveat: null })),
      ranking: primary.applicationsRanking,
      national: national(ourSum([...figures.values()].map((figure) => figure.applications.value), forceCount, coverage), 'total'),
    }, metrics, coverage));
  }
  if (primary.grantRates !== null && primary.grantRateRanking !== null) {
    const { grantRates } = primary;
    const ranking = primary.grantRateRanking;
    standings.push(standing({
      id: 'grant-rate',
      ...standingLabel.grantRate,
      precision: PRECISION.share,
      datasetId: dataset.id,
      basis: dataset.shortTitle,
      entries: mapEntries(grantRates, (entry, code) => ({
        value: entry.rate,
        state: stateOf(code),
        detail: entry.rate.value === null || entry.granted === null || entry.decided === null ? null : forcePage.grantNote(entry.granted, entry.decided),
        caveat: null,
      })),
      ranking,
      national: national(pooledRate([...grantRates.values()].map((entry) =>
        entry.rate.value === null || entry.granted === null || entry.decided === null ? null : [entry.granted, entry.decided] as const), 1, forceCount, coverage), 'pooled'),
    }, metrics, coverage));
  }
  if (primary.applicationsPerOffences !== null && primary.applicationsPerOffencesRanking !== null) {
    const perOffences = primary.applicationsPerOffences;
    standings.push(standing({
      id: 'applications-per-offences',
      ...standingLabel.applicationsPerOffences,
      precision: PRECISION.rate,
      datasetId: dataset.id,
      basis: dataset.shortTitle,
      entries: mapEntries(perOffences, (entry, code) => ({
        value: entry.rate,
        state: stateOf(code),
        detail: entry.rate.value === null || entry.window === null || entry.offences === null ? null : forcePage.windowNote(entry.window.label, entry.offences),
        caveat: null,
      })),
      ranking: primary.applicationsPerOffencesRanking,
      national: national(pooledRate([...perOffences.values()].map((entry) =>
        entry.rate.value === null || entry.applications.value === null || entry.offences === null ? null : [entry.applications.value, entry.offences] as const), 1000, forceCount, coverage), 'pooled'),
    }, metrics, coverage));
  }
  return standings;
}

/** Every comparison measure, in the order pages show them. */
export function computeStandings(metrics: Metrics): Standing[] {
  const forceCount = metrics.forces.length;
  const { perResidents } = metrics.offences;
  return [
    ...applicationStandings(headlineDataset(metrics.datasets), metrics),
    standing({
      id: 'offences-per-residents',
      ...standingLabel.offencesPerResidents,
      label: `${standingLabel.offencesPerResidents.label}, ${perResidents.financialYear}`,
      precision: PRECISION.rate,
      datasetId: null,
      basis: forcePage.residentsBasis(perResidents.financialYear, perResidents.populationDate),
      entries: mapEntries(perResidents.byForce, (entry) => ({
        value: entry.rate,
        state: 'reported',
        detail: entry.rate.value === null || entry.offences === null || entry.population === null
          ? null
          : forcePage.residentsNote(perResidents.financialYear, entry.offences, entry.population, perResidents.populationDate),
        caveat: entry.smallPopulation ? forcePage.populationCaveat : null,
      })),
      ranking: perResidents.ranking,
      // Recorded crime covers every force: a complete table.
      national: national(pooledRate([...perResidents.byForce.values()].map((entry) =>
        entry.rate.value === null || entry.offences === null || entry.population === null ? null : [entry.offences, entry.population] as const), 1000, forceCount, 'complete'), 'pooled'),
    }, metrics, 'complete'),
  ];
}
