// Every piece of reader-facing text on the site, and the templates that put
// numbers into sentences. Components and pages take their words from here so
// the voice stays consistent and an editor can change wording in one place.
// Numbers themselves never live here: they come from data/ via src/lib/metrics.

import type { FigureStatus, SpoMeasure } from './data/types.ts';
import type { MissingReason, Rank } from './metrics/types.ts';

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
    'Police can ask a magistrates’ court for a Stalking Protection Order to stop a suspected stalker contacting or approaching a victim. In the first year of the orders, some forces applied for dozens; others applied for none.',
  tableHeading: 'Every force',
  tableIntro:
    'Each source counts in its own way and over its own period, so the sources are shown side by side and never added together. “No response” and “Not covered” mean there is no figure at all, which is not the same as zero.',
  tableCaption: (forces: number) => `Stalking Protection Order figures for all ${formatCount(forces)} police forces in England and Wales, by source`,
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

// ---- Force pages -------------------------------------------------------------

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
};

/**
 * How a headline sentence attributes a dataset's figures. `according` opens a
 * sentence about a reported figure; the others complete "<force> …".
 */
export interface DatasetVoice {
  according: string;
  noResponse: string;
  notCovered: string;
}

const datasetVoices: Record<string, DatasetVoice> = {
  'bbc-foi-2021': {
    according: 'According to its reply to a Freedom of Information request from the BBC Shared Data Unit',
    noResponse: 'did not reply to the BBC Shared Data Unit’s Freedom of Information request about Stalking Protection Orders',
    notCovered: 'is not in the BBC Shared Data Unit’s Freedom of Information figures',
  },
  'court-first-year': {
    according: 'According to court data reported by the Observer',
    noResponse: 'has no court figure reported by the Observer',
    notCovered: 'is not among the forces the Observer gave court figures for',
  },
  'observer-thames-valley-2022': {
    according: 'According to what the force told the Observer',
    noResponse: 'did not give the Observer a figure',
    notCovered: 'was not asked by the Observer',
  },
  'dorset-foi-2022': {
    according: 'According to its reply to Freedom of Information request 2022-125',
    noResponse: 'did not answer Freedom of Information request 2022-125',
    notCovered: 'is not covered by Freedom of Information request 2022-125',
  },
  'avon-somerset-foi-2023': {
    according: 'According to its reply to Freedom of Information request 830-23',
    noResponse: 'did not answer Freedom of Information request 830-23',
    notCovered: 'is not covered by Freedom of Information request 830-23',
  },
  'itv-calendar-2024': {
    according: 'According to figures obtained by ITV Calendar',
    noResponse: 'did not give ITV Calendar figures',
    notCovered: 'is not among the forces in ITV Calendar’s figures',
  },
};

/** The dataset's own wording, or a plain one built from its source's credit line for a dataset added later. */
export function datasetVoice(datasetId: string, shortTitle: string, attribution: string): DatasetVoice {
  return datasetVoices[datasetId] ?? {
    according: `According to ${attribution}`,
    noResponse: `did not answer ${attribution}`,
    notCovered: `is not covered by ${shortTitle}`,
  };
}

/** "none were", "1 was", "6 were" */
const outcomeCount = (count: number) => (count === 0 ? 'none were' : `${formatCount(count)} ${count === 1 ? 'was' : 'were'}`);

/** "3 Stalking Protection Orders", "1 Stalking Protection Order" */
export function spoCount(count: number): string {
  return `${formatCount(count)} Stalking Protection ${count === 1 ? 'Order' : 'Orders'}`;
}

