// Shapes of everything computeMetrics returns. Each derived number travels
// with the reason it is missing, so a page can always say why a cell is blank
// and can never mistake "no figure" for zero.

import type { FigureStatus, ForceCode, IsoDate, PartialDate, SpoDataset, SpoFigure, SpoMeasure, SpoStatement } from '../data/types.ts';
import type { QuarterRef } from './quarters.ts';

export type { QuarterRef } from './quarters.ts';

/** Per-force lookups keep the model's force order when iterated. */
export type ByForce<T> = ReadonlyMap<ForceCode, T>;

export interface ForceRef {
  code: ForceCode;
  name: string;
}

/**
 * Why a value is missing:
 * - no_response / not_covered: the figure's own status.
 * - not_reported: the force answered but left this measure unanswered (e.g. "n/a").
 * - not_in_dataset: the dataset does not count this measure at all.
 * - no_period_end: the source gives no exact end date, so no offence window can be matched.
 * - empty_window: the period ends before any whole quarter of offences fits in it.
 * - incomplete_offences: a quarter of offences in the window is missing (never a partial sum).
 * - offences_may_be_suppressed: a quarter in the window is a 0 that may be a suppressed count, so the
 *   offences are only a lower bound and no rate (or rank) is given.
 * - no_offences: zero offences in the window, so a rate per offence is undefined.
 * - no_decisions: granted + refused is 0, so a grant rate is undefined.
 * - no_applications: the force made no applications, so there is nothing to grant (not a rate of 0).
 * - no_population: no population row for the reference date.
 */
export type MissingReason =
  | 'no_response'
  | 'not_covered'
  | 'not_reported'
  | 'not_in_dataset'
  | 'no_period_end'
  | 'empty_window'
  | 'incomplete_offences'
  | 'offences_may_be_suppressed'
  | 'no_offences'
  | 'no_decisions'
  | 'no_applications'
  | 'no_population';

/** A number, or null together with why. */
export type Value = { value: number; missing: null } | { value: null; missing: MissingReason };

/** Why a force with a value is not ranked (the guards are in claims.ts). */
export type RankRefusalReason = 'selection' | 'too_few_decisions' | 'small_population';

export interface RankRefusal {
  reason: RankRefusalReason;
  /** The decisions a refused grant rate stands on; null for other reasons. */
  decided: number | null;
}

/** Ranks for the forces a rank may be claimed for, and why every other force with a value has none. */
export interface Ranking {
  ranks: ByForce<Rank>;
  unranked: ByForce<RankRefusal>;
}

/** How two periods relate: only `nested` (or `same`) periods can contradict each other. */
export type PeriodRelation = 'same' | 'nested' | 'overlapping' | 'disjoint';

/** Standard competition ranking ("1224") among forces that have a value; 1 = highest. */
export interface Rank {
  rank: number;
  /** Another force has exactly the same value. */
  tied: boolean;
  /** How many forces have a value (and so are ranked). */
  of: number;
}

// ---- Claims (claims.ts) ------------------------------------------------------

/** How a measure is printed: ranks and extremes compare values at this precision. */
export interface Precision {
  /** Decimal places shown (of the percentage, for shares). */
  digits: number;
  /** A share from 0 to 1, printed as a percentage. */
  percent: boolean;
}

export interface Extreme {
  forces: ForceRef[];
  /** The value as displayed. */
  value: number;
}

/** The highest and lowest values, claimed only over a complete table. */
export interface Extremes {
  highest: Extreme;
  /** Null when every force has the same displayed value. */
  lowest: Extreme | null;
  /** Whether zeros were set aside, so the lowest is "lowest above zero". */
  aboveZero: boolean;
}

/** A sum of the forces' own figures: ours, never the source's, and only over a complete table. */
export interface OurSum {
  value: number;
  /** How many forces the sum covers, and how many there are. */
  forces: number;
  of: number;
}

// ---- Standings (standings.ts) ------------------------------------------------

export type StandingId = 'applications' | 'grant-rate' | 'applications-per-offences' | 'offences-per-residents';

