import { describe, expect, it } from 'vitest';
import type { Force } from '../../../src/lib/data/types.ts';
import type { CsvRecord } from '../../../scripts/lib/csv-io.ts';
import { spoDatasets, spoFigures } from '../../../scripts/lib/spo.ts';

const FORCES: Force[] = [
  ...Array.from({ length: 39 }, (_, i) => `E23${String(i + 1).padStart(6, '0')}`),
  ...Array.from({ length: 4 }, (_, i) => `W15${String(i + 1).padStart(6, '0')}`),
].map((code) => ({ code, name: code, onsName: code, slug: code.toLowerCase(), country: code.startsWith('W') ? 'Wales' : 'England', aliases: [], oldSlugs: [] }));

const BBC_PERIOD = (end: string): string => `2020-01-20 (SPOs in force) to ${end} (date figures correct per BBC)`;

function research(
  code: string,
  sourceId: string,
  period: string,
  [applications, granted, refused, pending]: [string, string, string, string],
): CsvRecord {
  return {
    force_name: code, pfa_code: code, period, applications, orders_granted: granted, orders_refused: refused,
    pending_not_yet_heard: pending, source_id: sourceId, notes: '',
  };
}

const SOUTH_YORKSHIRE_ITV = research('E23000011', 'S05', '2020 to 2023 ("between 2020 and 2023"; exact dates not stated)', ['6', '4', '', '']);
const BASE: CsvRecord[] = [
  research('E23000001', 'S02', 'Jan 2020 - Jan 2021 (first 12 months; court data)', ['133', '', '', '']),
  research('E23000032', 'S01', BBC_PERIOD('2021-04-30'), ['25', '23', '0', '2']),
  research('E23000019', 'S01', BBC_PERIOD('2021-05-11'), ['13', '13', '', '']),
  research('E23000020', 'S01', 'since 2020-01-20 (no FOI response)', ['', '', '', '']),
  SOUTH_YORKSHIRE_ITV,
];

describe('spoFigures', () => {
  const figures = spoFigures(BASE, FORCES);
  const find = (datasetId: string, code: string) => figures.filter((figure) => figure.datasetId === datasetId && figure.forceCode === code);

  it('gives every force one row in an all-forces dataset, not covered where the source is silent', () => {
    for (const datasetId of ['court-first-year', 'bbc-foi-2021']) {
      const rows = figures.filter((figure) => figure.datasetId === datasetId);
      expect(rows.map((figure) => figure.forceCode)).toEqual(FORCES.map((force) => force.code));
    }
    expect(find('court-first-year', 'E23000002')).toEqual([
      expect.objectContaining({ status: 'not_covered', applications: null, periodStart: '2020-01-01', periodEnd: '2021-01-31' }),
    ]);
    expect(find('court-first-year', 'E23000001')).toEqual([expect.objectContaining({ status: 'reported', applications: 133, granted: null })]);
  });

  it('keeps a non-reply as no_response with every figure blank, never 0', () => {
    expect(find('bbc-foi-2021', 'E23000020')).toEqual([
      expect.objectContaining({ status: 'no_response', applications: null, granted: null, refused: null, pending: null, periodStart: null, periodEnd: null }),
    ]);
    for (const figure of figures.filter((row) => row.status !== 'reported')) {
      expect([figure.applications, figure.granted, figure.refused, figure.pending]).toEqual([null, null, null, null]);
    }
  });

  it("records measures a force left unanswered and keeps the force's own period", () => {
    expect(find('bbc-foi-2021', 'E23000019')).toEqual([
      expect.objectContaining({ status: 'reported', applications: 13, granted: 13, refused: null, pending: null, notReported: ['refused', 'pending'] }),
    ]);
    expect(find('bbc-foi-2021', 'E23000032')).toEqual([
      expect.objectContaining({ periodStart: '2020-01-20', periodEnd: '2021-04-30', periodLabel: '20 January 2020 to 30 April 2021', refused: 0 }),
    ]);
  });

  it('leaves dates blank where the source gives none, and says so in the label', () => {
    expect(find('itv-calendar-2024', 'E23000011')).toEqual([
      expect.objectContaining({ periodStart: null, periodEnd: null, periodLabel: '2020 to 2023 (exact dates not stated)', applications: 6, granted: 4 }),
    ]);
  });

  it('orders rows by dataset order, then force code', () => {
    const order = new Map(spoDatasets().map((dataset) => [dataset.id, dataset.order]));
    const keys = figures.map((figure) => [order.get(figure.datasetId) ?? 0, figure.forceCode] as const);
    expect(keys).toEqual([...keys].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)));
  });

  it('refuses a blank measure that no reason explains', () => {
    const records = [...BASE, research('E23000033', 'S01', BBC_PERIOD('2021-05-07'), ['37', '30', '', '3'])];
    expect(() => spoFigures(records, FORCES)).toThrow(/bbc-foi-2021 E23000033: refused blank without a recorded reason/);
  });

  it('refuses a figure for a measure the dataset does not report', () => {
    const records = [...BASE, research('E23000033', 'S02', 'Jan 2020 - Jan 2021 (first 12 months; court data)', ['41', '30', '', ''])];
    expect(() => spoFigures(records, FORCES)).toThrow(/has granted, which the dataset does not report/);
  });

  it('refuses research rows that no dataset takes', () => {
    const records = [...BASE, research('E23000033', 'S99', '2024', ['1', '', '', ''])];
    expect(() => spoFigures(records, FORCES)).toThrow(/rows no dataset takes: E23000033 S99/);
  });
});
