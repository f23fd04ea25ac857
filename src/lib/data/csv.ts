import Papa, { type ParseError } from 'papaparse';
import { unreadableText, wrongDelimiter } from './encoding.ts';
import { type IssueList, quoteCell } from './issues.ts';

export interface CsvRow {
  /** 1-based line in the file where the row starts (quoted cells may span lines). */
  line: number;
  /** Trimmed cell text by column name; a column the row is short of reads as "". */
  cells: Record<string, string>;
  /** False when the row could not be split into exactly one cell per column. */
  wellFormed: boolean;
}

export interface CsvTable {
  file: string;
  /**
   * False when the file is missing, its header lacks a column, or a broken
   * quote may have swallowed rows: other files are then not checked against it.
   */
  complete: boolean;
  rows: CsvRow[];
}

/**
 * Reads one CSV file with a header row into trimmed cells. Structural problems
 * (bad header, unbalanced quotes, wrong cell counts) are added to `issues`;
 * values are not judged here.
 */
export function readCsv(file: string, text: string | undefined, columns: readonly string[], issues: IssueList): CsvTable {
  const expected = `expected a header row with ${columns.join(', ')}`;
  const incomplete = (message: string): CsvTable => {
    issues.add(file, 0, '', message);
    return { file, complete: false, rows: [] };
  };
  if (text === undefined) return incomplete(`file is missing; ${expected}`);
  const unreadable = unreadableText(text);
  if (unreadable !== null) return incomplete(unreadable);
  const records = splitRecords(normaliseText(text));
  const [header, ...body] = records;
  if (header === undefined) return incomplete(`file is empty; ${expected}`);
  const delimiter = wrongDelimiter(header.cells.join(','));
  if (delimiter !== null && !columns.every((column) => header.cells.some((cell) => cell.trim() === column))) return incomplete(delimiter);
  reportQuoteProblem(file, header, issues);
  const names = header.cells.map((name) => name.trim());
  // Spreadsheets pad the header with empty cells too, when a row below is longer.
  while (names.length > 0 && names[names.length - 1] === '') names.pop();
  if (!checkHeader(file, header.line, names, columns, issues)) return { file, complete: false, rows: [] };

  if (body.length === 0) {
    issues.add(file, 0, '', `has a header but no rows; expected at least one row (restore the rows from the last commit or the last build)`);
    return { file, complete: false, rows: [] };
  }
  const rows = body.map((record) => toRow(file, record, names, issues));
  const complete = records.every((record) => record.errors.length === 0);
  return { file, complete, rows };
}

interface CsvRecord {
  line: number;
  cells: string[];
  errors: ParseError[];
}

function normaliseText(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.replace(/\r\n?/g, '\n');
}

/** Splits text into records, skipping blank lines and spreadsheet rows of empty cells. */
function splitRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let rowStart = 0;
  let lineAtRowStart = 1;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    newline: '\n',
    quoteChar: '"',
    step: (result) => {
      const cells = result.data;
      if (cells.some((cell) => cell.trim() !== '') || result.errors.length > 0) {
        records.push({ line: lineAtRowStart, cells, errors: result.errors });
      }
      const rowEnd = result.meta.cursor;
      lineAtRowStart += countNewlines(text, rowStart, rowEnd);
      rowStart = rowEnd;
    },
  });
  return records;
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = text.indexOf('\n', from); index !== -1 && index < to; index = text.indexOf('\n', index + 1)) count++;
  return count;
}

const QUOTE_PROBLEMS: Partial<Record<ParseError['code'], string>> = {
  MissingQuotes: 'a quoted cell is never closed; expected a closing double quote (") before the end of the row',
  InvalidQuotes:
    'a quoted cell has text after its closing quote; expected the whole cell inside double quotes, with any " inside written as ""',
};

/** One complaint per row: Papa Parse often reports the same stray quote several ways. */
function reportQuoteProblem(file: string, record: CsvRecord, issues: IssueList): void {
  const [first] = record.errors;
  if (first) issues.add(file, record.line, '', QUOTE_PROBLEMS[first.code] ?? `the row could not be read (${first.message})`);
}

function checkHeader(
  file: string,
  line: number,
  names: readonly string[],
  columns: readonly string[],
  issues: IssueList,
): boolean {
  const expectedList = `expected the columns ${columns.join(', ')}`;
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) issues.add(file, line, name, `column ${quoteCell(name)} appears twice; ${expectedList}`);
    seen.add(name);
    if (!columns.includes(name)) issues.add(file, line, name, `unknown column ${quoteCell(name)}; ${expectedList}`);
  }
  const missing = columns.filter((column) => !seen.has(column));
  for (const column of missing) issues.add(file, line, column, `missing column "${column}"; ${expectedList}`);
  return missing.length === 0;
}

function toRow(file: string, record: CsvRecord, names: readonly string[], issues: IssueList): CsvRow {
  reportQuoteProblem(file, record, issues);
  // Spreadsheets sometimes pad rows with empty trailing cells; those are harmless.
  const tooMany = record.cells.slice(names.length).some((cell) => cell.trim() !== '');
  const tooFew = record.cells.length < names.length;
  const quotesOk = record.errors.length === 0;
  if ((tooMany || tooFew) && quotesOk) {
    issues.add(
      file,
      record.line,
      '',
      `row has ${record.cells.length} cells but the header has ${names.length} columns; expected one cell per column (text containing a comma must be in double quotes)`,
    );
  }
  const cells: Record<string, string> = {};
  names.forEach((name, index) => {
    cells[name] = (record.cells[index] ?? '').trim();
  });
  return { line: record.line, cells, wellFormed: !tooMany && !tooFew && quotesOk };
}