/** What a force's value is made of, for the words beside it; null parts mean the value is missing. */
export type StandingBasis =
  | { kind: 'applications'; periodLabel: string | null }
  | { kind: 'grant-rate'; granted: number | null; decided: number | null }
  | { kind: 'applications-per-offences'; windowLabel: string | null; offences: number | null }
  | { kind: 'offences-per-residents'; offences: number | null; population: number | null; smallPopulation: boolean };

export interface StandingValue {
  value: Value;
  /** The state of the SPO figure the value comes from ('reported' for offence rates). */
  state: FigureStatus;
  basis: StandingBasis;
}

/** Our sum of counts, or a pooled rate that can be drawn on the same scale as force rates. */
export interface StandingNational extends OurSum {
  kind: 'total' | 'pooled';
}

export interface StandingMetrics {
  id: StandingId;
  precision: Precision;
  /** The dataset the values come from; null for measures from recorded offences alone. */
  datasetId: string | null;
  entries: ByForce<StandingValue>;
  ranking: Ranking;
  /** Highest and lowest, when the data can claim them. */
  extremes: Extremes | null;
  national: StandingNational | null;
  /** How many forces have a value, of how many forces in all (the map's "39 of 43 forces"). */
  withValue: number;
  of: number;
}

// ---- SPO figures -----------------------------------------------------------

/** One force in one dataset. */
export interface ForceFigure {
  force: ForceRef;
  datasetId: string;
  /** Every row for this force in this dataset, earliest period first. */
  rows: SpoFigure[];
  /**
   * The row the force's headline value comes from: the earliest period (a
   * row with no start date sorts last). Null when the dataset has no row for
   * the force, which makes the state not_covered.
   */
  main: SpoFigure | null;
  state: FigureStatus;
  applications: Value;
  granted: Value;
  refused: Value;
  pending: Value;
  periodLabel: string | null;
  periodStart: IsoDate | null;
  periodEnd: IsoDate | null;
  note: string;
}

export interface MeasureTotal {
  measure: SpoMeasure;
  /** Sum over the forces with a reported value; null when none has one. */
  total: number | null;
  /** How many forces the sum covers. */
  forcesSummed: number;
  /** Forces whose figure is reported but leave this measure unanswered. */
  forcesNotReported: ForceRef[];
}

export interface DatasetTotals {
  /** Forces with a reported figure (including zeros). */
  reported: number;
  /** Reported forces whose applications are 0 (a subset of `reported`). */
  zero: number;
  noResponse: number;
  notCovered: number;
  /** Only the measures the dataset counts, in SPO_MEASURES order. */
  measures: MeasureTotal[];
}

export interface GrantRate {
  force: ForceRef;
  granted: number | null;
  refused: number | null;
  /** granted + refused, the decisions the rate is out of; null when either is missing. */
  decided: number | null;
  /** Share granted, 0–1. */
  rate: Value;
}

/** The quarters of recorded offences matched to an SPO period. */
export interface OffenceWindow {
  first: QuarterRef;
  last: QuarterRef;
  start: IsoDate;
  end: IsoDate;
  /** "Jan 2020 to Mar 2021" */
  label: string;
  quarters: QuarterRef[];
}

export interface ApplicationsPerOffences {
  force: ForceRef;
  applications: Value;
  /** Null when the figure has no end date or no quarter fits. */
  window: OffenceWindow | null;
  /** Offences summed over the window; null when any quarter is missing. */
  offences: number | null;
  missingQuarters: QuarterRef[];
  /** Applications per 1,000 recorded stalking offences. */
  rate: Value;
}

