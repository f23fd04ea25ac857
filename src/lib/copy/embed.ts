// Words of the /embed/ index, the embed pages and the force cards.

import type { SpoDataset } from '../data/types.ts';
import { capitalise, listNames, ordinal, site, spoCount } from './common.ts';
import { type ComparedClaim, type DatasetVoice, conflictReason, countsText, forceHeadline, measuresAtIssue } from './force.ts';
import type { ForceFinding } from '../metrics/index.ts';
import { formatCount } from '../views/format.ts';

export const embedCopy = {
  /** The link at the foot of every embed, back to the full page, where the summary, table and caveats are. */
  linkBack: 'See the data',
  /** The iframe's title, which names the frame for screen readers on the host site. */
  frameTitle: (title: string) => `${title} (${site.name})`,
  indexTitle: 'Embed a chart or download the data',
  /** One line under the title: what the page offers, before the first choice. */
  indexLead: 'Put a chart, a map or your force’s card on your own page. Each keeps its sources and licence and fits itself to your page, with or without the small script in the code.',
  pickHeading: 'Pick your force',
  pickIntro: 'Get its card, the map with it outlined, the ranking with it picked out, a picture, its data and a sentence to quote, each ready to copy.',
  nationalHeading: 'Charts and maps for England and Wales',
  moreMaps: 'More maps: every measure, as a map and as equal tiles',
  pymLabel: 'Your site already loads pym.js? Use this instead',
  pymCodeLabel: 'Code for a page with pym.js',
  copyPymButton: 'Copy pym.js code',
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
};

/** Words of a force's kit on /embed/ (/embed/kit/<slug>/): everything a campaigner needs about one force, ready to copy. */
export const kitCopy = {
  title: (force: string) => `Embed ${force}’s figures`,
  description: (force: string) =>
    `${force}’s card, the map and ranking with ${force} picked out, a picture, the data and a sentence to quote, each with its source and licence, to put on your own page.`,
  back: 'Pick another force, or see the charts for England and Wales',
  contentsLabel: 'In this kit',
  contents: { card: 'Card', map: 'Map', ranking: 'Ranking', picture: 'Picture', data: 'Data', sentence: 'Quote and link' },
  headings: {
    card: (force: string) => `${force}’s card`,
    map: (force: string) => `The map, with ${force} outlined`,
    ranking: (force: string) => `The ranking, with ${force} picked out`,
    picture: 'The card as a picture',
    data: (force: string) => `${force}’s figures as data`,
    sentence: 'Quote it, link to it',
  },
  /** Under a heading: what the embed adds to the plain chart. */
  notes: {
    card: (force: string) => `${force}’s figure against every force in England and Wales, with its sources.`,
    map: (force: string) => `Opens with ${force} outlined and its figures beside the map.`,
    ranking: (force: string) => `${force}’s row is in bold, in its place in the ranking.`,
  },
  pictureNote: 'For a newsletter, a slide or social media: 1,200 × 630 pixels, with the source and licence in the picture.',
  pictureAlt: (title: string, finding: string) => `${title}. ${finding}`,
  pictureLink: 'Download the picture (PNG)',
  linkLabel: (force: string) => `Link to ${force}’s page`,
  forcePageLink: (force: string) => `${force}’s full page, with every figure and caveat`,
};

/** A dataset's plain name (spo_datasets.csv `plain_name`), or its short title where the editor left it blank. */
const plainSourceName = (dataset: Pick<SpoDataset, 'plainName' | 'shortTitle'>) => (dataset.plainName === '' ? dataset.shortTitle : dataset.plainName);

export const forceCardCopy = {
  /** "Police FOI reply, Jan 2020 to May 2021" */
  basis: (dataset: Pick<SpoDataset, 'plainName' | 'shortTitle'>, from: string, to: string) => `${plainSourceName(dataset)}, ${from} to ${to}`,
  sourceName: plainSourceName,
  /** The line under the strip: where England and Wales as a whole stands. */
  national: (label: string, value: string) => `${label}: ${value}`,
  stripLabel: (force: string) => `${force} against every force in England and Wales`,
  title: (force: string) => `${force}: Stalking Protection Orders`,
  description: (force: string) =>
    `${force}’s Stalking Protection Order applications in every source that covers all forces, and its recorded stalking offences.`,
  offencesLabel: (year: string) => `Stalking offences recorded by police, ${year}`,
  offencesMissing: 'No complete figure',
};

