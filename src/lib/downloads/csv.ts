// Writes CSV for readers' downloads (RFC 4180: comma-separated, CRLF line
// ends, fields quoted when they must be). A missing value is an empty field,
// never 0. Text that a spreadsheet would run as a formula is defused.

/** A cell: text, a number, or null for "no value" (an empty field). */
export type CsvCell = string | number | null;

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => CsvCell;
}

/**
 * Spreadsheets treat a cell starting with =, +, -, @ (or a tab or carriage
 * return before them) as a formula, which lets a crafted note run code when
 * the file is opened. Such text cells get a leading apostrophe, the usual
 * spreadsheet marker for "this is text"; the data dictionary's first row
 * tells readers so (copy/downloads.ts). Numbers are written as numbers.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function textField(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function field(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new Error(`cannot write ${cell} to CSV; a missing value must be null`);
    return String(cell);
  }
  return textField(cell);
}

/**
 * @example toCsv([{ name: "Kent", applications: 25 }], [{ header: "name", value: (r) => r.name }, { header: "applications", value: (r) => r.applications }])
 * @returns The header line and one line per row, each ending CRLF.
 */
export function toCsv<Row>(rows: readonly Row[], columns: readonly CsvColumn<Row>[]): string {
  const lines = [columns.map((column) => textField(column.header)), ...rows.map((row) => columns.map((column) => field(column.value(row))))];
  return lines.map((cells) => `${cells.join(',')}\r\n`).join('');
}
