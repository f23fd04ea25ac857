// Sources of the dated local statements in data/spo_statements.csv, added by
// hand after checking each figure against the stored page (see the curation
// log in data/README.md). The research's source list stops at S18, so the
// import appends these after the boundary file (S19) to keep them.
import type { Source } from '../../src/lib/data/types.ts';

const QUOTED = (publisher: string): string => `Quoted for reporting; © ${publisher}`;

function newsSource(id: string, title: string, publisher: string, date: string, url: string, notes: string): Source {
  return { id, title, publisher, date, url, licence: QUOTED(publisher), attribution: publisher, notes };
}

export const STATEMENT_SOURCES: readonly Source[] = [
  newsSource(
    'S20',
    'Thanet man becomes 100th person subject to Stalking Prevention Order obtained by Kent Police',
    'The Isle of Thanet News',
    '2022-12-05',
    'https://theisleofthanetnews.com/2022/12/05/thanet-man-becomes-100th-person-subkject-to-stalking-prevention-order-obtained-by-kent-police/',
    "Kent Police's announcement of its 100th order; the same release appears on localrags.co.uk the same day.",
  ),
  newsSource(
    'S21',
    'Twenty-four arrests in Kent during National Stalking Awareness Week',
    'Local Rags',
    '2023-04-29',
    'https://localrags.co.uk/2023/04/29/twenty-four-arrests-in-kent-during-national-stalking-awareness-week',
    "Quotes Kent Police's Head of Protecting Vulnerable People. The stored copy breaks off mid-sentence after the figure.",
  ),
  newsSource(
    'S22',
    'Stalking Protection Orders breached 70 times in Sussex since 2019',
    'Greatest Hits Radio Sussex',
    '2022-06-21',
    'https://hellorayo.co.uk/greatest-hits/sussex/news/stalking-protection-orders-breached-sussex',
    "Local Democracy Reporting Service; figures Sussex Police gave at the Police and Crime Commissioner's meeting of 17 June 2022.",
  ),
  newsSource(
    'S23',
    "'Stalking protection orders should be simpler'",
    'BBC News',
    'Date not shown (after July 2024)',
    'https://feeds.bbci.co.uk/news/articles/clynq1pj729o',
    "Figures obtained by the BBC from Sussex Police for 2020 to 2023. The page's publication date was not visible.",
  ),
  newsSource(
    'S24',
    'Nottinghamshire Police urge people to speak out if you are a victim of stalking or harassment',
    'Worksop Guardian',
    '2025-01-02',
    'https://www.worksopguardian.co.uk/news/crime/nottinghamshire-police-urge-people-to-speak-out-if-you-are-a-victim-of-stalking-or-harassment-4928590',
    "Article on Nottinghamshire Police's use of SPOs, quoting its prevention hub.",
  ),
  newsSource(
    'S25',
    'Notts Police praised after new stalking laws used to prosecute 90 suspects',
    'West Bridgford Wire',
    'Date not shown',
    'https://westbridgfordwire.com/notts-police-praised-after-new-stalking-laws-used-to-prosecute-90-suspects/',
    "Article on Nottinghamshire Police's use of SPOs and a minister's letter praising it. The article's own date was not visible (the page header shows the day it was read).",
  ),
  newsSource(
    'S26',
    'Stalking victims encouraged to speak out after protection orders issued',
    'Shropshire Star',
    '2022-04-26',
    'https://cdn-www.shropshirestar.mna.arcpublishing.com/news/crime/2022/04/26/stalking-victims-encouraged-to-speak-out-after-protection-orders-issued',
    'West Mercia Police confirmed the figure to the paper.',
  ),
  newsSource(
    'S27',
    'More support coming for stalking and harassment victims in Staffordshire, commissioner pledges',
    'Express & Star',
    '2025-09-24',
    'https://www.expressandstar.com/news/crime/2025/09/24/more-support-coming-for-stalking-and-harassment-victims-in-staffordshire-commissioner-pledges',
    "Quotes the figures of HMICFRS's PEEL 2023–2025 inspection of Staffordshire Police; the report itself was not read.",
  ),
  {
    id: 'S28',
    title: 'Using Stalking Protection Orders (SPO) to better protect victims in Warwickshire',
    publisher: 'Warwickshire Police',
    date: '2024-12 (day not shown)',
    url: 'https://www.warwickshire.police.uk/news/warwickshire/news/2024/december/using-stalking-protection-orders-spo-to-better-protect-victims-in-warwickshire/',
    licence: QUOTED('Warwickshire Police'),
    attribution: 'Warwickshire Police',
    notes: 'Force news release.',
  },
  newsSource(
    'S29',
    'Massive increase in stalking cases across Lincolnshire over past 5 years',
    'Greatest Hits Radio Lincolnshire',
    '2021-06-17',
    'https://hellorayo.co.uk/greatest-hits/lincolnshire/news/massive-increase-in-stalking-cases-across-lincolnshire-over-past-5-years',
    "Quotes Lincolnshire Police's head of the Protecting Vulnerable Persons Unit.",
  ),
  newsSource(
    'S30',
    'Stacey Dooley in Cheshire for stalking documentary',
    'Nantwich News',
    '2021-10-28',
    'https://thenantwichnews.co.uk/2021/10/28/stacey-dooley-in-cheshire-for-new-bbc-stalking-documentary/',
    'Figures for Cheshire Police in an article on the force and its Police and Crime Commissioner.',
  ),
];
