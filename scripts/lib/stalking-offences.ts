// Reads the Home Office police recorded crime table for police force areas (one row per
// force × financial quarter × offence), saved as CSV, and keeps stalking (offence code 8Q)
// for the 43 territorial forces. Written to take a new release as well as the research
// extract, so a new period is a matter of saving the new table as CSV and re-running.
import { compareText, parseCsvRecords, type CsvRecord } from './csv-io.ts';

export interface StalkingOffenceRow {
  forceCode: string;
  financialYear: string;
  quarter: 1 | 2 | 3 | 4;
  offences: number;
  /** A 0 read from a copy that wrote every non-numeric count as 0, so it may be a suppressed count. */
  mayBeSuppressed: boolean;
  sourceId: string;
}

export const STALKING_OFFENCE_CODE = '8Q';

// The research extract uses the third party's short names; the Home Office's own sheets
// use the long ones. Either is accepted.
const COLUMN_NAMES = {
  financialYear: ['FY', 'Financial Year'],
  quarter: ['Financial Quarter'],
  force: ['Force', 'Force Name'],
  offenceCode: ['Offence Code'],
  offences: ['n', 'Number of Offences'],
} as const;
const TERRITORIAL_COLUMN = 'territorial';

// Bodies in the table that are not territorial police forces and so have no force area.
// The research extract marks them with territorial=false; a table straight from the Home
// Office has no such column, so they are recognised by name.
const NON_TERRITORIAL = ['British Transport Police', 'Action Fraud', 'CIFAS', 'UK Finance', 'Financial Fraud Action UK'];

export interface StalkingTableOptions {
  /** Name of the file, for error messages. */
  file: string;
  sourceId: string;
  /** The force code for a force name as the table writes it, or undefined if it names no force. */
  forceCodeFor: (name: string) => string | undefined;
  /** Compares names the way `forceCodeFor` does, to recognise non-territorial bodies. */
  normaliseName: (name: string) => string;
  /**
   * The table is a copy that wrote every non-numeric count ("N/a", a withheld
   * figure) as 0, as the research extract's third-party copy did: each of its
   * zeros is then flagged as possibly suppressed. A table saved from the Home
   * Office's own sheet keeps such cells as text, which this parser refuses,
   * so its zeros are real.
   */
  zerosMayBeSuppressed: boolean;
}

/**
 * Stalking offences by force and quarter, sorted by force code, year and quarter.
 * Throws one error listing every problem (unknown force names, counts that are not
 * whole numbers, duplicated quarters), each with its line in the file.
 */
export function parseStalkingOffenceTable(text: string, options: StalkingTableOptions): StalkingOffenceRow[] {
  const { file } = options;
  const { columns, records } = parseCsvRecords(text, file);
  const column = resolveColumns(columns, file);
  const nonTerritorial = new Set(NON_TERRITORIAL.map(options.normaliseName));
  const problems: string[] = [];
  const rows: StalkingOffenceRow[] = [];
  const seen = new Set<string>();

  records.forEach((record, index) => {
    const line = index + 2;
    const cell = (name: string): string => (record[name] ?? '').trim();
    if (cell(column.offenceCode).toUpperCase() !== STALKING_OFFENCE_CODE) return;
    const forceName = cell(column.force);
    if (isNonTerritorial(record, forceName, nonTerritorial, options)) return;

    const forceCode = options.forceCodeFor(forceName);
    const financialYear = cell(column.financialYear);
    const quarter = Number(cell(column.quarter));
    const offences = parseCount(cell(column.offences));
    const before = problems.length;
    if (forceCode === undefined) {
      problems.push(`line ${line}: unknown force name "${forceName}"; add it to the aliases in data/forces.csv if it is a territorial force, or to NON_TERRITORIAL in scripts/lib/stalking-offences.ts if it is not`);
    }
    if (!isFinancialYear(financialYear)) problems.push(`line ${line}: financial year "${financialYear}" is not like 2020/21`);
    if (quarter !== 1 && quarter !== 2 && quarter !== 3 && quarter !== 4) {
      problems.push(`line ${line}: financial quarter "${cell(column.quarter)}" is not 1, 2, 3 or 4`);
    }
    if (offences === undefined) {
      problems.push(`line ${line}: number of offences "${cell(column.offences)}" is not a whole number; a missing count must stay missing, so fix the table rather than the importer`);
    }
    if (problems.length > before || forceCode === undefined || offences === undefined) return;

    const key = `${forceCode} ${financialYear} ${quarter}`;
    if (seen.has(key)) problems.push(`line ${line}: a second row for ${forceName} ${financialYear} quarter ${quarter}`);
    seen.add(key);
    rows.push({
      forceCode,
      financialYear,
      quarter: quarter as 1 | 2 | 3 | 4,
      offences,
      mayBeSuppressed: options.zerosMayBeSuppressed && offences === 0,
      sourceId: options.sourceId,
    });
  });

  if (problems.length > 0) throw new Error(`${file}:\n  ${problems.join('\n  ')}`);
  return rows.sort(compareOffenceRows);
}

function resolveColumns(columns: readonly string[], file: string): Record<keyof typeof COLUMN_NAMES, string> {
  const resolved: Partial<Record<keyof typeof COLUMN_NAMES, string>> = {};
  const missing: string[] = [];
  for (const [key, names] of Object.entries(COLUMN_NAMES) as [keyof typeof COLUMN_NAMES, readonly string[]][]) {
    const found = names.find((name) => columns.includes(name));
    if (found === undefined) missing.push(names.map((name) => `"${name}"`).join(' or '));
    else resolved[key] = found;
  }
  if (missing.length > 0) throw new Error(`${file}: missing column ${missing.join(', ')}; found ${columns.join(', ')}`);
  return resolved as Record<keyof typeof COLUMN_NAMES, string>;
}

function isNonTerritorial(record: CsvRecord, forceName: string, nonTerritorial: ReadonlySet<string>, options: StalkingTableOptions): boolean {
  const flag = record[TERRITORIAL_COLUMN]?.trim().toLowerCase();
  return flag === 'false' || nonTerritorial.has(options.normaliseName(forceName));
}

function isFinancialYear(label: string): boolean {
  const match = /^(\d{4})\/(\d{2})$/.exec(label);
  return match !== null && (Number(match[1]) + 1) % 100 === Number(match[2]);
}

/** A whole number ≥ 0, allowing thousands separators ("1,747"); anything else is undefined. */
function parseCount(text: string): number | undefined {
  const digits = text.replace(/,(?=\d{3}(?:\D|$))/g, '');
  return /^\d+$/.test(digits) ? Number(digits) : undefined;
}

export function compareOffenceRows(a: StalkingOffenceRow, b: StalkingOffenceRow): number {
  return compareText(a.forceCode, b.forceCode) || compareText(a.financialYear, b.financialYear) || a.quarter - b.quarter;
}