/** "refused or pending" */
export function listOr(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/** Sentences that sum up a force's figures; each names its source and period. */
export const forceHeadline = {
  applied: (according: string, force: string, count: number, period: string) =>
    `${according}, ${force} applied for ${spoCount(count)} in the period ${period}.`,
  appliedNone: (according: string, force: string, period: string) =>
    `${according}, ${force} made no applications for Stalking Protection Orders in the period ${period}.`,
  applicationsNotStated: (according: string, force: string, period: string) =>
    `${according}, ${force} did not say how many Stalking Protection Orders it applied for in the period ${period}.`,
  /** A source that counts orders granted but not applications. */
  obtained: (according: string, force: string, count: number, period: string) =>
    `${according}, ${force} obtained ${spoCount(count)} in the period ${period}.`,
  outcomes: {
    granted: (count: number) => `${outcomeCount(count)} granted`,
    refused: (count: number) => `${outcomeCount(count)} refused`,
    pending: (count: number) => `${outcomeCount(count)} still pending`,
  } satisfies Record<Exclude<SpoMeasure, 'applications'>, (count: number) => string>,
  ofThose: (parts: readonly string[]) => `Of those, ${listNames(parts)}.`,
  outcomesNotStated: (measures: readonly string[]) => `It did not say how many were ${listOr(measures)}.`,
  noResponse: (force: string, voice: DatasetVoice) =>
    `${force} ${voice.noResponse}, so there is no figure from that source. That is not the same as zero.`,
  notCovered: (force: string, voice: DatasetVoice) => `${force} ${voice.notCovered}, so there is no figure from that source.`,
  disagree: (first: string, firstValue: number, second: string, secondValue: number) =>
    `Two sources disagree for overlapping periods (${first}: ${formatCount(firstValue)} applications; ${second}: ${formatCount(secondValue)}). They count in different ways, so both figures are shown.`,
  agree: (first: string, second: string, value: number) =>
    `Two sources agree for overlapping periods (${first} and ${second}: ${formatCount(value)} applications each).`,
};

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st … */
export function ordinal(value: number): string {
  const lastTwo = value % 100;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[value % 10] ?? 'th';
  return `${value}${suffix}`;
}

export const forcePage = {
  title: (force: string) => `${force}: SPO figures and recorded stalking`,
  kicker: (country: string) => `Police force area · ${country}`,
  navTopLabel: 'Other forces',
  navBottomLabel: 'Other forces, end of page',
  previous: 'Previous force',
  next: 'Next force',
  allForces: 'All forces',
  figuresHeading: 'Stalking Protection Order figures',
  legendHeading: 'Reading the figures',
  contentsHeading: 'On this page',
  figuresIntro:
    'Every source the project has for this force, each with its own period and counting basis. They are shown side by side and never added together.',
  sourceLabel: 'Source',
  basisLabel: 'What is counted',
  aboutDataset: 'About these figures',
  laterFigures: 'Later figures from single-force sources',
  standingsHeading: 'Where the force stands',
  standingsIntro:
    'Rank 1 is the highest figure. Only forces with a figure are ranked; a force with no response or no coverage is left out, not counted as zero.',
  rank: (rank: Rank) => `${rank.tied ? 'Joint ' : ''}${ordinal(rank.rank)} of ${rank.of} forces`,
  notRanked: 'Not ranked',
  offencesHeading: 'Recorded stalking offences',
  offencesMore: 'Every year and quarter',
  offencesIntro: (force: string) =>
    `Stalking offences recorded by police in the ${force} force area each financial year (April to March). The dashed line marks 20 January 2020, when Stalking Protection Orders came in.`,
  offencesLatest: (force: string, count: number, year: string, publisher: string) =>
    `Police recorded ${formatCount(count)} stalking ${count === 1 ? 'offence' : 'offences'} in the ${force} force area in ${year}, according to ${publisher} figures.`,
  yearColumn: 'Financial year',
  offencesColumn: 'Offences',
  quarterColumn: 'Quarter',
  incompleteYear: (quarters: number) => `Part year (${quarters} of 4 quarters so far)`,
  missingCount: 'No figure',
  byQuarter: 'Show offences by quarter',
  spoEvent: 'SPOs introduced',
  yearlyChartTitle: (force: string) => `Recorded stalking offences by financial year, ${force}`,
  quarterlyChartTitle: (force: string) => `Recorded stalking offences by quarter, ${force}`,
  yearlyDescription: (force: string, first: string, firstValue: string, last: string, lastValue: string) =>
    `Line chart. Recorded stalking offences in ${force} went from ${firstValue} in ${first} to ${lastValue} in ${last}. Stalking Protection Orders came in on 20 January 2020.`,
  perYear: 'Offences per year',
  perQuarter: 'Offences per quarter',
  mapHeading: 'Where it is, and its neighbours',
  neighboursHeading: 'Neighbouring forces',
  neighboursIntro: (datasetTitle: string) => `Forces whose areas border this one, with their applications in ${datasetTitle}:`,
  mapTitle: (force: string) => `Map of England and Wales with ${force} highlighted`,
  mapDescription: (force: string, neighbours: readonly string[]) =>
    `${force} police force area, highlighted, with its neighbours ${listNames(neighbours)}.`,
  shareHeading: 'Share this',
  downloads: {
    spoFigures: {
      label: 'Stalking Protection Order figures (CSV)',
      description: 'Every source’s figures for this force, one row per period, with its status: a blank is never zero.',
    },
    stalkingOffences: {
      label: 'Recorded stalking offences by quarter (CSV)',
      description: 'Home Office police recorded crime, offence code 8Q, every quarter since April 2014.',
    },
  },
  populationCaveat:
    'City of London has about 15,000 residents but a far larger daytime population of workers and visitors, who appear in its recorded crime. A rate per resident therefore overstates how common stalking is there; compare it with other forces with care.',
  referenceLabel: 'England and Wales',
  standingBasis: (basis: string) => `Based on: ${basis}.`,
  residentsBasis: (year: string, populationDate: string) =>
    `police recorded stalking, ${year}, and resident population, mid-${populationDate.slice(0, 4)}`,
  pooledLabel: (count: number, total: number) =>
    count === total ? 'England and Wales' : `England and Wales (the ${count} forces with figures together)`,
  totalLabel: (count: number) => `Total across the ${count} forces with figures`,
  windowNote: (label: string, offences: number) => `Offences matched: ${label}, ${formatCount(offences)} offences.`,
  residentsNote: (year: string, offences: number, population: number, populationDate: string) =>
    `${formatCount(offences)} offences in ${year}; ${formatCount(population)} residents (mid-${populationDate.slice(0, 4)} estimate).`,
  grantNote: (granted: number, decided: number) => `${formatCount(granted)} granted of ${formatCount(decided)} decided.`,
};

export const finderCopy = {
  heading: 'Find your force',
  intro: 'Type the name of a police force or the area it covers, or use your location.',
  inputLabel: 'Police force or area',
  placeholder: 'For example Durham or the Met',
  listboxLabel: 'Matching forces',
  results: (count: number) =>
    count === 1
      ? '1 force matches. Press Enter to open its page.'
      : `${count} forces match. Use the up and down arrow keys to choose one, then press Enter.`,
  noResults: (query: string) =>
    `No force matches “${query}”. Check the spelling, choose from the list of all forces, or use your location.`,
  via: (alias: string) => `(${alias})`,
  allForces: (count: number) => `All ${count} forces, A to Z`,
  locate: 'Use my location',
  privacy: 'Your location is checked on this device and is never sent anywhere.',
  locating: 'Finding your location…',
  found: (force: string) => `You are in the ${force} police force area. Opening its page…`,
  outside:
    'That location is outside England and Wales, so it is not in any of the 43 police force areas covered here. Type a force name or choose one from the list instead.',
  denied:
    'Location permission was refused, so your force cannot be found from where you are. Type its name or choose it from the list instead.',
  unavailable: 'Your location could not be found just now. Try again, or type the force name.',
  areasFailed: 'The force areas could not be loaded. Try again, or type the force name.',
};

export const forcesIndex = {
  title: 'All police forces',
  description:
    'Stalking Protection Order figures and recorded stalking for all 43 police forces in England and Wales, side by side and sortable, with every gap shown.',
  standfirst:
    'Every police force in England and Wales, with its Stalking Protection Order figures and recorded stalking. Select a column heading to sort. Forces without a figure always sort last: no response and not covered are not zero.',
  tableCaption: 'Stalking Protection Orders and recorded stalking, all 43 forces',
  forceColumn: 'Force',
  offencesColumn: 'Recorded stalking offences',
  caveatMarker: '*',
};

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
  /** Label for a force whose two sources give the same number: "0 in both". */
  bothSources: (valueLabel: string) => `${valueLabel} in both`,
  sourcesAgree: (first: string, second: string, items: readonly string[]) =>
    `${first} and ${second} agree for ${listNames(items)}.`,
  sourcesDiffer: (first: string, second: string, items: readonly string[]) =>
    `${first} and ${second} differ for ${listNames(items)}.`,
  stripHighlight: (name: string, valueLabel: string) => `${name}: ${valueLabel}.`,
  stripRange: (count: number, lowest: string, highest: string) =>
    count === 1 ? `The only other force has ${lowest}.` : `The other ${count} forces range from ${lowest} to ${highest}.`,
  trendSpan: (firstQuarter: string, lastQuarter: string) => `Quarterly, ${firstQuarter} to ${lastQuarter}.`,
  trendPoint: (which: 'lowest' | 'highest' | 'latest', quarter: string, valueLabel: string) =>
    `${{ lowest: 'Lowest', highest: 'Highest', latest: 'Latest' }[which]}: ${quarter}, ${valueLabel}.`,
  trendGaps: (count: number) =>
    `${count} ${count === 1 ? 'quarter has' : 'quarters have'} no complete figure and ${count === 1 ? 'is' : 'are'} left as a gap.`,
  /** Key above the per-force small multiples. */
  smallMultiplesKey: (firstQuarter: string, lastQuarter: string) =>
    `Each force by quarter, ${firstQuarter} to ${lastQuarter}. Each chart has its own scale.`,
  smallMultiplesEvent: (label: string) => `Dashed line: ${label}`,
  stripOmitted: (count: number) =>
    `${count} ${count === 1 ? 'force has' : 'forces have'} no figure and ${count === 1 ? 'is' : 'are'} not shown.`,
};

