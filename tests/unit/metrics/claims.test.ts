// One test per guard, on small synthetic data: each claim appears when the
// data supports it and vanishes (or carries its reason) when it does not.
import { describe, expect, it } from 'vitest';
import {
  MIN_DECISIONS,
  PRECISION,
  computeMetrics,
  contradicts,
  countConflicts,
  displayed,
  extremes,
  ourSum,
  periodRelation,
  pooledRate,
} from '../../../src/lib/metrics/index.ts';
import { rankGuarded } from '../../../src/lib/metrics/claims.ts';
import { ALPHA, BRAVO, CHARLIE, makeDataset, makeFigure, makeModel, noResponse, offenceQuarters, population } from './fixtures.ts';

const values = (entries: [string, number | null][]) => new Map(entries.map(([code, value]) => [code, value]));
const asValue = (value: number | null) => (value === null ? { value: null, missing: 'not_covered' as const } : { value, missing: null });

describe('ranks: standard competition ranking, highest first', () => {
  it('ranks 1224 and leaves forces without a value out, not last', () => {
    const { ranks, unranked } = rankGuarded(values([['a', 5], ['b', 10], ['c', 5], ['d', 1], ['e', null]]), asValue, PRECISION.count);
    expect(ranks.get('b')).toEqual({ rank: 1, tied: false, of: 4 });
    expect(ranks.get('a')).toEqual({ rank: 2, tied: true, of: 4 });
    expect(ranks.get('c')).toEqual({ rank: 2, tied: true, of: 4 });
    expect(ranks.get('d')).toEqual({ rank: 4, tied: false, of: 4 });
    expect(ranks.has('e')).toBe(false);
    expect(unranked.size).toBe(0);
  });
});

describe('guard: ties are decided on the value as displayed', () => {
  it('ties values that print the same and keeps apart those that do not', () => {
    const { ranks } = rankGuarded(values([['a', 0.993], ['b', 1.04], ['c', 0.949], ['d', 0.51]]), asValue, PRECISION.rate);
    // 0.993 and 1.04 both print "1.0": one shared rank. 0.949 prints "0.9".
    expect(ranks.get('a')).toEqual({ rank: 1, tied: true, of: 4 });
    expect(ranks.get('b')).toEqual({ rank: 1, tied: true, of: 4 });
    expect(ranks.get('c')).toEqual({ rank: 3, tied: false, of: 4 });
  });

  it('rounds as the formatter does, for shares as percentages too', () => {
    expect(displayed(0.993, PRECISION.rate)).toBe(1);
    expect(displayed(2.96, PRECISION.rate)).toBe(3);
    expect(displayed(0.9149, PRECISION.share)).toBe(0.91);
    expect(displayed(12, PRECISION.count)).toBe(12);
  });

  it('gives the extremes as displayed, so values that print the same are all "highest"', () => {
    const found = extremes([[ALPHA, 2.96], [BRAVO, 3.04], [CHARLIE, 1.2]], PRECISION.rate, 'complete');
    expect(found?.highest.forces).toEqual([ALPHA, BRAVO]);
    expect(found?.highest.value).toBe(3);
    expect(found?.lowest?.forces).toEqual([CHARLIE]);
  });
});

