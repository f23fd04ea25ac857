// Words for what is known since the all-forces figures: one sentence per dated
// local statement, the line that says a force has nothing later, and the gap
// said plainly on the home and methodology pages. The facts come from
// src/lib/metrics/statements.ts; this module only words them.

import { earliestDay, latestDay, precisionOf } from '../data/partial-dates.ts';
import type { IsoDate, OrdersCounted, PartialDate, SpoStatement, StatedIn, StatementKind, StatementValue } from '../data/types.ts';
import type { StatementConflict } from '../metrics/index.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const number = (value: number) => value.toLocaleString('en-GB');

/** "2024" -> "2024"; "2024-09" -> "September 2024"; "2024-09-30" -> "30 September 2024". */
export function formatPartialDate(date: PartialDate): string {
  const [year, month, day] = date.split('-');
  if (month === undefined) return year ?? date;
  const monthYear = `${MONTHS[Number(month) - 1]} ${year}`;
  return day === undefined ? monthYear : `${Number(day)} ${monthYear}`;
}

/** A day-precise date that is the first (or last) of its month reads as the month. */
function asMonthIfWhole(date: PartialDate, edge: 'start' | 'end'): PartialDate {
  if (precisionOf(date) !== 'day') return date;
  const month = date.slice(0, 7);
  return date === (edge === 'start' ? earliestDay(month) : latestDay(month)) ? month : date;
}

/** Whole months from January to December of one year read as the year. */
function wholeYear(start: PartialDate, end: PartialDate): string | null {
  const year = start.slice(0, 4);
  const startsOnFirst = start === year || start === `${year}-01`;
  const endsOnLast = end === year || end === `${year}-12`;
  return end.slice(0, 4) === year && startsOnFirst && endsOnLast ? year : null;
}

/** "between January and September 2024", "in 2023", "between 2020 and 2023", "between 1 October 2022 and 30 September 2023". */
export function betweenPhrase(from: PartialDate, to: PartialDate): string {
  const [start, end] = [asMonthIfWhole(from, 'start'), asMonthIfWhole(to, 'end')];
  const year = wholeYear(start, end);
  if (year !== null) return `in ${year}`;
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  if (sameYear && precisionOf(start) === 'month' && precisionOf(end) === 'month') {
    return `between ${MONTHS[Number(start.slice(5, 7)) - 1]} and ${formatPartialDate(end)}`;
  }
  return `between ${formatPartialDate(start)} and ${formatPartialDate(end)}`;
}

/** "on 2 January 2025", "in December 2024", "in 2023". */
export function atPhrase(date: PartialDate): string {
  return `${precisionOf(date) === 'day' ? 'on' : 'in'} ${formatPartialDate(date)}`;
}

function periodPhrase(statement: SpoStatement): string {
  if (statement.periodType === 'since') {
    return statement.periodStart === null ? 'since SPOs came into force' : `since ${formatPartialDate(statement.periodStart)}`;
  }
  const end = statement.periodEnd ?? '';
  return statement.periodType === 'at' ? atPhrase(end) : betweenPhrase(statement.periodStart ?? end, end);
}

/** "5", "fewer than 5", "between 1 and 5". */
export function valuePhrase(value: StatementValue): string {
  if (value.type === 'count') return number(value.count);
  if (value.type === 'fewer_than') return `fewer than ${number(value.limit)}`;
  return `between ${number(value.low)} and ${number(value.high)}`;
}

/** Singular only for an exact 1 ("1 order", "fewer than 5 orders"). */
const isOne = (value: StatementValue) => value.type === 'count' && value.count === 1;

const ORDER_ADJECTIVE: Record<OrdersCounted, string> = {
  interim_and_full_separately: '',
  interim_or_full: '',
  full_only: 'full ',
  interim_only: 'interim ',
  not_stated: '',
};

function orders(value: StatementValue, counted: OrdersCounted): string {
  return `${valuePhrase(value)} ${ORDER_ADJECTIVE[counted]}${isOne(value) ? 'order' : 'orders'}`;
}

/** What the figure says, with "the force" as the subject where one is needed. */
function clause(statement: SpoStatement): string {
  const { value, orders: counted } = statement;
  const period = periodPhrase(statement);
  const since = statement.periodType === 'since';
  const clauses: Record<StatementKind, () => string> = {
    applications: () => `the force ${since ? 'had applied' : 'applied'} for ${orders(value, counted)} ${period}`,
    granted: () => `the force ${since ? 'had obtained' : 'obtained'} ${orders(value, counted)} ${period}`,
    breaches: () => `orders ${since ? 'had been' : 'were'} breached ${valuePhrase(value)} ${isOne(value) ? 'time' : 'times'} ${period}`,
    people_subject: () => {
      const people = `${valuePhrase(value)} ${isOne(value) ? 'person was' : 'people were'}`;
      const which = counted === 'full_only' ? 'a full order' : counted === 'interim_only' ? 'an interim order' : counted === 'interim_or_full' ? 'an interim or a full order' : 'an order';
      return `${people} subject to ${which} ${period}`;
    },
    in_force: () => `the force had ${orders(value, counted)} in force ${period}`,
    awaiting_hearing: () => `${valuePhrase(value)} ${isOne(value) ? 'application was' : 'applications were'} waiting for a court hearing ${period}`,
  };
  return clauses[statement.kind]();
}

