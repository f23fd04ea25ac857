import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../src/lib/metrics/index.ts';
import { ALPHA, BRAVO, CHARLIE, makeDataset, makeFigure, makeModel, noResponse } from './fixtures.ts';

const foi = makeDataset({ id: 'foi', order: 2 });
const court = makeDataset({ id: 'court', order: 1, scope: 'selected_forces', measures: ['applications'] });

function model() {
  return makeModel({
    datasets: [foi, court],
    figures: [
      makeFigure({ datasetId: 'foi', forceCode: ALPHA.code, applications: 10, granted: 6, refused: 2, pending: 2 }),
      makeFigure({ datasetId: 'foi', forceCode: BRAVO.code, applications: 0, granted: 0, refused: 0, pending: 0 }),
      noResponse('foi', CHARLIE.code),
      makeFigure({ datasetId: 'court', forceCode: BRAVO.code, periodStart: '2021-01-02', periodEnd: '2022-01-31', applications: 4 }),
      makeFigure({ datasetId: 'court', forceCode: BRAVO.code, periodStart: '2020-01-01', periodEnd: '2021-01-01', applications: 0 }),
    ],
  });
}

describe('per-force figures', () => {
  it('orders datasets for display and keeps every force, in model order', () => {
    const metrics = computeMetrics(model());
    expect(metrics.datasets.map((d) => d.dataset.id)).toEqual(['court', 'foi']);
    expect([...(metrics.datasetById.get('foi')?.figures.keys() ?? [])]).toEqual([ALPHA.code, BRAVO.code, CHARLIE.code]);
  });

  it('keeps zero as a reported value and no response as a missing value', () => {
    const figures = computeMetrics(model()).datasetById.get('foi')?.figures;
    expect(figures?.get(BRAVO.code)?.state).toBe('reported');
    expect(figures?.get(BRAVO.code)?.applications).toEqual({ value: 0, missing: null });
    expect(figures?.get(CHARLIE.code)?.state).toBe('no_response');
    expect(figures?.get(CHARLIE.code)?.applications).toEqual({ value: null, missing: 'no_response' });
    expect(figures?.get(CHARLIE.code)?.granted).toEqual({ value: null, missing: 'no_response' });
  });

  it('treats a force missing from a selected-forces dataset as not covered', () => {
    const alpha = computeMetrics(model()).datasetById.get('court')?.figures.get(ALPHA.code);
    expect(alpha?.state).toBe('not_covered');
    expect(alpha?.main).toBeNull();
    expect(alpha?.rows).toEqual([]);
    expect(alpha?.applications).toEqual({ value: null, missing: 'not_covered' });
    expect(alpha?.periodLabel).toBeNull();
  });

  it('takes the headline value from the earliest period and keeps all rows', () => {
    const bravo = computeMetrics(model()).datasetById.get('court')?.figures.get(BRAVO.code);
    expect(bravo?.rows.map((row) => row.applications)).toEqual([0, 4]);
    expect(bravo?.applications.value).toBe(0);
    expect(bravo?.periodStart).toBe('2020-01-01');
    expect(bravo?.periodEnd).toBe('2021-01-01');
  });

  it('says a measure is not in the dataset rather than leaving it unexplained', () => {
    const bravo = computeMetrics(model()).datasetById.get('court')?.figures.get(BRAVO.code);
    expect(bravo?.granted).toEqual({ value: null, missing: 'not_in_dataset' });
  });

  it('says when a reported force left a measure unanswered', () => {
    const m = makeModel({
      datasets: [foi],
      figures: [makeFigure({ datasetId: 'foi', forceCode: ALPHA.code, applications: 13, granted: 13, notReported: ['refused', 'pending'] })],
    });
    const alpha = computeMetrics(m).datasetById.get('foi')?.figures.get(ALPHA.code);
    expect(alpha?.refused).toEqual({ value: null, missing: 'not_reported' });
  });
});

describe('dataset totals', () => {
  function totalsModel() {
    const delta = { ...ALPHA, code: 'E23000004', name: 'Delta' };
    return makeModel({
      forces: [ALPHA, BRAVO, CHARLIE, delta],
      datasets: [foi],
      figures: [
        makeFigure({ datasetId: 'foi', forceCode: ALPHA.code, applications: 10, granted: 6, refused: 2, pending: 2 }),
        makeFigure({ datasetId: 'foi', forceCode: BRAVO.code, applications: 0, granted: 0, refused: 0, pending: 0 }),
        makeFigure({ datasetId: 'foi', forceCode: delta.code, applications: 5, granted: 5, notReported: ['refused', 'pending'] }),
        noResponse('foi', CHARLIE.code),
      ],
    });
  }

  it('sums each measure over the forces that report it and says how many that is', () => {
    const totals = computeMetrics(totalsModel()).datasetById.get('foi')?.totals;
    expect(totals?.measures.map(({ measure, total, forcesSummed }) => [measure, total, forcesSummed])).toEqual([
      ['applications', 15, 3],
      ['granted', 11, 3],
      ['refused', 2, 2],
      ['pending', 2, 2],
    ]);
    expect(totals?.measures.find((m) => m.measure === 'refused')?.forcesNotReported.map((f) => f.name)).toEqual(['Delta']);
  });

  it('counts reported, zero, no response and not covered forces', () => {
    const totals = computeMetrics(totalsModel()).datasetById.get('foi')?.totals;
    expect(totals).toMatchObject({ reported: 3, zero: 1, noResponse: 1, notCovered: 0 });
  });

  it('gives a null total, not zero, when no force reports the measure', () => {
    const m = makeModel({ datasets: [court], figures: [] });
    const totals = computeMetrics(m).datasetById.get('court')?.totals;
    expect(totals?.measures).toEqual([{ measure: 'applications', total: null, forcesSummed: 0, forcesNotReported: [] }]);
    expect(totals).toMatchObject({ reported: 0, zero: 0, notCovered: 3 });
  });

  it('only lists the measures the dataset counts', () => {
    const totals = computeMetrics(model()).datasetById.get('court')?.totals;
    expect(totals?.measures.map((m) => m.measure)).toEqual(['applications']);
  });
});

describe('zero applications and application ranks', () => {
  it('lists forces reporting exactly zero, by name', () => {
    const metrics = computeMetrics(model());
    expect(metrics.datasetById.get('foi')?.zeroApplications.map((f) => f.name)).toEqual(['Bravo']);
    expect(metrics.datasetById.get('court')?.zeroApplications.map((f) => f.name)).toEqual(['Bravo']);
  });

  it('ranks zero last and leaves no response unranked', () => {
    const ranks = computeMetrics(model()).datasetById.get('foi')?.applicationsRanking?.ranks;
    expect(ranks?.get(ALPHA.code)).toEqual({ rank: 1, tied: false, of: 2 });
    expect(ranks?.get(BRAVO.code)).toEqual({ rank: 2, tied: false, of: 2 });
    expect(ranks?.has(CHARLIE.code)).toBe(false);
  });

  it('has no application ranks for a dataset that does not count applications', () => {
    const orders = makeDataset({ id: 'orders', measures: ['granted'], scope: 'selected_forces' });
    const metrics = computeMetrics(makeModel({ datasets: [orders] })).datasetById.get('orders');
    expect(metrics?.applicationsRanking).toBeNull();
    expect(metrics?.zeroApplications).toEqual([]);
  });
});
