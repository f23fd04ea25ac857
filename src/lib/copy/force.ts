// Words of the force pages: the sourced headline sentences and the page's labels.

import { SPO_MEASURES, type SpoDataset, type SpoMeasure } from '../data/types.ts';
import type { ApplicationsComparison, ComparedFigure, CountConflict, PeriodRelation, Rank, RankRefusal } from '../metrics/index.ts';
import { formatCount } from '../views/format.ts';
import { listNames, listOr, measureLabel, ordinal, possiblySuppressed, rankRefused, spoCount } from './common.ts';

/**
 * How a headline sentence attributes a dataset's figures. `according` opens a
 * sentence about a reported figure; the others complete "<force> …".
 */
export interface DatasetVoice {
  according: string;
  noResponse: string;
  notCovered: string;
}

/** The dataset's own wording from spo_datasets.csv, or a plain one built from its short title and its source's credit line. */
export function datasetVoice(dataset: SpoDataset, attribution: string): DatasetVoice {
  const { according, noResponse, notCovered } = dataset.voice;
  return {
    according: according || `According to ${attribution}`,
    noResponse: noResponse || `did not answer ${attribution}`,
    notCovered: notCovered || `is not covered by ${dataset.shortTitle}`,
  };
}

/** "none were", "1 was", "6 were" */
const outcomeCount = (count: number) => (count === 0 ? 'none were' : `${formatCount(count)} ${count === 1 ? 'was' : 'were'}`);

const periodRelationWords: Record<PeriodRelation, string> = {
  same: 'the same period',
  nested: 'periods one inside the other',
  overlapping: 'overlapping periods',
  disjoint: 'separate periods',
};

/**
 * A period label as it reads after a verb: a span "from 20 January 2020 to 4
 * May 2021", a start "since 20 January 2020 …", and anything else (one month,
 * one year) "in January 2022".
 */
export function periodPhrase(label: string): string {
  if (/^since\b/i.test(label)) return `s${label.slice(1)}`;
  if (/\sto\s/.test(label)) return `from ${label}`;
  if (/\s[-–]\s/.test(label)) return `over ${label}`;
  return `in ${label}`;
}

/** Sentences that sum up a force's figures; each names its source and period. */
export const forceHeadline = {
  applied: (according: string, force: string, count: number, period: string) =>
    `${according}, ${force} applied for ${spoCount(count)} ${periodPhrase(period)}.`,
  appliedNone: (according: string, force: string, period: string) =>
    `${according}, ${force} made no applications for Stalking Protection Orders ${periodPhrase(period)}.`,
  applicationsNotStated: (according: string, force: string, period: string) =>
    `${according}, ${force} did not say how many Stalking Protection Orders it applied for ${periodPhrase(period)}.`,
  /** A source that counts orders granted but not applications. */
  obtained: (according: string, force: string, count: number, period: string) =>
    `${according}, ${force} obtained ${spoCount(count)} ${periodPhrase(period)}.`,
  /** The outcome of a force's one application: "It was granted." */
  onlyOutcome: {
    granted: 'It was granted.',
    refused: 'It was refused.',
    pending: 'It was still waiting for a hearing.',
  } satisfies Record<Exclude<SpoMeasure, 'applications'>, string>,
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
  /**
   * Two different figures, worded by how their periods relate: "contradict"
   * only where metrics found a conflict (the same period, or one inside the
   * other with the inner figure counting more than the outer allows), and
   * then saying which count it is.
   */
  disagree: (claim: ComparedClaim, first: string, second: string) => {
    const figures = `${first}: ${countsText(claim.first.counts, measuresAtIssue(claim))}; ${second}: ${countsText(claim.second.counts, measuresAtIssue(claim))}`;
    if (claim.contradiction) {
      const names = [first, second] as const;
      const reasons = claim.conflicts.map((conflict) => conflictReason(conflict, names));
      return `Two sources contradict each other (${figures}): ${listNames([...new Set(reasons)])}. They count in different ways, so both figures are shown.`;
    }
    if (claim.relation === 'nested') {
      return `Two sources give different figures (${figures}); one period lies inside the other, so the longer period can hold more. Both figures are shown.`;
    }
    return `Two sources give different figures for periods that overlap but are not the same (${figures}). Neither period lies inside the other, so the figures need not contradict each other; both are shown.`;
  },
  agree: (claim: ComparedClaim, first: string, second: string) =>
    `Two sources give the same ${sharedMeasures(claim).length === 1 ? 'figure' : 'figures'} for ${periodRelationWords[claim.relation]} (${first} and ${second}: ${countsText(claim.first.counts, sharedMeasures(claim))} each).`,
};

/** What the comparison sentences need from metrics' comparison of two figures. */
export type ComparedClaim = Pick<ApplicationsComparison, 'relation' | 'contradiction' | 'conflicts' | 'differing'> & {
  first: Pick<ComparedFigure, 'counts'>;
  second: Pick<ComparedFigure, 'counts'>;
};

