// Recorded stalking offences: sums over quarters, the quarter window matched
// to an SPO period, national and per-force series, and rates per resident.
// A sum is either over every quarter asked for or it is null: never partial.

import type { Force, ForceCode, IsoDate, OffenceQuarter, Population } from '../data/types.ts';
import { absent, forceRef, present } from './figures.ts';
import {
  addDays,
  compareQuarters,
  financialYearLabel,
  financialYearStart,
  monthRangeLabel,
  previousQuarter,
  quarterContaining,
  quarterEnd,
  quarterKey,
  quartersBetween,
  quartersOfCalendarYear,
  quartersOfFinancialYear,
  quarterStart,
} from './quarters.ts';
import type { QuarterRef } from './quarters.ts';
import type {
  ByForce,
  OffenceSeries,
  OffencesPerResidents,
  OffencesPerResidentsMetrics,
  OffencesOverSpan,
  OffenceWindow,
  PossiblySuppressed,
  QuarterTotal,
  YearTotal,
} from './types.ts';
import { PRECISION, rankGuarded } from './claims.ts';

/**
 * SPOs came into force on 20 January 2020, so SPO periods without their own
 * start date are matched from the quarter containing this day.
 */
export const SPO_COMMENCEMENT: IsoDate = '2020-01-20';

/**
 * A quarter still counts towards an SPO period that ends up to this many days
 * before the quarter does: the Welsh forces' figures run to 30 December 2020,
 * and dropping the whole of Oct–Dec for one missing day would skew the rate
 * far more than matching it does.
 */
export const WINDOW_END_GRACE_DAYS = 7;

/**
 * City of London has about 15,000 residents but a far larger daytime
 * population of workers and visitors who appear in its recorded crime, so a
 * rate per resident overstates it. Every other force area has over 500,000
 * residents; this threshold singles out such areas for a caveat.
 */
export const SMALL_POPULATION_THRESHOLD = 50_000;

export const DEFAULT_RESIDENTS_FINANCIAL_YEAR = '2024/25';
export const DEFAULT_POPULATION_DATE: IsoDate = '2024-06-30';

/** Offences by force and quarter, each with whether its 0 may be a suppressed count. */
export type OffenceLookup = ReadonlyMap<string, Pick<OffenceQuarter, 'offences' | 'mayBeSuppressed'>>;

function lookupKey(forceCode: ForceCode, quarter: QuarterRef): string {
  return `${forceCode}|${quarterKey(quarter)}`;
}

export function indexOffences(offences: readonly OffenceQuarter[]): OffenceLookup {
  return new Map(offences.map((row) => [lookupKey(row.forceCode, row), { offences: row.offences, mayBeSuppressed: row.mayBeSuppressed }]));
}

export interface QuarterSum {
  offences: number | null;
  missingQuarters: QuarterRef[];
  /** Quarters in the sum whose 0 may be a suppressed count: the sum is then only a lower bound. */
  suppressedQuarters: QuarterRef[];
}

export function sumQuarters(lookup: OffenceLookup, forceCode: ForceCode, quarters: readonly QuarterRef[]): QuarterSum {
  let total = 0;
  const missingQuarters: QuarterRef[] = [];
  const suppressedQuarters: QuarterRef[] = [];
  for (const quarter of quarters) {
    const cell = lookup.get(lookupKey(forceCode, quarter));
    if (cell === undefined) missingQuarters.push(quarter);
    else total += cell.offences;
    if (cell?.mayBeSuppressed === true) suppressedQuarters.push(quarter);
  }
  return { offences: missingQuarters.length === 0 ? total : null, missingQuarters, suppressedQuarters };
}

/**
 * From the quarter containing the period's start (or SPO commencement) to the
 * last quarter ending no later than WINDOW_END_GRACE_DAYS after the period
 * ends. Null when no whole quarter fits.
 */
