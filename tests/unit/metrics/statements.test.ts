// What is known after the all-forces figures: per force, newest first, with
// the gap counted from the data and conflicts only where periods nest.
import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../src/lib/metrics/index.ts';
import { computeSince, valueBounds } from '../../../src/lib/metrics/statements.ts';
import { ALPHA, BRAVO, CHARLIE, makeDataset, makeFigure, makeModel, makeStatement } from './fixtures.ts';

const FOI = makeDataset({ id: 'foi', scope: 'all_forces', order: 1 });
const LOCAL = makeDataset({ id: 'local', scope: 'selected_forces', measures: ['applications'], order: 2 });

/** Alpha and Bravo answered the all-forces FOI to 30 April 2021; Charlie to 26 May 2021. */
const FOI_ROWS = [
  makeFigure({ datasetId: 'foi', forceCode: ALPHA.code, periodEnd: '2021-04-30', applications: 20, granted: 15, refused: 2, pending: 3 }),
  makeFigure({ datasetId: 'foi', forceCode: BRAVO.code, periodEnd: '2021-04-30', applications: 4, granted: 4, refused: 0, pending: 0 }),
  makeFigure({ datasetId: 'foi', forceCode: CHARLIE.code, periodEnd: '2021-05-26', applications: 0, granted: 0, refused: 0, pending: 0 }),
];

function since(overrides: Parameters<typeof makeModel>[0] = {}) {
  return computeSince(makeModel({ datasets: [FOI, LOCAL], figures: FOI_ROWS, ...overrides }));
}

describe('computeSince', () => {
  it('takes the end of the all-forces figures from the data, not a date in code', () => {
    expect(since().allForcesEnd).toBe('2021-05-26');
    expect(since({ figures: FOI_ROWS.slice(0, 2) }).allForcesEnd).toBe('2021-04-30');
    expect(since({ datasets: [LOCAL], figures: [] }).allForcesEnd).toBeNull();
  });

  it('lists a force\'s statements newest first, by the day each figure reaches', () => {
    const stock = makeStatement({ id: 'stock', kind: 'in_force', periodType: 'at', periodStart: null, periodEnd: '2025-01-02', statedOn: '2025-01-02' });
    const flow = makeStatement({ id: 'flow' });
    const cumulative = makeStatement({ id: 'cumulative', kind: 'granted', periodType: 'since', periodStart: '2020-01', periodEnd: null, statedOn: '2024-06-05' });
    const result = since({ statements: [flow, stock, cumulative] }).byForce.get(ALPHA.code);
    expect(result?.statements.map((facts) => [facts.statement.id, facts.reaches])).toEqual([
      ['stock', '2025-01-02'],
      ['cumulative', '2024-06-05'],
      ['flow', '2023-12'],
    ]);
    expect(result?.latest).toEqual({ dated: true, date: '2025-01-02', statementId: 'stock', datasetId: null });
  });

  it('counts the forces with a later figure and those with none, and they add up to every force', () => {
    const result = since({ statements: [makeStatement({ forceCode: BRAVO.code })] });
    expect(result.withLater.map((force) => force.name)).toEqual(['Bravo']);
    expect(result.withoutLater.map((force) => force.name)).toEqual(['Alpha', 'Charlie']);
    const none = since();
    expect(none.withLater).toEqual([]);
    expect(none.withoutLater).toHaveLength(3);
  });

  it('does not count a statement that ends before the all-forces figures do', () => {
    const early = makeStatement({ periodStart: '2020-01', periodEnd: '2021-05', statedOn: '2022' });
    const result = since({ statements: [early] });
    expect(result.byForce.get(ALPHA.code)?.statements[0]?.later).toBe(false);
    expect(result.withLater).toEqual([]);
    // A month that may end after 26 May 2021 still counts only from its first day.
    expect(since({ statements: [makeStatement({ periodEnd: '2021-06', statedOn: '2022' })] }).withLater).toHaveLength(1);
  });

  it('counts later figures from single-force datasets, dated or without dates, but not earlier ones', () => {
    const figures = [
      ...FOI_ROWS,
      makeFigure({ datasetId: 'local', forceCode: ALPHA.code, periodStart: '2021-01-02', periodEnd: '2022-01-31', applications: 2 }),
      makeFigure({ datasetId: 'local', forceCode: BRAVO.code, periodStart: null, periodEnd: null, periodLabel: '2020 to 2023 (exact dates not stated)', applications: 6 }),
      makeFigure({ datasetId: 'local', forceCode: CHARLIE.code, periodStart: '2020-01-01', periodEnd: '2021-01-01', applications: 0 }),
    ];
    const result = since({ figures });
    expect(result.withLater.map((force) => force.name)).toEqual(['Alpha', 'Bravo']);
    expect(result.byForce.get(ALPHA.code)?.latest).toEqual({ dated: true, date: '2022-01-31', statementId: null, datasetId: 'local' });
    expect(result.byForce.get(BRAVO.code)?.latest).toEqual({ dated: false, periodLabel: '2020 to 2023 (exact dates not stated)', datasetId: 'local' });
    // Beside a dated statement, an undated figure is still named: it may be newer.
    const both = since({ figures, statements: [makeStatement({ forceCode: BRAVO.code })] }).byForce.get(BRAVO.code);
    expect(both?.latest).toMatchObject({ dated: true, date: '2023-12' });
    expect(both?.undatedAlso.map(({ figure }) => figure.applications)).toEqual([6]);
  });

  it('is part of computeMetrics', () => {
    const metrics = computeMetrics(makeModel({ datasets: [FOI], figures: FOI_ROWS, statements: [makeStatement()] }));
    expect(metrics.since.withLater.map((force) => force.code)).toEqual([ALPHA.code]);
  });
});

