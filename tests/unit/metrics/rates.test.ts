import { describe, expect, it } from 'vitest';
import { computeMetrics, offenceWindow, quarterKey } from '../../../src/lib/metrics/index.ts';
import { ALPHA, BRAVO, CHARLIE, FIRST_QUARTER, LAST_QUARTER, makeDataset, makeFigure, makeModel, noResponse, offenceQuarters } from './fixtures.ts';

describe('offence window matched to an SPO period', () => {
  it('runs from Jan–Mar 2020 to the last quarter ending within 7 days of the cut-off', () => {
    const window = offenceWindow('2020-01-20', '2021-04-30');
    expect(window).toMatchObject({ start: '2020-01-01', end: '2021-03-31', label: 'Jan 2020 to Mar 2021' });
    expect(window?.first).toEqual({ financialYear: '2019/20', quarter: 4 });
    expect(window?.last).toEqual({ financialYear: '2020/21', quarter: 4 });
    expect(window?.quarters.map(quarterKey)).toEqual(['2019/20 Q4', '2020/21 Q1', '2020/21 Q2', '2020/21 Q3', '2020/21 Q4']);
  });

  it('matches the Welsh cut-off of 30 December 2020 to Jan–Dec 2020', () => {
    const window = offenceWindow('2020-01-20', '2020-12-30');
    expect(window?.last).toEqual({ financialYear: '2020/21', quarter: 3 });
    expect(window?.label).toBe('Jan 2020 to Dec 2020');
  });

  it('includes a quarter when the cut-off is exactly its last day', () => {
    expect(offenceWindow('2020-01-20', '2020-12-31')?.end).toBe('2020-12-31');
  });

  it('includes a quarter ending 7 days after the cut-off but not one ending 8 days after', () => {
    expect(offenceWindow('2020-01-20', '2020-12-24')?.end).toBe('2020-12-31');
    expect(offenceWindow('2020-01-20', '2020-12-23')?.end).toBe('2020-09-30');
  });

  it('starts from SPO commencement when the period has no start date', () => {
    expect(offenceWindow(null, '2021-04-30')?.first).toEqual({ financialYear: '2019/20', quarter: 4 });
  });

  it('is null when no whole quarter fits', () => {
    expect(offenceWindow('2020-01-20', '2020-03-23')).toBeNull();
  });
});

const foi = makeDataset({ id: 'foi' });