export function offenceWindow(periodStart: IsoDate | null, periodEnd: IsoDate): OffenceWindow | null {
  const first = quarterContaining(periodStart ?? SPO_COMMENCEMENT);
  const cutOff = addDays(periodEnd, WINDOW_END_GRACE_DAYS);
  const containing = quarterContaining(cutOff);
  const last = quarterEnd(containing) <= cutOff ? containing : previousQuarter(containing);
  if (compareQuarters(last, first) < 0) return null;
  const start = quarterStart(first);
  const end = quarterEnd(last);
  return { first, last, start, end, label: monthRangeLabel(start, end), quarters: quartersBetween(first, last) };
}

// ---- Series -----------------------------------------------------------------

interface CountedSum {
  offences: number | null;
  mayBeSuppressed: number;
}

function quarterTotal(quarter: QuarterRef, { offences, mayBeSuppressed }: CountedSum): QuarterTotal {
  return { quarter, start: quarterStart(quarter), end: quarterEnd(quarter), offences, mayBeSuppressed };
}

function yearTotal(year: string, quarters: QuarterRef[], { offences, mayBeSuppressed }: CountedSum): YearTotal {
  const first = quarters[0];
  const last = quarters[quarters.length - 1];
  if (!first || !last) throw new Error(`Year ${year} has no quarters`);
  return { year, start: quarterStart(first), end: quarterEnd(last), offences, mayBeSuppressed, quarters };
}

/** The years and quarters any row touches, contiguous, so a force's gaps show as nulls. */
interface SeriesFrame {
  quarters: QuarterRef[];
  financialYears: { year: string; quarters: QuarterRef[] }[];
  calendarYears: { year: string; quarters: QuarterRef[] }[];
}

function seriesFrame(offences: readonly OffenceQuarter[]): SeriesFrame {
  const sorted = [...offences].sort(compareQuarters);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return { quarters: [], financialYears: [], calendarYears: [] };
  const firstRef = { financialYear: first.financialYear, quarter: first.quarter };
  const lastRef = { financialYear: last.financialYear, quarter: last.quarter };

  const financialYears = [];
  for (let year = financialYearStart(firstRef.financialYear); year <= financialYearStart(lastRef.financialYear); year += 1) {
    const label = financialYearLabel(year);
    financialYears.push({ year: label, quarters: quartersOfFinancialYear(label) });
  }
  const calendarYears = [];
  const firstCalendarYear = Number(quarterStart(firstRef).slice(0, 4));
  const lastCalendarYear = Number(quarterEnd(lastRef).slice(0, 4));
  for (let year = firstCalendarYear; year <= lastCalendarYear; year += 1) {
    calendarYears.push({ year: String(year), quarters: quartersOfCalendarYear(year) });
  }
  return { quarters: quartersBetween(firstRef, lastRef), financialYears, calendarYears };
}

function forceSeries(frame: SeriesFrame, lookup: OffenceLookup, forceCode: ForceCode): OffenceSeries {
  const sum = (quarters: QuarterRef[]): CountedSum => {
    const { offences, suppressedQuarters } = sumQuarters(lookup, forceCode, quarters);
    return { offences, mayBeSuppressed: suppressedQuarters.length };
  };
  return {
    quarterly: frame.quarters.map((quarter) => quarterTotal(quarter, sum([quarter]))),
    financialYears: frame.financialYears.map(({ year, quarters }) => yearTotal(year, quarters, sum(quarters))),
    calendarYears: frame.calendarYears.map(({ year, quarters }) => yearTotal(year, quarters, sum(quarters))),
  };
}

/**
 * Null unless every force has a value (and there is at least one force). A
 * count that may be suppressed is added as the 0 it is recorded as, and the
 * total says how many it includes, so it is never passed off as complete.
 */
function sumOverForces(values: readonly (CountedSum | undefined)[]): CountedSum {
  let total = 0;
  let mayBeSuppressed = 0;
  for (const value of values) {
    mayBeSuppressed += value?.mayBeSuppressed ?? 0;
    if (value?.offences == null) return { offences: null, mayBeSuppressed };
    total += value.offences;
  }
  return { offences: values.length === 0 ? null : total, mayBeSuppressed };
}

