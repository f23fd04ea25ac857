// Checks on values that are well formed but unlikely: what a slip of the
// keyboard or a spreadsheet's "help" produces. Most are warnings, which never
// stop a build; a value so far out that the site would be wrong or absurdly
// large is an error. They run over every cell of every file, so a column or a
// file added later is covered without new code.
import { type IssueList, quoteCell } from './issues.ts';
import type { ParsedTable } from './table.ts';
import type { NationalFigure, OffenceQuarter } from './types.ts';

/** The first year a figure may plausibly be about: stalking was first recorded as its own offence in the 2010s. */
export const PLAUSIBLE_FIRST_YEAR = 2010;
/** Earlier than this is a typing slip (1019/20), never a real figure; it would also add centuries of empty quarters to every page. */
export const ABSURD_BEFORE_YEAR = 2000;

/** A text cell longer than this is probably pasted by mistake. */
export const LONG_TEXT_WARNING = 3_000;
/** A text cell longer than this is refused: it would be copied onto hundreds of pages. */
export const LONG_TEXT_LIMIT = 20_000;

/** A quarter more than this many times a force's largest other quarter is probably a slip. */
export const SPIKE_FACTOR = 10;
/** No force records this many stalking offences in a quarter (all of England and Wales records about 35,000). */
export const ABSURD_QUARTER = 1_000_000;

const numberFormat = new Intl.NumberFormat('en-GB');

export interface CheckedTable {
  file: string;
  table: ParsedTable<unknown>;
}

/** Latest plausible year: next year (a financial year that starts then may be in a release's title). */
export function latestPlausibleYear(today: Date): number {
  return today.getUTCFullYear() + 1;
}

/** Every cell of every table: dates and years, long text, leading zeros, spreadsheet-made dates. */
export function checkCells(tables: readonly CheckedTable[], issues: IssueList, today: Date): void {
  const latest = latestPlausibleYear(today);
  for (const { file, table } of tables) {
    for (const row of table.rows) {
      for (const [column, raw] of Object.entries(row.cells)) {
        if (issues.hasIssueAt(file, row.line, column)) continue;
        const add = (message: string) => issues.add(file, row.line, column, message);
        const warn = (message: string) => issues.warn(file, row.line, column, message);
        checkYear(raw, latest, add, warn);
        checkLength(raw, add, warn);
        if (/^0\d[\d,]*$/.test(raw)) {
          warn(`${quoteCell(raw)} has a leading zero and reads as ${numberFormat.format(Number(raw.replaceAll(',', '')))}; check the figure (a spreadsheet may have padded it, or a digit is missing)`);
        }
        if (/^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(raw)) {
          warn(`${quoteCell(raw)} looks like a date a spreadsheet rewrote ("January 2022" becomes "01/01/22"); expected the text as the source printed it: retype it, with the column formatted as Text before saving`);
        }
      }
    }
  }
}

function checkYear(raw: string, latest: number, add: (message: string) => void, warn: (message: string) => void): void {
  const match = /^(\d{4})(?:-\d{2}-\d{2}|\/\d{2})$/.exec(raw);
  if (!match) return;
  const year = Number(match[1]);
  const range = `expected a year from ${PLAUSIBLE_FIRST_YEAR} to ${latest}`;
  if (year < ABSURD_BEFORE_YEAR || year > latest) {
    add(`${quoteCell(raw)} is in ${year}; ${range} (a typing slip? the site would show every quarter back to it)`);
  } else if (year < PLAUSIBLE_FIRST_YEAR) {
    warn(`${quoteCell(raw)} is in ${year}, before ${PLAUSIBLE_FIRST_YEAR}; check the year (${range})`);
  }
}

function checkLength(raw: string, add: (message: string) => void, warn: (message: string) => void): void {
  if (raw.length > LONG_TEXT_LIMIT) {
    add(`is ${numberFormat.format(raw.length)} characters long; expected at most ${numberFormat.format(LONG_TEXT_LIMIT)} (text this long is a paste by mistake: it would be copied onto every page that shows this row)`);
  } else if (raw.length > LONG_TEXT_WARNING) {
    warn(`is ${numberFormat.format(raw.length)} characters long; check nothing was pasted by mistake (most cells are under ${numberFormat.format(LONG_TEXT_WARNING)})`);
  }
}

/**
 * A quarter far above the force's own history is probably a slip (an extra
 * digit, two cells run together): a warning at SPIKE_FACTOR times the force's
 * largest other quarter, an error above ABSURD_QUARTER.
 */
export function checkOffenceCounts(table: ParsedTable<OffenceQuarter>, issues: IssueList, forceName: (code: string) => string): void {
  const byForce = new Map<string, { line: number; value: OffenceQuarter }[]>();
  for (const { line, value } of table.rows) {
    if (value === null) continue;
    const rows = byForce.get(value.forceCode);
    if (rows) rows.push({ line, value });
    else byForce.set(value.forceCode, [{ line, value }]);
  }
  for (const rows of byForce.values()) {
    const sorted = rows.map((row) => row.value.offences).sort((a, b) => b - a);
    for (const { line, value } of rows) {
      const largestOther = value.offences === sorted[0] ? (sorted[1] ?? 0) : (sorted[0] ?? 0);
      const shown = numberFormat.format(value.offences);
      if (value.offences > ABSURD_QUARTER) {
        issues.add(table.file, line, 'offences', `${shown} offences in one quarter is not possible (all of England and Wales records about 35,000); expected ${forceName(value.forceCode)}'s count for ${value.financialYear} Q${value.quarter} from the Home Office table`);
      } else if (largestOther > 0 && value.offences > SPIKE_FACTOR * largestOther) {
        issues.warn(table.file, line, 'offences', `${shown} is over ${SPIKE_FACTOR} times ${forceName(value.forceCode)}'s largest other quarter (${numberFormat.format(largestOther)}); check for an extra digit or two cells run together`);
      }
    }
  }
}

/**
 * A national figure whose value is a bare number while its own quote prints
 * the same number with thousands separators ("59950" against "59,950"): a
 * spreadsheet read the text as a number and saved it back without them.
 */
export function checkPrintedForms(table: ParsedTable<NationalFigure>, issues: IssueList): void {
  for (const { line, value } of table.rows) {
    if (value === null || !/^\d{4,}$/.test(value.value)) continue;
    const printed = numberFormat.format(Number(value.value));
    if (value.quote.includes(printed) && !value.quote.includes(value.value)) {
      issues.warn(table.file, line, 'value', `${quoteCell(value.value)} is printed ${quoteCell(printed)} in the figure's own quote (a spreadsheet may have read it as a number); expected the value exactly as the source prints it: ${quoteCell(printed)}`);
    }
  }
}
