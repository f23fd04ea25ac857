// The measures forces are compared on (force pages, the /forces/ table, the
// map), in words. Every number and every claim (values, ranks, extremes, the
// England and Wales figure) is computed once in src/lib/metrics/standings.ts;
// this file only labels them and words what each value is made of.

import { standingLabel } from '../copy/common.ts';
import { forcePage } from '../copy/force.ts';
import type { FigureStatus, ForceCode } from '../data/types.ts';
import {
  type ByForce,
  type Extremes,
  type Metrics,
  type OurSum,
  type Precision,
  type Ranking,
  type StandingBasis,
  type StandingId,
  type StandingMetrics,
  type Value,
} from '../metrics/index.ts';
import { specifierOf } from './format.ts';

export type { StandingId } from '../metrics/index.ts';

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
  /** How many forces have a value, of how many. */
  withValue: number;
  of: number;
}

const LABELS = {
  applications: standingLabel.applications,
  'grant-rate': standingLabel.grantRate,
  'applications-per-offences': standingLabel.applicationsPerOffences,
  'offences-per-residents': standingLabel.offencesPerResidents,
} as const satisfies Record<StandingId, { label: string; short: string }>;

function detail(basis: StandingBasis, metrics: Metrics): string | null {
  const { financialYear, populationDate } = metrics.offences.perResidents;
  switch (basis.kind) {
    case 'applications':
      return basis.periodLabel;
    case 'grant-rate':
      return basis.granted === null || basis.decided === null ? null : forcePage.grantNote(basis.granted, basis.decided);
    case 'applications-per-offences':
      return basis.windowLabel === null || basis.offences === null ? null : forcePage.windowNote(basis.windowLabel, basis.offences);
    case 'offences-per-residents':
      return basis.offences === null || basis.population === null ? null : forcePage.residentsNote(financialYear, basis.offences, basis.population, populationDate);
  }
}

/** One measure from metrics, with its words. */
function labelled(standing: StandingMetrics, metrics: Metrics): Standing {
  const { financialYear, populationDate } = metrics.offences.perResidents;
  const dataset = standing.datasetId === null ? null : (metrics.datasetById.get(standing.datasetId)?.dataset ?? null);
  const words = LABELS[standing.id];
  const { national } = standing;
  return {
    ...standing,
    ...words,
    label: standing.id === 'offences-per-residents' ? `${words.label}, ${financialYear}` : words.label,
    format: specifierOf(standing.precision),
    basis: dataset?.shortTitle ?? forcePage.residentsBasis(financialYear, populationDate),
    entries: new Map([...standing.entries].map(([code, entry]): [ForceCode, StandingEntry] => [code, {
      value: entry.value,
      state: entry.state,
      detail: detail(entry.basis, metrics),
      caveat: entry.basis.kind === 'offences-per-residents' && entry.basis.smallPopulation ? forcePage.populationCaveat : null,
    }])),
    national: national === null
      ? null
      : { ...national, label: national.kind === 'total' ? forcePage.totalLabel(national.forces) : forcePage.pooledLabel(national.forces, national.of) },
  };
}

/** The measures of one all-forces round of applications, labelled. */
export function applicationStandings(datasetId: string, metrics: Metrics): Standing[] {
  return (metrics.roundStandings.get(datasetId) ?? []).map((standing) => labelled(standing, metrics));
}

/** Every comparison measure, in the order pages show them, labelled. */
export function computeStandings(metrics: Metrics): Standing[] {
  return metrics.standings.map((standing) => labelled(standing, metrics));
}
