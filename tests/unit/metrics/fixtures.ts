// Small synthetic data models for metrics tests.

import type { DataModel, Force, OffenceQuarter, Population, SpoDataset, SpoFigure, SpoStatement } from '../../../src/lib/data/types.ts';
import { nextQuarter, quarterEnd, quarterStart } from '../../../src/lib/metrics/quarters.ts';
import type { QuarterRef } from '../../../src/lib/metrics/quarters.ts';

export function makeForce(code: string, name: string): Force {
  return {
    code,
    name,
    onsName: name,
    slug: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    country: code.startsWith('W') ? 'Wales' : 'England',
    aliases: [],
    oldSlugs: [],
  };
}

export const ALPHA = makeForce('E23000001', 'Alpha');
export const BRAVO = makeForce('E23000002', 'Bravo');
export const CHARLIE = makeForce('W15000001', 'Charlie');

export function makeDataset(overrides: Partial<SpoDataset> & Pick<SpoDataset, 'id'>): SpoDataset {
  return {
    sourceId: 'S01',
    title: overrides.id,
    shortTitle: overrides.id,
    basis: 'test',
    scope: 'all_forces',
    measures: ['applications', 'granted', 'refused', 'pending'],
    order: 1,
    notes: '',
    voice: { according: '', noResponse: '', notCovered: '' },
    plainName: '',
    ...overrides,
    role: overrides.role ?? (overrides.scope === 'selected_forces' ? 'local' : 'comparison'),
    coverage: overrides.coverage ?? (overrides.scope === 'selected_forces' ? 'selection' : 'complete'),
  };
}

let nextLine = 2;

/** A reported figure by default; pass status and nulls for the other states. */
export function makeFigure(overrides: Partial<SpoFigure> & Pick<SpoFigure, 'datasetId' | 'forceCode'>): SpoFigure {
  return {
    periodStart: '2020-01-20',
    periodEnd: '2021-04-30',
    periodLabel: '20 Jan 2020 to 30 Apr 2021',
    status: 'reported',
    applications: null,
    granted: null,
    refused: null,
    pending: null,
    notReported: [],
    note: '',
    line: nextLine++,
    ...overrides,
  };
}

export function noResponse(datasetId: string, forceCode: string): SpoFigure {
  return makeFigure({ datasetId, forceCode, status: 'no_response', periodStart: '2020-01-20', periodEnd: null, periodLabel: 'since 20 Jan 2020' });
}

/** One row per quarter from `first` to `last` inclusive; `offences` may vary by quarter. */
export function offenceQuarters(
  forceCode: string,
  first: QuarterRef,
  last: QuarterRef,
  offences: number | ((quarter: QuarterRef) => number) = 100,
): OffenceQuarter[] {
  const rows: OffenceQuarter[] = [];
  for (let quarter = first; ; quarter = nextQuarter(quarter)) {
    rows.push({
      forceCode,
      financialYear: quarter.financialYear,
      quarter: quarter.quarter,
      start: quarterStart(quarter),
      end: quarterEnd(quarter),
      offences: typeof offences === 'number' ? offences : offences(quarter),
      mayBeSuppressed: false,
      sourceId: 'S06',
    });
    if (quarter.financialYear === last.financialYear && quarter.quarter === last.quarter) return rows;
  }
}

export function population(forceCode: string, people: number, referenceDate = '2024-06-30'): Population {
  return { forceCode, referenceDate, population: people, sourceId: 'S07' };
}

export const FIRST_QUARTER: QuarterRef = { financialYear: '2019/20', quarter: 1 };
export const LAST_QUARTER: QuarterRef = { financialYear: '2024/25', quarter: 4 };

/**
 * Three forces, each with 100 offences in every quarter from 2019/20 Q1 to
 * 2024/25 Q4, a population for mid-2024, and no datasets or figures.
 */
export function makeModel(overrides: Partial<DataModel> = {}): DataModel {
  const forces = overrides.forces ?? [ALPHA, BRAVO, CHARLIE];
  return {
    forces,
    datasets: [],
    figures: [],
    offences: forces.flatMap((force) => offenceQuarters(force.code, FIRST_QUARTER, LAST_QUARTER)),
    population: forces.map((force) => population(force.code, 1_000_000)),
    nationalFigures: [],
    statements: [],
    sources: [],
    boundaryCodes: forces.map((force) => force.code),
    ...overrides,
  };
}

let nextStatementLine = 2;

/** A statement: by default Alpha's 12 applications in 2023, from an FOI reply. */
export function makeStatement(overrides: Partial<SpoStatement> = {}): SpoStatement {
  const line = nextStatementLine++;
  return {
    id: `statement-${line}`,
    forceCode: ALPHA.code,
    kind: 'applications',
    orders: 'not_stated',
    periodType: 'between',
    periodStart: '2023-01',
    periodEnd: '2023-12',
    value: { type: 'count', count: 12 },
    valueText: '12',
    saidBy: 'Alpha Police',
    saidIn: 'foi_reply',
    sourceId: 'S01',
    statedOn: '2024-02-01',
    quote: 'We applied for 12 orders in 2023.',
    note: '',
    line,
    ...overrides,
  };
}
