// Dates that are only as precise as their source ("2023", "2024-09",
// "2024-09-30"). A partial date stands for every day it could be, so a
// comparison that must hold whatever the day reads the earliest or the
// latest of them.
import type { IsoDate, PartialDate } from './types.ts';

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first day a partial date can mean: "2024-09" -> "2024-09-01". */
export function earliestDay(date: PartialDate): IsoDate {
  const [year, month = '01', day = '01'] = date.split('-');
  return `${year}-${month}-${day}`;
}

/** The last day a partial date can mean: "2024-09" -> "2024-09-30". */
export function latestDay(date: PartialDate): IsoDate {
  const [year = '', month, day] = date.split('-');
  if (month === undefined) return `${year}-12-31`;
  if (day === undefined) return `${year}-${month}-${String(daysInMonth(Number(year), Number(month))).padStart(2, '0')}`;
  return date;
}

export type DatePrecision = 'year' | 'month' | 'day';

export function precisionOf(date: PartialDate): DatePrecision {
  const parts = date.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}
