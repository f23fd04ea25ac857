// The project's own data folder must load cleanly through the real loader.
// Spot values are the ones the research report states (REPORT.md, section 1).
import { describe, expect, it } from 'vitest';
import { dataDir } from '../../../scripts/lib/paths.ts';
import { formatIssue, loadData } from '../../../src/lib/data/load.ts';
import type { DataModel, SpoFigure } from '../../../src/lib/data/types.ts';

function loadModel(): DataModel {
  const result = loadData(dataDir);
  expect(result.issues.map(formatIssue)).toEqual([]);
  if (result.model === null) throw new Error('data/ did not load');
  return result.model;
}

const model = loadModel();

function figureFor(datasetId: string, forceName: string): SpoFigure {
  const force = model.forces.find((candidate) => candidate.name === forceName);
  const matches = model.figures.filter((figure) => figure.datasetId === datasetId && figure.forceCode === force?.code);
  expect(matches).toHaveLength(1);
  const [figure] = matches;
  if (!figure) throw new Error(`no ${datasetId} row for ${forceName}`);
  return figure;
}

describe('data/ (the real folder)', () => {
  it('has the 43 territorial forces, matching the 43 boundary areas', () => {
    expect(model.forces).toHaveLength(43);
    expect(model.boundaryCodes).toHaveLength(43);
    expect(new Set(model.forces.map((force) => force.code))).toEqual(new Set(model.boundaryCodes));
    expect(model.forces.filter((force) => force.country === 'Wales')).toHaveLength(4);
  });

  it('has the Met at 123 applications in the BBC FOI data and 133 in the first-year court data', () => {
    expect(figureFor('bbc-foi-2021', 'Metropolitan Police')).toMatchObject({ status: 'reported', applications: 123 });
    expect(figureFor('court-first-year', 'Metropolitan Police')).toMatchObject({ status: 'reported', applications: 133 });
  });

  it('keeps non-responses and gaps apart from zeros', () => {
    expect(figureFor('bbc-foi-2021', 'Lincolnshire')).toMatchObject({ status: 'no_response', applications: null, granted: null });
    expect(figureFor('bbc-foi-2021', 'City of London')).toMatchObject({ status: 'not_covered', applications: null });
    expect(figureFor('bbc-foi-2021', 'Dorset')).toMatchObject({ status: 'reported', applications: 0 });
  });
});