function nationalSeries(frame: SeriesFrame, byForce: readonly OffenceSeries[]): OffenceSeries {
  const across = (pick: (series: OffenceSeries) => (QuarterTotal | YearTotal)[], index: number) =>
    sumOverForces(byForce.map((series) => pick(series)[index]));
  return {
    quarterly: frame.quarters.map((quarter, index) => quarterTotal(quarter, across((s) => s.quarterly, index))),
    financialYears: frame.financialYears.map(({ year, quarters }, index) =>
      yearTotal(year, quarters, across((s) => s.financialYears, index))),
    calendarYears: frame.calendarYears.map(({ year, quarters }, index) =>
      yearTotal(year, quarters, across((s) => s.calendarYears, index))),
  };
}

export function offenceSeries(forces: readonly Force[], offences: readonly OffenceQuarter[], lookup: OffenceLookup): {
  national: OffenceSeries;
  byForce: ByForce<OffenceSeries>;
  possiblySuppressed: PossiblySuppressed;
} {
  const frame = seriesFrame(offences);
  const byForce = new Map(forces.map((force) => [force.code, forceSeries(frame, lookup, force.code)]));
  const national = nationalSeries(frame, [...byForce.values()]);
  const flagged = (series: OffenceSeries) => series.quarterly.filter((total) => total.mayBeSuppressed > 0).map((total) => total.quarter);
  return {
    national,
    byForce,
    possiblySuppressed: {
      byForce: forces.flatMap((force) => {
        const quarters = flagged(byForce.get(force.code) ?? national);
        return quarters.length === 0 ? [] : [{ force: forceRef(force), quarters }];
      }),
      total: offences.filter((row) => row.mayBeSuppressed).length,
      nationalQuarters: flagged(national),
    },
  };
}

// ---- Per resident -----------------------------------------------------------

export function offencesPerResidents(
  forces: readonly Force[],
  population: readonly Population[],
  lookup: OffenceLookup,
  financialYear: string,
  populationDate: IsoDate,
): OffencesPerResidentsMetrics {
  const populationByForce = new Map(
    population.filter((row) => row.referenceDate === populationDate).map((row) => [row.forceCode, row.population]),
  );
  const quarters = quartersOfFinancialYear(financialYear);
  const byForce = new Map<ForceCode, OffencesPerResidents>();
  for (const force of forces) {
    const { offences, missingQuarters, suppressedQuarters } = sumQuarters(lookup, force.code, quarters);
    const residents = populationByForce.get(force.code) ?? null;
    const rate = offences === null
      ? absent('incomplete_offences')
      : suppressedQuarters.length > 0
        ? absent('offences_may_be_suppressed')
        : residents === null
        ? absent('no_population')
        : present((offences / residents) * 1000);
    byForce.set(force.code, {
      force: forceRef(force),
      offences,
      missingQuarters,
      population: residents,
      smallPopulation: residents !== null && residents < SMALL_POPULATION_THRESHOLD,
      rate,
    });
  }
  const ranking = rankGuarded(byForce, (entry) => entry.rate, PRECISION.rate, (entry) =>
    entry.smallPopulation ? { reason: 'small_population', decided: null } : null);
  return { financialYear, populationDate, byForce, ranking };
}

/**
 * National recorded offences over the whole quarters matching a dataset's
 * span (its earliest start to its latest end): our sum, with how many counts
 * recorded as 0 that may be suppressed it includes. Null when no whole quarter
 * fits or a quarter's national total is missing.
 */
export function offencesOverSpan(span: { start: IsoDate | null; lastEnd: IsoDate | null }, national: OffenceSeries): OffencesOverSpan | null {
  const window = span.lastEnd === null ? null : offenceWindow(span.start, span.lastEnd);
  if (window === null) return null;
  const keys = new Set(window.quarters.map(quarterKey));
  const totals = national.quarterly.filter((total) => keys.has(quarterKey(total.quarter)));
  if (totals.length !== keys.size || totals.some((total) => total.offences === null)) return null;
  return {
    window,
    offences: totals.reduce((sum, total) => sum + (total.offences ?? 0), 0),
    mayBeSuppressed: totals.reduce((sum, total) => sum + total.mayBeSuppressed, 0),
  };
}
