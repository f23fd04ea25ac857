// A force's one-sentence finding claims only what the guards allow: the most
// of any force and "one of N that made none" over a complete table only, a
// rank only where metrics ranked the force, and a state, never a zero, for a
// force without a figure.
import { describe, expect, it } from 'vitest';
import { computeMetrics, forceFinding } from '../../../src/lib/metrics/index.ts';
import type { DatasetCoverage } from '../../../src/lib/data/types.ts';
import { ALPHA, BRAVO, CHARLIE, makeDataset, makeFigure, makeForce, makeModel, noResponse } from './fixtures.ts';

const DELTA = makeForce('E23000004', 'Delta');
const forces = [ALPHA, BRAVO, CHARLIE, DELTA];

function round(applications: Record<string, number | 'no_response'>, coverage: DatasetCoverage = 'complete') {
  const dataset = makeDataset({ id: 'round', coverage, measures: ['applications'] });
  const figures = Object.entries(applications).map(([code, value]) =>
    value === 'no_response' ? noResponse('round', code) : makeFigure({ datasetId: 'round', forceCode: code, applications: value }));
  const metrics = computeMetrics(makeModel({ forces, datasets: [dataset], figures }));
  const dataset0 = metrics.datasets[0]!;
  return (force: { code: string }) => forceFinding(dataset0, metrics.forces.find((candidate) => candidate.code === force.code)!);
}

describe('forceFinding', () => {
  const complete = round({ [ALPHA.code]: 9, [BRAVO.code]: 4, [CHARLIE.code]: 0, [DELTA.code]: 'no_response' });

  it('says the most only for the force at the top of a complete table', () => {
    expect(complete(ALPHA)).toMatchObject({ kind: 'most', value: 9, sharedWith: 0, of: 3, period: { start: '2020-01-20', end: '2021-04-30' } });
    expect(round({ [ALPHA.code]: 9, [BRAVO.code]: 4 }, 'selection')(ALPHA)).toMatchObject({ kind: 'figure', value: 9 });
  });

  it('says who shares the top: ties are one claim, not a winner picked by name', () => {
    expect(round({ [ALPHA.code]: 9, [BRAVO.code]: 9, [CHARLIE.code]: 1 })(BRAVO)).toMatchObject({ kind: 'most', sharedWith: 1 });
  });

  it('gives the rank metrics gives, and no rank over a named selection', () => {
    expect(complete(BRAVO)).toMatchObject({ kind: 'ranked', value: 4, rank: { rank: 2, tied: false, of: 3 } });
    expect(round({ [ALPHA.code]: 9, [BRAVO.code]: 4 }, 'selection')(BRAVO)).toEqual(expect.objectContaining({ kind: 'figure', value: 4 }));
  });

  it('counts the forces that made none only over a complete table', () => {
    expect(complete(CHARLIE)).toMatchObject({ kind: 'none', forcesWithNone: 1, of: 3 });
    expect(round({ [CHARLIE.code]: 0, [ALPHA.code]: 2 }, 'selection')(CHARLIE)).toMatchObject({ kind: 'figure', value: 0 });
  });

  it('gives a force without a figure its state, never a zero', () => {
    expect(complete(DELTA)).toMatchObject({ kind: 'no-figure', state: 'no_response', period: null });
    expect(round({ [ALPHA.code]: 2 })(DELTA)).toMatchObject({ kind: 'no-figure', state: 'not_covered' });
  });
});
