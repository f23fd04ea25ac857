// national_figures.csv: the national figures that sources print, with the source's own
// words. Sums of police recorded offences (S06) are not here: the site computes those
// from stalking_offences.csv.
import type { NationalFigure } from '../../src/lib/data/types.ts';
import type { CsvRecord } from './csv-io.ts';

interface FigurePlan {
  id: string;
  /** Finds the research row: its source and value as the research writes them. */
  sourceId: string;
  researchValue: string;
  /** Editorial changes, each explained where it is made. */
  label?: string;
  value?: string;
  /** A period the research added but the source does not give is dropped: blank means "not stated". */
  period?: string;
  quote?: string;
  verification?: string;
}

const PLANS: FigurePlan[] = [
  { id: 'court_spos_issued_first_year', sourceId: 'S02', researchValue: '456' },
  { id: 'ons_stalking_offences_first_year', sourceId: 'S02', researchValue: 'about 80,000' },
  { id: 'forces_five_or_fewer_first_year', sourceId: 'S02', researchValue: '26 of 43' },
  {
    id: 'forces_no_applications_first_year',
    sourceId: 'S02',
    researchValue: '7 (Thames Valley, Durham, Gwent, Humberside, Suffolk, Warwickshire, South Wales)',
    // The count is the figure; the names belong in the label so templates can print "7".
    label: 'Forces making no SPO applications (Thames Valley, Durham, Gwent, Humberside, Suffolk, Warwickshire, South Wales)',
    value: '7',
  },
  {
    id: 'granted_per_refused_first_year',
    sourceId: 'S02',
    researchValue: '15',
    // The research added its own gloss in brackets; the quote keeps only the article's words.
    quote: 'the fact that 15 are granted for each one refused',
    // The research wrote "first year"; the article gives no period for this ratio.
    period: '',
    verification: 'verified in the article text, which attributes it to the Home Office review; original review table not seen',
  },
  {
    id: 'charge_rate_fall_2016_2020',
    sourceId: 'S02',
    researchValue: '23% -> 11%',
    // The research paraphrased; this is the article's sentence.
    quote: 'The percentage of cases being charged has fallen from 23% in the year ending March 2016 to 11% in the year ending March 2020',
  },
  { id: 'one_case_months_to_order', sourceId: 'S02', researchValue: 'nine months' },
  { id: 'npcc_orders_first_year', sourceId: 'S08', researchValue: 'over 400' },
  { id: 'applications_2021_granted_share', sourceId: 'S09', researchValue: '78% / 5% / 17%' },
  { id: 'bbc_granted_england', sourceId: 'S11', researchValue: '294' },
  { id: 'bbc_granted_wales', sourceId: 'S11', researchValue: '2' },
  {
    id: 'outcomes_incidents_apr_dec_2020',
    sourceId: 'S12',
    researchValue: '59950',
    // As the source prints it.
    value: '59,950',
  },
  { id: 'bbc_applications_change_2022', sourceId: 'S10', researchValue: '-35% (310 fewer)' },
  { id: 'bbc_granted_change_2022', sourceId: 'S10', researchValue: '+382' },
  { id: 'bbc_charge_rate_fall_2020_2022', sourceId: 'S10', researchValue: '11% -> 6%' },
];

/** Sources whose figures the site computes itself rather than quoting. */
const COMPUTED_SOURCES = new Set(['S06']);

export function nationalFigures(records: readonly CsvRecord[]): NationalFigure[] {
  const quoted = records.filter((record) => !COMPUTED_SOURCES.has(record['source_id'] ?? ''));
  const used = new Set<CsvRecord>();
  const figures = PLANS.map((plan): NationalFigure => {
    const matches = quoted.filter((record) => record['source_id'] === plan.sourceId && record['value'] === plan.researchValue);
    const [record] = matches;
    if (record === undefined || matches.length > 1) {
      throw new Error(`national_context.csv: expected one ${plan.sourceId} row with value "${plan.researchValue}", found ${matches.length}`);
    }
    used.add(record);
    return {
      id: plan.id,
      label: plan.label ?? record['metric'] ?? '',
      value: plan.value ?? plan.researchValue,
      period: plan.period ?? record['period'] ?? '',
      geography: record['geography'] ?? '',
      sourceId: plan.sourceId,
      quote: plan.quote ?? record['quote_or_basis'] ?? '',
      verification: plan.verification ?? record['verification'] ?? '',
    };
  });
  const left = quoted.filter((record) => !used.has(record));
  if (left.length > 0) throw new Error(`national_context.csv: rows not imported: ${left.map((record) => record['metric']).join('; ')}`);
  return figures;
}