describe('guard: no rank, extreme or total over a named selection', () => {
  const figures = [
    makeFigure({ datasetId: 'court', forceCode: ALPHA.code, applications: 133 }),
    makeFigure({ datasetId: 'court', forceCode: BRAVO.code, applications: 0 }),
    makeFigure({ datasetId: 'court', forceCode: CHARLIE.code, status: 'not_covered', periodStart: null, periodEnd: null }),
  ];

  it('ranks a complete table', () => {
    const court = makeDataset({ id: 'court', measures: ['applications'], coverage: 'complete' });
    const ranking = computeMetrics(makeModel({ datasets: [court], figures })).datasetById.get('court')?.applicationsRanking;
    expect(ranking?.ranks.get(ALPHA.code)).toEqual({ rank: 1, tied: false, of: 2 });
    expect(ranking?.ranks.get(BRAVO.code)).toEqual({ rank: 2, tied: false, of: 2 });
  });

  it('ranks nobody in a selection, and says why for each force with a figure', () => {
    const court = makeDataset({ id: 'court', measures: ['applications'], coverage: 'selection' });
    const ranking = computeMetrics(makeModel({ datasets: [court], figures })).datasetById.get('court')?.applicationsRanking;
    expect(ranking?.ranks.size).toBe(0);
    expect(ranking?.unranked.get(ALPHA.code)).toEqual({ reason: 'selection', decided: null });
    expect(ranking?.unranked.get(BRAVO.code)).toEqual({ reason: 'selection', decided: null });
    expect(ranking?.unranked.has(CHARLIE.code)).toBe(false);
  });

  it('claims extremes and our sum over a complete table only', () => {
    const entries = [[ALPHA, 133], [BRAVO, 41], [CHARLIE, null]] as const;
    expect(extremes(entries, PRECISION.count, 'complete')?.highest.forces).toEqual([ALPHA]);
    expect(extremes(entries, PRECISION.count, 'selection')).toBeNull();
    expect(ourSum([133, 41, null], 43, 'complete')).toEqual({ value: 174, forces: 2, of: 43 });
    expect(ourSum([133, 41, null], 43, 'selection')).toBeNull();
    expect(pooledRate([[3, 4], null, [1, 4]], 1, 43, 'complete')).toEqual({ value: 0.5, forces: 2, of: 43 });
    expect(pooledRate([[3, 4]], 1, 43, 'selection')).toBeNull();
  });

  it('says "lowest above zero" only when zeros were set aside', () => {
    expect(extremes([[ALPHA, 5], [BRAVO, 1], [CHARLIE, 0]], PRECISION.count, 'complete')?.aboveZero).toBe(true);
    expect(extremes([[ALPHA, 5], [BRAVO, 1]], PRECISION.count, 'complete')?.aboveZero).toBe(false);
  });
});

describe(`guard: no rank for a rate on fewer than ${MIN_DECISIONS} decisions`, () => {
  const foi = makeDataset({ id: 'foi' });
  const model = makeModel({
    datasets: [foi],
    figures: [
      makeFigure({ datasetId: 'foi', forceCode: ALPHA.code, applications: 12, granted: 9, refused: 1, pending: 2 }),
      makeFigure({ datasetId: 'foi', forceCode: BRAVO.code, applications: 1, granted: 0, refused: 1, pending: 0 }),
      makeFigure({ datasetId: 'foi', forceCode: CHARLIE.code, applications: 0, granted: 0, refused: 0, pending: 0 }),
    ],
  });
  const metrics = computeMetrics(model).datasetById.get('foi');

  it(`ranks a rate on ${MIN_DECISIONS} or more decisions`, () => {
    expect(metrics?.grantRateRanking?.ranks.get(ALPHA.code)).toEqual({ rank: 1, tied: false, of: 1 });
  });

  it('keeps a rate on one decision, unranked, with the count', () => {
    expect(metrics?.grantRates?.get(BRAVO.code)?.rate.value).toBe(0);
    expect(metrics?.grantRateRanking?.ranks.has(BRAVO.code)).toBe(false);
    expect(metrics?.grantRateRanking?.unranked.get(BRAVO.code)).toEqual({ reason: 'too_few_decisions', decided: 1 });
  });

  it('gives a force that made no applications no rate at all, and says why', () => {
    expect(metrics?.grantRates?.get(CHARLIE.code)?.rate).toEqual({ value: null, missing: 'no_applications' });
  });
});