// ---- Map ---------------------------------------------------------------------

export const mapCopy = {
  /** Legend entries for the states that are not values; the map page may pass a metric's own zero wording. */
  stateLabel: {
    zero: 'No applications',
    no_response: figureState.no_response.label,
    not_covered: figureState.not_covered.label,
    no_data: 'No figure',
  },
  londonInset: 'London',
  /** Tooltip and accessible name of one force: "Kent: 4.2 per 1,000 offences". */
  areaLabel: (name: string, valueLabel: string) => `${name}: ${valueLabel}`,
  /** "(1 force)", "(12 forces)" after a legend entry. */
  forceCount: (count: number) => `(${formatCount(count)} ${count === 1 ? 'force' : 'forces'})`,
  /** The words around the numbers in legend classes. */
  classWords: {
    below: (upper: string) => `Under ${upper}`,
    between: (lower: string, upper: string) => `${lower} to under ${upper}`,
    range: (lower: string, upper: string) => `${lower}–${upper}`,
    atLeast: (lower: string) => `${lower} or more`,
    exactly: (value: string) => value,
  },
};

/** What changes with the measure the map shows. */
export interface MapMetricCopy {
  /** Link text in the measure switcher. */
  short: string;
  /** Heading, legend title and table column: what the colours mean. */
  label: string;
  /** One sentence under the heading on what is counted. */
  about: string;
  /** A number with its unit: "4.5 per 1,000 offences". */
  withUnit: (formatted: string, value: number) => string;
  /** Legend and panel wording of a real zero. */
  zero: string;
  /** "Four forces made no applications: …" */
  zeroSentence: (forces: string, names: string) => string;
  /** Wording of "not covered" when the source says it differently. */
  notCovered?: { label: string; explanation: string };
  /** Legend wording of the forces with no figure for another reason. */
  noData?: string;
  /** One class for every value, when the map shows only whether there is any. */
  singleClass?: string;
  /** A rate of applications has nothing to work from when a force made none. */
  noApplications?: { label: string; explanation: string };
}

const applicationsUnit = (formatted: string, value: number) => `${formatted} ${value === 1 ? 'application' : 'applications'}`;
const madeNoApplications = (forces: string, names: string) => `${forces} made no applications: ${names}.`;