/** Words of a ranking embed, which shows the top and bottom of the ranking (src/lib/embeds/compact-ranking.ts). */
export const rankingEmbedCopy = {
  /** "1", "=26": the rank, with "=" where forces tie. */
  rank: (rank: { rank: number; tied: boolean }) => `${rank.tied ? '=' : ''}${rank.rank}`,
  rankHeading: 'Rank',
  forceHeading: 'Force',
  /** The gap where the forces between the top and the bottom are folded away. */
  gap: 'Forces ranked between are on the full ranking',
  fullRanking: (forces: number) => `See the full ranking of all ${formatCount(forces)} forces`,
  /** The row under the forces: England and Wales as a whole, a rate we worked out from every force with a figure. */
  reference: (label: string) => `${label} (our calculation)`,
  applicationsHeading: 'Applications',
  rateHeading: 'Per 1,000 offences',
};

/** The sentence a force's card leads with, worded from the claim metrics allows (src/lib/metrics/force-finding.ts). */
export function cardFinding(finding: ForceFinding, voice: DatasetVoice, period: string): string {
  const { force } = finding;
  const from = `from ${period}`;
  switch (finding.kind) {
    case 'most':
      return `${voice.according}, ${force.name} applied for ${spoCount(finding.value)} ${from}, the most of the ${formatCount(finding.of)} forces with figures${finding.sharedWith === 0 ? '' : `, level with ${forceWords(finding.sharedWith, 'other force')}`}.`;
    case 'ranked':
      return `${voice.according}, ${force.name} applied for ${spoCount(finding.value)} ${from}: ${finding.rank.tied ? 'joint ' : ''}${ordinal(finding.rank.rank)} of the ${formatCount(finding.rank.of)} forces with figures.`;
    case 'none':
      return finding.forcesWithNone === 1
        ? `${voice.according}, ${force.name} made no applications for Stalking Protection Orders ${from}, the only one of the ${formatCount(finding.of)} forces with figures to make none.`
        : `${voice.according}, ${force.name} made no applications for Stalking Protection Orders ${from}, one of ${formatCount(finding.forcesWithNone)} forces with figures that made none.`;
    case 'figure':
      return finding.value === 0
        ? forceHeadline.appliedNone(voice.according, force.name, period)
        : `${voice.according}, ${force.name} applied for ${spoCount(finding.value)} ${from}.`;
    case 'no-figure':
      return finding.state === 'no_response'
        ? forceHeadline.noResponse(force.name, voice)
        : finding.state === 'not_covered'
          ? forceHeadline.notCovered(force.name, voice)
          : forceHeadline.applicationsNotStated(voice.according, force.name, period);
  }
}

const forceWords = (count: number, noun: string) => `${formatCount(count)} ${noun}${count === 1 ? '' : 's'}`;

/** One source's side of a caveat on a card: its plain name and the months of its figure. */
export interface CaveatSide {
  source: string;
  months: string;
}

/**
 * Two sources that give a force different figures, on its card and its
 * picture: each source with its months and counts, then why they differ,
 * "contradict" only where metrics found a conflict (the same period, or one
 * inside the other with the inner figure counting more than the outer allows).
 */
export function cardDisagreement(claim: ComparedClaim, first: CaveatSide, second: CaveatSide): string {
  const measures = measuresAtIssue(claim);
  const figures = `${first.source} (${first.months}): ${countsText(claim.first.counts, measures)}; ${second.source} (${second.months}): ${countsText(claim.second.counts, measures)}`;
  if (claim.contradiction) {
    const reasons = [...new Set(claim.conflicts.map((conflict) => conflictReason(conflict, [first.source, second.source])))];
    return `Sources contradict each other: ${figures}. ${capitalise(listNames(reasons))}.`;
  }
  return claim.relation === 'nested'
    ? `Sources differ: ${figures}. One period lies inside the other, so the longer one can hold more.`
    : `Sources differ: ${figures}. The periods overlap but neither lies inside the other, so the figures need not contradict each other.`;
}