describe('guard: no rank per resident for an area with very few residents', () => {
  it('leaves a small population out of the ranks with its reason', () => {
    const metrics = computeMetrics(makeModel({ population: [population(ALPHA.code, 200_000), population(BRAVO.code, 400_000), population(CHARLIE.code, 15_000)] }));
    const { ranks, unranked } = metrics.offences.perResidents.ranking;
    expect(unranked.get(CHARLIE.code)).toEqual({ reason: 'small_population', decided: null });
    expect(ranks.has(CHARLIE.code)).toBe(false);
    expect(ranks.get(ALPHA.code)?.of).toBe(2);
  });
});

describe('guard: "contradicts" only where periods nest', () => {
  const court = { start: '2020-01-01', end: '2021-01-31' };
  const welsh = { start: '2020-01-20', end: '2020-12-30' };
  const english = { start: '2020-01-20', end: '2021-04-16' };
  const later = { start: '2021-06-01', end: '2022-05-31' };

  it('tells same, nested, overlapping and disjoint periods apart', () => {
    expect(periodRelation(court, court)).toBe('same');
    expect(periodRelation(court, welsh)).toBe('nested');
    expect(periodRelation(court, english)).toBe('overlapping');
    expect(periodRelation(court, later)).toBe('disjoint');
  });

  it('finds a contradiction when the inner period has the larger count, or the same period a different one', () => {
    expect(contradicts({ ...court, count: 0 }, { ...welsh, count: 7 })).toBe(true);
    expect(contradicts({ ...court, count: 7 }, { ...welsh, count: 3 })).toBe(false);
    expect(contradicts({ ...court, count: 3 }, { ...court, count: 4 })).toBe(true);
  });

  it('never calls a difference over overlapping or disjoint periods a contradiction', () => {
    expect(contradicts({ ...court, count: 0 }, { ...english, count: 7 })).toBe(false);
    expect(contradicts({ ...court, count: 0 }, { ...later, count: 7 })).toBe(false);
  });

  it('puts the relation and the verdict on every comparison metrics makes', () => {
    const courtData = makeDataset({ id: 'court', order: 1, measures: ['applications'], coverage: 'selection' });
    const foi = makeDataset({ id: 'foi', order: 2 });
    const model = makeModel({
      datasets: [courtData, foi],
      figures: [
        makeFigure({ datasetId: 'court', forceCode: ALPHA.code, applications: 0, periodStart: court.start, periodEnd: court.end }),
        makeFigure({ datasetId: 'foi', forceCode: ALPHA.code, applications: 7, granted: 7, refused: 0, pending: 0, periodStart: welsh.start, periodEnd: welsh.end }),
        makeFigure({ datasetId: 'court', forceCode: BRAVO.code, applications: 0, periodStart: court.start, periodEnd: court.end }),
        makeFigure({ datasetId: 'foi', forceCode: BRAVO.code, applications: 7, granted: 7, refused: 0, pending: 0, periodStart: english.start, periodEnd: english.end }),
        noResponse('foi', CHARLIE.code),
      ],
    });
    const pairs = computeMetrics(model).comparisons.comparable;
    const of = (code: string) => pairs.find((pair) => pair.force.code === code);
    expect(of(ALPHA.code)).toMatchObject({ relation: 'nested', contradiction: true, agree: false });
    expect(of(BRAVO.code)).toMatchObject({ relation: 'overlapping', contradiction: false, agree: false });
  });
});

