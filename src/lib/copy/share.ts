// Words of the share kit and the share cards (Open Graph images).

import { site } from './common.ts';

export const shareCopy = {
  /** The sentence a campaigner can paste: the force's headline sentence, then where it comes from. */
  sentence: (headline: string, url: string) => `${headline} Source: ${site.name}, ${url}`,
  kitHeading: 'Share this force’s figures',
  kitIntro:
    'Use these on your own site or in a briefing. The sentence, card and data all say where the figures come from.',
  kitPageLink: (force: string) => `See each of ${force}’s embeds with a preview`,
  linkLabel: 'Link to this page',
  sentenceLabel: 'A sentence to quote',
  copySentence: 'Copy sentence',
  copyLink: 'Copy link',
  embedLabel: 'Embed this force’s card',
  mapEmbedLabel: (force: string) => `Embed the map with ${force} outlined`,
  rankingEmbedLabel: (force: string) => `Embed the ranking with ${force} picked out`,
  preview: 'Preview',
  copyMapCode: 'Copy map code',
  copyRankingCode: 'Copy ranking code',
  pngLink: (force: string) => `Card picture for ${force} (PNG, 1,200 × 630)`,
  dictionaryLink: 'What each column means (data dictionary)',
  /** Alt text of a page's share card: the card repeats the page title and key figures with their sources. */
  imageAlt: (pageTitle: string) => `${pageTitle}: key figures with their sources`,
  /** Alt text of the home card: the finding, its figure and the map beside them. */
  homeImageAlt: (finding: string, figure: string, mapLabel: string) =>
    `${finding}. Beside it: ${figure}, and a map of England and Wales by police force area showing ${mapLabel}, with its key and sources.`,
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
