// Words used on every kind of page: the site's name and navigation, how a
// figure's state reads (zero, no response, not covered), measure labels and
// the small helpers that put names and counts into sentences.

import type { FigureStatus, SpoMeasure } from '../data/types.ts';
import type { MissingReason, NotComparedReason, RankRefusal } from '../metrics/index.ts';
import { formatCount } from '../views/format.ts';
import { PAGES } from '../views/routes.ts';

export const site = {
  name: 'Stalking Protection Orders by force',
  description:
    'How often each police force in England and Wales applies for Stalking Protection Orders, from court data and Freedom of Information replies, with every source and gap shown.',
  /** Appended to page titles: "Kent – Stalking Protection Orders by force". */
  titleSeparator: ' – ',
};

export interface NavItem {
  href: string;
  label: string;
}

export const nav: { label: string; items: NavItem[] } = {
  label: 'Main',
  items: [
    { href: PAGES.home, label: 'Home' },
    { href: PAGES.forces, label: 'Forces' },
    { href: PAGES.embed, label: 'Embed' },
    { href: PAGES.methodology, label: 'Methodology' },
  ],
};

export const layout = {
  skipLink: 'Skip to main content',
  /** A toggle button: pressed means the dark theme is on. */
  themeToggle: 'Dark theme',
  footer: {
    credit:
      'Police recorded crime (Home Office) and population estimates (Office for National Statistics) are used under the Open Government Licence v3.0. Freedom of Information figures were gathered by the BBC Shared Data Unit. Court figures are as reported by The Observer.',
    methodologyLink: 'Sources, definitions and caveats',
  },
};

/**
 * The line every page carries for readers who are being stalked, as newsrooms
 * print under such stories. The number is the National Stalking Helpline's,
 * from the Suzy Lamplugh Trust's own pages (source S31 in data/sources.csv).
 */
export const helplineCopy = {
  lead: 'If you are being stalked, the ',
  name: 'National Stalking Helpline',
  runBy: ', run by the Suzy Lamplugh Trust, is on ',
  /** Non-breaking spaces, so the number never wraps across lines. */
  number: '0808\u00a0802\u00a00300',
  telHref: 'tel:+448088020300',
  emergency: '. In an emergency, call 999.',
  /** The one short line in an embed. */
  compact: { name: 'Stalking helpline', runBy: ' ', emergency: ' · Emergency: 999' },
  url: 'https://www.suzylamplugh.org/',
};

/** How each state of a figure reads in tables, legends and alt text. Zero is a reported value and reads as a number. */
export const figureState: Record<Exclude<FigureStatus, 'reported'>, { label: string; explanation: string }> = {
  no_response: {
    label: 'No response',
    explanation: 'The force did not answer the request, so there is no figure. This is not zero.',
  },
  not_covered: {
    label: 'Not covered',
    explanation: 'The source does not give a figure for this force. This is not zero.',
  },
};

/** A reported figure that leaves one measure unanswered (e.g. the force wrote "n/a"). */
export const notStated = {
  label: 'Not stated',
  explanation: 'The force replied but did not give this number.',
};

export const measureLabel: Record<SpoMeasure, string> = {
  applications: 'Applications',
  granted: 'Granted',
  refused: 'Refused',
  pending: 'Pending',
};

export const sourceCopy = {
  heading: 'Sources',
  licenceLabel: 'Licence',
  noUrl: 'No public web address is known for this source.',
  /** The id of a source's entry in a page's source list, for #links. */
  anchor: (sourceId: string) => `source-${sourceId}`,
};

/** Why a value is missing, for every reason metrics can give. Zero is never one of them. */
export const missingValue: Record<MissingReason, { label: string; explanation: string }> = {
  no_response: figureState.no_response,
  not_covered: figureState.not_covered,
  not_reported: notStated,
  not_in_dataset: { label: 'Not counted', explanation: 'This source does not count this.' },
  no_period_end: {
    label: 'No end date',
    explanation: 'The source gives no end date, so its figure cannot be matched to recorded offences.',
  },
  empty_window: {
    label: 'Period too short',
    explanation: 'The period does not cover a whole quarter of recorded offences to compare with.',
  },
  offences_may_be_suppressed: {
    label: 'Offences may be suppressed',
    explanation: 'A quarter in the period is recorded as 0 but may be a suppressed count, so the offences are not known and no rate is given.',
  },
  incomplete_offences: {
    label: 'Offences incomplete',
    explanation: 'Recorded offences are missing for part of the period, so no rate is given.',
  },
  no_offences: {
    label: 'No offences recorded',
    explanation: 'No stalking offences were recorded in the period, so there is nothing to divide by.',
  },
  no_decisions: {
    label: 'No decisions yet',
    explanation: 'None of the applications had been granted or refused, so there is no grant rate.',
  },
  no_population: { label: 'No population figure', explanation: 'There is no population estimate for this area.' },
  no_applications: {
    label: 'No applications',
    explanation: 'The force made no applications, so there is no grant rate. This is not a rate of zero.',
  },
};

/** Why a force with a figure has no rank: the guard that refused it, in words. */
export function rankRefused(refusal: RankRefusal): string {
  switch (refusal.reason) {
    case 'selection':
      return 'the source names only some forces, so there is no table to rank';
    case 'too_few_decisions':
      return `too few decisions to compare (${formatCount(refusal.decided ?? 0)} decided)`;
    case 'small_population':
      return 'too few residents for a rate per resident to compare';
  }
}