describe('guard: conflicts compare grants and refusals too, not only applications', () => {
  const inner = { start: '2020-01-20', end: '2021-04-30' };
  const outer = { start: '2020-01-20', end: '2023-03-31' };

  it('finds refusals inside a longer period whose grants leave no application unsuccessful', () => {
    // Avon and Somerset's shape: 1 refused by April 2021; all 10 granted by March 2023.
    expect(countConflicts({ ...inner, counts: { applications: 9, granted: 8, refused: 1 } }, { ...outer, counts: { applications: 10, granted: 10 } }))
      .toEqual([{ kind: 'refused_beyond_outer', inner: 0, refused: 1, unsuccessful: 0 }]);
  });

  it('finds none when the longer period leaves room for the refusals', () => {
    expect(countConflicts({ ...inner, counts: { applications: 9, granted: 8, refused: 1 } }, { ...outer, counts: { applications: 12, granted: 10 } })).toEqual([]);
  });

  it('finds a larger inner count of grants, with the figure whose period is inside', () => {
    expect(countConflicts({ ...outer, counts: { applications: 10, granted: 5 } }, { ...inner, counts: { applications: 9, granted: 8 } }))
      .toEqual([{ kind: 'more_in_shorter', measure: 'granted', inner: 1 }]);
  });

  it('never counts pending against a longer period: pending is a count at the end date, not of events', () => {
    expect(countConflicts({ ...inner, counts: { applications: 9, pending: 6 } }, { ...outer, counts: { applications: 10, pending: 0 } })).toEqual([]);
  });

  it('over the same period, any different count is a conflict; over overlapping periods none is', () => {
    expect(countConflicts({ ...inner, counts: { applications: 9, refused: 1 } }, { ...inner, counts: { applications: 9, refused: 2 } }))
      .toEqual([{ kind: 'same_period_differs', measure: 'refused' }]);
    const overlapping = { start: '2021-01-01', end: '2023-03-31' };
    expect(countConflicts({ ...inner, counts: { applications: 9, granted: 8, refused: 1 } }, { ...overlapping, counts: { applications: 1, granted: 1 } })).toEqual([]);
  });

  it('compares nested periods however far apart their ends, and only measures both state decide agreement', () => {
    const foi = makeDataset({ id: 'foi', order: 1 });
    const later = makeDataset({ id: 'later', order: 2, scope: 'selected_forces', measures: ['applications', 'granted'] });
    const model = makeModel({
      datasets: [foi, later],
      figures: [
        makeFigure({ datasetId: 'foi', forceCode: ALPHA.code, applications: 9, granted: 8, refused: 1, pending: 0, periodStart: inner.start, periodEnd: inner.end }),
        makeFigure({ datasetId: 'later', forceCode: ALPHA.code, applications: 10, granted: 10, periodStart: outer.start, periodEnd: outer.end }),
        makeFigure({ datasetId: 'foi', forceCode: BRAVO.code, applications: 4, granted: 4, refused: 0, pending: 0, periodStart: inner.start, periodEnd: inner.end }),
        makeFigure({ datasetId: 'later', forceCode: BRAVO.code, applications: 4, granted: 4, periodStart: outer.start, periodEnd: outer.end }),
      ],
    });
    const pairs = computeMetrics(model).comparisons.comparable;
    const of = (code: string) => pairs.find((pair) => pair.force.code === code);
    expect(of(ALPHA.code)).toMatchObject({ relation: 'nested', contradiction: true, agree: false, differing: ['applications', 'granted'] });
    expect(of(BRAVO.code)).toMatchObject({ relation: 'nested', contradiction: false, agree: true, differing: [] });
  });
});