/** The measures a difference is about: those the figures give differently, and those a conflict rests on. */
export function measuresAtIssue(claim: ComparedClaim): SpoMeasure[] {
  const fromConflicts = claim.conflicts.flatMap((conflict): SpoMeasure[] =>
    conflict.kind === 'refused_beyond_outer' ? ['granted', 'refused'] : [conflict.measure]);
  return SPO_MEASURES.filter((measure) => claim.differing.includes(measure) || fromConflicts.includes(measure));
}

/** The measures both figures state. */
function sharedMeasures(claim: ComparedClaim): SpoMeasure[] {
  return SPO_MEASURES.filter((measure) => claim.first.counts[measure] !== undefined && claim.second.counts[measure] !== undefined);
}

/** "9 applications, 1 refused": applications always, and the other given measures the figure states. */
export function countsText(counts: ComparedFigure['counts'], measures: readonly SpoMeasure[]): string {
  const shown = SPO_MEASURES.filter((measure) => counts[measure] !== undefined && (measure === 'applications' || measures.includes(measure)));
  return shown.map((measure) => {
    const count = counts[measure] ?? 0;
    return measure === 'applications' ? `${formatCount(count)} ${count === 1 ? 'application' : 'applications'}` : `${formatCount(count)} ${measureLabel[measure].toLowerCase()}`;
  }).join(', ');
}

/** Why two figures cannot both be right, naming the source of each side. */
export function conflictReason(conflict: CountConflict, names: readonly [string, string]): string {
  if (conflict.kind === 'same_period_differs') return `their periods are the same, yet they count ${measureLabel[conflict.measure].toLowerCase()} differently`;
  const inner = names[conflict.inner];
  const outer = names[conflict.inner === 0 ? 1 : 0];
  if (conflict.kind === 'more_in_shorter') {
    return `the period of ${inner} lies inside that of ${outer}, yet ${inner} has more ${conflict.measure === 'applications' ? 'applications' : `${measureLabel[conflict.measure].toLowerCase()}`}`;
  }
  const leftOver = conflict.unsuccessful <= 0
    ? 'where every application was granted'
    : `where only ${formatCount(conflict.unsuccessful)} ${conflict.unsuccessful === 1 ? 'application was' : 'applications were'} not granted`;
  return `${inner} has ${formatCount(conflict.refused)} refused within the period of ${outer}, ${leftOver}`;
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
  rounds: {
    heading: 'Round by round',
    intro: (count: number) =>
      `The same questions were put to every force ${count === 2 ? 'twice' : `${count} times`}. Each round below has its own period; a change is given only where both periods are dated, do not overlap and are of similar length.`,
    roundColumn: 'Round',
    periodColumn: 'Period',
    applicationsColumn: 'Applications',
    changeColumn: 'On the round before',
    first: 'First round',
    change: (change: number) =>
      change === 0 ? 'The same number' : `${change > 0 ? 'Up' : 'Down'} ${formatCount(Math.abs(change))}`,
    noChange: {
      not_both_reported: 'No change given: there is no figure in both rounds',
      periods_not_comparable: 'No change given: the periods overlap, are undated or differ in length',
    },
    noPeriod: 'Period not given',
  },
  standingsHeading: 'Where the force stands',
  standingsIntro:
    'Rank 1 is the highest figure. Only forces with a figure are ranked; a force with no response or no coverage is left out, not counted as zero.',
  rank: (rank: Rank) => `${rank.tied ? 'Joint ' : ''}${ordinal(rank.rank)} of ${rank.of} forces`,
  /** No figure (null), or a figure the guards keep out of the ranks. */
  notRanked: (refusal: RankRefusal | null) => (refusal === null ? 'Not ranked' : `Not ranked: ${rankRefused(refusal)}`),
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
  /** A year's total that includes quarters recorded as 0 that may be suppressed: "19 (includes 1 quarter …)". */
  includesSuppressed: (total: string, quarters: number) => `${total} (${possiblySuppressed.includes(quarters)})`,
  yearlyGaps: 'Years that include a quarter recorded as 0 that may be suppressed are left as gaps.',
  suppressedNote: (quarters: readonly string[]) =>
    `${listNames(quarters)} ${quarters.length === 1 ? 'is' : 'are'} recorded as 0, but the copy of the Home Office table these figures come from wrote every missing or withheld count as 0, so ${quarters.length === 1 ? 'it' : 'they'} may not be real zeros. The charts leave ${quarters.length === 1 ? 'that quarter' : 'those quarters'} (and the years that include them) as gaps rather than drawing a fall.`,
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
  /** A total we added up from the forces' own figures, never one the source printed. */
  totalLabel: (count: number) => `Our sum of the ${count} forces’ own figures`,
  windowNote: (label: string, offences: number) => `Offences matched: ${label}, ${formatCount(offences)} offences.`,
  residentsNote: (year: string, offences: number, population: number, populationDate: string) =>
    `${formatCount(offences)} offences in ${year}; ${formatCount(population)} residents (mid-${populationDate.slice(0, 4)} estimate).`,
  grantNote: (granted: number, decided: number) => `${formatCount(granted)} granted of ${formatCount(decided)} decided.`,
};