export const mapMetricCopy = {
  'applications-per-offences': {
    short: 'Per 1,000 offences',
    label: 'SPO applications per 1,000 recorded stalking offences',
    about:
      'How many Stalking Protection Orders each force applied for, for every 1,000 stalking offences it recorded over the same months. Applications are each force’s own count, given in reply to a Freedom of Information request from the BBC.',
    withUnit: (formatted: string) => `${formatted} per 1,000 offences`,
    zero: 'No applications',
    zeroSentence: madeNoApplications,
  },
  applications: {
    short: 'Applications',
    label: 'SPO applications',
    about:
      'How many Stalking Protection Orders each force applied for, by its own count, given in reply to a Freedom of Information request from the BBC. Large forces record more stalking, so compare with the rate per 1,000 offences.',
    withUnit: applicationsUnit,
    zero: 'No applications',
    zeroSentence: madeNoApplications,
  },
  'grant-rate': {
    short: 'Grant rate',
    label: 'Share of decided SPO applications that were granted',
    about:
      'Of each force’s applications that a court had decided, the share granted: granted ÷ (granted + refused). Applications still waiting for a hearing are left out.',
    withUnit: (formatted: string) => `${formatted} granted`,
    zero: 'None granted',
    zeroSentence: (forces: string, names: string) => `${forces} had no decided application granted: ${names}.`,
    noData: 'No decisions, or not stated',
    noApplications: {
      label: 'No applications',
      explanation: 'The force made no applications, so there is no grant rate. This is not a rate of zero.',
    },
  },
  'court-first-year': {
    short: 'Court data, first year',
    label: 'SPO applications in court data, first year',
    about:
      'Whether court records show each force applying for Stalking Protection Orders in their first year, as reported by the Observer. The article names nine forces; for the others no figure was published, which is not the same as none.',
    withUnit: applicationsUnit,
    zero: 'No applications',
    zeroSentence: madeNoApplications,
    notCovered: {
      label: 'Not published',
      explanation: 'No court figure was published for this force. This is not zero.',
    },
    singleClass: 'Some applications',
  },
  'offences-per-residents': {
    short: 'Stalking per 1,000 residents',
    label: 'Recorded stalking offences per 1,000 residents',
    about:
      'Stalking offences recorded by police in the force area for every 1,000 people who live there. Recording practice differs between forces, so a higher rate can mean more thorough recording as well as more stalking.',
    withUnit: (formatted: string) => `${formatted} per 1,000 residents`,
    zero: 'No offences recorded',
    zeroSentence: (forces: string, names: string) => `${forces} recorded no stalking offences: ${names}.`,
  },
} satisfies Record<string, MapMetricCopy>;

/** "One force", "4 forces" */
function forcesCount(count: number): string {
  return count === 1 ? 'One force' : `${formatCount(count)} forces`;
}

/** Names in a sentence only while the list stays readable; beyond that, a count. */
const LISTED_NAMES = 8;

/** The map's words that do not change with the measure. */
export const mapViewCopy = {
  switcherLabel: 'Measure on the map',
  layoutLabel: 'Map style',
  layoutName: { geo: 'Map', tiles: 'Equal tiles' },
  layoutHint: 'Equal tiles give every force the same size, so small areas such as the City of London are as easy to see and tap as large ones.',
  svgTitle: (label: string, layout: 'geo' | 'tiles') =>
    layout === 'geo'
      ? `Map of the 43 police force areas of England and Wales: ${label}`
      : `Tile map of the 43 police force areas of England and Wales, one equal square each: ${label}`,
  pageTitle: (label: string, layout: 'geo' | 'tiles') => (layout === 'geo' ? `Map: ${label}` : `Tile map: ${label}`),
  pageHeading: 'Stalking Protection Orders on the map',
  backHome: 'Back to the story',
  panelLabel: 'Selected force',
  panelPrompt: 'Choose a force on the map to see its figure here, or find it in the table below.',
  panelTerms: { period: 'Period', detail: 'Based on', state: 'Figure', rank: 'Rank', source: 'Source' },
  openForce: (name: string) => `Open the page for ${name}`,
  stateText: {
    value: 'Reported figure.',
    zero: (zero: string) => `A real zero: ${zero.toLowerCase()}.`,
  },
  /** "12th of 40 forces with figures", "=37th of 40 forces with figures" */
  rank: (rank: Rank) => `${rank.tied ? '=' : ''}${ordinal(rank.rank)} of ${formatCount(rank.of)} ${rank.of === 1 ? 'force' : 'forces'} with figures`,
  notRanked: 'Not ranked: no figure',
  rankShort: (rank: Rank) => `${rank.tied ? '=' : ''}${ordinal(rank.rank)}`,
  notRankedShort: 'Not ranked',
  /** What the live region reads when a force is chosen. */
  announce: (name: string, value: string, rank: string) => `${name}: ${value}. ${rank}.`,
  /** What the live region reads when the measure or style changes. */
  switched: (label: string, layoutName: string) => `Showing ${label}. ${layoutName}.`,
  /** The figure that a number below the smallest step of the format rounds to: "under 0.1". */
  belowPrecision: (smallest: string) => `under ${smallest}`,
  summary: {
    withFigures: (count: number, total: number) =>
      count === total ? `All ${formatCount(total)} forces have a figure.` : `${formatCount(count)} of the ${formatCount(total)} forces have a figure.`,
    extreme: (which: 'highest' | 'lowest' | 'lowestAboveZero', names: readonly string[], value: string) => {
      const lead = { highest: 'Highest', lowest: 'Lowest', lowestAboveZero: 'Lowest above zero' }[which];
      const who = names.length <= 3 ? listNames(names) : `${formatCount(names.length)} forces`;
      return `${lead}: ${who}, ${value}.`;
    },
    zeros: (metric: MapMetricCopy, names: readonly string[]) => metric.zeroSentence(forcesCount(names.length), listNames(names)),
    noResponse: (names: readonly string[]) =>
      names.length <= LISTED_NAMES
        ? `${listNames(names)} did not respond, so ${names.length === 1 ? 'it has' : 'they have'} no figure, which is not zero.`
        : `${formatCount(names.length)} forces did not respond, so they have no figure, which is not zero.`,
    notCovered: (names: readonly string[], notCovered: string) =>
      names.length <= LISTED_NAMES
        ? `${notCovered}: ${listNames(names)}.`
        : `${notCovered}: the other ${formatCount(names.length)} forces.`,
    noData: (names: readonly string[], reason: string) =>
      names.length <= LISTED_NAMES
        ? `No figure for ${listNames(names)} (${reason.toLowerCase()}).`
        : `No figure for ${formatCount(names.length)} forces (${reason.toLowerCase()}).`,
    caveat: (names: readonly string[]) => `${listNames(names)}: read with care, see the note under the table.`,
  },
  national: (label: string, value: string) => `${label}: ${value}.`,
  residentsPeriod: (year: string, populationYear: string) => `Offences recorded in ${year} (April to March); residents at mid-${populationYear}`,
  tableCaption: (label: string) => `${label}, by police force`,
  columns: {
    force: 'Force',
    rank: (count: number) => `Rank of ${formatCount(count)}`,
    period: 'Period',
  },
  tableToggle: 'The figures as a table',
  notesLabel: 'Notes',
  caveatMarker: '*',
};