describe('guard: a verdict over a force’s sources never leaves a shown figure out silently', () => {
  const first = { start: '2020-01-20', end: '2021-04-30' };

  function sourcesOf(laterFigure: Partial<Parameters<typeof makeFigure>[0]>) {
    const foi = makeDataset({ id: 'foi', order: 1 });
    const court = makeDataset({ id: 'court', order: 2, measures: ['applications'] });
    const local = makeDataset({ id: 'local', order: 3, scope: 'selected_forces', measures: ['applications', 'granted'] });
    const model = makeModel({
      datasets: [foi, court, local],
      figures: [
        makeFigure({ datasetId: 'foi', forceCode: ALPHA.code, applications: 0, granted: 0, refused: 0, pending: 0, periodStart: first.start, periodEnd: first.end }),
        makeFigure({ datasetId: 'court', forceCode: ALPHA.code, applications: 0, periodStart: '2020-01-01', periodEnd: '2021-01-31' }),
        makeFigure({ datasetId: 'local', forceCode: ALPHA.code, applications: 23, granted: 23, ...laterFigure }),
        makeFigure({ datasetId: 'foi', forceCode: BRAVO.code, applications: 2, granted: 2, refused: 0, pending: 0, periodStart: first.start, periodEnd: first.end }),
      ],
    });
    return computeMetrics(model).comparisons.byForce;
  }

  it('names a figure with no exact dates as not compared, beside the agreement of the others', () => {
    const alpha = sourcesOf({ periodStart: null, periodEnd: null, periodLabel: '2020 to 2023' }).get(ALPHA.code);
    expect(alpha?.verdict).toBe('agree');
    expect(alpha?.notCompared.map(({ figure, reason }) => [figure.datasetId, reason])).toEqual([['local', 'no_exact_dates']]);
  });

  it('names a dated figure for a different time as not compared, with that reason', () => {
    const alpha = sourcesOf({ periodStart: '2022-01-01', periodEnd: '2023-12-31' }).get(ALPHA.code);
    expect(alpha?.notCompared.map(({ figure, reason }) => [figure.datasetId, reason])).toEqual([['local', 'different_periods']]);
  });

  it('leaves nothing out when the figure nests in the others, and says “single” for a force with one figure', () => {
    const sources = sourcesOf({ periodStart: '2020-01-20', periodEnd: '2023-03-31', applications: 0, granted: 0 });
    expect(sources.get(ALPHA.code)?.notCompared).toEqual([]);
    expect(sources.get(ALPHA.code)?.verdict).toBe('agree');
    expect(sources.get(BRAVO.code)).toMatchObject({ verdict: 'single', notCompared: [] });
  });
});

describe('guard: a 0 that may be a suppressed count is never summed, rated or ranked as a real zero without saying so', () => {
  // Alpha's 2020/21 Q2 is recorded as 0 but flagged; Bravo's is a real 0.
  const flaggedQuarter = (forceCode: string, flag: boolean) =>
    offenceQuarters(forceCode, { financialYear: '2019/20', quarter: 1 }, { financialYear: '2024/25', quarter: 4 }, (quarter) =>
      quarter.financialYear === '2020/21' && quarter.quarter === 2 ? 0 : 50)
      .map((row) => (row.financialYear === '2020/21' && row.quarter === 2 ? { ...row, mayBeSuppressed: flag } : row));
  const foi = makeDataset({ id: 'foi', order: 1 });

  function metricsWith(alphaFlagged: boolean) {
    return computeMetrics(makeModel({
      forces: [ALPHA, BRAVO],
      datasets: [foi],
      figures: [ALPHA, BRAVO].map((force) => makeFigure({ datasetId: 'foi', forceCode: force.code, applications: 5, granted: 5, refused: 0, pending: 0, periodStart: '2020-01-20', periodEnd: '2021-03-31' })),
      offences: [...flaggedQuarter(ALPHA.code, alphaFlagged), ...flaggedQuarter(BRAVO.code, false)],
    }), { residentsFinancialYear: '2020/21' });
  }

  it('gives no rate per offences or per resident, and so no rank, over a period that includes one', () => {
    const flagged = metricsWith(true);
    const perOffences = flagged.datasets[0]?.applicationsPerOffences?.get(ALPHA.code);
    expect(perOffences?.rate).toEqual({ value: null, missing: 'offences_may_be_suppressed' });
    expect(flagged.datasets[0]?.applicationsPerOffencesRanking?.ranks.has(ALPHA.code)).toBe(false);
    expect(flagged.offences.perResidents.byForce.get(ALPHA.code)?.rate).toEqual({ value: null, missing: 'offences_may_be_suppressed' });
    expect(flagged.offences.perResidents.ranking.ranks.has(ALPHA.code)).toBe(false);
    // The same 0 unflagged is a real zero: the rate and the rank stand.
    const clean = metricsWith(false);
    expect(clean.datasets[0]?.applicationsPerOffences?.get(ALPHA.code)?.rate.value).not.toBeNull();
    expect(clean.offences.perResidents.ranking.ranks.has(ALPHA.code)).toBe(true);
  });

  it('keeps the sums but says how many such zeros they include, for the force and nationally', () => {
    const flagged = metricsWith(true);
    const year = (series: { financialYears: { year: string; offences: number | null; mayBeSuppressed: number }[] } | undefined) =>
      series?.financialYears.find((entry) => entry.year === '2020/21');
    expect(year(flagged.offences.byForce.get(ALPHA.code))).toMatchObject({ offences: 150, mayBeSuppressed: 1 });
    expect(year(flagged.offences.byForce.get(BRAVO.code))).toMatchObject({ offences: 150, mayBeSuppressed: 0 });
    expect(year(flagged.offences.national)).toMatchObject({ offences: 300, mayBeSuppressed: 1 });
    expect(flagged.offences.possiblySuppressed.byForce.map(({ force, quarters }) => [force.code, quarters])).toEqual([[ALPHA.code, [{ financialYear: '2020/21', quarter: 2 }]]]);
    expect(flagged.offences.possiblySuppressed.nationalQuarters).toEqual([{ financialYear: '2020/21', quarter: 2 }]);
    expect(metricsWith(false).offences.possiblySuppressed).toEqual({ byForce: [], total: 0, nationalQuarters: [] });
  });
});

