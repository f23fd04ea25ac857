// CSV reading and writing for the import scripts. Output is deterministic: a fixed
// column order, "\n" line endings, a final newline, and quotes only where a cell needs them.
import Papa from 'papaparse';

export type CsvRecord = Record<string, string>;

/** Parses CSV text with a header row; cells are kept as written (untrimmed). */
export function parseCsvRecords(text: string, file: string): { columns: string[]; records: CsvRecord[] } {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const result = Papa.parse<CsvRecord>(withoutBom, { header: true, skipEmptyLines: 'greedy' });
  const [error] = result.errors;
  if (error !== undefined) {
    throw new Error(`${file}: row ${error.row === undefined ? '?' : error.row + 2}: ${error.message}`);
  }
  return { columns: result.meta.fields ?? [], records: result.data };
}

export type CsvValue = string | number | null;

/** Writes rows under `columns`; null is written as an empty cell. */
export function formatCsv(columns: readonly string[], rows: readonly Record<string, CsvValue>[]): string {
  const data = rows.map((row) => columns.map((column) => {
    const value = row[column];
    if (value === undefined) throw new Error(`formatCsv: row has no value for column "${column}"`);
    return value === null ? '' : String(value);
  }));
  return `${Papa.unparse({ fields: [...columns], data }, { newline: '\n', quotes: false })}\n`;
}

/** Code-point order, so sorted output does not depend on the machine's locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