export interface DatasetMetrics {
  dataset: SpoDataset;
  /** Every force, in model order. */
  figures: ByForce<ForceFigure>;
  /** The span of the reported figures: earliest start, earliest and latest end, and their distinct period labels. */
  reportedSpan: {
    start: IsoDate | null;
    firstEnd: IsoDate | null;
    lastEnd: IsoDate | null;
    /** Every reported row has both dates. */
    allDated: boolean;
    labels: string[];
  };
  /** Our sum of each counted measure per country ("England", "Wales"), only over a complete table. */
  sumsByCountry: ReadonlyMap<string, Partial<Record<SpoMeasure, OurSum>>>;
  totals: DatasetTotals;
  /** Forces reporting exactly 0 applications, by name. Empty when the dataset has no applications. */
  zeroApplications: ForceRef[];
  /** Ranked by main applications value (refused over a named selection); null when the dataset does not count applications. */
  applicationsRanking: Ranking | null;
  /** Only for datasets that count both granted and refused. */
  grantRates: ByForce<GrantRate> | null;
  /** Ranked only on MIN_DECISIONS or more decisions. */
  grantRateRanking: Ranking | null;
  /** Only for all_forces datasets that count applications. */
  applicationsPerOffences: ByForce<ApplicationsPerOffences> | null;
  applicationsPerOffencesRanking: Ranking | null;
}

// ---- Recorded offences -----------------------------------------------------

export interface QuarterTotal {
  quarter: QuarterRef;
  start: IsoDate;
  end: IsoDate;
  /** Null when a force (or, nationally, any force) lacks this quarter. */
  offences: number | null;
  /** How many force-quarters in the sum are a 0 that may be a suppressed count (0 for a clean total). */
  mayBeSuppressed: number;
}

export interface YearTotal {
  /** "2020/21" for financial years, "2020" for calendar years. */
  year: string;
  start: IsoDate;
  end: IsoDate;
  /** Null unless every quarter (nationally: every force × quarter) is present. */
  offences: number | null;
  /** How many force-quarters in the sum are a 0 that may be a suppressed count (0 for a clean total). */
  mayBeSuppressed: number;
  quarters: QuarterRef[];
}

export interface OffenceSeries {
  quarterly: QuarterTotal[];
  financialYears: YearTotal[];
  calendarYears: YearTotal[];
}

export interface OffencesPerResidents {
  force: ForceRef;
  offences: number | null;
  missingQuarters: QuarterRef[];
  population: number | null;
  /** Population under SMALL_POPULATION_THRESHOLD: the rate needs a caveat. */
  smallPopulation: boolean;
  /** Recorded stalking offences per 1,000 residents. */
  rate: Value;
}

export interface OffencesPerResidentsMetrics {
  financialYear: string;
  populationDate: IsoDate;
  byForce: ByForce<OffencesPerResidents>;
  /** Areas with too few residents for a rate per resident to mean much are left out, with the reason. */
  ranking: Ranking;
}

/** Where offence counts are a 0 that may be a suppressed count (stalking_offences.csv `flag`). */
export interface PossiblySuppressed {
  /** Forces with such a quarter, in model order, each with its quarters. */
  byForce: { force: ForceRef; quarters: QuarterRef[] }[];
  /** How many force-quarters are flagged. */
  total: number;
  /** National quarters whose sums include one. */
  nationalQuarters: QuarterRef[];
}

/** National recorded offences over the whole quarters of a dataset's span: our sum. */
export interface OffencesOverSpan {
  window: OffenceWindow;
  offences: number;
  /** Force-quarters in the sum recorded as 0 that may be suppressed. */
  mayBeSuppressed: number;
}

export interface OffenceMetrics {
  /** Sums over all forces, for every quarter and year the data touches. */
  national: OffenceSeries;
  /** Each dataset's span matched to whole quarters of national offences, by dataset id; null when none fits. */
  overDatasetSpan: ReadonlyMap<string, OffencesOverSpan | null>;
  possiblySuppressed: PossiblySuppressed;
  /** Each force over the same quarters and years as `national`, gaps as null. */
  byForce: ByForce<OffenceSeries>;
  perResidents: OffencesPerResidentsMetrics;
}

// ---- Comparisons between datasets -------------------------------------------

