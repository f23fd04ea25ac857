// A force page's series of rounds: each round's period and figure, and the
// change on the round before only where metrics found the periods comparable.
import { describe, expect, it } from 'vitest';
import { forcePage } from '../../src/lib/copy/force.ts';
import type { Source } from '../../src/lib/data/types.ts';
import { computeMetrics } from '../../src/lib/metrics/index.ts';
import { addDays, daysBetween } from '../../src/lib/metrics/quarters.ts';
import { buildForcePages } from '../../src/lib/views/force.ts';
import { ALPHA, BRAVO, CHARLIE, makeDataset, makeFigure, makeModel, noResponse } from './metrics/fixtures.ts';

const BASIS = 'Force FOI replies';
const second = makeDataset({ id: 'second', order: 1, basis: BASIS, role: 'headline', shortTitle: 'Second round' });
const first = makeDataset({ id: 'first', order: 2, basis: BASIS, shortTitle: 'First round' });
const court = makeDataset({ id: 'court', order: 3, basis: 'Court records', measures: ['applications'] });
const FIRST = { periodStart: '2020-01-20', periodEnd: '2021-04-30', periodLabel: '20 Jan 2020 to 30 Apr 2021' };
const days = daysBetween(FIRST.periodStart, FIRST.periodEnd) + 1;
const SECOND = { periodStart: '2021-05-01', periodEnd: addDays('2021-05-01', days - 1), periodLabel: 'May 2021 to Aug 2022' };
const SOURCE: Source = { id: 'S01', title: 'FOI', publisher: 'A newsroom', date: '2022', url: '', licence: 'OGL', attribution: 'A newsroom', notes: '' };
const applications = (count: number) => ({ applications: count, granted: 0, refused: 0, pending: count });

function pagesFor(secondPeriod: typeof SECOND) {
  const model = makeModel({
    datasets: [second, first, court],
    sources: ['S01', 'S06', 'S07'].map((id) => ({ ...SOURCE, id })),
    figures: [
      makeFigure({ datasetId: 'first', forceCode: ALPHA.code, ...FIRST, ...applications(0) }),
      makeFigure({ datasetId: 'second', forceCode: ALPHA.code, ...secondPeriod, ...applications(4) }),
      makeFigure({ datasetId: 'first', forceCode: BRAVO.code, ...FIRST, ...applications(6) }),
      makeFigure({ datasetId: 'second', forceCode: BRAVO.code, ...secondPeriod, ...applications(6) }),
      makeFigure({ datasetId: 'first', forceCode: CHARLIE.code, ...FIRST, ...applications(3) }),
      noResponse('second', CHARLIE.code),
      ...[ALPHA, BRAVO, CHARLIE].map((force) => makeFigure({ datasetId: 'court', forceCode: force.code, ...FIRST, applications: 1 })),
    ],
  });
  const pages = buildForcePages({ model, metrics: computeMetrics(model), neighbours: new Map() });
  return (code: string) => pages.find((page) => page.force.code === code)?.rounds ?? [];
}

describe('a force page’s rounds', () => {
  const rounds = pagesFor(SECOND);

  it('lists each series with two or more rounds, earliest first, each with its own period (a one-round basis has none)', () => {
    const series = rounds(ALPHA.code);
    expect(series).toHaveLength(1);
    expect(series[0]?.rounds.map((round) => [round.title, round.period, round.applications.text])).toEqual([
      ['First round', FIRST.periodLabel, '0'],
      ['Second round', SECOND.periodLabel, '4'],
    ]);
  });

  it('gives the change on the round before where the periods are comparable, and says why not otherwise', () => {
    expect(rounds(ALPHA.code)[0]?.rounds.map((round) => round.change)).toEqual([forcePage.rounds.first, forcePage.rounds.change(4)]);
    expect(rounds(BRAVO.code)[0]?.rounds[1]?.change).toBe(forcePage.rounds.change(0));
    expect(rounds(CHARLIE.code)[0]?.rounds[1]).toMatchObject({ change: forcePage.rounds.noChange.not_both_reported, applications: { state: 'no_response' } });
    const shortSecond = { ...SECOND, periodEnd: addDays(SECOND.periodStart, Math.floor(days / 2)) };
    expect(pagesFor(shortSecond)(ALPHA.code)[0]?.rounds[1]?.change).toBe(forcePage.rounds.noChange.periods_not_comparable);
  });

  it('words a change with its direction', () => {
    expect([forcePage.rounds.change(3), forcePage.rounds.change(-2), forcePage.rounds.change(0)]).toEqual(['Up 3', 'Down 2', 'The same number']);
  });
});
