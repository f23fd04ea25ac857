import { describe, expect, it } from 'vitest';
import { COMPARABLE_LENGTH_RATIO, computeMetrics, headlineDataset } from '../../../src/lib/metrics/index.ts';
import { addDays, daysBetween } from '../../../src/lib/metrics/quarters.ts';
import { ALPHA, BRAVO, CHARLIE, makeDataset, makeFigure, makeModel, noResponse } from './fixtures.ts';

const BASIS = 'Force FOI replies';
// Display order deliberately puts the later round first: rounds are ordered by their periods.
const second = makeDataset({ id: 'second', order: 1, basis: BASIS, role: 'headline' });
const first = makeDataset({ id: 'first', order: 2, basis: BASIS });
const court = makeDataset({ id: 'court', order: 3, basis: 'Court records', measures: ['applications'] });
const local = makeDataset({ id: 'local', order: 4, scope: 'selected_forces', basis: BASIS, measures: ['applications'] });

const FIRST = { periodStart: '2020-01-20', periodEnd: '2021-04-30' };
const firstDays = daysBetween(FIRST.periodStart, FIRST.periodEnd) + 1;
/** The second round starts the day after the first ends and is as long. */
const SECOND = { periodStart: '2021-05-01', periodEnd: addDays('2021-05-01', firstDays - 1) };

function outcomes(applications: number) {
  return { applications, granted: 0, refused: 0, pending: applications };
}

function roundsModel(secondEnd = SECOND.periodEnd) {
  return makeModel({
    datasets: [second, first, court, local],
    figures: [
      makeFigure({ datasetId: 'first', forceCode: ALPHA.code, ...FIRST, ...outcomes(0) }),
      makeFigure({ datasetId: 'second', forceCode: ALPHA.code, ...SECOND, periodEnd: secondEnd, ...outcomes(4) }),
      makeFigure({ datasetId: 'first', forceCode: BRAVO.code, ...FIRST, ...outcomes(6) }),
      makeFigure({ datasetId: 'second', forceCode: BRAVO.code, ...SECOND, periodEnd: secondEnd, ...outcomes(0) }),
      makeFigure({ datasetId: 'first', forceCode: CHARLIE.code, ...FIRST, ...outcomes(3) }),
      noResponse('second', CHARLIE.code),
      makeFigure({ datasetId: 'court', forceCode: ALPHA.code, ...FIRST, applications: 2 }),
      makeFigure({ datasetId: 'local', forceCode: ALPHA.code, ...SECOND, applications: 9 }),
    ],
  });
}

describe('rounds of the same questions', () => {
  const metrics = computeMetrics(roundsModel());

  it('leads with the dataset whose role is headline, whatever its display order', () => {
    expect(headlineDataset(metrics.datasets).dataset.id).toBe('second');
    expect(metrics.applicationRounds.map(({ dataset }) => dataset.id)).toEqual(['second', 'first', 'court']);
  });

  it('groups all-forces datasets by counting basis, earliest round first, leaving selected-forces sources out', () => {
    expect(metrics.rounds.series.map(({ basis, rounds }) => [basis, rounds.map(({ dataset }) => dataset.id)])).toEqual([
      [BASIS, ['first', 'second']],
      ['Court records', ['court']],
    ]);
  });

  it('counts the forces that went from none to some and from some to none, among those reported in both rounds', () => {
    const [transition] = metrics.rounds.transitions;
    expect(metrics.rounds.transitions).toHaveLength(1);
    expect(transition?.earlier.dataset.id).toBe('first');
    expect(transition?.later.dataset.id).toBe('second');
    expect(transition?.reportedInBoth).toBe(2);
    expect(transition?.noneToSome.map((force) => force.name)).toEqual(['Alpha']);
    expect(transition?.someToNone.map((force) => force.name)).toEqual(['Bravo']);
  });

  it('gives a change where both rounds are reported over periods of comparable length, and says why not elsewhere', () => {
    const steps = metrics.rounds.transitions[0]?.steps;
    expect(steps?.get(ALPHA.code)).toMatchObject({ change: 4, changeMissing: null });
    expect(steps?.get(BRAVO.code)).toMatchObject({ change: -6, changeMissing: null });
    expect(steps?.get(CHARLIE.code)).toMatchObject({ change: null, changeMissing: 'not_both_reported' });
  });

  it(`gives no change when the shorter period is under ${COMPARABLE_LENGTH_RATIO} of the longer`, () => {
    const justLongEnough = Math.ceil(firstDays * COMPARABLE_LENGTH_RATIO);
    const atLimit = computeMetrics(roundsModel(addDays(SECOND.periodStart, justLongEnough - 1)));
    const tooShort = computeMetrics(roundsModel(addDays(SECOND.periodStart, justLongEnough - 2)));
    expect(atLimit.rounds.transitions[0]?.steps.get(ALPHA.code)?.changeMissing).toBeNull();
    expect(tooShort.rounds.transitions[0]?.steps.get(ALPHA.code)).toMatchObject({ change: null, changeMissing: 'periods_not_comparable' });
    // Who went from none to some does not depend on the periods' lengths.
    expect(tooShort.rounds.transitions[0]?.noneToSome.map((force) => force.name)).toEqual(['Alpha']);
  });

  it('gives no change between overlapping periods', () => {
    const overlapping = makeModel({
      datasets: [second, first],
      figures: [
        makeFigure({ datasetId: 'first', forceCode: ALPHA.code, ...FIRST, ...outcomes(1) }),
        makeFigure({ datasetId: 'second', forceCode: ALPHA.code, periodStart: FIRST.periodEnd, periodEnd: addDays(FIRST.periodEnd, firstDays - 1), ...outcomes(2) }),
      ],
    });
    expect(computeMetrics(overlapping).rounds.transitions[0]?.steps.get(ALPHA.code)?.changeMissing).toBe('periods_not_comparable');
  });

  it('has no transitions when each basis has one round', () => {
    const single = makeModel({ datasets: [first], figures: [makeFigure({ datasetId: 'first', forceCode: ALPHA.code, ...FIRST, ...outcomes(1) })] });
    expect(computeMetrics(single).rounds.transitions).toEqual([]);
  });
});