/**
 * Why two figures cannot both be right as counted. `inner` is the figure
 * (0 = the first argument, 1 = the second) whose period lies inside the other.
 * - same_period_differs: the same period, different counts of one measure;
 * - more_in_shorter: the inner period has the larger count of one measure;
 * - refused_beyond_outer: the inner figure has more refusals than the longer
 *   period leaves unsuccessful (its applications minus its grants), as when a
 *   reply says every application succeeded.
 */
export type CountConflict =
  | { kind: 'same_period_differs'; measure: SpoMeasure }
  | { kind: 'more_in_shorter'; measure: SpoMeasure; inner: 0 | 1 }
  | { kind: 'refused_beyond_outer'; inner: 0 | 1; refused: number; unsuccessful: number };

export interface ComparedFigure {
  datasetId: string;
  figure: SpoFigure;
  applications: number;
  /** Every measure the dataset counts and the row states, applications included. */
  counts: Partial<Record<SpoMeasure, number>>;
}

/**
 * Two datasets' figures for the same force over comparable periods (starts
 * and ends close), or over periods of which one lies inside the other.
 */
export interface ApplicationsComparison {
  force: ForceRef;
  /** The dataset shown first (lower `order`). */
  first: ComparedFigure;
  second: ComparedFigure;
  /** Every measure both state is the same, and nothing conflicts. */
  agree: boolean;
  /** The measures both state with different values, in SPO_MEASURES order. */
  differing: SpoMeasure[];
  /** How the two periods relate: same, one inside the other (nested), overlapping or disjoint. */
  relation: PeriodRelation;
  /** The counts cannot both be right: `conflicts` says why. */
  contradiction: boolean;
  /** Empty unless the periods are the same or nest; `inner` 0 is `first`, 1 is `second`. */
  conflicts: CountConflict[];
}

/** One force with a zero somewhere, and what every dataset says about it. */
export interface ZeroComparisonRow {
  force: ForceRef;
  /** Datasets in display order. */
  figures: ForceFigure[];
}

/**
 * Why a force's figure is set against none of its other figures:
 * - no_exact_dates: the source gives no exact dates ("between 2020 and 2023"),
 *   so its period cannot be lined up with any other;
 * - different_periods: its dated period is neither close to another figure's
 *   nor inside it (or around it), so the counts describe different times.
 */
export type NotComparedReason = 'no_exact_dates' | 'different_periods';

/** A figure shown for a force that the comparison leaves out, with the reason: never a silent omission. */
export interface NotComparedFigure {
  figure: ComparedFigure;
  reason: NotComparedReason;
}

/**
 * What the sources say about one force taken together:
 * - agree: at least two figures are compared and every compared pair agrees;
 * - differ: at least one compared pair differs;
 * - single: no two of its figures can be compared.
 * The verdict is only over the compared figures; `notCompared` names every
 * other figure the force has, so a reader is told what the verdict leaves out.
 */
export type SourcesVerdict = 'agree' | 'differ' | 'single';

export interface ForceSources {
  force: ForceRef;
  /** Every reported applications figure of the force, in display order of its dataset. */
  figures: ComparedFigure[];
  compared: ApplicationsComparison[];
  /** Figures in no compared pair, when the force has two or more figures. */
  notCompared: NotComparedFigure[];
  verdict: SourcesVerdict;
}

export interface ComparisonMetrics {
  comparable: ApplicationsComparison[];
  disagreements: ApplicationsComparison[];
  zeroComparison: ZeroComparisonRow[];
  /** Every force, in model order. */
  byForce: ByForce<ForceSources>;
}

// ---- Rounds over time --------------------------------------------------------

/** All-forces datasets counting applications on one basis: the same questions asked again. */
export interface RoundSeries {
  /** The counting basis the rounds share, as data/spo_datasets.csv writes it. */
  basis: string;
  /** Earliest round first. */
  rounds: DatasetMetrics[];
}

/** One force from one round to the next. */
export interface RoundStep {
  force: ForceRef;
  earlier: ForceFigure;
  later: ForceFigure;
  /** Later applications minus earlier; null with why, when the two cannot be set against each other. */
  change: number | null;
  changeMissing: 'not_both_reported' | 'periods_not_comparable' | null;
}

