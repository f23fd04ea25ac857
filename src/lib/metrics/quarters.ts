// Financial quarters and plain UTC date arithmetic on ISO date strings.
// Home Office financial years run April to March: quarter 1 is Apr–Jun,
// quarter 4 is Jan–Mar of the following calendar year.

import type { IsoDate } from '../data/types.ts';

export type QuarterNumber = 1 | 2 | 3 | 4;

/** A financial quarter, e.g. { financialYear: "2019/20", quarter: 4 } (Jan–Mar 2020). */
export interface QuarterRef {
  financialYear: string;
  quarter: QuarterNumber;
}

const DAY_MS = 86_400_000;
const QUARTER_NUMBERS: readonly QuarterNumber[] = [1, 2, 3, 4];
const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parseIsoDate(date: IsoDate): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`Not an ISO date (YYYY-MM-DD): "${date}"`);
  const [, year, month, day] = match;
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
}

function toIsoDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return toIsoDate(new Date(parseIsoDate(date).getTime() + days * DAY_MS));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((parseIsoDate(to).getTime() - parseIsoDate(from).getTime()) / DAY_MS);
}

/** "Jan 2020" */
export function formatMonthYear(date: IsoDate): string {
  const parsed = parseIsoDate(date);
  return `${MONTH_ABBREVIATIONS[parsed.getUTCMonth()]} ${parsed.getUTCFullYear()}`;
}

/** "2020/21" -> 2020, the calendar year in which the financial year starts. */
export function financialYearStart(financialYear: string): number {
  const match = /^(\d{4})\/(\d{2})$/.exec(financialYear);
  if (!match) throw new Error(`Not a financial year (YYYY/YY): "${financialYear}"`);
  return Number(match[1]);
}

/** 2020 -> "2020/21" */
export function financialYearLabel(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** A running number that orders quarters and makes neighbours differ by 1. */
function quarterIndex(ref: QuarterRef): number {
  return financialYearStart(ref.financialYear) * 4 + (ref.quarter - 1);
}

function quarterFromIndex(index: number): QuarterRef {
  const startYear = Math.floor(index / 4);
  return { financialYear: financialYearLabel(startYear), quarter: ((index - startYear * 4) + 1) as QuarterNumber };
}

/** "2019/20 Q4": stable key for maps and sorting labels. */
export function quarterKey(ref: QuarterRef): string {
  return `${ref.financialYear} Q${ref.quarter}`;
}

export function compareQuarters(a: QuarterRef, b: QuarterRef): number {
  return quarterIndex(a) - quarterIndex(b);
}

export function nextQuarter(ref: QuarterRef): QuarterRef {
  return quarterFromIndex(quarterIndex(ref) + 1);
}

export function previousQuarter(ref: QuarterRef): QuarterRef {
  return quarterFromIndex(quarterIndex(ref) - 1);
}

function quarterStartParts(ref: QuarterRef): { year: number; monthIndex: number } {
  const startYear = financialYearStart(ref.financialYear);
  return ref.quarter === 4
    ? { year: startYear + 1, monthIndex: 0 }
    : { year: startYear, monthIndex: 3 * ref.quarter };
}

export function quarterStart(ref: QuarterRef): IsoDate {
  const { year, monthIndex } = quarterStartParts(ref);
  return toIsoDate(new Date(Date.UTC(year, monthIndex, 1)));
}

export function quarterEnd(ref: QuarterRef): IsoDate {
  const { year, monthIndex } = quarterStartParts(ref);
  // Day 0 of the month after the quarter is the quarter's last day.
  return toIsoDate(new Date(Date.UTC(year, monthIndex + 3, 0)));
}

export function quarterContaining(date: IsoDate): QuarterRef {
  const parsed = parseIsoDate(date);
  const year = parsed.getUTCFullYear();
  const monthIndex = parsed.getUTCMonth();
  return monthIndex < 3
    ? { financialYear: financialYearLabel(year - 1), quarter: 4 }
    : { financialYear: financialYearLabel(year), quarter: (Math.floor(monthIndex / 3)) as QuarterNumber };
}

/** Every quarter from `first` to `last` inclusive; empty when `last` is before `first`. */
export function quartersBetween(first: QuarterRef, last: QuarterRef): QuarterRef[] {
  const quarters: QuarterRef[] = [];
  for (let index = quarterIndex(first); index <= quarterIndex(last); index += 1) {
    quarters.push(quarterFromIndex(index));
  }
  return quarters;
}

export function quartersOfFinancialYear(financialYear: string): QuarterRef[] {
  return QUARTER_NUMBERS.map((quarter) => ({ financialYear, quarter }));
}

/** Calendar year Y = Jan–Mar (Q4 of financial year Y-1/Y) + Apr–Dec (Q1–Q3 of Y/Y+1). */
export function quartersOfCalendarYear(year: number): QuarterRef[] {
  return quartersBetween({ financialYear: financialYearLabel(year - 1), quarter: 4 }, { financialYear: financialYearLabel(year), quarter: 3 });
}

/** "Jan 2020 to Mar 2021" */
export function monthRangeLabel(start: IsoDate, end: IsoDate): string {
  return `${formatMonthYear(start)} to ${formatMonthYear(end)}`;
}
