// The data folder the site under test was built from (testDataDir: data/, or
// the edited copy env DATA_DIR names), read here with papaparse on its own,
// not through the site's loader, so a mistake there cannot also hide in a
// test's expectations. Tests over the built site take every expected figure,
// force and dataset from these rows, never from literals, so they still hold
// after an editor's legitimate edit.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { testDataDir } from './real-data.ts';

export type Row = Record<string, string>;

const tables = new Map<string, Row[]>();

/** The rows of one CSV of the data folder, by column name. */
export function dataCsv(name: string): Row[] {
  let rows = tables.get(name);
  if (rows === undefined) {
    rows = Papa.parse<Row>(readFileSync(join(testDataDir, name), 'utf8'), { header: true, skipEmptyLines: true }).data;
    tables.set(name, rows);
  }
  return rows;
}

const inDisplayOrder = (rows: readonly Row[]) => [...rows].sort((a, b) => Number(a['order']) - Number(b['order']));
const countsApplicationsForAllForces = (row: Row) => row['scope'] === 'all_forces' && (row['measures'] ?? '').split('|').includes('applications');

/** The dataset the story and the map lead with: the one spo_datasets.csv marks `headline` (data/README.md). */
export function headlineDataset(): Row {
  const found = dataCsv('spo_datasets.csv').find((row) => row['role'] === 'headline');
  if (found === undefined) throw new Error(`no dataset in ${testDataDir}/spo_datasets.csv has role headline`);
  return found;
}

/**
 * The figures the story sets beside the headline: the first all-forces comparison, in display order,
 * that counts applications on another basis (court records beside the forces' own replies).
 */
export function otherBasisDataset(): Row | undefined {
  const headline = headlineDataset();
  return inDisplayOrder(dataCsv('spo_datasets.csv')).find(
    (row) => row['role'] === 'comparison' && countsApplicationsForAllForces(row) && row['basis'] !== headline['basis'],
  );
}

/** Every all-forces dataset that counts applications (each gets its own map measures), in display order. */
export function applicationRounds(): Row[] {
  return inDisplayOrder(dataCsv('spo_datasets.csv')).filter(countsApplicationsForAllForces);
}

/** The rows of spo_figures.csv for one dataset. */
export function figuresOf(datasetId: string | undefined): Row[] {
  return dataCsv('spo_figures.csv').filter((row) => row['dataset_id'] === datasetId);
}

/** A force's state in a dataset: the status of its row, or not_covered when the dataset has none for it. */
export function stateIn(datasetId: string | undefined, forceCode: string | undefined): string {
  return figuresOf(datasetId).find((row) => row['force_code'] === forceCode)?.['status'] ?? 'not_covered';
}

/** The force with this code. */
export function forceRow(code: string | undefined): Row {
  const force = dataCsv('forces.csv').find((row) => row['code'] === code);
  if (force === undefined) throw new Error(`no force ${code} in ${testDataDir}/forces.csv`);
  return force;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** A quarter still counts when it ends up to this many days after an SPO period does (data/README.md, "Rates"). */
const WINDOW_END_GRACE_DAYS = 7;

/**
 * The whole quarters of recorded offences matched to an SPO period, worked out here on their own: from the
 * calendar quarter holding `start` to the last one ending no more than a week after `end`. Keys as
 * stalking_offences.csv writes them ("2019/20 4" is Jan–Mar 2020), and the months as the site labels them.
 */
export function wholeQuarters(start: string, end: string): { keys: Set<string>; label: string } | null {
  const [startYear, startMonth] = start.split('-').map(Number) as [number, number];
  const cutOff = new Date(`${end}T00:00:00Z`);
  cutOff.setUTCDate(cutOff.getUTCDate() + WINDOW_END_GRACE_DAYS);
  const keys = new Set<string>();
  let from: string | null = null;
  let to = '';
  // Calendar quarters as [year, first month index]; a quarter ends the day before the next one starts.
  for (let year = startYear, month = Math.floor((startMonth - 1) / 3) * 3; ; month += 3) {
    if (month === 12) [year, month] = [year + 1, 0];
    const lastDay = new Date(Date.UTC(year, month + 3, 0));
    if (lastDay > cutOff) break;
    const financialYear = month === 0 ? year - 1 : year;
    keys.add(`${financialYear}/${String((financialYear + 1) % 100).padStart(2, '0')} ${month === 0 ? 4 : month / 3}`);
    from ??= `${MONTHS[month]} ${year}`;
    to = `${MONTHS[month + 2]} ${year}`;
  }
  return from === null ? null : { keys, label: `${from} to ${to}` };
}
