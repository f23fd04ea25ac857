// Words of the /trend/ page.

import { formatCount } from '../views/format.ts';
import { listNames } from './common.ts';

export const trendPageCopy = {
  title: 'Recorded stalking by force',
  intro:
    'Stalking offences recorded by each police force in England and Wales, quarter by quarter. Each small chart has its own scale, so the shape of a small force’s line is as clear as a large one’s; compare shapes, not heights.',
  chartTitle: 'Stalking offences recorded by police, by force and quarter',
  chartSubtitle: 'Financial quarters. The dashed line in each chart marks the day Stalking Protection Orders came in.',
  description: (forces: number, first: string, last: string) =>
    `${formatCount(forces)} small line charts, one for each police force in England and Wales, of stalking offences recorded each quarter from ${first} to ${last}, each on its own scale. Each force’s page lists its figures year by year and quarter by quarter.`,
  /** Which forces' lines have gaps for counts recorded as 0 that may be suppressed. */
  suppressed: (forces: readonly { name: string; quarters: number }[]) =>
    `Some early quarters are recorded as 0 but may be suppressed counts (the copy of the Home Office table wrote every missing or withheld count as 0), so they are left as gaps rather than drawn as falls: ${listNames(forces.map(({ name, quarters }) => `${name} (${formatCount(quarters)} ${quarters === 1 ? 'quarter' : 'quarters'})`))}.`,
  forcePagesLink: 'Every force’s figures, year by year, are on its own page',
  backLink: 'Back to the story',
};
