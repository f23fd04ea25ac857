import { describe, expect, it } from 'vitest';
import { changesReport, healthReport } from '../../../scripts/lib/data-health.ts';
import { parseDataFiles } from '../../../src/lib/data/load.ts';
import type { DataModel } from '../../../src/lib/data/types.ts';
import { computeMetrics } from '../../../src/lib/metrics/index.ts';
import { toFiles, topologyText, validFixture } from './fixture.ts';

function fixtureModel(): DataModel {
  const { model } = parseDataFiles(toFiles(validFixture()), topologyText());
  if (model === null) throw new Error('fixture does not load');
  return model;
}

describe('healthReport', () => {
  it('summarises coverage, zeros and disagreements for an editor', () => {
    const model = fixtureModel();
    expect(healthReport(model, computeMetrics(model))).toEqual([
      'Forces: 3 (2 in England, 1 in Wales), matching the 3 boundary areas.',
      'Sources: 3. National figures: 1.',
      'Stalking offences: 12 force-quarter rows, 2020/21 Q1 to 2020/21 Q4.',
      'Population: 3 rows (2024-06-30).',
      '',
      'SPO datasets, per force: reported (of which zero applications), no response, not covered',
      '  Court data [court-first-year]: 1 reported (0 zero), 0 no response, 2 not covered',
      '  BBC FOI [bbc-foi-2021]: 2 reported (1 zero), 0 no response, 1 not covered',
      '',
      'Forces reporting zero applications:',
      '  court-first-year: none',
      '  bbc-foi-2021: North Wales',
      '',
      'Sources that disagree over comparable periods (1; the site shows both, never merged):',
      '  Metropolitan Police: court-first-year 133 (2020-01-20 to 2021-01-19) vs bbc-foi-2021 123 (2020-01-20 to 2021-05-12)',
    ]);
  });

  it('says so when the sources agree', () => {
    const model = fixtureModel();
    const court = model.figures.find((figure) => figure.datasetId === 'court-first-year');
    if (!court) throw new Error('fixture changed');
    court.applications = 123;
    expect(healthReport(model, computeMetrics(model)).at(-1)).toBe('Sources that disagree over comparable periods: none.');
  });
});

describe('changesReport', () => {
  const changes = () => ['Durham, bbc-foi-2021 applications: 3 -> 5'];
  it('lists the changes against the committed model', () => {
    expect(changesReport({ kind: 'loaded', since: 'the last commit', model: fixtureModel() }, changes)).toEqual([
      'Changes since the last commit:',
      '  Durham, bbc-foi-2021 applications: 3 -> 5',
    ]);
    expect(changesReport({ kind: 'loaded', since: 'the last commit', model: fixtureModel() }, () => [])).toEqual(['Changes since the last commit: none.']);
  });

  it('explains why nothing can be compared', () => {
    expect(changesReport({ kind: 'unavailable', since: 'the last commit or build', reason: 'the folder is not in git and has not been built yet' }, changes)).toEqual([
      'Changes since the last commit or build: cannot compare: the folder is not in git and has not been built yet.',
    ]);
    expect(changesReport({ kind: 'invalid', since: 'the last commit', issueCount: 2 }, changes)).toEqual([
      'Changes since the last commit: cannot compare: that version itself has 2 problems.',
    ]);
  });
});
