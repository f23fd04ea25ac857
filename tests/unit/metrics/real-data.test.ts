// The project's own data folder, through the real loader, must give the
// figures the research report states. A change to data/*.csv or to the
// metrics that moves one of these numbers has to be deliberate.

import { describe, expect, it } from 'vitest';
import { loadRealModel } from '../../support/real-data.ts';
import { computeMetrics } from '../../../src/lib/metrics/index.ts';
import type { DatasetMetrics, ForceRef } from '../../../src/lib/metrics/index.ts';

const model = loadRealModel();
const metrics = computeMetrics(model);

const MET = 'E23000001';
const SUSSEX = 'E23000033';
const SURREY = 'E23000031';
const GWENT = 'W15000002';
const SOUTH_WALES = 'W15000003';
const WARWICKSHIRE = 'E23000017';
const DURHAM = 'E23000008';
const DORSET = 'E23000039';
const CITY_OF_LONDON = 'E23000034';
const NOTTINGHAMSHIRE = 'E23000019';
const LINCOLNSHIRE = 'E23000020';
const NORTH_YORKSHIRE = 'E23000009';
const AVON_AND_SOMERSET = 'E23000036';

function dataset(id: string): DatasetMetrics {
  const found = metrics.datasetById.get(id);
  if (!found) throw new Error(`No dataset ${id}`);
  return found;
}

function codes(forces: readonly ForceRef[]): string[] {
  return forces.map((force) => force.code);
}

function nameOf(code: string): string {
  const force = metrics.forces.find((candidate) => candidate.code === code);
  if (!force) throw new Error(`No force ${code}`);
  return force.name;
}

const bbc = dataset('bbc-foi-2021');
const court = dataset('court-first-year');

describe('BBC FOI 2021 (S01)', () => {
  it('totals 427 applications, 294 granted, 22 refused and 111 pending', () => {
    expect(bbc.totals.measures.map(({ measure, total, forcesSummed }) => [measure, total, forcesSummed])).toEqual([
      ['applications', 427, 40],
      ['granted', 294, 40],
      ['refused', 22, 39],
      ['pending', 111, 39],
    ]);
    expect(codes(bbc.totals.measures.find((m) => m.measure === 'refused')?.forcesNotReported ?? [])).toEqual([NOTTINGHAMSHIRE]);
  });

  it('has 40 forces reporting, 2 not responding and City of London not covered', () => {
    expect(bbc.totals).toMatchObject({ reported: 40, zero: 4, noResponse: 2, notCovered: 1 });
    expect(bbc.figures.get(LINCOLNSHIRE)?.state).toBe('no_response');
    expect(bbc.figures.get(NORTH_YORKSHIRE)?.state).toBe('no_response');
    expect(bbc.figures.get(CITY_OF_LONDON)?.state).toBe('not_covered');
  });

  it('lists Dorset, Humberside, Suffolk and Thames Valley with zero applications', () => {
    expect(codes(bbc.zeroApplications)).toEqual(['E23000039', 'E23000012', 'E23000025', 'E23000029']);
  });

  it('ranks the Met first of 40 and the four zeros joint 37th', () => {
    expect(bbc.applicationsRanking?.ranks.get(MET)).toEqual({ rank: 1, tied: false, of: 40 });
    expect(bbc.applicationsRanking?.ranks.get(DORSET)).toEqual({ rank: 37, tied: true, of: 40 });
    expect(bbc.applicationsRanking?.ranks.has(LINCOLNSHIRE)).toBe(false);
  });

  it('matches each force to its own quarters of offences', () => {
    const perOffences = bbc.applicationsPerOffences;
    const met = perOffences?.get(MET);
    expect(met?.window?.label).toBe('Jan 2020 to Mar 2021');
    expect(met?.offences).toBe(8606);
    expect(met?.rate.value).toBeCloseTo((123 / 8606) * 1000, 10);
    const gwent = perOffences?.get(GWENT);
    expect(gwent?.window?.label).toBe('Jan 2020 to Dec 2020');
    expect(gwent?.offences).toBe(861);
    expect(perOffences?.get(NORTH_YORKSHIRE)?.rate).toEqual({ value: null, missing: 'no_response' });
    expect(bbc.applicationsPerOffencesRanking?.ranks.get(SURREY)).toEqual({ rank: 1, tied: false, of: 40 });
  });

  it('leaves Nottinghamshire without a grant rate because refusals were not given', () => {
    expect(bbc.grantRates?.get(NOTTINGHAMSHIRE)?.rate).toEqual({ value: null, missing: 'not_reported' });
    expect(bbc.grantRateRanking?.ranks.has(NOTTINGHAMSHIRE)).toBe(false);
  });
});

