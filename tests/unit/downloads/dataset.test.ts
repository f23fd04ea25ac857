// The downloadable dataset: every table written from the validated model with
// blanks kept blank and states spelt out, spreadsheet formulas defused, and a
// data dictionary that describes exactly the columns the files have.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/lib/data/load.ts';
import type { DataModel } from '../../../src/lib/data/types.ts';
import { dataDictionary, datasetFiles, spoFiguresTable } from '../../../src/lib/downloads/dataset.ts';
import { dataDir } from '../../../scripts/lib/paths.ts';

const model = loadData(dataDir).model!;

function parse(csv: string): Record<string, string>[] {
  const result = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

function file(files: ReturnType<typeof datasetFiles>, name: string) {
  const found = files.find((candidate) => candidate.file === name);
  if (found === undefined) throw new Error(`no ${name}`);
  return found;
}

describe('datasetFiles', () => {
  const files = datasetFiles(model);

  it('writes one row per model row in every table', () => {
    expect(parse(file(files, 'spo-figures.csv').csv)).toHaveLength(model.figures.length);
    expect(parse(file(files, 'stalking-offences.csv').csv)).toHaveLength(model.offences.length);
    expect(parse(file(files, 'population.csv').csv)).toHaveLength(model.population.length);
    expect(parse(file(files, 'forces.csv').csv)).toHaveLength(43);
    expect(parse(file(files, 'sources.csv').csv)).toHaveLength(model.sources.length);
    expect(parse(file(files, 'datasets.csv').csv)).toHaveLength(model.datasets.length);
    expect(parse(file(files, 'national-figures.csv').csv)).toHaveLength(model.nationalFigures.length);
  });

  it('keeps zero, no response and not covered apart: a state never becomes 0', () => {
    const rows = parse(file(files, 'spo-figures.csv').csv).filter((row) => row['dataset_id'] === 'bbc-foi-2021');
    const byName = (name: string) => rows.find((row) => row['force_name'] === name)!;
    expect(byName('Lincolnshire')).toMatchObject({ status: 'no_response', applications: '', granted: '' });
    expect(byName('City of London')).toMatchObject({ status: 'not_covered', applications: '' });
    expect(byName('Suffolk')).toMatchObject({ status: 'reported', applications: '0' });
    expect(byName('Nottinghamshire')).toMatchObject({ refused: '', pending: '', not_reported: 'refused|pending' });
  });

  it('defuses text a spreadsheet would run as a formula, in every cell that starts with =, +, - or @', () => {
    const [first, ...rest] = model.figures;
    const poisoned: DataModel = {
      ...model,
      figures: [
        { ...first!, note: '=HYPERLINK("https://evil.example","click")', periodLabel: '+1 day' },
        { ...rest[0]!, note: '-2+3', periodLabel: '@SUM(A1)' },
        ...rest.slice(1),
      ],
    };
    const rows = parse(file(datasetFiles(poisoned), 'spo-figures.csv').csv);
    expect(rows[0]).toMatchObject({ note: `'=HYPERLINK("https://evil.example","click")`, period_label: `'+1 day` });
    expect(rows[1]).toMatchObject({ note: `'-2+3`, period_label: `'@SUM(A1)` });
  });
});

describe('dataDictionary', () => {
  it('describes every column of every file, and only those', () => {
    const dictionary = parse(dataDictionary().csv);
    for (const { file: name, csv } of datasetFiles(model)) {
      const header = csv.split('\r\n')[0]!.split(',');
      const described = dictionary.filter((row) => row['file'] === name && row['column'] !== '').map((row) => row['column']);
      expect(described, name).toEqual(header);
      expect(dictionary.find((row) => row['file'] === name && row['column'] === '')?.['description']).not.toBe('');
    }
    expect(new Set(dictionary.map((row) => row['file'])).size).toBe(datasetFiles(model).length + 1);
  });

  it('explains first, for every file, the apostrophe in front of text that a spreadsheet would run as a formula', () => {
    const [first] = parse(dataDictionary().csv);
    expect(first?.['column']).toBe('');
    expect(first?.['description']).toMatch(/apostrophe/);
    for (const start of ['=', '+', '-', '@']) expect(first?.['description']).toContain(start);
  });

  it('explains that a blank is never zero and what each status means', () => {
    const descriptions = new Map(spoFiguresTable.columns.map((column) => [column.header, column.description]));
    expect(descriptions.get('applications')).toMatch(/never zero/);
    for (const status of ['reported', 'no_response', 'not_covered']) expect(descriptions.get('status')).toContain(status);
  });
});
