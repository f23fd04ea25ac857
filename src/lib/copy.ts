// Every piece of reader-facing text on the site, and the templates that put
// numbers into sentences. Components and pages take their words from here so
// the voice stays consistent and an editor can change wording in one place.
// Numbers themselves never live here: they come from data/ via src/lib/metrics.

import type { FigureStatus, SpoMeasure } from './data/types.ts';

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
    { href: '/', label: 'Home' },
    { href: '/forces/', label: 'Forces' },
    { href: '/embed/', label: 'Embed' },
    { href: '/methodology/', label: 'Methodology' },
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

export const home = {
  title: 'Stalking Protection Orders by police force',
  standfirst:
    'Stalking Protection Orders came into force in England and Wales on 20 January 2020. Police apply to a magistrates’ court for one to stop a suspected stalker contacting or approaching a victim. Some forces applied for dozens in the first year; others applied for none.',
  headlineHeading: 'The national picture',
  /** National figures shown on the home page, by their id in data/national_figures.csv. */
  headlineFigureIds: ['court_spos_issued_first_year', 'ons_stalking_offences_first_year'],
  sourceLabel: 'Source',
  periodLabel: 'Period',
  tableHeading: 'Every force',
  tableIntro:
    'Each source counts in its own way and over its own period, so the sources are shown side by side and never added together. “No response” and “Not covered” mean there is no figure at all, which is not the same as zero.',
  tableCaption: 'Stalking Protection Order figures for all 43 police forces in England and Wales, by source',
  forceColumn: 'Force',
  notesColumn: 'Notes and other sources',
  noNotes: 'None',
  scrollHint: 'Scroll sideways to see every column.',
  legendHeading: 'Reading the table',
  zeroExplanation: 'A real zero: the source reports that none were made.',
};

export const sourceCopy = {
  heading: 'Sources',
  licenceLabel: 'Licence',
  noUrl: 'No public web address is known for this source.',
  /** The id of a source's entry in a page's source list, for #links. */
  anchor: (sourceId: string) => `source-${sourceId}`,
};

/** "BBC FOI 2021: Did not reply to the BBC." */
export function figureNote(datasetLabel: string, note: string): string {
  return `${datasetLabel}: ${note}`;
}

/** "Dorset Police FOI: 0 applications, 2020 to 2021" for the notes column. */
export function otherSourceFigure(datasetLabel: string, parts: string[], periodLabel: string): string {
  return figureNote(datasetLabel, `${parts.join(', ')} (${periodLabel})`);
}

/** "3 granted" */
export function measurePart(value: number, measure: SpoMeasure): string {
  return `${formatCount(value)} ${measureLabel[measure].toLowerCase()}`;
}

const countFormat = new Intl.NumberFormat('en-GB');

/** Counts as British newsrooms print them: 1,747. */
export function formatCount(value: number): string {
  return countFormat.format(value);
}

// ---- Charts ------------------------------------------------------------------

/** "Durham, Gwent and Suffolk" */
export function listNames(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

export const chartCopy = {
  /** What to print for a force that gets no bar. A reported force without a value has no number to divide. */
  forceState: {
    no_response: figureState.no_response.label,
    not_covered: figureState.not_covered.label,
    reported: 'No figure to compare',
  } satisfies Record<FigureStatus, string>,
  defaultZeroPhrase: 'reported zero',
  highest: (name: string, valueLabel: string) => `${name} has the highest figure, ${valueLabel}.`,
  zeros: (names: readonly string[], zeroPhrase: string) => `${listNames(names)} ${zeroPhrase}.`,
  withoutFigure: (names: readonly string[], state: FigureStatus) =>
    `${listNames(names)} ${names.length === 1 ? 'has' : 'have'} no figure: ${chartCopy.forceState[state].toLowerCase()}.`,
};
