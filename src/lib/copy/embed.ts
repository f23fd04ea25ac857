// Words of the /embed/ index, the embed pages and the force cards.

import { site } from './common.ts';

/** A line under an /embed/ section heading, where its views need one. */
const embedSectionIntros: Partial<Record<'map' | 'ranking' | 'comparison' | 'trend' | 'forces', string>> = {
  map: 'Each measure in two layouts: the map, and equal tiles where every force is the same size. Open one to see it and its code.',
  forces: 'Each force has a card with its figures from every source that covers all forces. Open a force to see its card and code.',
};

export const embedCopy = {
  /** The link at the foot of every embed, back to the full page. */
  linkBack: (pageTitle: string) => `${pageTitle}: see the full page on ${site.name}`,
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
