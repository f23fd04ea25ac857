// The measures forces are compared on (force pages, the /forces/ table), each
// with every force's value, its rank among forces that have one, and an
// England and Wales figure to compare with. Rates for England and Wales are
// pooled (all numerators over all denominators of the forces with figures),
// never an average of force rates; a force without a figure is left out of
// both the ranks and the pool, never counted as zero.

import { forcePage } from '../copy/force.ts';
import { standingLabel } from '../copy/common.ts';
import type { FigureStatus, ForceCode } from '../data/types.ts';
import { type ByForce, type DatasetMetrics, headlineDataset, type Metrics, type Rank, type Value } from '../metrics/index.ts';

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

export interface NationalFigure {
  value: number;
  /** "England and Wales (the 39 forces with figures together)" */
  label: string;
  /** A total of counts, or a pooled rate that can be drawn on the same scale as force rates. */
  kind: 'total' | 'pooled';
}

export interface Standing {
  id: StandingId;
  label: string;
  short: string;
  /** d3-format specifier. */
  format: string;
  /** The dataset the values come from; null for measures from recorded offences alone. */
  datasetId: string | null;
  /** Which period and source the measure covers, for the reader. */
  basis: string;
  entries: ByForce<StandingEntry>;
  ranks: ByForce<Rank>;
  national: NationalFigure | null;
}

function pooled<T>(entries: Iterable<T>, parts: (entry: T) => [number, number] | null, scale: number, total: number): NationalFigure | null {
  let numerator = 0;
  let denominator = 0;
  let count = 0;
  for (const entry of entries) {
    const pair = parts(entry);
    if (pair === null) continue;
    numerator += pair[0];
    denominator += pair[1];
    count += 1;
  }
  if (count === 0 || denominator === 0) return null;
  return { value: (numerator / denominator) * scale, label: forcePage.pooledLabel(count, total), kind: 'pooled' };
}

function mapEntries<T>(byForce: ByForce<T>, entry: (item: T, code: ForceCode) => StandingEntry): Map<ForceCode, StandingEntry> {
  return new Map([...byForce].map(([code, item]) => [code, entry(item, code)]));
}

/** The standings of one all-forces round of applications: counts, grant rate and rate per offences, as far as it counts them. */
export function applicationStandings(primary: DatasetMetrics, forceCount: number): Standing[] {
  const { dataset, figures } = primary;
  const stateOf = (code: ForceCode): FigureStatus => figures.get(code)?.state ?? 'not_covered';
  const standings: Standing[] = [];

  if (primary.applicationsRanks !== null) {
    const total = primary.totals.measures.find((measure) => measure.measure === 'applications');
    standings.push({
      id: 'applications',
      ...standingLabel.applications,
      format: ',d',
      datasetId: dataset.id,
      basis: dataset.shortTitle,
      entries: mapEntries(figures, (figure) => ({ value: figure.applications, state: figure.state, detail: figure.applications.value === null ? null : figure.periodLabel, caveat: null })),
      ranks: primary.applicationsRanks,
      national: total?.total == null ? null : { value: total.total, label: forcePage.totalLabel(total.forcesSummed), kind: 'total' },
    });
  }
  if (primary.grantRates !== null && primary.grantRateRanks !== null) {
    const { grantRates } = primary;
    standings.push({
      id: 'grant-rate',
      ...standingLabel.grantRate,
      format: '.0%',
      datasetId: dataset.id,
      basis: dataset.shortTitle,
      entries: mapEntries(grantRates, (entry, code) => ({
        value: entry.rate,
        state: stateOf(code),
        detail: entry.rate.value === null || entry.granted === null || entry.decided === null ? null : forcePage.grantNote(entry.granted, entry.decided),
        caveat: null,
      })),
      ranks: primary.grantRateRanks,
      national: pooled(grantRates.values(), (entry) =>
        entry.rate.value === null || entry.granted === null || entry.decided === null ? null : [entry.granted, entry.decided], 1, forceCount),
    });
  }
  if (primary.applicationsPerOffences !== null && primary.applicationsPerOffencesRanks !== null) {
    const perOffences = primary.applicationsPerOffences;
    standings.push({
      id: 'applications-per-offences',
      ...standingLabel.applicationsPerOffences,
      format: ',.1f',
      datasetId: dataset.id,
      basis: dataset.shortTitle,
      entries: mapEntries(perOffences, (entry, code) => ({
        value: entry.rate,
        state: stateOf(code),
        detail: entry.rate.value === null || entry.window === null || entry.offences === null ? null : forcePage.windowNote(entry.window.label, entry.offences),
        caveat: null,
      })),
      ranks: primary.applicationsPerOffencesRanks,
      national: pooled(perOffences.values(), (entry) =>
        entry.rate.value === null || entry.applications.value === null || entry.offences === null ? null : [entry.applications.value, entry.offences], 1000, forceCount),
    });
  }
  return standings;
}

/** Every comparison measure, in the order pages show them. */
export function computeStandings(metrics: Metrics): Standing[] {
  const forceCount = metrics.forces.length;
  const { perResidents } = metrics.offences;
  return [
    ...applicationStandings(headlineDataset(metrics.datasets), forceCount),
    {
      id: 'offences-per-residents',
      ...standingLabel.offencesPerResidents,
      label: `${standingLabel.offencesPerResidents.label}, ${perResidents.financialYear}`,
      format: ',.1f',
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
      ranks: perResidents.ranks,
      national: pooled(perResidents.byForce.values(), (entry) =>
        entry.rate.value === null || entry.offences === null || entry.population === null ? null : [entry.offences, entry.population], 1000, forceCount),
    },
  ];
}