// ---- Embeds, downloads and share cards ---------------------------------------

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

/** A line under an /embed/ section heading, where its views need one. */
const embedSectionIntros: Partial<Record<'map' | 'ranking' | 'comparison' | 'trend' | 'forces', string>> = {
  map: 'Each measure in two layouts: the map, and equal tiles where every force is the same size. Open one to see it and its code.',
  forces: 'Each force has a card with its figures from every source that covers all forces. Open a force to see its card and code.',
};

export const embedCopy = {
  /** The link at the foot of every embed, back to the full page, where the summary, table and caveats are. */
  linkBack: 'See the data',
  /** The iframe's title, which names the frame for screen readers on the host site. */
  frameTitle: (title: string) => `${title} (${site.name})`,
  indexTitle: 'Embed a chart or download the data',
  indexIntro:
    'Put any chart from this site on your own page: copy the code under it and paste it into your page’s HTML. The chart keeps its title, sources and licence, follows your readers’ light or dark setting (add ?theme=light or ?theme=dark to the address to fix one), and sizes itself to fit. Nothing is loaded from any other site and nothing tracks your readers.',
  noScriptNote:
    'The small script resizes the frame to fit the chart. Without it, the chart still shows at the height given in the code.',
  previewLabel: (title: string) => `Preview: ${title}`,
  codeLabel: 'Embed code',
  copyButton: 'Copy embed code',
  copied: 'Copied',
  copyFailed: 'Select the code and copy it with your keyboard',
  downloadsLabel: 'Download',
  svgLink: 'Picture (SVG)',
  pngLink: 'Picture (PNG)',
  fullPageLink: 'Full page',
  embedLink: 'Embed this chart',
  /** The id of a view's entry on the /embed/ index, for links from the chart on its page. */
  entryAnchor: (viewId: string) => `embed-${viewId.replaceAll('/', '-')}`,
  embedPageLink: 'Open the embed on its own',
  sectionHeadings: {
    map: 'Maps',
    ranking: 'Rankings',
    comparison: 'Sources side by side',
    trend: 'Recorded stalking over time',
    forces: 'A card for each force',
  },
  sectionIntros: embedSectionIntros,
};

export const forceCardCopy = {
  title: (force: string) => `${force}: Stalking Protection Orders`,
  description: (force: string) =>
    `${force}’s Stalking Protection Order applications in every source that covers all forces, and its recorded stalking offences.`,
  offencesLabel: (year: string) => `Stalking offences recorded by police, ${year}`,
  offencesMissing: 'No complete figure',
};

