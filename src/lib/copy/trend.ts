// Words of the /trend/ page.

import { formatCount } from '../views/format.ts';

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