describe('court data, first year (S02)', () => {
  it('names seven forces with no applications', () => {
    expect(court.zeroApplications.map((force) => force.code).sort()).toEqual(
      ['E23000008', 'E23000012', 'E23000017', 'E23000025', 'E23000029', 'W15000002', 'W15000003'],
    );
  });

  it('matches its January 2020 to January 2021 period to calendar 2020 offences', () => {
    const met = court.applicationsPerOffences?.get(MET);
    expect(met?.window?.label).toBe('Jan 2020 to Dec 2020');
    expect(met?.offences).toBe(6118);
    expect(court.applicationsPerOffences?.get(CITY_OF_LONDON)?.rate).toEqual({ value: null, missing: 'not_covered' });
  });

  it('ranks none of the forces it names: the article is a selection, not a table', () => {
    expect(court.dataset.coverage).toBe('selection');
    expect(court.applicationsRanking?.ranks.size).toBe(0);
    for (const code of [MET, SUSSEX, DURHAM]) expect(court.applicationsRanking?.unranked.get(code)?.reason).toBe('selection');
  });
});

describe('disagreements between sources', () => {
  const pairs = (list: typeof metrics.comparisons.comparable) =>
    list.map((pair) => [pair.force.code, pair.first.datasetId, pair.first.applications, pair.second.datasetId, pair.second.applications]);

  it('shows the six forces where court data and the BBC FOI differ, and Avon and Somerset’s two FOI replies', () => {
    expect(pairs(metrics.comparisons.disagreements).sort()).toEqual([
      [AVON_AND_SOMERSET, 'bbc-foi-2021', 9, 'avon-somerset-foi-2023', 10],
      [DURHAM, 'court-first-year', 0, 'bbc-foi-2021', 3],
      [WARWICKSHIRE, 'court-first-year', 0, 'bbc-foi-2021', 9],
      [MET, 'court-first-year', 133, 'bbc-foi-2021', 123],
      [SUSSEX, 'court-first-year', 41, 'bbc-foi-2021', 37],
      [GWENT, 'court-first-year', 0, 'bbc-foi-2021', 7],
      [SOUTH_WALES, 'court-first-year', 0, 'bbc-foi-2021', 2],
    ].sort());
  });

  it('shows where they agree, including Dorset’s own FOI', () => {
    const agreeing = metrics.comparisons.comparable.filter((pair) => pair.agree);
    expect(agreeing.map((pair) => [nameOf(pair.force.code), pair.first.datasetId, pair.second.datasetId, pair.first.applications]).sort()).toEqual([
      ['Dorset', 'bbc-foi-2021', 'dorset-foi-2022', 0],
      ['Humberside', 'court-first-year', 'bbc-foi-2021', 0],
      ['Suffolk', 'court-first-year', 'bbc-foi-2021', 0],
      ['Thames Valley', 'court-first-year', 'bbc-foi-2021', 0],
    ].sort());
  });

  it('never compares the undated ITV figures', () => {
    const itv = new Set(model.datasets.filter((d) => d.sourceId === 'S05').map((d) => d.id));
    expect(itv.size).toBe(1);
    expect(metrics.comparisons.comparable.some((pair) => itv.has(pair.first.datasetId) || itv.has(pair.second.datasetId))).toBe(false);
  });

  it('compares Avon and Somerset’s 2023 reply with the BBC figure inside its period, refusals included', () => {
    const pair = metrics.comparisons.comparable.find((candidate) => candidate.force.code === AVON_AND_SOMERSET);
    expect(pair?.relation).toBe('nested');
    expect(pair?.contradiction).toBe(true);
    // 1 refused by April 2021, yet all 10 applications to March 2023 were granted.
    expect(pair?.conflicts).toEqual([{ kind: 'refused_beyond_outer', inner: 0, refused: 1, unsuccessful: 0 }]);
  });

  it('gives every dataset’s figure for each force with a zero anywhere', () => {
    const rows = metrics.comparisons.zeroComparison;
    expect(rows.map((row) => nameOf(row.force.code))).toEqual(
      ['Dorset', 'Durham', 'Gwent', 'Humberside', 'South Wales', 'Suffolk', 'Thames Valley', 'Warwickshire'],
    );
    const gwent = rows.find((row) => row.force.code === GWENT);
    expect(gwent?.figures.map((figure) => figure.datasetId)).toEqual(metrics.datasets.map((d) => d.dataset.id));
  });
});