const SAID_IN: Record<StatedIn, string> = {
  foi_reply: 'said in reply to a Freedom of Information request',
  news_release: 'said in a news release',
  statement: 'said',
  inspection_report: 'said in an inspection report',
  government_report: 'said in a report',
  news_article: 'reported',
};

/** Kinds where interim and full orders are counted at all; breaches and hearings count something else. */
const COUNTS_ORDERS: readonly StatementKind[] = ['applications', 'granted', 'in_force'];

function countingPhrase(statement: SpoStatement): string {
  if (!COUNTS_ORDERS.includes(statement.kind)) return '';
  if (statement.orders === 'interim_and_full_separately') return ', counting interim and full orders separately, so one person can be counted twice';
  if (statement.orders === 'not_stated') return ', without saying whether interim orders are included';
  return '';
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * One statement as a sentence: who said it, how, what it counts, over which
 * period, and how interim and full orders are counted. The source and its
 * date are cited beside it, not in it.
 * "Cleveland Police said in reply to a Freedom of Information request that the force obtained 5 orders between 1 January 2024 and 30 September 2024, counting interim and full orders separately, so one person can be counted twice."
 */
export function statementSentence(statement: SpoStatement): string {
  return `${capitalise(statement.saidBy)} ${SAID_IN[statement.saidIn]} that ${clause(statement)}${countingPhrase(statement)}.`;
}

const MEASURE_NOUN = { applications: 'applications', granted: 'orders granted' } as const;

/** Where a statement and one of the force's earlier figures cannot both be right on the same basis. */
export function conflictSentence(conflict: StatementConflict, datasetTitle: string): string {
  const earlier = `${number(conflict.count)} ${MEASURE_NOUN[conflict.measure]} in the ${datasetTitle} figures for ${conflict.figure.periodLabel}`;
  return conflict.relation === 'wider_but_lower'
    ? `This is fewer than the ${earlier}, although it covers that whole period and more. The sources may count in different ways; both are shown, and neither is preferred.`
    : `This is more than the ${earlier}, a period that includes all of this one. The sources may count in different ways; both are shown, and neither is preferred.`;
}

/** A short label for what a statement counts, beside the date it reaches. */
export const statementKindLabel: Record<StatementKind, string> = {
  applications: 'Applications',
  granted: 'Orders obtained',
  people_subject: 'People subject to an order',
  in_force: 'Orders in force',
  awaiting_hearing: 'Applications awaiting a hearing',
  breaches: 'Breaches',
};

/** "May 2021": the month the newest all-forces figures reach. */
export function allForcesEndPhrase(end: IsoDate): string {
  return formatPartialDate(end.slice(0, 7));
}

export const since = {
  /** Named after the month the all-forces figures reach, so a new round moves it ("Since May 2021"). */
  heading: (end: string | null) => (end === null ? 'Figures stated by each force' : `Since ${end}`),
  /** Kept as it was first published: links and embed codes point at it. */
  anchor: 'since-2021',
  intro: (end: string | null) =>
    end === null
      ? 'No figures for every force have been published.'
      : `The figures for every force above run to ${end} at the latest, and none for every force have been published since.`,
  listIntro: 'These figures have been stated for this force since then, newest first.',
  caution:
    'Each counts something different over its own period, as its source words it, so they are not added up, set against the figures above or compared with other forces.',
  nothingLater: (forceName: string, end: string | null) =>
    end === null
      ? `No published figure for ${forceName} has been found.`
      : `No published figure for ${forceName} covering any time after ${end} has been found.`,
  laterFiguresAbove: 'Figures above from single-force sources that run past the all-forces figures:',
  quoteLabel: 'In the source’s words',
  reachingTo: (date: string) => `to ${date}`,
  citation: (publisher: string, date: string | null) => `${publisher}, ${date ?? 'date not shown'}`,
  sourceLabel: 'Source',
  noteLabel: 'Note',
  /** On the home and methodology pages: no all-forces figures since, how many forces have anything later, how many have none. */
  gap: (end: string | null, withLater: number, withoutLater: number, total: number) => {
    const since = end === null ? 'No figures for every force have been published.' : `No figures for every force have been published for any time after ${end}.`;
    const later = `${withLater} of the ${total} forces ${withLater === 1 ? 'has' : 'have'} a later figure, stated by the force itself, an inspector or a news outlet and listed on the force's page;`;
    return `${since} ${later} ${withoutLater} ${withoutLater === 1 ? 'has' : 'have'} none that we found.`;
  },
  gapMore: (heading: string) =>
    `They count different things (applications, orders obtained, orders in force, breaches) over different periods, so they are listed on each force’s page under “${heading}” and never mapped, ranked, added up or set against other forces.`,
  gapLink: 'The table of forces gives the date of each force’s latest public figure.',
  /** The /forces/ table. */
  latestColumn: 'Latest public figure',
  latestDetail: (end: string | null) => (end === null ? 'Stated by a force, inspector or news outlet' : `After ${end}, stated by a force, inspector or news outlet`),
  latestNone: 'None found',
  latestUndated: (periodLabel: string) => periodLabel,
  alsoUndated: 'also a figure without exact dates',
} as const;