export const shareCopy = {
  /** The sentence a campaigner can paste: the force's headline sentence, then where it comes from. */
  sentence: (headline: string, url: string) => `${headline} Source: ${site.name}, ${url}`,
  kitHeading: 'Share this force’s figures',
  kitIntro:
    'Use these on your own site or in a briefing. The sentence, card and data all say where the figures come from.',
  linkLabel: 'Link to this page',
  sentenceLabel: 'A sentence to quote',
  copySentence: 'Copy sentence',
  copyLink: 'Copy link',
  embedLabel: 'Embed this force’s card',
  mapEmbedLabel: (force: string) => `Embed the map with ${force} outlined`,
  rankingEmbedLabel: (force: string) => `Embed the ranking with ${force} picked out`,
  preview: 'Preview',
  pngLink: (force: string) => `Card picture for ${force} (PNG, 1,200 × 630)`,
  dictionaryLink: 'What each column means (data dictionary)',
  /** Alt text of a page's share card: the card repeats the page title and key figures with their sources. */
  imageAlt: (pageTitle: string) => `${pageTitle}: key figures with their sources`,
  /** The small line on every share card. */
  kicker: site.name,
  stat: {
    applications: (datasetTitle: string, period: string | null) =>
      period === null ? `SPO applications (${datasetTitle})` : `SPO applications, ${period} (${datasetTitle})`,
    offences: (year: string) => `Stalking offences recorded by police, ${year} (Home Office)`,
  },
  pages: {
    home: { title: 'Stalking Protection Orders by police force', subtitle: 'How often each police force in England and Wales applies for them' },
    forces: { title: 'Every police force in England and Wales', subtitle: 'Stalking Protection Orders and recorded stalking, force by force' },
    methodology: { title: 'Sources, definitions and caveats', subtitle: 'Where every figure comes from and what it does and does not count' },
    embed: { title: 'Embed a chart or download the data', subtitle: 'Charts with their sources and licences, for your own site' },
  },
  forceSubtitle: 'Stalking Protection Orders and recorded stalking in the force area',
  forcesStat: 'police forces, each with its own page',
  zeroStat: (datasetTitle: string) => `forces reported no applications (${datasetTitle})`,
  noResponseStat: (datasetTitle: string) => `forces did not respond (${datasetTitle}); not the same as zero`,
  sourcesStat: 'sources, each credited with its licence',
  datasetsStat: 'collections of SPO figures, shown side by side and never added together',
  viewsStat: 'charts and cards to embed, each with its source line',
  forceCardsStat: 'force cards, one for every police force',
};

export const downloadsCopy = {
  heading: 'Download the data',
  intro:
    'The full dataset the site is built from, checked before every build. A blank cell means the figure was not given: it is never zero. The status column says whether a force reported a figure (0 is a real zero), did not respond, or is not covered by the source.',
  dictionaryDescription: 'What every file and column in the downloads means.',
};

// ---- The story (home page) ---------------------------------------------------

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

