// The Since 2021 view models on fixture data: the gap sentence follows the
// data when it is edited, a force page's section, and the /forces/ cell.
import { describe, expect, it } from 'vitest';
import type { DataModel, Source } from '../../src/lib/data/types.ts';
import { computeMetrics } from '../../src/lib/metrics/index.ts';
import { forceSinceView, gapView, latestFigureView } from '../../src/lib/views/since.ts';
import { ALPHA, BRAVO, CHARLIE, makeDataset, makeFigure, makeModel, makeStatement } from './metrics/fixtures.ts';

const FOI = makeDataset({ id: 'foi', shortTitle: 'FOI 2021', scope: 'all_forces' });
const FOI_ROWS = [ALPHA, BRAVO, CHARLIE].map((force) =>
  makeFigure({ datasetId: 'foi', forceCode: force.code, periodEnd: '2021-05-26', applications: 10, granted: 8, refused: 1, pending: 1 }));
const SOURCE: Source = { id: 'S01', title: 'FOI reply', publisher: 'Alpha Police', date: '2024', url: 'https://example.org/foi', licence: 'Quoted', attribution: 'Alpha Police', notes: '' };

function modelWith(edit: (model: DataModel) => void = () => undefined): DataModel {
  const model = makeModel({ datasets: [FOI], figures: FOI_ROWS, sources: [SOURCE], statements: [makeStatement()] });
  edit(model);
  return model;
}

const sourceOf = () => SOURCE;

describe('gapView', () => {
  it('counts forces with and without a later figure from the data, and follows an edit', () => {
    expect(gapView(computeMetrics(modelWith())).sentence).toBe(
      "No figures for every force have been published for any time after May 2021. 1 of the 3 forces has a later figure, stated by the force itself, an inspector or a news outlet and listed on the force's page; 2 have none that we found.",
    );
    const added = gapView(computeMetrics(modelWith((model) => model.statements.push(makeStatement({ forceCode: CHARLIE.code }))))).sentence;
    expect(added).toContain('2 of the 3 forces have a later figure');
    expect(added).toContain('; 1 has none that we found.');
    const removed = gapView(computeMetrics(modelWith((model) => model.statements.splice(0)))).sentence;
    expect(removed).toContain('0 of the 3 forces');
    expect(removed).toContain('; 3 have none');
  });

  it('takes the month the all-forces figures end from the data', () => {
    const later = modelWith((model) => {
      model.figures = model.figures.map((figure) => ({ ...figure, periodEnd: '2022-03-31' }));
    });
    expect(gapView(computeMetrics(later)).sentence).toMatch(/^No figures for every force have been published for any time after March 2022\./);
  });
});

describe('forceSinceView', () => {
  it('words each statement with its label, source and citation, and has no "nothing later" line', () => {
    const metrics = computeMetrics(modelWith());
    const view = forceSinceView(metrics.since.byForce.get(ALPHA.code)!, metrics, sourceOf);
    expect(view.nothingLater).toBeNull();
    expect(view.statements).toHaveLength(1);
    expect(view.statements[0]).toMatchObject({
      anchor: expect.stringMatching(/^statement-/),
      label: 'Applications · to December 2023',
      citation: 'Alpha Police, 1 February 2024',
      source: SOURCE,
      conflicts: [],
    });
    expect(view.sourceIds).toEqual(['S01']);
  });

  it('says in one line that a force has nothing later', () => {
    const metrics = computeMetrics(modelWith());
    const view = forceSinceView(metrics.since.byForce.get(BRAVO.code)!, metrics, sourceOf);
    expect(view.nothingLater).toBe('No published figure for Bravo covering any time after May 2021 has been found.');
    expect(view.statements).toEqual([]);
  });

  it('words a conflict with the force\'s earlier figure', () => {
    const metrics = computeMetrics(modelWith((model) => {
      model.statements = [makeStatement({ kind: 'granted', periodType: 'since', periodStart: null, periodEnd: null, statedOn: '2022-01-10', value: { type: 'count', count: 3 } })];
    }));
    const [statement] = forceSinceView(metrics.since.byForce.get(ALPHA.code)!, metrics, sourceOf).statements;
    expect(statement?.conflicts).toEqual([expect.stringMatching(/^This is fewer than the 8 orders granted in the FOI 2021 figures for /)]);
  });
});

describe('latestFigureView', () => {
  it('gives the date and a link, or says none was found', () => {
    const metrics = computeMetrics(modelWith());
    expect(latestFigureView(metrics.since.byForce.get(ALPHA.code)!, '/forces/alpha/')).toEqual({
      text: 'December 2023', sortValue: '2023-12-01', href: '/forces/alpha/#since-2021', state: 'dated',
    });
    expect(latestFigureView(metrics.since.byForce.get(BRAVO.code)!, '/forces/bravo/')).toEqual({ text: 'None found', sortValue: '', href: null, state: 'none' });
  });
});