/** "3 Stalking Protection Orders", "1 Stalking Protection Order" */
export function spoCount(count: number): string {
  return `${formatCount(count)} Stalking Protection ${count === 1 ? 'Order' : 'Orders'}`;
}

/** "refused or pending" */
export function listOr(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st … */
export function ordinal(value: number): string {
  const lastTwo = value % 100;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[value % 10] ?? 'th';
  return `${value}${suffix}`;
}

/** Labels for the measures a force is compared on. */
export const standingLabel = {
  applications: { label: 'Stalking Protection Order applications', short: 'Applications' },
  grantRate: { label: 'Share of decided applications that were granted', short: 'Granted (of decided)' },
  applicationsPerOffences: {
    label: 'Applications per 1,000 recorded stalking offences',
    short: 'Applications per 1,000 offences',
  },
  offencesPerResidents: { label: 'Recorded stalking offences per 1,000 residents', short: 'Offences per 1,000 residents' },
};

/** "Durham, Gwent and Suffolk" */
export function listNames(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

const creditSourceLabel = 'Source';

/** The credit printed under every embed, download and share card. */
export const creditCopy = {
  /** Opens the source line; a page that links each source prints it before the links. */
  sourceLabel: creditSourceLabel,
  source: (attributions: readonly string[]) => `${creditSourceLabel}: ${attributions.join('; ')}`,
  /** "Licence: Home Office – Open Government Licence v3.0 · BBC Shared Data Unit – reuse terms not stated" */
  licence: (terms: readonly { publisher: string; licence: string }[]) =>
    `Licence: ${terms.map(({ publisher, licence }) => `${publisher} – ${licence}`).join(' · ')}`,
};

const SMALL_NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** Running text spells out whole numbers under ten, as newsrooms do ("seven forces"); larger ones stay figures. */
export function countWord(value: number): string {
  return Number.isInteger(value) && value >= 0 && value < 10 ? SMALL_NUMBER_WORDS[value]! : formatCount(value);
}

/** "Seven", "No", "12": a count that opens a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "one force", "seven forces" */
export function forceCountWords(count: number): string {
  return `${countWord(count)} ${count === 1 ? 'force' : 'forces'}`;
}

/**
 * The warning that the 2020/21 jump in recorded stalking follows a change in
 * how it is recorded: one text, shown wherever offence counts are (home,
 * /trend/, force pages, /methodology/). Quoted word for word with the source
 * that says it; only quotes a source in data/sources.csv states.
 */
export const recordingChange = {
  intro: (publisher: string) => `On the rise in recorded stalking, the ${publisher} reported:`,
  quotes: [
    {
      sourceId: 'S10',
      quote: 'The Home Office says the rise is linked to a change in the way stalking offences are recorded',
    },
  ],
};

/** Why a figure is left out of the comparison of a force's sources; said wherever the comparison is. */
export const notComparedReason: Record<NotComparedReason, string> = {
  no_exact_dates: 'its source gives no exact dates, so its period cannot be lined up with the others',
  different_periods: 'its period neither matches another figure’s closely nor lies inside or around one, so it covers a different time',
};

/** "The ITV Calendar 2024 figure for 2020 to 2023 (exact dates not stated) is not compared with the others: …" */
export const notComparedSentence = (source: string, period: string, reason: NotComparedReason) =>
  `The ${source} figure for ${period} is not compared with the others: ${notComparedReason[reason]}.`;

/**
 * Why two sources can give one force different figures, as the research notes
 * (shared/data/research/REPORT.md, section 2, and the FOI leads' caveats), in
 * our own words. Shown on /methodology/ and beside every disagreement on a
 * force page. None of them can be confirmed for a given force from the sources.
 */
export const whySourcesDiffer = {
  heading: 'Why the sources can differ',
  intro: 'The sources count in different ways, so two figures for one force can both be right as counted. The research behind this site found these reasons:',
  reasons: [
    {
      term: 'Cut-off dates',
      text: 'Each source stops counting on its own date, and forces answering the same request give figures correct to different days, so one figure can include months that another does not.',
    },
    {
      term: 'Cases not yet listed',
      text: 'A force may have applied before its case was listed at court, so the force counts an application that court records do not show yet.',
    },
    {
      term: 'Court area, not police force',
      text: 'Court records are filed under the court that heard the case. A court’s area need not match a police force area, so an application can be counted against a different force.',
    },
    {
      term: 'Interim and full orders',
      text: 'A court can make an interim order while it decides a full one. Court records may count both applications for the same person; a force may count that person once.',
    },
    {
      term: 'What is counted',
      text: 'Applications, orders granted, people made subject to an order and orders in force on a date are different counts, and sources do not always say which they give.',
    },
    {
      term: 'Figures given by the forces themselves',
      text: 'Freedom of Information replies are each force’s own count, taken from its own records in its own way.',
    },
  ],
  /** One line pointing to the list, under a disagreement on a force page. */
  pointer: 'Why sources can differ',
};

/**
 * A recorded offence count of 0 that the source's copy could not tell apart
 * from a withheld or missing count (stalking_offences.csv `flag`
 * may_be_suppressed). Never drawn, summed or ranked as a real zero without this.
 */
export const possiblySuppressed = {
  label: '0, may be suppressed',
  explanation:
    'Recorded as 0, but the copy of the Home Office table this comes from wrote every missing or withheld count as 0, so this may not be a real zero.',
  /** After a sum that includes such zeros: "includes 2 quarters recorded as 0 that may be suppressed". */
  includes: (count: number) =>
    `includes ${formatCount(count)} ${count === 1 ? 'quarter' : 'quarters'} recorded as 0 that may be suppressed`,
};
