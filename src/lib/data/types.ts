// The validated, joined model that every later layer reads. Produced by
// `loadData` in ./load.ts from the CSV files in a data folder; nothing here is
// computed (rates and ranks live in src/lib/metrics).

/** ONS police force area code, e.g. "E23000001". The join key everywhere. */
export type ForceCode = string;

export type Country = 'England' | 'Wales';

export interface Force {
  code: ForceCode;
  /** Display name, e.g. "Devon and Cornwall". */
  name: string;
  /** Name as written in the ONS boundaries, e.g. "Devon & Cornwall". */
  onsName: string;
  /** URL segment for /forces/<slug>/. */
  slug: string;
  country: Country;
  /** Other names readers or sources use ("Met", "City of London Police"). */
  aliases: string[];
  /**
   * Slugs the force's pages had before: the build redirects their old
   * addresses (pages, embeds, oEmbed files, downloads) to the current ones.
   */
  oldSlugs: string[];
}

/**
 * Why a figure is or is not there. Zero is a `reported` value of 0; the other
 * states never carry a number and must never be drawn or summed as zero.
 */
export type FigureStatus = 'reported' | 'no_response' | 'not_covered';

export type SpoMeasure = 'applications' | 'granted' | 'refused' | 'pending';
export const SPO_MEASURES: readonly SpoMeasure[] = ['applications', 'granted', 'refused', 'pending'];

/** all_forces: every one of the 43 forces has a row; selected_forces: only the forces a source names. */
export type DatasetScope = 'all_forces' | 'selected_forces';

/**
 * Whether a dataset's figures are a complete table (every force it covers was
 * asked and answered or said why not) or a selection the source chose to name
 * (an article quoting some forces). Ranks, extremes and totals are claimed
 * only over a complete table.
 */
export type DatasetCoverage = 'complete' | 'selection';
export const DATASET_COVERAGES: readonly DatasetCoverage[] = ['complete', 'selection'];

/**
 * What a dataset is for. `headline`: the one round the story and the map lead
 * with (exactly one; covers all forces and counts applications). `comparison`:
 * another all-forces dataset, shown beside the headline (an earlier or later
 * round, a different counting basis). `local`: a source naming selected forces
 * only, shown on those forces' pages.
 */
export type DatasetRole = 'headline' | 'comparison' | 'local';
export const DATASET_ROLES: readonly DatasetRole[] = ['headline', 'comparison', 'local'];

export interface SpoDataset {
  id: string;
  sourceId: string;
  title: string;
  /** Short label for tables and legends, e.g. "BBC FOI 2021". */
  shortTitle: string;
  /** Counting basis as the source states it (force FOI reply, court records, ...). */
  basis: string;
  scope: DatasetScope;
  coverage: DatasetCoverage;
  role: DatasetRole;
  /** The measures this dataset reports; a blank in one of them needs an explanation. */
  measures: SpoMeasure[];
  /** Order to show datasets in (court data first year, BBC FOI, single-force FOIs...). */
  order: number;
  notes: string;
  /**
   * How a sentence attributes the dataset's figures: `according` opens a
   * sentence about a reported figure ("According to its reply to …"); the
   * others follow a force's name when it gave no figure or is not covered.
   * Blank: a plain wording built from the short title and the source's credit.
   */
  voice: { according: string; noResponse: string; notCovered: string };
  /** What a reader who does not know the source calls it ("Police FOI reply"); blank: the short title. */
  plainName: string;
}

/** ISO date string, YYYY-MM-DD. */
export type IsoDate = string;

export interface SpoFigure {
  datasetId: string;
  forceCode: ForceCode;
  /** Null when the source does not state exact dates (then periodLabel says so). */
  periodStart: IsoDate | null;
  periodEnd: IsoDate | null;
  periodLabel: string;
  status: FigureStatus;
  /** Null means "not given": never zero. Always null unless status is reported. */
  applications: number | null;
  granted: number | null;
  refused: number | null;
  pending: number | null;
  /** Measures the source left unanswered for this force (e.g. Nottinghamshire "n/a"). */
  notReported: SpoMeasure[];
  note: string;
  /** 1-based line in spo_figures.csv, so later checks can point editors at it. */
  line: number;
}

/** Home Office financial year label, e.g. "2020/21"; quarter 1 is April to June. */
/**
 * Flags an offence count can carry (stalking_offences.csv `flag`):
 * - may_be_suppressed: a 0 that the source's copy could not tell apart from a
 *   withheld or missing count (the third-party copy of the Home Office table set
 *   every non-numeric cell to 0), so it is not known to be a real zero.
 */
export const OFFENCE_FLAGS = ['may_be_suppressed'] as const;
export type OffenceFlag = (typeof OFFENCE_FLAGS)[number];

