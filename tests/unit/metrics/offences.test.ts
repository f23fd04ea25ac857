import { describe, expect, it } from 'vitest';
import { computeMetrics, SMALL_POPULATION_THRESHOLD } from '../../../src/lib/metrics/index.ts';
import type { QuarterRef } from '../../../src/lib/metrics/index.ts';
import { ALPHA, BRAVO, CHARLIE, makeModel, offenceQuarters, population } from './fixtures.ts';

// Offences that differ by quarter, so a year assembled from the wrong quarters gives a different total.
const byQuarter = (quarter: QuarterRef) => Number(quarter.financialYear.slice(0, 4)) * 10 + quarter.quarter - 20_000;
const first = { financialYear: '2019/20', quarter: 1 } as const;
const last = { financialYear: '2021/22', quarter: 2 } as const;

function seriesModel() {
  return makeModel({
    forces: [ALPHA, BRAVO],
    offences: [ALPHA, BRAVO].flatMap((force) => offenceQuarters(force.code, first, last, byQuarter)),
  });
}

describe('offence series', () => {
  it('sums financial years from their four quarters, only when complete', () => {
    const national = computeMetrics(seriesModel()).offences.national;
    // 2020/21 quarters: 201..204 for each of two forces.
    expect(national.financialYears.map(({ year, offences }) => [year, offences])).toEqual([
      ['2019/20', 2 * (191 + 192 + 193 + 194)],
      ['2020/21', 2 * (201 + 202 + 203 + 204)],
      ['2021/22', null],
    ]);
  });

  it('assembles calendar years from Jan–Mar (previous financial year Q4) and Apr–Dec (Q1–Q3)', () => {
    const national = computeMetrics(seriesModel()).offences.national;
    const byYear = new Map(national.calendarYears.map((year) => [year.year, year]));
    expect(byYear.get('2020')?.offences).toBe(2 * (194 + 201 + 202 + 203));
    expect(byYear.get('2020')).toMatchObject({ start: '2020-01-01', end: '2020-12-31' });
    // 2019 lacks Jan–Mar 2019 (2018/19 Q4); 2021 lacks Oct–Dec 2021.
    expect(byYear.get('2019')?.offences).toBeNull();
    expect(byYear.get('2021')?.offences).toBeNull();
  });

  it('gives a national quarterly series with dates, null where any force lacks the quarter', () => {
    const m = seriesModel();
    m.offences = m.offences.filter((row) => !(row.forceCode === BRAVO.code && row.financialYear === '2020/21' && row.quarter === 1));
    const metrics = computeMetrics(m);
    const quarterly = metrics.offences.national.quarterly;
    expect(quarterly[0]).toEqual({ quarter: first, start: '2019-04-01', end: '2019-06-30', offences: 2 * 191, mayBeSuppressed: 0 });
    const gap = quarterly.find((q) => q.quarter.financialYear === '2020/21' && q.quarter.quarter === 1);
    expect(gap?.offences).toBeNull();
    expect(metrics.offences.national.financialYears.find((y) => y.year === '2020/21')?.offences).toBeNull();
    expect(metrics.offences.national.calendarYears.find((y) => y.year === '2020')?.offences).toBeNull();
    // Alpha is whole; Bravo's gap shows as a null quarter, not a shorter series.
    const alpha = metrics.offences.byForce.get(ALPHA.code);
    const bravo = metrics.offences.byForce.get(BRAVO.code);
    expect(alpha?.financialYears.find((y) => y.year === '2020/21')?.offences).toBe(201 + 202 + 203 + 204);
    expect(bravo?.quarterly).toHaveLength(quarterly.length);
    expect(bravo?.quarterly.find((q) => q.start === '2020-04-01')?.offences).toBeNull();
    expect(bravo?.financialYears.find((y) => y.year === '2020/21')?.offences).toBeNull();
  });

  it('has no national totals when there are no forces', () => {
    const m = makeModel({ forces: [], offences: offenceQuarters(ALPHA.code, first, first) });
    expect(computeMetrics(m).offences.national.quarterly).toEqual([
      { quarter: first, start: '2019-04-01', end: '2019-06-30', offences: null, mayBeSuppressed: 0 },
    ]);
  });
});

describe('offences per 1,000 residents', () => {
  it('uses the four quarters of 2024/25 and the mid-2024 population by default', () => {
    const m = makeModel({
      population: [population(ALPHA.code, 200_000), population(ALPHA.code, 100_000, '2023-06-30'), population(BRAVO.code, 400_000), population(CHARLIE.code, 800_000)],
    });
    const perResidents = computeMetrics(m).offences.perResidents;
    expect(perResidents).toMatchObject({ financialYear: '2024/25', populationDate: '2024-06-30' });
    expect(perResidents.byForce.get(ALPHA.code)).toMatchObject({ offences: 400, population: 200_000, rate: { value: 2, missing: null } });
    expect(perResidents.ranking.ranks.get(ALPHA.code)).toEqual({ rank: 1, tied: false, of: 3 });
    expect(perResidents.ranking.ranks.get(CHARLIE.code)).toEqual({ rank: 3, tied: false, of: 3 });
  });

  it('takes the year and population date as parameters', () => {
    const m = makeModel({ population: [population(ALPHA.code, 100_000, '2020-06-30')] });
    const perResidents = computeMetrics(m, { residentsFinancialYear: '2020/21', populationDate: '2020-06-30' }).offences.perResidents;
    expect(perResidents.byForce.get(ALPHA.code)).toMatchObject({ offences: 400, rate: { value: 4, missing: null } });
    expect(perResidents.byForce.get(BRAVO.code)).toMatchObject({ population: null, rate: { value: null, missing: 'no_population' } });
  });

  it('requires all four quarters', () => {
    const m = makeModel();
    m.offences = m.offences.filter((row) => !(row.forceCode === ALPHA.code && row.financialYear === '2024/25' && row.quarter === 4));
    const alpha = computeMetrics(m).offences.perResidents.byForce.get(ALPHA.code);
    expect(alpha).toMatchObject({ offences: null, missingQuarters: [{ financialYear: '2024/25', quarter: 4 }], rate: { value: null, missing: 'incomplete_offences' } });
  });

  it('flags a small resident population for a caveat', () => {
    const m = makeModel({
      population: [population(ALPHA.code, 15_111), population(BRAVO.code, SMALL_POPULATION_THRESHOLD), population(CHARLIE.code, 510_680)],
    });
    const byForce = computeMetrics(m).offences.perResidents.byForce;
    expect(byForce.get(ALPHA.code)?.smallPopulation).toBe(true);
    expect(byForce.get(BRAVO.code)?.smallPopulation).toBe(false);
    expect(byForce.get(CHARLIE.code)?.smallPopulation).toBe(false);
  });
});