describe('conflicts with the force\'s earlier figures', () => {
  const conflicts = (statement: Parameters<typeof makeStatement>[0]) =>
    since({ statements: [makeStatement(statement)] }).byForce.get(ALPHA.code)?.statements[0]?.conflicts ?? [];

  it('flags a cumulative count lower than an earlier count over a period it covers', () => {
    const result = conflicts({ kind: 'granted', periodType: 'since', periodStart: '2020-01', periodEnd: null, statedOn: '2022-12-05', value: { type: 'count', count: 10 } });
    expect(result).toEqual([expect.objectContaining({ datasetId: 'foi', measure: 'granted', count: 15, relation: 'wider_but_lower' })]);
  });

  it('flags a count higher than an earlier count over a period that covers it', () => {
    const result = conflicts({ periodStart: '2020-03', periodEnd: '2020-12', statedOn: '2021', value: { type: 'count', count: 25 } });
    expect(result).toEqual([expect.objectContaining({ measure: 'applications', count: 20, relation: 'narrower_but_higher' })]);
  });

  it('says nothing when the counts fit, the periods only overlap, or the statement counts one kind of order', () => {
    expect(conflicts({ kind: 'granted', periodType: 'since', periodStart: null, periodEnd: null, statedOn: '2022-12-05', value: { type: 'count', count: 100 } })).toEqual([]);
    expect(conflicts({ periodStart: '2021-01', periodEnd: '2021-12', value: { type: 'count', count: 1 } })).toEqual([]);
    expect(conflicts({ kind: 'granted', orders: 'full_only', periodType: 'since', periodStart: '2020-01', periodEnd: null, statedOn: '2022', value: { type: 'count', count: 9 } })).toEqual([]);
    expect(conflicts({ kind: 'in_force', periodType: 'at', periodStart: null, periodEnd: '2022-06', value: { type: 'count', count: 1 } })).toEqual([]);
  });

  it('reads a suppressed value by its bounds: "<5" is at most 4, "1-5" at least 1', () => {
    expect(valueBounds({ type: 'fewer_than', limit: 5 })).toEqual([0, 4]);
    expect(valueBounds({ type: 'range', low: 1, high: 5 })).toEqual([1, 5]);
    const wider = { kind: 'granted', periodType: 'since', periodStart: null, periodEnd: null, statedOn: '2022' } as const;
    expect(conflicts({ ...wider, value: { type: 'fewer_than', limit: 5 } })).toHaveLength(1);
    expect(conflicts({ ...wider, value: { type: 'range', low: 10, high: 20 } })).toEqual([]);
  });

  it('reads a start period that holds the day SPOs came in as that day, and needs any later start to nest', () => {
    expect(conflicts({ kind: 'granted', periodStart: '2020', periodEnd: '2023', value: { type: 'count', count: 10 } })).toHaveLength(1);
    expect(conflicts({ kind: 'granted', periodStart: '2019-06', periodEnd: '2023', value: { type: 'count', count: 10 } })).toHaveLength(1);
    expect(conflicts({ kind: 'granted', periodStart: '2020-02', periodEnd: '2023', value: { type: 'count', count: 10 } })).toEqual([]);
  });
});
