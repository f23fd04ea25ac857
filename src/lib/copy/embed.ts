// Words of the /embed/ index, the embed pages and the force cards.

import type { SpoDataset } from '../data/types.ts';
import { site } from './common.ts';
import { formatCount } from '../views/format.ts';
import type { PeriodRelation } from '../metrics/index.ts';
import { type ComparedClaim, countsText, measuresAtIssue } from './force.ts';

export const embedCopy = {
  /** The link at the foot of every embed, back to the full page, where the summary, table and caveats are. */
  linkBack: 'See the data',
  /** The iframe's title, which names the frame for screen readers on the host site. */
  frameTitle: (title: string) => `${title} (${site.name})`,
  indexTitle: 'Embed a chart or download the data',
  /** One line under the title: what the page offers, before the first choice. */
  indexLead: 'Put a chart, a map or your force’s card on your own page. Each keeps its sources and licence and fits itself to your page, with or without the small script in the code.',
  pickHeading: 'Pick your force',
  pickIntro: 'Get its card, the map with it outlined, the ranking with it picked out, a picture, its data and a sentence to quote.',
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

/** A dataset's plain name (spo_datasets.csv `plain_name`), or its short title where the editor left it blank. */
const plainSourceName = (dataset: Pick<SpoDataset, 'plainName' | 'shortTitle'>) => (dataset.plainName === '' ? dataset.shortTitle : dataset.plainName);

const cardPeriodWords: Record<PeriodRelation, string> = {
  same: 'the same months',
  nested: 'periods one inside the other',
  overlapping: 'overlapping months',
  disjoint: 'separate months',
};

export const forceCardCopy = {
  /** "Police FOI reply, Jan 2020 to May 2021" */
  basis: (dataset: Pick<SpoDataset, 'plainName' | 'shortTitle'>, from: string, to: string) => `${plainSourceName(dataset)}, ${from} to ${to}`,
  sourceName: plainSourceName,
  /** The line under the strip: where England and Wales as a whole stands. */
  national: (label: string, value: string) => `${label}: ${value}`,
  /** Two sources' figures that differ, with how their periods relate (a contradiction only where metrics found one). */
  disagree: (first: string, second: string, claim: ComparedClaim) =>
    `${claim.contradiction ? 'Sources contradict each other' : 'Sources differ'} over ${cardPeriodWords[claim.relation]}: ${first}, ${countsText(claim.first.counts, measuresAtIssue(claim))}; ${second}, ${countsText(claim.second.counts, measuresAtIssue(claim))}.`,
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
