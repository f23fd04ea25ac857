// How numbers and dates are printed, in one place: every page, chart and
// download formats through these functions, so a value reads the same
// everywhere it appears. No words live here (they are in src/lib/copy).

import { format as d3Format } from 'd3-format';
import type { IsoDate } from '../data/types.ts';
import { formatMonthYear } from '../metrics/index.ts';

const countFormat = new Intl.NumberFormat('en-GB');

/** Counts as British newsrooms print them: 1,747. */
export function formatCount(value: number): string {
  return countFormat.format(value);
}

const formatters = new Map<string, (value: number) => string>();

/**
 * A number formatter from a d3-format specifier, e.g. ",d" for counts or ",.1f" for rates.
 * An exact zero always reads "0", so a real zero never looks like a rounded-down rate ("0.0").
 * @example formatNumber(",d")(1747) === "1,747"
 */
export function formatNumber(specifier: string): (value: number) => string {
  let format = formatters.get(specifier);
  if (format === undefined) {
    format = d3Format(specifier);
    formatters.set(specifier, format);
  }
  const formatter = format;
  return (value) => (value === 0 ? '0' : formatter(value));
}

/** The smallest step a specifier prints: ",.1f" → 0.1, ".0%" → 0.01, ",d" → 1. */
export function smallestStep(specifier: string): number {
  const digits = Number(/\.(\d+)/.exec(specifier)?.[1] ?? 0);
  return 10 ** -(digits + (specifier.endsWith('%') ? 2 : 0));
}

/** True when a positive value prints as zero at the specifier's precision ("0.0"). */
export function roundsToZero(specifier: string, value: number): boolean {
  return value > 0 && !/[1-9]/.test(formatNumber(specifier)(value));
}

const longDayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "20 Jan 2020", with metrics' month names (Node's formatter writes "Sept", the quarters "Sep"). */
export function formatDay(date: IsoDate): string {
  return `${Number(date.slice(8, 10))} ${formatMonthYear(date)}`;
}

/** "20 January 2020" */
export function formatLongDay(date: IsoDate): string {
  return longDayFormat.format(new Date(`${date}T00:00:00Z`));
}

/** The d3-format specifier that prints a value at a measure's precision: ",d", ",.1f", ".0%". */
export function specifierOf(precision: { digits: number; percent: boolean }): string {
  if (precision.percent) return `.${precision.digits}%`;
  return precision.digits === 0 ? ',d' : `,.${precision.digits}f`;
}
