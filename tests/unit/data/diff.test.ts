import { describe, expect, it } from 'vitest';
import { diffModels } from '../../../src/lib/data/diff.ts';
import { parseDataFiles } from '../../../src/lib/data/load.ts';
import type { DataModel, OffenceQuarter } from '../../../src/lib/data/types.ts';
import { toFiles, topologyText, validFixture } from './fixture.ts';

function fixtureModel(): DataModel {
  const { model } = parseDataFiles(toFiles(validFixture()), topologyText());
  if (model === null) throw new Error('fixture does not load');
  return model;
}

/** The fixture model before and after `edit` changes a copy of it. */
function changes(edit: (model: DataModel) => void): string[] {
  const before = fixtureModel();
  const after = structuredClone(before);
  edit(after);
  return diffModels(before, after);
}

function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`nothing at ${index}`);
  return item;
}

function quarter(forceCode: string, financialYear: string, q: 1 | 2 | 3 | 4, offences: number): OffenceQuarter {
  return { forceCode, financialYear, quarter: q, start: '', end: '', offences, mayBeSuppressed: false, sourceId: 'S06' };
}

describe('diffModels', () => {
  it('finds nothing when nothing changed', () => {
    expect(changes(() => {})).toEqual([]);
  });

  it('reports a changed figure as "force, dataset measure: old -> new"', () => {
    expect(changes((model) => (at(model.figures, 0).applications = 125))).toEqual(['Metropolitan Police, bbc-foi-2021 applications: 123 -> 125']);
  });

  it('says "blank" for a missing figure, never 0', () => {
    expect(
      changes((model) => {
        Object.assign(at(model.figures, 1), { status: 'reported', applications: 4, granted: 0, refused: 0, pending: 4, note: '' });
      }),
    ).toEqual([
      'City of London, bbc-foi-2021 status: "not_covered" -> "reported"',
      'City of London, bbc-foi-2021 applications: blank -> 4',
      'City of London, bbc-foi-2021 granted: blank -> 0',
      'City of London, bbc-foi-2021 refused: blank -> 0',
      'City of London, bbc-foi-2021 pending: blank -> 4',
      'City of London, bbc-foi-2021 note: "Not in the BBC data" -> blank',
    ]);
  });

  it('treats a row whose period was edited as the same row', () => {
    expect(
      changes((model) => Object.assign(at(model.figures, 0), { periodEnd: '2021-05-20', periodLabel: '20 Jan 2020 to 20 May 2021' })),
    ).toEqual([
      'Metropolitan Police, bbc-foi-2021 period: "20 Jan 2020 to 12 May 2021" -> "20 Jan 2020 to 20 May 2021"',
      'Metropolitan Police, bbc-foi-2021 period end: "2021-05-12" -> "2021-05-20"',
    ]);
  });

  it('lists added and removed figure rows with what they held', () => {
    expect(
      changes((model) => {
        model.figures.push({ ...at(model.figures, 3), periodStart: '2021-01-20', periodEnd: '2022-01-19', periodLabel: 'Year two', applications: 150 });
      }),
    ).toEqual(['Metropolitan Police, court-first-year: row added for Year two (reported, applications 150)']);
    expect(changes((model) => model.figures.splice(2, 1))).toEqual([
      'North Wales, bbc-foi-2021: row removed for 20 Jan 2020 to 30 Dec 2020 (was reported, applications 0, granted 0, refused 0, pending 0)',
    ]);
  });

  it('summarises offence changes per force with the net effect of revisions', () => {
    expect(
      changes((model) => {
        at(model.offences, 0).offences = 1512;
        at(model.offences, 1).offences = 1590;
        model.offences.push(quarter('E23000001', '2021/22', 1, 1700), quarter('E23000001', '2021/22', 2, 1750));
        model.offences.splice(2, 1);
      }),
    ).toEqual([
      'Stalking offences, Metropolitan Police: 2 quarters revised (2020/21 Q1: 1,500 -> 1,512; 2020/21 Q4: 1,600 -> 1,590); 2 quarters added (2021/22 Q1 to 2021/22 Q2); revisions net +2',
      'Stalking offences, City of London: 1 quarter removed (2020/21 Q1)',
    ]);
  });

  it('lists the first few revised quarters of a force and counts the rest', () => {
    const before = fixtureModel();
    before.offences = [1, 2, 3, 4].flatMap((q) => [quarter('W15000001', '2020/21', q as 1 | 2 | 3 | 4, 100), quarter('W15000001', '2021/22', q as 1 | 2 | 3 | 4, 100)]);
    const after = structuredClone(before);
    for (const offence of after.offences) offence.offences = 101;
    expect(diffModels(before, after)).toEqual([
      'Stalking offences, North Wales: 8 quarters revised (2020/21 Q1: 100 -> 101; 2021/22 Q1: 100 -> 101; 2020/21 Q2: 100 -> 101; 2021/22 Q2: 100 -> 101, and 4 more); revisions net +8',
    ]);
  });

  it('reports forces, sources, datasets, population, national figures and boundaries', () => {
    expect(
      changes((model) => {
        at(model.forces, 2).aliases = ['Heddlu Gogledd Cymru'];
        at(model.sources, 0).url = 'https://example.org/new';
        at(model.sources, 1).notes = 'A much longer note about this source that no editor wants quoted in full in a report line.';
        at(model.datasets, 0).measures = ['applications', 'granted'];
        at(model.population, 1).population = 15200;
        at(model.nationalFigures, 0).value = '457';
        model.sources.push({ ...at(model.sources, 0), id: 'S20' });
        model.boundaryCodes.push('W15000002');
      }),
    ).toEqual([
      'Force North Wales (W15000001) aliases: blank -> "Heddlu Gogledd Cymru"',
      'Source S01 url: "https://example.org/s01" -> "https://example.org/new"',
      'Source S02 notes changed',
      'Source S20: added',
      'Dataset court-first-year measures: "applications" -> "applications|granted"',
      'Population, City of London, 2024-06-30: 15,111 -> 15,200',
      'National figure court_spos_first_year value: "456" -> "457"',
      'Boundary area W15000002: added',
    ]);
  });

  it('names a removed force from the old version', () => {
    expect(changes((model) => model.forces.splice(0, 1))).toEqual(['Force Metropolitan Police (E23000001): removed']);
  });
});
