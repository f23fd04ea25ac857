// Words of the map pages and the map's legend, panel and table.

import type { Rank, RankRefusal } from '../metrics/index.ts';
import { formatCount } from '../views/format.ts';
import { figureState, listNames, ordinal, rankRefused } from './common.ts';

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
  /** The key's label for forces with no rate to colour: given the fewest decisions a rate needs to be compared. */
  noData?: (minimumDecisions: number) => string;
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
    about: 'How many Stalking Protection Orders each force applied for, for every 1,000 stalking offences it recorded over the same months.',
    withUnit: (formatted: string) => `${formatted} per 1,000 offences`,
    zero: 'No applications',
    zeroSentence: madeNoApplications,
  },
  applications: {
    short: 'Applications',
    label: 'SPO applications',
    about: 'How many Stalking Protection Orders each force applied for. Large forces record more stalking, so compare with the rate per 1,000 offences.',
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
    noData: (minimumDecisions: number) => `Too few decisions to compare (under ${formatCount(minimumDecisions)}), or not stated`,
    noApplications: {
      label: 'No applications',
      explanation: 'The force made no applications, so there is no grant rate. This is not a rate of zero.',
    },
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

/**
 * A measure of one round of applications: the measure's words, what the
 * round counts (its basis, from spo_datasets.csv) and, for a round other than
 * the headline, its name in the switcher and the heading.
 */
export function roundMetricCopy(copy: MapMetricCopy, basis: string, round: string | null): MapMetricCopy {
  const about = `${copy.about} Counted as: ${basis.replace(/\.$/, '')}.`;
  return round === null ? { ...copy, about } : { ...copy, about, short: `${round}: ${copy.short}`, label: `${copy.label}, ${round}` };
}

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
  tileKeyToggle: 'What the letters on the tiles stand for',
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
    uncoloured: (refusal: RankRefusal) => `Reported figure, left uncoloured and unranked: ${rankRefused(refusal)}.`,
  },
  /** "12th of 40 forces with figures", "=37th of 40 forces with figures" */
  rank: (rank: Rank) => `${rank.tied ? '=' : ''}${ordinal(rank.rank)} of ${formatCount(rank.of)} ${rank.of === 1 ? 'force' : 'forces'} with figures`,
  notRanked: (refusal: RankRefusal | null) => `Not ranked: ${refusal === null ? 'no figure' : rankRefused(refusal)}`,
  rankShort: (rank: Rank) => `${rank.tied ? '=' : ''}${ordinal(rank.rank)}`,
  notRankedShort: 'Not ranked',
  /** What the live region reads when a force is chosen. */
  announce: (name: string, value: string, rank: string) => `${name}: ${value}. ${rank}.`,
  /** What the live region reads when the measure or style changes. */
  switched: (label: string, layoutName: string) => `Showing ${label}. ${layoutName}.`,
  /** "100% granted; too few decisions to compare (1 decided)" */
  withRefusal: (value: string, refusal: RankRefusal) => `${value}; ${rankRefused(refusal)}`,
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
    tooFewDecisions: (names: readonly string[]) =>
      names.length <= LISTED_NAMES
        ? `${listNames(names)}: too few decisions to compare, so shown uncoloured and not ranked.`
        : `${formatCount(names.length)} forces have too few decisions to compare, so are shown uncoloured and not ranked.`,
    caveat: (names: readonly string[]) => `${listNames(names)}: read with care, see the note under the table.`,
  },
  national: (label: string, value: string) => `${label}: ${value}.`,
  residentsPeriod: (year: string, populationYear: string) => `Offences recorded in ${year} (April to March); residents at mid-${populationYear}`,
  tableCaption: (label: string) => `${label}, by police force`,
  /** After the caption when every force's figure covers the same period, instead of a column repeating it. */
  tablePeriod: (period: string) => `Period: ${period}`,
  columns: {
    force: 'Force',
    rank: (count: number) => `Rank of ${formatCount(count)}`,
    period: 'Period',
  },
  tableToggle: 'The figures as a table',
  notesLabel: 'Notes',
  caveatMarker: '*',
};