describe('applications per 1,000 recorded offences', () => {
  it('divides applications by offences over the window', () => {
    const m = makeModel({
      datasets: [foi],
      figures: [makeFigure({ datasetId: 'foi', forceCode: ALPHA.code, applications: 10, granted: 10, refused: 0, pending: 0 })],
    });
    const entry = computeMetrics(m).datasetById.get('foi')?.applicationsPerOffences?.get(ALPHA.code);
    expect(entry?.offences).toBe(500); // 5 quarters × 100
    expect(entry?.rate).toEqual({ value: 20, missing: null });
    expect(entry?.window?.label).toBe('Jan 2020 to Mar 2021');
  });

  it('is null, never a partial sum, when a quarter of offences is missing', () => {
    const gap = { financialYear: '2020/21', quarter: 2 } as const;
    const m = makeModel({
      datasets: [foi],
      figures: [makeFigure({ datasetId: 'foi', forceCode: ALPHA.code, applications: 10, granted: 10, refused: 0, pending: 0 })],
      offences: offenceQuarters(ALPHA.code, FIRST_QUARTER, LAST_QUARTER)
        .filter((row) => !(row.financialYear === gap.financialYear && row.quarter === gap.quarter)),
    });
    const entry = computeMetrics(m).datasetById.get('foi')?.applicationsPerOffences?.get(ALPHA.code);
    expect(entry?.offences).toBeNull();
    expect(entry?.missingQuarters).toEqual([gap]);
    expect(entry?.rate).toEqual({ value: null, missing: 'incomplete_offences' });
  });

  it('carries the figure state when applications are not reported', () => {
    const m = makeModel({ datasets: [foi], figures: [noResponse('foi', ALPHA.code)] });
    const perOffences = computeMetrics(m).datasetById.get('foi')?.applicationsPerOffences;
    expect(perOffences?.get(ALPHA.code)?.rate).toEqual({ value: null, missing: 'no_response' });
    expect(perOffences?.get(BRAVO.code)?.rate).toEqual({ value: null, missing: 'not_covered' });
  });

  it('needs an exact end date', () => {
    const m = makeModel({
      datasets: [foi],
      figures: [makeFigure({ datasetId: 'foi', forceCode: ALPHA.code, periodEnd: null, applications: 3, granted: 3, refused: 0, pending: 0 })],
    });
    const entry = computeMetrics(m).datasetById.get('foi')?.applicationsPerOffences?.get(ALPHA.code);
    expect(entry?.rate).toEqual({ value: null, missing: 'no_period_end' });
    expect(entry?.window).toBeNull();
  });

  it('is undefined rather than infinite when there were no offences', () => {
    const m = makeModel({
      datasets: [foi],
      figures: [makeFigure({ datasetId: 'foi', forceCode: ALPHA.code, applications: 3, granted: 3, refused: 0, pending: 0 })],
      offences: offenceQuarters(ALPHA.code, FIRST_QUARTER, LAST_QUARTER, 0),
    });
    const entry = computeMetrics(m).datasetById.get('foi')?.applicationsPerOffences?.get(ALPHA.code);
    expect(entry?.offences).toBe(0);
    expect(entry?.rate).toEqual({ value: null, missing: 'no_offences' });
  });

  it('uses each force’s own window, ranks zero last and ties equal rates', () => {
    const figures = [
      // Alpha: 5 quarters × 100 = 500 offences; Bravo to Dec 2020: 4 × 100 = 400; Charlie: 0 applications.
      makeFigure({ datasetId: 'foi', forceCode: ALPHA.code, applications: 5, granted: 5, refused: 0, pending: 0 }),
      makeFigure({ datasetId: 'foi', forceCode: BRAVO.code, periodEnd: '2020-12-30', applications: 4, granted: 4, refused: 0, pending: 0 }),
      makeFigure({ datasetId: 'foi', forceCode: CHARLIE.code, applications: 0, granted: 0, refused: 0, pending: 0 }),
    ];
    const metrics = computeMetrics(makeModel({ datasets: [foi], figures })).datasetById.get('foi');
    expect(metrics?.applicationsPerOffences?.get(BRAVO.code)?.offences).toBe(400);
    expect(metrics?.applicationsPerOffences?.get(BRAVO.code)?.rate.value).toBe(10);
    expect(metrics?.applicationsPerOffences?.get(CHARLIE.code)?.rate).toEqual({ value: 0, missing: null });
    const ranks = metrics?.applicationsPerOffencesRanking?.ranks;
    expect(ranks?.get(ALPHA.code)).toEqual({ rank: 1, tied: true, of: 3 });
    expect(ranks?.get(BRAVO.code)).toEqual({ rank: 1, tied: true, of: 3 });
    expect(ranks?.get(CHARLIE.code)).toEqual({ rank: 3, tied: false, of: 3 });
  });

  it('is only computed for all-forces datasets that count applications', () => {
    const selected = makeDataset({ id: 'selected', scope: 'selected_forces' });
    const metrics = computeMetrics(makeModel({ datasets: [selected] })).datasetById.get('selected');
    expect(metrics?.applicationsPerOffences).toBeNull();
    expect(metrics?.applicationsPerOffencesRanking).toBeNull();
  });
});

describe('grant rate', () => {
  function grantRates() {
    const m = makeModel({
      datasets: [foi],
      figures: [
        makeFigure({ datasetId: 'foi', forceCode: ALPHA.code, applications: 6, granted: 3, refused: 1, pending: 2 }),
        makeFigure({ datasetId: 'foi', forceCode: BRAVO.code, applications: 2, granted: 0, refused: 0, pending: 2 }),
        makeFigure({ datasetId: 'foi', forceCode: CHARLIE.code, applications: 13, granted: 13, notReported: ['refused', 'pending'] }),
      ],
    });
    return computeMetrics(m).datasetById.get('foi');
  }

  it('is granted / (granted + refused) with n = granted + refused', () => {
    expect(grantRates()?.grantRates?.get(ALPHA.code)).toMatchObject({ granted: 3, refused: 1, decided: 4, rate: { value: 0.75, missing: null } });
  });

  it('is undefined when nothing has been decided', () => {
    expect(grantRates()?.grantRates?.get(BRAVO.code)).toMatchObject({ decided: 0, rate: { value: null, missing: 'no_decisions' } });
  });

  it('is null when refusals were not reported, and the force is not ranked', () => {
    const metrics = grantRates();
    expect(metrics?.grantRates?.get(CHARLIE.code)).toMatchObject({ granted: 13, refused: null, decided: null, rate: { value: null, missing: 'not_reported' } });
    expect(metrics?.grantRateRanking?.ranks.has(CHARLIE.code)).toBe(false);
    // Alpha's rate stands on 4 decisions: too few to rank.
    expect(metrics?.grantRateRanking?.unranked.get(ALPHA.code)).toEqual({ reason: 'too_few_decisions', decided: 4 });
  });

  it('is not computed for a dataset without refusals', () => {
    const itv = makeDataset({ id: 'itv', scope: 'selected_forces', measures: ['applications', 'granted'] });
    expect(computeMetrics(makeModel({ datasets: [itv] })).datasetById.get('itv')?.grantRates).toBeNull();
  });
});