describe('recorded stalking offences (S06)', () => {
  it('gives the national totals for complete financial and calendar years', () => {
    const national = metrics.offences.national;
    const financial = new Map(national.financialYears.map((year) => [year.year, year.offences]));
    const calendar = new Map(national.calendarYears.map((year) => [year.year, year.offences]));
    expect(financial.get('2018/19')).toBe(20_038);
    expect(financial.get('2019/20')).toBe(33_261);
    expect(financial.get('2020/21')).toBe(99_073);
    expect(financial.get('2024/25')).toBe(135_492);
    expect(calendar.get('2019')).toBe(27_527);
    expect(calendar.get('2020')).toBe(82_385);
    expect(calendar.get('2021')).toBe(116_564);
  });

  it('leaves the part-year 2025/26 blank', () => {
    expect(metrics.offences.national.financialYears.find((year) => year.year === '2025/26')?.offences).toBeNull();
  });

  it('gives per-force years that match the research cross-checks', () => {
    const durham = metrics.offences.byForce.get(DURHAM);
    expect(durham?.calendarYears.find((year) => year.year === '2019')?.offences).toBe(334);
    expect(durham?.calendarYears.find((year) => year.year === '2020')?.offences).toBe(2404);
    expect(durham?.financialYears.find((year) => year.year === '2020/21')?.offences).toBe(2453);
    expect(metrics.offences.byForce.get(DORSET)?.calendarYears.find((year) => year.year === '2020')?.offences).toBe(982);
  });

  it('flags City of London’s small resident population', () => {
    const perResidents = metrics.offences.perResidents.byForce;
    expect(perResidents.get(CITY_OF_LONDON)).toMatchObject({ population: 15_111, smallPopulation: true });
    expect([...perResidents.values()].filter((entry) => entry.smallPopulation).map((entry) => entry.force.code)).toEqual([CITY_OF_LONDON]);
    // Left out of the ranks per resident, with the reason.
    expect(metrics.offences.perResidents.ranking.ranks.size).toBe(42);
    expect(metrics.offences.perResidents.ranking.unranked.get(CITY_OF_LONDON)?.reason).toBe('small_population');
  });
});

describe('rates per 1,000 offences in brief', () => {
  it('counts the forces with a rate, names those at 0 and groups the rest by the quarters they use, most forces first', () => {
    for (const round of metrics.applicationRounds) {
      const entries = [...(round.applicationsPerOffences?.values() ?? [])];
      const summary = round.rateSummary;
      if (summary === null) continue;
      const rated = entries.filter((entry) => entry.rate.value !== null);
      expect(summary.rated).toBe(rated.length);
      expect(summary.zero.map((force) => force.code).sort()).toEqual(rated.filter((entry) => entry.rate.value === 0).map((entry) => entry.force.code).sort());
      expect(summary.windows.reduce((sum, window) => sum + window.forces, 0)).toBe(rated.filter((entry) => entry.window !== null).length);
      const counts = summary.windows.map((window) => window.forces);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    }
  });
});