export const storyCopy = {
  /** Attribution after a paragraph or figure: "Source:" or "Sources:". */
  citeLabel: (count: number) => (count === 1 ? 'Source' : 'Sources'),
  /** "Jan 2020 – Jan 2021, England and Wales." under a headline figure. */
  headlinePeriod: (period: string, geography: string) => `${capitalise(period)}, ${geography}.`,
  headlineHeading: 'The first year in numbers',
  headlineIntro:
    'Each figure is given as its source printed it, with its period and a link to the source. Figures from different sources sit side by side and are never added together.',
  /** How a national figure from data/national_figures.csv is labelled on its card, by its id. */
  headlineLabels: {
    court_spos_issued_first_year: 'Stalking Protection Orders issued by the courts in the first year',
    ons_stalking_offences_first_year: 'stalking offences reported in the same period, as the Observer quotes the Office for National Statistics',
    forces_no_applications_first_year: 'forces made no applications in the first year',
    forces_five_or_fewer_first_year: 'forces made five or fewer applications each',
    granted_per_refused_first_year: 'orders granted for every one refused',
    charge_rate_fall_2016_2020: 'share of stalking cases that were charged',
  } as Record<string, string>,
  recordedOffencesLabel: 'stalking offences recorded by police in the same months',
  recordedOffencesDetail:
    'Police recorded crime for the whole quarters inside the court data’s period, shown beside the ONS figure the Observer quotes and never merged with it.',
  foiTotalsLabel: (granted: number, replied: number) =>
    `applications, ${formatCount(granted)} of them granted, from the ${formatCount(replied)} forces that answered the BBC Shared Data Unit’s Freedom of Information requests`,
  noReply: (names: readonly string[]) => `${listNames(names)} did not reply`,
  notInData: (names: readonly string[]) => `${listNames(names)} ${names.length === 1 ? 'is' : 'are'} not in the data`,
  notCountedAsZero: (parts: readonly string[]) => `${capitalise(listNames(parts))}; none of them is counted as zero.`,
  /** "20 Jan 2020 to 12 May 2021", or the spread of end dates when forces gave different ones. */
  periodToDates: (start: string, firstEnd: string, lastEnd: string) =>
    firstEnd === lastEnd ? `${start} to ${lastEnd}` : `${start} to the date each force gave, between ${firstEnd} and ${lastEnd}`,
  /** "Jan–Mar 2020" */
  quarterName: (firstMonth: string, lastMonthAndYear: string) => `${firstMonth}–${lastMonthAndYear}`,
  /** How running text names a dataset, by id; other datasets go by their short title. */
  datasetPhrase: { 'court-first-year': 'court data', 'bbc-foi-2021': 'BBC FOI' } as Record<string, string>,
  /** "0 in court data" */
  inSource: (value: number, dataset: string) => `${formatCount(value)} in ${dataset}`,

  lede: {
    commencement: (date: string) => `Stalking Protection Orders came into force in England and Wales on ${date}.`,
    issued: (issued: string, period: string) =>
      `Court data reported by the Observer show ${issued} orders issued in their first year (${period}).`,
    recorded: (offences: number, window: string) => `Police recorded ${formatCount(offences)} stalking offences from ${window}.`,
    noApplications: (count: number, names: readonly string[]) =>
      `The same court data show ${forceCountWords(count)} making no applications at all in that year: ${listNames(names)}.`,
    sourcesDiffer: (count: number) =>
      `${capitalise(countWord(count))} of them gave the BBC a different figure for an overlapping period. The two sources count in different ways, so both are shown below.`,
  },

  rankings: {
    heading: 'Which forces apply for orders',
    mostApplications: (name: string, value: number) =>
      `According to the forces’ replies to the BBC Shared Data Unit, ${name} made the most applications: ${formatCount(value)}.`,
    none: (names: readonly string[]) => `${listNames(names)} made none.`,
    missing: (parts: readonly string[]) =>
      `${capitalise(listNames(parts))}, so ${parts.length === 1 ? 'it is' : 'they are'} listed under the chart rather than drawn as zero.`,
    applicationsTitle: 'Stalking Protection Order applications by force',
    applicationsSubtitle: (period: string) => `Applications from ${period}, as each force told the BBC Shared Data Unit.`,
    zeroPhrase: 'made no applications',
    grantedByCountry: (england: number, wales: number, quoted: number) =>
      `The forces’ own figures add up to ${formatCount(england)} orders granted in England and ${formatCount(wales)} in Wales. The BBC’s partner stories gave ${formatCount(quoted)} for England; the difference is not explained in the data.`,
    rateTitle: 'Applications per 1,000 recorded stalking offences',
    rateSubtitle: 'Each force’s applications divided by the stalking offences it recorded over the whole quarters its figures cover.',
    rateIntro: (rate: string, forces: number) =>
      `To compare forces of different sizes, each force’s applications are divided by the stalking offences it recorded over the same quarters. The ${formatCount(forces)} forces with figures, taken together, made ${rate} applications per 1,000 recorded offences.`,
    highestRate: (name: string, rate: string) => `${name} had the highest rate, ${rate}.`,
    lowestRates: (names: readonly string[]) => `${listNames(names)} made none, so ${names.length === 1 ? 'its rate is' : 'their rates are'} 0.`,
    windows: (groups: readonly { label: string; count: number }[]) =>
      `Offences are counted over whole quarters: ${listNames(groups.map(({ label, count }) => `${label} for ${forceCountWords(count)}`))}. The methodology lists every force’s quarters.`,
    referenceLabel: 'England and Wales',
    unavailableHeading: 'Not in the chart',
  },

  zeros: {
    heading: 'The forces that made no applications',
    courtLead: (count: number, names: readonly string[]) =>
      `According to the court data, ${forceCountWords(count)} made no applications in the first year: ${listNames(names)}.`,
    foiLead: (count: number, names: readonly string[]) =>
      `In their replies to the BBC Shared Data Unit, ${forceCountWords(count)} said they had made none: ${listNames(names)}.`,
    differ: (items: readonly string[]) => `Where their periods overlap, the sources differ for ${listNames(items)}.`,
    differItem: (name: string, parts: readonly string[]) => `${name} (${parts.join(', ')})`,
    agree: (names: readonly string[]) => `They agree that ${listNames(names)} made none.`,
    tableHeading: 'Every source, side by side',
    tableCaption: 'Applications for Stalking Protection Orders by forces with a zero in at least one source, by source',
    forceColumn: 'Force',
    verdictColumn: 'Do the sources agree?',
    verdictHint: 'Only sources whose periods overlap are compared.',
    chartTitle: 'Forces with no applications in at least one source',
    chartSubtitle: 'Applications as each source reports them. A filled disc is a reported zero; words mean the source has no figure.',
    reasonsHeading: 'Why the sources can differ',
    reasonsIntro: 'Each source counts something slightly different, over its own period:',
    countsLabel: 'What it counts',
    periodLabel: 'Period',
    notesLabel: 'Caveats from the source notes',
    scrollHint: 'Scroll sideways to see every source.',
  },

  courtVsFoi: {
    heading: 'Court data and police figures, side by side',
    lead: (count: number) =>
      `${capitalise(forceCountWords(count))} have a figure for the first year both in the court data and in their own replies to the BBC.`,
    agree: (names: readonly string[]) => `The two agree for ${listNames(names)}.`,
    differ: (count: number, examples: readonly string[]) =>
      `They differ for ${forceCountWords(count)}, most widely for ${listNames(examples)}.`,
    example: (name: string, court: number, foi: number) => `${name} (${formatCount(court)} in court data, ${formatCount(foi)} in its reply)`,
    chartTitle: 'Applications in the first year: court data and police replies',
    chartSubtitle: 'Each force’s figure from both sources, never averaged. The filled dot is court data; the ring is the force’s own reply.',
  },

  trend: {
    heading: 'Recorded stalking over time',
    span: (firstValue: number, firstQuarter: string, lastValue: number, lastQuarter: string) =>
      `Police in England and Wales recorded ${formatCount(firstValue)} stalking offences in ${firstQuarter} and ${formatCount(lastValue)} in ${lastQuarter}.`,
    years: (before: string, beforeValue: number, after: string, afterValue: number) =>
      `In ${before}, the financial year in which Stalking Protection Orders came in, they recorded ${formatCount(beforeValue)}; in ${after}, ${formatCount(afterValue)}.`,
    recordingIntro: (publisher: string) => `On the rise in recorded stalking, the ${publisher} reported:`,
    chartTitle: 'Stalking offences recorded by police in England and Wales, by quarter',
    chartSubtitle: 'Financial quarters from April 2014. The dashed line marks the day Stalking Protection Orders came in.',
    yLabel: 'Offences per quarter',
    byForceLink: 'Recorded stalking in every force, quarter by quarter',
  },

  /**
   * What sources say about how stalking is recorded, word for word, with the
   * source that says it. Only quotes a source in data/sources.csv states.
   */
  recordingQuotes: [
    {
      sourceId: 'S10',
      quote: 'The Home Office says the rise is linked to a change in the way stalking offences are recorded',
    },
  ],
};

