// Which dataset leads, and which are rounds or local sources, is said by the
// data (spo_datasets.csv's role and basis), never by code: no file under src/
// names a dataset, whether of the real data or of the test fixtures.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/paths.ts';
import { SECOND_ROUND_DIR } from '../fixtures/second-round.ts';

function datasetIds(file: string): string[] {
  const rows = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;
  return rows.map((row) => row['id'] ?? '').filter((id) => id !== '');
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)]);
}

describe('dataset ids', () => {
  const ids = [...datasetIds(join(projectRoot, 'data', 'spo_datasets.csv')), ...datasetIds(join(SECOND_ROUND_DIR, 'spo_datasets.csv'))];

  it('are read from the data and the fixture', () => {
    expect(ids.length).toBeGreaterThan(2);
  });

  it('appear nowhere under src/', () => {
    const found = filesUnder(join(projectRoot, 'src')).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return ids.filter((id) => text.includes(id)).map((id) => `${relative(projectRoot, file)}: ${id}`);
    });
    expect(found).toEqual([]);
  });
});
