// A copy of data/ edited the way an editor would: the Met's count in the
// headline round corrected, the next quarter of offences added, and a second
// all-forces round (tests/fixtures/second-round/) added and marked headline.
// The editor-edits build test builds the site on it and runs the dist suite.
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { loadData } from '../../src/lib/data/load.ts';
import type { DataModel } from '../../src/lib/data/types.ts';
import { nextQuarter, quarterKey } from '../../src/lib/metrics/quarters.ts';
import { addSecondRound } from '../fixtures/second-round.ts';
import { editCsv } from './build-runner.ts';

export const CORRECTED_FORCE = 'E23000001';

/** The folder's headline dataset id, as spo_datasets.csv says. */
function headlineId(dataFolder: string): string {
  const rows = Papa.parse<Record<string, string>>(readFileSync(join(dataFolder, 'spo_datasets.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
  return rows.find((row) => row['role'] === 'headline')?.['id'] ?? '';
}

/** The Met's count in the headline round goes up by 2, as a corrected FOI reply would (outcomes stay within it). */
function correctACount(dataFolder: string): void {
  const datasetId = headlineId(dataFolder);
  editCsv(join(dataFolder, 'spo_figures.csv'), (row) => {
    if (row['dataset_id'] === datasetId && row['force_code'] === CORRECTED_FORCE && row['status'] === 'reported') {
      row['applications'] = String(Number(row['applications']) + 2);
      if (row['pending'] !== '' && row['pending'] !== undefined) row['pending'] = String(Number(row['pending']) + 2);
    }
  });
}

/** One more quarter of recorded offences for every force, as the next Home Office release brings; columns the edit does not fill stay blank. */
function addAQuarter(dataFolder: string, model: DataModel): void {
  const file = join(dataFolder, 'stalking_offences.csv');
  const columns = Papa.parse<string[]>(readFileSync(file, 'utf8'), { preview: 1 }).data[0] ?? [];
  const latest = model.offences.reduce((last, row) => (quarterKey(row) > quarterKey(last) ? row : last));
  const next = nextQuarter(latest);
  const rows = model.forces.map((force, index) => {
    const cells: Record<string, string> = {
      force_code: force.code,
      financial_year: next.financialYear,
      quarter: String(next.quarter),
      offences: String(100 + index),
      source_id: latest.sourceId,
    };
    return columns.map((column) => cells[column] ?? '');
  });
  appendFileSync(file, `${Papa.unparse(rows, { newline: '\n' })}\n`);
}

/** Applies the three edits to `dataFolder` (a copy of data/) in place. */
export function editAsAnEditor(dataFolder: string): void {
  const original = loadData(dataFolder).model;
  if (original === null) throw new Error(`${dataFolder} does not load`);
  correctACount(dataFolder);
  addAQuarter(dataFolder, original);
  addSecondRound(dataFolder);
}