export const trendPageCopy = {
  title: 'Recorded stalking by force',
  intro:
    'Stalking offences recorded by each police force in England and Wales, quarter by quarter. Each small chart has its own scale, so the shape of a small force’s line is as clear as a large one’s; compare shapes, not heights.',
  chartTitle: 'Stalking offences recorded by police, by force and quarter',
  chartSubtitle: 'Financial quarters. The dashed line in each chart marks the day Stalking Protection Orders came in.',
  description: (forces: number, first: string, last: string) =>
    `${formatCount(forces)} small line charts, one for each police force in England and Wales, of stalking offences recorded each quarter from ${first} to ${last}, each on its own scale. Each force’s page lists its figures year by year and quarter by quarter.`,
  forcePagesLink: 'Every force’s figures, year by year, are on its own page',
  backLink: 'Back to the story',
};

// ---- Methodology ---------------------------------------------------------------

export const methodologyCopy = {
  title: 'Sources, definitions and caveats',
  intro:
    'Where every figure on this site comes from, what it counts and what it does not. Numbers are shown as their sources give them: nothing is estimated, a missing figure is never shown as zero, and sources that disagree are shown side by side.',
  contents: 'On this page',
  sourcesHeading: 'Sources',
  publisherLabel: 'Publisher',
  dateLabel: 'Date',
  licenceLabel: 'Licence',
  linkLabel: 'Link',
  noLink: 'No public web address is known.',
  notesLabel: 'Notes',
  datasetsHeading: 'The collections of SPO figures',
  datasetsIntro: 'Each collection comes from one source, counts in its own way and covers its own period.',
  countsLabel: 'What it counts',
  coverageLabel: 'Coverage',
  coverage: { all_forces: 'Every force has a row (with its state when there is no figure)', selected_forces: 'Only the forces the source names' },
  definitionsHeading: 'What the terms mean',
  definitions: [
    {
      term: 'Application',
      definition:
        'A police force asks a magistrates’ court to make a Stalking Protection Order against someone. Sources count applications differently: court records may count an interim and a full application for the same person separately.',
    },
    {
      term: 'Order granted',
      definition: 'The court made the order. Breaking a Stalking Protection Order is a criminal offence.',
    },
    {
      term: 'Interim order',
      definition:
        'A temporary order a court can make while it decides a full application, to protect the victim in the meantime. Some sources count interim and full orders together.',
    },
    { term: 'Refused', definition: 'The court decided not to make the order. The BBC data call this “rejected”.' },
    {
      term: 'Pending',
      definition: 'The application had not been decided by the date the force gave its figures. The BBC data call this “not yet heard”.',
    },
  ],
  statesHeading: 'Zero, no response and not covered',
  statesIntro: 'A figure can be in one of these states, and the site never shows one as another:',
  zeroTerm: 'Zero (0)',
  zeroDefinition: 'The source reports that there were none. This is a real figure.',
  windowsHeading: 'Applications per 1,000 recorded stalking offences',
  windowsIntro: (graceDays: number) =>
    `A rate divides a force’s applications by the stalking offences it recorded over the same time. Recorded offences come in financial quarters, so each force’s period is matched to whole quarters: from the quarter in which its period starts to the last quarter that ends no more than ${countWord(graceDays)} days after its period ends. If any quarter is missing, no rate is given.`,
  windowsCaption: (dataset: string) => `Quarters of recorded offences matched to each force’s figures (${dataset})`,
  windowsColumns: { force: 'Force', period: 'Figures cover', window: 'Offences counted', offences: 'Offences', applications: 'Applications', rate: 'Per 1,000 offences' },
  conflictsHeading: 'Where sources disagree',
  conflictsIntro:
    'For these forces, two sources give different numbers of applications for periods that overlap. Both are shown wherever the force appears; neither is preferred.',
  conflictsCaption: 'Forces for which two sources give different numbers of applications',
  conflictsColumns: { force: 'Force', source: 'Source', applications: 'Applications', period: 'Period' },
  updatesHeading: 'Updates',
  dataUpdated: (date: string, source: string) => `Data last updated: ${date}, the date of the newest source (${source}).`,
  built: (date: string) => `Site built: ${date}.`,
  downloadsHeading: 'Download the data',
  downloadsIntro:
    'Every table the site is built from, as CSV. A blank cell means the figure was not given, never zero; the status column says why.',
};

/** Words in the zero-comparison matrix (src/lib/charts/zero-comparison.ts). */
export const zeroComparisonCopy = {
  notStated: notStated.label,
  verdictColumn: 'Sources agree?',
  verdict: { agree: 'Agree', differ: 'Differ', single: 'Cannot compare' },
  verdictSentence: {
    agree: 'Where their periods overlap, the sources agree.',
    differ: 'Where their periods overlap, the sources differ.',
    single: 'No two sources cover overlapping periods.',
  },
  describeRow: (name: string, parts: readonly string[], verdict: string) => `${name}: ${parts.join('; ')}. ${verdict}`,
};