describe('metrics computes what the views used to: standings with their counts, sums by country, a dataset’s span', () => {
  const foi = makeDataset({ id: 'foi', order: 1, role: 'headline' });
  const model = makeModel({
    forces: [ALPHA, BRAVO, CHARLIE],
    datasets: [foi],
    figures: [
      makeFigure({ datasetId: 'foi', forceCode: ALPHA.code, applications: 6, granted: 5, refused: 1, pending: 0, periodStart: '2020-01-20', periodEnd: '2021-04-30' }),
      makeFigure({ datasetId: 'foi', forceCode: BRAVO.code, applications: 2, granted: 2, refused: 0, pending: 0, periodStart: '2020-01-20', periodEnd: '2020-12-30' }),
      noResponse('foi', CHARLIE.code),
    ],
  });
  const metrics = computeMetrics(model);

  it('gives each standing how many forces have a value, of how many, and its extremes', () => {
    const applications = metrics.standings.find((standing) => standing.id === 'applications');
    expect(applications).toMatchObject({ withValue: 2, of: 3 });
    expect(applications?.extremes?.highest).toEqual({ forces: [{ code: ALPHA.code, name: ALPHA.name }], value: 6 });
    expect(applications?.national).toMatchObject({ kind: 'total', value: 8, forces: 2, of: 3 });
    expect(metrics.roundStandings.get('foi')?.map((standing) => standing.id)).toEqual(['applications', 'grant-rate', 'applications-per-offences']);
  });

  it('sums a measure by country only over a complete table, and spans the reported figures', () => {
    const byCountry = metrics.datasetById.get('foi')?.sumsByCountry;
    const country = (code: string) => model.forces.find((force) => force.code === code)?.country ?? '';
    const total = [ALPHA, BRAVO].filter((force) => country(force.code) === country(ALPHA.code)).reduce((sum, force) => sum + (force === ALPHA ? 5 : 2), 0);
    expect(byCountry?.get(country(ALPHA.code))?.granted?.value).toBe(total);
    expect(metrics.datasetById.get('foi')?.reportedSpan).toMatchObject({ start: '2020-01-20', firstEnd: '2020-12-30', lastEnd: '2021-04-30', allDated: true });
    const selection = computeMetrics(makeModel({ ...model, datasets: [{ ...foi, coverage: 'selection' }] }));
    expect(selection.datasetById.get('foi')?.sumsByCountry.get(country(ALPHA.code))).toEqual({});
  });
});