/** Two consecutive rounds of a series. */
export interface RoundTransition {
  earlier: DatasetMetrics;
  later: DatasetMetrics;
  steps: ByForce<RoundStep>;
  /** Forces with an applications figure in both rounds. */
  reportedInBoth: number;
  /** Forces reporting 0 applications in the earlier round and some in the later, by name. */
  noneToSome: ForceRef[];
  /** Forces reporting some in the earlier round and 0 in the later, by name. */
  someToNone: ForceRef[];
}

// ---- Later local figures (statements.ts) -----------------------------------------

/** The measures of spo_figures.csv a statement can be set against. */
export type StatementMeasure = Extract<SpoMeasure, 'applications' | 'granted'>;

/**
 * A statement and one of the same force's earlier figures whose periods nest
 * but whose counts cannot both be right on the same counting basis:
 * - wider_but_lower: the statement covers the whole of the figure's period and
 *   more, yet counts fewer;
 * - narrower_but_higher: the figure's period covers the whole of the
 *   statement's, yet the statement counts more.
 */
export interface StatementConflict {
  datasetId: string;
  figure: SpoFigure;
  measure: StatementMeasure;
  /** The earlier figure's count. */
  count: number;
  relation: 'wider_but_lower' | 'narrower_but_higher';
}

export interface StatementFacts {
  statement: SpoStatement;
  force: ForceRef;
  /** The date the figure speaks for, as precise as the source: the period end, the stock's date, or the statement date for "since". */
  reaches: PartialDate;
  /** The first day `reaches` can mean, for ordering and for "later than". */
  reachesFrom: IsoDate;
  /** Reaches past the newest all-forces figures (always true when there are none). */
  later: boolean;
  conflicts: StatementConflict[];
}

/** A figure from a single-force dataset in spo_figures.csv that runs past the all-forces figures, or gives no end date. */
export interface LaterDatasetFigure {
  datasetId: string;
  figure: SpoFigure;
}

/** The newest later figure of a force: a date, or a period with no exact dates. */
export type LatestFigure =
  | { dated: true; date: PartialDate; statementId: string | null; datasetId: string | null }
  | { dated: false; periodLabel: string; datasetId: string };

export interface ForceSince {
  force: ForceRef;
  /** Newest first. */
  statements: StatementFacts[];
  laterFigures: LaterDatasetFigure[];
  /** The newest dated later figure, else an undated one; null when there is no later figure. */
  latest: LatestFigure | null;
  /** Local figures without exact dates, beside a dated latest (they may be newer). */
  undatedAlso: LaterDatasetFigure[];
  hasLater: boolean;
}

export interface SinceMetrics {
  /** The last day the newest all-forces figures reach; null when no all-forces dataset reports a dated figure. */
  allForcesEnd: IsoDate | null;
  byForce: ByForce<ForceSince>;
  /** Forces with any later public figure, in model order. */
  withLater: ForceRef[];
  withoutLater: ForceRef[];
}

export interface Metrics {
  forces: ForceRef[];
  /** In display order. */
  datasets: DatasetMetrics[];
  datasetById: ReadonlyMap<string, DatasetMetrics>;
  /** Every all-forces dataset counting applications, the headline first: each has its map measures and ranking. */
  applicationRounds: DatasetMetrics[];
  rounds: { series: RoundSeries[]; transitions: RoundTransition[] };
  offences: OffenceMetrics;
  comparisons: ComparisonMetrics;
  /** Dated local statements and later figures per force, after the newest all-forces figures. */
  since: SinceMetrics;
  /** The measures forces are compared on, in page order: the headline round's, then offences per resident. */
  standings: StandingMetrics[];
  /** Each all-forces round of applications' own measures, by dataset id (the map's switcher). */
  roundStandings: ReadonlyMap<string, StandingMetrics[]>;
}

export interface MetricsOptions {
  /** Financial year for offences per 1,000 residents; default "2024/25". */
  residentsFinancialYear?: string;
  /** Population reference date; default "2024-06-30" (mid-2024). */
  populationDate?: IsoDate;
}
