// Words of the home page: its story, headline cards and the table of every force.

import type { SpoMeasure } from '../data/types.ts';
import { formatCount } from '../views/format.ts';
import { capitalise, countWord, forceCountWords, listNames, measureLabel } from './common.ts';

export const home = {
  title: 'Stalking Protection Orders by police force',
  standfirst:
    'Police can ask a magistrates’ court for a Stalking Protection Order to stop a suspected stalker contacting or approaching a victim. In the first year of the orders, some forces applied for dozens; others applied for none.',
  tableHeading: 'Every force, every source',
  tableToggle: 'Show the table of all 43 forces',
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

/** The opening of the home page: the finding, a one-line standfirst, one figure, and each chart's finding as its title. */
export const leadCopy = {
  /** The h1, from the court data's count of forces with no applications. */
  headline: (zeros: number) =>
    zeros === 0
      ? 'Official data show every police force they name applying for Stalking Protection Orders in their first year'
      : `Official data show ${countWord(zeros)} police ${zeros === 1 ? 'force' : 'forces'} made no applications for Stalking Protection Orders in their first year`,
  standfirst: (differing: number, zeros: number) =>
    `The orders let police protect a stalking victim before any conviction.${differing > 0 ? ` For ${countWord(differing)} of the ${countWord(zeros)}, the forces’ own counts, over a longer period, differ.` : ''}`,
  heroLabel: 'Stalking Protection Orders issued by the courts in their first year',
  /** From one round of the same questions to the next, among the forces with a figure in both. */
  roundsChange: (earlier: string, later: string, both: number, noneToSome: readonly string[], someToNone: readonly string[]) => {
    const who = (names: readonly string[]) => (names.length === 0 ? 'none' : names.length <= 5 ? `${countWord(names.length)} (${listNames(names)})` : countWord(names.length));
    return `Of the ${forceCountWords(both)} with a figure in both ${earlier} and ${later}, ${who(noneToSome)} went from no applications to some, and ${who(someToNone)} from some to none.`;
  },
  findingsHeading: 'What the figures show',
  zerosFinding: (differing: number, zeros: number) =>
    `For ${countWord(differing)} of the ${countWord(zeros)} forces with no applications in official data, the forces’ own replies give a different figure`,
  trendFinding: (last: number, lastLabel: string, first: number, firstLabel: string) =>
    `Police recorded ${formatCount(last)} stalking offences in ${lastLabel}, against ${formatCount(first)} in ${firstLabel}`,
  zeroTableLink: 'Each source’s figure for these forces, side by side',
  more: 'More detail',
  forcesLink: 'Every force’s figures from every source, in one table',
  trendLink: 'Recorded stalking in each force, quarter by quarter',
  methodologyLink: 'Sources, definitions, caveats and where the sources disagree',
  sourcesToggle: 'Sources and licences',
};

export const storyCopy = {
  /** Attribution after a paragraph or figure: "Source:" or "Sources:". */
  citeLabel: (count: number) => (count === 1 ? 'Source' : 'Sources'),
  /** "Jan 2020 – Jan 2021, England and Wales." under a headline figure. */
  headlinePeriod: (period: string, geography: string) => (period === '' ? `${geography}; the source gives no period.` : `${capitalise(period)}, ${geography}.`),
  headlineHeading: 'The first year in numbers',
  headlineIntro:
    'A figure quoted from a source is given as the source printed it; a figure marked “our sum” is one we added up from the forces’ own figures. Each has its period and a link to its source. Figures from different sources sit side by side and are never added together.',
  /** How a national figure from data/national_figures.csv is labelled on its card, by its id. */
  headlineLabels: {
    court_spos_issued_first_year: 'Stalking Protection Orders issued by the courts in the first year',
    ons_stalking_offences_first_year: 'stalking offences reported in the same period, as the Observer quotes the Office for National Statistics',
    forces_no_applications_first_year: 'forces made no applications in the first year',
    forces_five_or_fewer_first_year: 'forces made five or fewer applications each',
    granted_per_refused_first_year: 'orders granted for every one refused',
    charge_rate_fall_2016_2020: 'share of stalking cases that were charged',
  } as Record<string, string>,
  /** Police recorded crime over whole quarters, added up by us: so not the court data's own months. */
  recordedOffencesLabel: 'stalking offences recorded by police (our sum)',
  recordedOffencesDetail: (window: string, forces: number, courtPeriod: string) =>
    `Our sum of the ${formatCount(forces)} forces’ counts for the whole quarters ${window}, inside the court data’s period, ${courtPeriod}: not exactly the same months. Shown beside the ONS figure the Observer quotes and never merged with it.`,
  /** "applications, 294 of them granted (our sum of the figures of the 40 forces with figures in BBC FOI 2021)" */
  foiTotalsLabel: (granted: number | null, replied: number, round: string) =>
    `applications${granted === null ? '' : `, ${formatCount(granted)} of them granted`} (our sum of the figures of the ${formatCount(replied)} forces with figures in ${round})`,
  /** The text alternative of a chart the data leave empty. */
  emptyChart: 'No force has figures to show in this chart.',
  /** Where the figures on a card come from, when no national figure names it. */
  geography: 'England and Wales',
  noReply: (names: readonly string[]) => `${listNames(names)} did not reply`,
  notInData: (names: readonly string[]) => `${listNames(names)} ${names.length === 1 ? 'is' : 'are'} not in the data`,
  notCountedAsZero: (parts: readonly string[]) => `${capitalise(listNames(parts))}; none of them is counted as zero.`,
  /** "20 Jan 2020 to 12 May 2021", or the spread of end dates when forces gave different ones. */
  periodToDates: (start: string, firstEnd: string, lastEnd: string) =>
    firstEnd === lastEnd ? `${start} to ${lastEnd}` : `${start} to the date each force gave, between ${firstEnd} and ${lastEnd}`,
  /** "Jan–Mar 2020" */
  quarterName: (firstMonth: string, lastMonthAndYear: string) => `${firstMonth}–${lastMonthAndYear}`,
  /** "0 in court data" */
  inSource: (value: number, dataset: string) => `${formatCount(value)} in ${dataset}`,

  rankings: {
    heading: 'Which forces apply for orders',
    mostApplications: (round: string, name: string, value: number) =>
      `In ${round}, ${name} made the most applications: ${formatCount(value)}.`,
    none: (names: readonly string[]) => `${listNames(names)} made none.`,
    missing: (parts: readonly string[]) =>
      `${capitalise(listNames(parts))}, so ${parts.length === 1 ? 'it is' : 'they are'} listed under the chart rather than drawn as zero.`,
    applicationsTitle: 'Stalking Protection Order applications by force',
    applicationsSubtitle: (period: string, round: string) => `Applications from ${period}, as each force gave them (${round}).`,
    zeroPhrase: 'made no applications',
    grantedByCountry: (england: number, wales: number, quoted: number) =>
      `The forces’ own figures add up to ${formatCount(england)} orders granted in England and ${formatCount(wales)} in Wales. The BBC’s partner stories gave ${formatCount(quoted)} for England; the difference is not explained in the data.`,
    rateTitle: 'Applications per 1,000 recorded stalking offences',
    rateSubtitle: 'Each force’s applications divided by the stalking offences it recorded over the whole quarters its figures cover.',
    rateIntro: (rate: string, forces: number) =>
      `To compare forces of different sizes, each force’s applications are divided by the stalking offences it recorded over the same quarters. The ${formatCount(forces)} forces with figures, taken together, made ${rate} applications per 1,000 recorded offences.`,
    highestRate: (name: string, rate: string) => `${name} had the highest rate, ${rate}.`,
    lowestRates: (names: readonly string[]) => `${listNames(names)} made none, so ${names.length === 1 ? 'its rate is' : 'their rates are'} 0.`,
    windows: (groups: readonly { label: string; forces: number }[]) =>
      `Offences are counted over whole quarters: ${listNames(groups.map(({ label, forces }) => `${label} for ${forceCountWords(forces)}`))}. The methodology lists every force’s quarters.`,
    referenceLabel: 'England and Wales',
    unavailableHeading: 'Not in the chart',
  },

  zeros: {
    heading: 'The forces that made no applications',
    courtLead: (count: number, names: readonly string[]) =>
      `According to official data reported by the Observer, ${forceCountWords(count)} made no applications in the first year: ${listNames(names)}.`,
    foiLead: (count: number, names: readonly string[], round: string) =>
      `In ${round}, ${forceCountWords(count)} said they had made none: ${listNames(names)}.`,
    differ: (items: readonly string[]) => `Where their periods overlap, the sources differ for ${listNames(items)}.`,
    differItem: (name: string, parts: readonly string[]) => `${name} (${parts.join(', ')})`,
    agree: (names: readonly string[]) => `Where their periods can be compared, they agree that ${listNames(names)} made none.`,
    notCompared: (names: readonly string[]) =>
      `For ${listNames(names)}, a figure with no exact dates or for a different time is not compared; the table names it and says why.`,
    tableHeading: 'Every source, side by side',
    tableCaption: 'Applications for Stalking Protection Orders by forces with a zero in at least one source, by source',
    forceColumn: 'Force',
    verdictColumn: 'Do the sources agree?',
    verdictHint: 'Only sources whose periods overlap are compared; a figure left out is named with the reason.',
    chartTitle: 'Forces with no applications in at least one source',
    chartSubtitle: 'Applications as each source reports them. A filled disc is a reported zero; words mean the source has no figure.',
    scrollHint: 'Scroll sideways to see every source.',
  },

  courtVsFoi: {
    heading: 'Court data and police figures, side by side',
    /** Each source with its own period: the forces' replies run past the court data's year. */
    lead: (count: number, courtPeriod: string, foiPeriod: string) =>
      `${capitalise(forceCountWords(count))} have a figure both in the court data, for ${courtPeriod}, and in their own replies to the BBC, from ${foiPeriod}.`,
    agree: (names: readonly string[]) => `The two agree for ${listNames(names)}.`,
    differ: (count: number, examples: readonly string[]) =>
      `They differ for ${forceCountWords(count)}, most widely for ${listNames(examples)}.`,
    example: (name: string, court: number, foi: number) => `${name} (${formatCount(court)} in court data, ${formatCount(foi)} in its reply)`,
    chartTitle: 'Applications: court data and police replies, each over its own period',
    chartSubtitle: (courtPeriod: string, foiPeriod: string) =>
      `Each force’s figure from both sources, never averaged. The filled dot is court data, ${courtPeriod}; the ring is the force’s own reply, ${foiPeriod}.`,
  },

  trend: {
    heading: 'Recorded stalking over time',
    /** `firstSuppressed`: force-quarters in the first total recorded as 0 that may be suppressed (our sum then says so). */
    span: (firstValue: number, firstQuarter: string, lastValue: number, lastQuarter: string, firstSuppressed = 0) =>
      `Police in England and Wales recorded ${formatCount(firstValue)} stalking offences in ${firstQuarter}${firstSuppressed > 0 ? ` (our sum, which includes ${firstSuppressed === 1 ? 'a count' : `${formatCount(firstSuppressed)} counts`} recorded as 0 that may be suppressed)` : ''} and ${formatCount(lastValue)} in ${lastQuarter}.`,
    /** Under the national chart when some of its totals include such zeros. */
    suppressedQuarters: (quarters: number) =>
      `The totals for ${formatCount(quarters)} early ${quarters === 1 ? 'quarter include' : 'quarters include'} a force’s count recorded as 0 that may be suppressed, so ${quarters === 1 ? 'it is' : 'they are'} at least what is shown.`,
    years: (before: string, beforeValue: number, after: string, afterValue: number) =>
      `In ${before}, the financial year in which Stalking Protection Orders came in, they recorded ${formatCount(beforeValue)}; in ${after}, ${formatCount(afterValue)}.`,
    chartTitle: 'Stalking offences recorded by police in England and Wales, by quarter',
    chartSubtitle: 'Financial quarters from April 2014. The dashed line marks the day Stalking Protection Orders came in.',
    yLabel: 'Offences per quarter',
    byForceLink: 'Recorded stalking in every force, quarter by quarter',
  },
};