export interface OffenceQuarter {
  forceCode: ForceCode;
  financialYear: string;
  quarter: 1 | 2 | 3 | 4;
  /** First and last day of the quarter. */
  start: IsoDate;
  end: IsoDate;
  offences: number;
  /** A 0 that may be a suppressed count: never drawn, summed or ranked as a real zero without saying so. */
  mayBeSuppressed: boolean;
  sourceId: string;
}

export interface Population {
  forceCode: ForceCode;
  referenceDate: IsoDate;
  population: number;
  sourceId: string;
}

export interface NationalFigure {
  /** Stable key that copy templates use, e.g. "court_spos_first_year". */
  id: string;
  label: string;
  /** As the source prints it ("456", "about 80,000", "23% -> 11%"). */
  value: string;
  period: string;
  geography: string;
  sourceId: string;
  quote: string;
  verification: string;
}

export interface Source {
  id: string;
  title: string;
  publisher: string;
  date: string;
  url: string;
  licence: string;
  attribution: string;
  notes: string;
}

// ---- Dated local statements (spo_statements.csv) ----------------------------

/**
 * What a statement counts. Flows (applications, granted, breaches) happen
 * over a period; stocks (people_subject, in_force, awaiting_hearing) stand at
 * one date. The two are never compared with each other or across forces.
 */
export type StatementKind = 'applications' | 'granted' | 'people_subject' | 'in_force' | 'awaiting_hearing' | 'breaches';
export const STATEMENT_KINDS: readonly StatementKind[] = ['applications', 'granted', 'people_subject', 'in_force', 'awaiting_hearing', 'breaches'];
export const STOCK_KINDS: readonly StatementKind[] = ['people_subject', 'in_force', 'awaiting_hearing'];

/**
 * Which orders a figure counts: interim and full orders each counted (one
 * person can appear twice), either kind counted once, only one kind, or the
 * source does not say.
 */
export type OrdersCounted = 'interim_and_full_separately' | 'interim_or_full' | 'full_only' | 'interim_only' | 'not_stated';
export const ORDERS_COUNTED: readonly OrdersCounted[] = ['interim_and_full_separately', 'interim_or_full', 'full_only', 'interim_only', 'not_stated'];

/**
 * between: a flow from period_start to period_end. since: a flow from
 * period_start (blank: since SPOs came into force) to the statement date.
 * at: a stock on period_end.
 */
export type StatementPeriodType = 'between' | 'since' | 'at';
export const STATEMENT_PERIOD_TYPES: readonly StatementPeriodType[] = ['between', 'since', 'at'];

/** How the figure was made public. */
export type StatedIn = 'foi_reply' | 'news_release' | 'statement' | 'inspection_report' | 'government_report' | 'news_article';
export const STATED_IN: readonly StatedIn[] = ['foi_reply', 'news_release', 'statement', 'inspection_report', 'government_report', 'news_article'];

/** A date as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD. */
export type PartialDate = string;

/** A value as the source printed it: a count, "<5" (fewer than 5) or "1-5" (between 1 and 5). */
export type StatementValue =
  | { type: 'count'; count: number }
  | { type: 'fewer_than'; limit: number }
  | { type: 'range'; low: number; high: number };

export interface SpoStatement {
  /** Stable slug, unique in the file; used as the statement's anchor on its force page. */
  id: string;
  forceCode: ForceCode;
  kind: StatementKind;
  orders: OrdersCounted;
  periodType: StatementPeriodType;
  periodStart: PartialDate | null;
  periodEnd: PartialDate | null;
  value: StatementValue;
  /** The value cell exactly as written, e.g. "<5". */
  valueText: string;
  /** Who gave the figure, e.g. "Cleveland Police", "HMICFRS", "BBC News". */
  saidBy: string;
  saidIn: StatedIn;
  sourceId: string;
  /** When the source published or sent it; null when the source shows no date. */
  statedOn: PartialDate | null;
  /** The source's exact words. */
  quote: string;
  note: string;
  /** 1-based line in spo_statements.csv. */
  line: number;
}

export interface DataModel {
  forces: Force[];
  datasets: SpoDataset[];
  figures: SpoFigure[];
  offences: OffenceQuarter[];
  population: Population[];
  nationalFigures: NationalFigure[];
  /** Dated local figures from single forces, inspectors or news outlets. */
  statements: SpoStatement[];
  sources: Source[];
  /** The boundaries' own code set, checked against forces. */
  boundaryCodes: ForceCode[];
}

/** One problem found in a data folder, pointing at the cell an editor must fix. */
export interface DataIssue {
  file: string;
  /** 1-based line number in the file (the header is line 1); 0 for whole-file problems. */
  line: number;
  /** Column name, or "" when the problem is not about one column. */
  column: string;
  message: string;
}
