import { describe, expect, it } from 'vitest';
import { computeMetrics, COMPARABLE_END_DAYS, COMPARABLE_START_DAYS, periodsComparable } from '../../../src/lib/metrics/index.ts';
import { addDays } from '../../../src/lib/metrics/quarters.ts';
import { ALPHA, BRAVO, CHARLIE, makeDataset, makeFigure, makeModel, noResponse } from './fixtures.ts';

const court = makeDataset({ id: 'court', order: 1, scope: 'selected_forces', measures: ['applications'] });
const foi = makeDataset({ id: 'foi', order: 2 });
const local = makeDataset({ id: 'local', order: 3, scope: 'selected_forces', measures: ['applications'] });

const courtPeriod = { periodStart: '2020-01-20', periodEnd: '2021-01-19' };
const base = makeFigure({ datasetId: 'court', forceCode: ALPHA.code, ...courtPeriod, applications: 1 });

describe('periodsComparable', () => {
  it(`allows starts up to ${COMPARABLE_START_DAYS} days apart, not more`, () => {
    expect(periodsComparable(base, { ...base, periodStart: addDays(base.periodStart ?? '', COMPARABLE_START_DAYS) })).toBe(true);
    expect(periodsComparable(base, { ...base, periodStart: addDays(base.periodStart ?? '', -COMPARABLE_START_DAYS - 1) })).toBe(false);
  });

  it(`allows ends up to ${COMPARABLE_END_DAYS} days apart, not more`, () => {
    expect(periodsComparable(base, { ...base, periodEnd: addDays(base.periodEnd ?? '', COMPARABLE_END_DAYS) })).toBe(true);
    expect(periodsComparable(base, { ...base, periodEnd: addDays(base.periodEnd ?? '', COMPARABLE_END_DAYS + 1) })).toBe(false);
  });

  it('never compares a period without exact dates', () => {
    expect(periodsComparable(base, { ...base, periodStart: null })).toBe(false);
    expect(periodsComparable({ ...base, periodEnd: null }, base)).toBe(false);
  });
});

function comparisonModel() {
  return makeModel({
    datasets: [foi, court, local],
    figures: [
      makeFigure({ datasetId: 'court', forceCode: ALPHA.code, ...courtPeriod, applications: 133 }),
      makeFigure({ datasetId: 'foi', forceCode: ALPHA.code, periodEnd: '2021-05-12', applications: 123, granted: 59, refused: 3, pending: 61 }),
      makeFigure({ datasetId: 'court', forceCode: BRAVO.code, ...courtPeriod, applications: 0 }),
      makeFigure({ datasetId: 'foi', forceCode: BRAVO.code, applications: 0, granted: 0, refused: 0, pending: 0 }),
      // Bravo's later local period is not comparable; its first one is.
      makeFigure({ datasetId: 'local', forceCode: BRAVO.code, periodStart: '2021-01-02', periodEnd: '2022-01-31', applications: 2 }),
      makeFigure({ datasetId: 'local', forceCode: BRAVO.code, periodStart: '2020-01-01', periodEnd: '2021-01-01', applications: 0 }),
      makeFigure({ datasetId: 'court', forceCode: CHARLIE.code, ...courtPeriod, applications: 0 }),
      noResponse('foi', CHARLIE.code),
    ],
  });
}

describe('comparing applications across datasets', () => {
  it('pairs comparable periods in display order and marks agreement', () => {
    const { comparable } = computeMetrics(comparisonModel()).comparisons;
    expect(comparable.map((c) => [c.force.name, c.first.datasetId, c.first.applications, c.second.datasetId, c.second.applications, c.agree])).toEqual([
      ['Alpha', 'court', 133, 'foi', 123, false],
      ['Bravo', 'court', 0, 'foi', 0, true],
      ['Bravo', 'court', 0, 'local', 0, true],
      ['Bravo', 'foi', 0, 'local', 0, true],
    ]);
    expect(comparable[0]?.first.figure.periodEnd).toBe('2021-01-19');
    expect(comparable[0]?.second.figure.periodEnd).toBe('2021-05-12');
  });

  it('lists only the pairs that differ as disagreements', () => {
    const { disagreements } = computeMetrics(comparisonModel()).comparisons;
    expect(disagreements.map((c) => c.force.name)).toEqual(['Alpha']);
  });

  it('does not compare with a force that did not respond', () => {
    const { comparable } = computeMetrics(comparisonModel()).comparisons;
    expect(comparable.some((c) => c.force.code === CHARLIE.code)).toBe(false);
  });

  it('shows every dataset for each force with a zero anywhere', () => {
    const { zeroComparison } = computeMetrics(comparisonModel()).comparisons;
    expect(zeroComparison.map((row) => row.force.name)).toEqual(['Bravo', 'Charlie']);
    const charlie = zeroComparison[1];
    expect(charlie?.figures.map((f) => [f.datasetId, f.state, f.applications.value])).toEqual([
      ['court', 'reported', 0],
      ['foi', 'no_response', null],
      ['local', 'not_covered', null],
    ]);
  });
});
