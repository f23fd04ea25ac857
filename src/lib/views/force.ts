// Everything a force page shows, worked out once from the model and metrics,
// so the page only lays it out: figures per source with their states,
// comparisons between sources, where the force stands, its offences by year
// and quarter, its neighbours and previous/next links.

import { formatNumber } from './format.ts';
import { datasetVoice, forceHeadline, forcePage } from '../copy/force.ts';
import { measureLabel, missingValue, notComparedSentence, possiblySuppressed, whySourcesDiffer } from '../copy/common.ts';
import type { DataModel, FigureStatus, Force, ForceCode, IsoDate, Source, SpoDataset, SpoFigure, SpoMeasure } from '../data/types.ts';
import { forceDownloadPath, forcePath } from './routes.ts';
import { type ApplicationsComparison, type DatasetMetrics, type ForceRef, type ForceSources, headlineDataset, measureValue, type Metrics, quarterKey, quarterStart, type Rank, type RoundStep, SPO_COMMENCEMENT, type Value } from '../metrics/index.ts';
import { forceSinceView, type ForceSinceView } from './since.ts';
import { computeStandings, type NationalFigure, type Standing, type StandingId } from './standings.ts';

// ---- The headline sentences ---------------------------------------------------
// What the force applied for, over which period and according to whom, or that
// it did not reply. Every clause comes from one row of data/spo_figures.csv and
// names its source; nothing is inferred across sources, and a disagreement is
// stated, never resolved.

const OUTCOMES = ['granted', 'refused', 'pending'] as const satisfies readonly SpoMeasure[];

/** What one reported row says, as a lead sentence and, where there are outcomes, a second one. */
export function reportedSentences(dataset: SpoDataset, row: SpoFigure, force: string, attribution: string): string[] {
  const { according } = datasetVoice(dataset, attribution);
  const period = row.periodLabel;
  const counted = OUTCOMES.filter((measure) => dataset.measures.includes(measure));

  if (!dataset.measures.includes('applications')) {
    // Sources that count orders granted, not applications (Thames Valley, January 2022).
    return row.granted === null ? [] : [forceHeadline.obtained(according, force, row.granted, period)];
  }
  if (row.applications === 0) return [forceHeadline.appliedNone(according, force, period)];

  const lead = row.applications === null
    ? forceHeadline.applicationsNotStated(according, force, period)
    : forceHeadline.applied(according, force, row.applications, period);
  // One application has one outcome: "It was granted", not "Of those, 1 was granted".
  const only = row.applications === 1 ? counted.find((measure) => row[measure] === 1) : undefined;
  if (only !== undefined) return [lead, forceHeadline.onlyOutcome[only]];
  const parts = counted.flatMap((measure) => {
    const value = row[measure];
    return value === null ? [] : [forceHeadline.outcomes[measure](value)];
  });
  const notStated = counted.filter((measure) => row[measure] === null).map((measure) => measureLabel[measure].toLowerCase());
  return [
    lead,
    ...(parts.length > 0 ? [forceHeadline.ofThose(parts)] : []),
    ...(notStated.length > 0 ? [forceHeadline.outcomesNotStated(notStated)] : []),
  ];
}

function stateSentences(metrics: DatasetMetrics, force: ForceRef, attribution: string): string[] {
  const { dataset } = metrics;
  const figure = metrics.figures.get(force.code);
  const voice = datasetVoice(dataset, attribution);
  if (figure?.main == null || figure.state === 'not_covered') return [forceHeadline.notCovered(force.name, voice)];
  if (figure.state === 'no_response') return [forceHeadline.noResponse(force.name, voice)];
  return reportedSentences(dataset, figure.main, force.name, attribution);
}

function latestReported(metrics: DatasetMetrics, force: ForceRef): SpoFigure | null {
  const rows = metrics.figures.get(force.code)?.rows ?? [];
  return rows.filter((row) => row.status === 'reported').at(-1) ?? null;
}

export interface HeadlineInput {
  force: ForceRef;
  /** Every dataset, in display order. */
  datasets: readonly DatasetMetrics[];
  /** Pairs of comparable figures for this force (from metrics.comparisons.comparable). */
  comparisons: readonly ApplicationsComparison[];
  /** The credit line of a dataset's source, for datasets without their own wording in src/lib/copy/force.ts. */
  attribution: (dataset: SpoDataset) => string;
}

/**
 * Paragraphs of sentences, in order: the primary dataset (whatever its
 * state), every other dataset covering all forces that has a reported figure,
 * each disagreement between comparable figures, then the latest reported
 * figure of each single-force source.
 */
export function headlineParagraphs({ force, datasets, comparisons, attribution }: HeadlineInput): string[][] {
  const primary = headlineDataset(datasets);
  const otherAllForces = datasets.filter(({ dataset }) => dataset.scope === 'all_forces' && dataset.id !== primary.dataset.id);
  const singleForce = datasets.filter(({ dataset }) => dataset.scope === 'selected_forces');
  const titleOf = new Map(datasets.map(({ dataset }) => [dataset.id, dataset.shortTitle]));

  return [
    stateSentences(primary, force, attribution(primary.dataset)),
    ...otherAllForces.flatMap((metrics) =>
      metrics.figures.get(force.code)?.state === 'reported' ? [stateSentences(metrics, force, attribution(metrics.dataset))] : []),
    ...comparisons
      .filter((pair) => pair.force.code === force.code && !pair.agree)
      .map((pair) => [
        forceHeadline.disagree(pair, titleOf.get(pair.first.datasetId) ?? pair.first.datasetId, titleOf.get(pair.second.datasetId) ?? pair.second.datasetId),
      ]),
    ...singleForce.flatMap((metrics) => {
      const row = latestReported(metrics, force);
      return row === null ? [] : [reportedSentences(metrics.dataset, row, force.name, attribution(metrics.dataset))];
    }),
  ].filter((paragraph) => paragraph.length > 0);
}

/** The headline as one list of sentences. */
export function headlineSentences(input: HeadlineInput): string[] {
  return headlineParagraphs(input).flat();
}

// ---- The page --------------------------------------------------------------------

export interface ForceLink {
  name: string;
  href: string;
}

/** A value as the page prints it: the number, or the label of why it is missing. */
export interface ValueView {
  value: Value;
  text: string;
  /** 'zero', 'value', or the reason it is missing (styles and tests key on it). */
  state: 'zero' | 'value' | Value['missing'] & string;
  /** Why it is missing, for a title or note; null for a number. */
  explanation: string | null;
}

export interface MeasureView extends ValueView {
  measure: SpoMeasure;
  label: string;
}

export interface FigureRowView {
  periodLabel: string;
  periodStart: IsoDate | null;
  periodEnd: IsoDate | null;
  status: FigureStatus;
  /** Why the row has no figures ("No response", "Not covered"); null for a reported row. */
  missing: ValueView | null;
  measures: MeasureView[];
  note: string;
}

export interface DatasetView {
  dataset: SpoDataset;
  source: Source;
  rows: FigureRowView[];
  /**
   * Each comparable figure from another source that agrees with this one, in plain words. A disagreement is
   * said once, in the page's headline, rather than under each of the two figures as well.
   */
  agreements: string[];
  /** Each figure of this source that is set against no other figure of the force, with why (never a silent omission). */
  notCompared: string[];
}

/** One point of the force's position among all forces. */
export interface StandingPoint {
  code: ForceCode;
  name: string;
  slug: string;
  value: number | null;
  state: FigureStatus;
}

export interface StandingView {
  id: StandingId;
  label: string;
  format: string;
  basis: string;
  value: ValueView;
  rank: Rank | null;
  rankText: string;
  detail: string | null;
  national: (NationalFigure & { text: string }) | null;
  /** Every force, for the strip chart. */
  points: StandingPoint[];
  /** A warning that belongs beside this force's value (City of London's residents). */
  caveat: string | null;
}

export interface OffenceQuarterView {
  label: string;
  start: IsoDate;
  value: number | null;
  /** What a chart may draw: null for a 0 that may be a suppressed count, so it shows as a gap, never a dip. */
  plotted: number | null;
  mayBeSuppressed: boolean;
  text: string;
}

export interface OffenceYearView {
  year: string;
  start: IsoDate;
  end: IsoDate;
  value: number | null;
  /** What a chart may draw: null when the year includes a quarter that may be suppressed. */
  plotted: number | null;
  /** Quarters of the year recorded as 0 that may be suppressed. */
  mayBeSuppressed: number;
  text: string;
  quarters: OffenceQuarterView[];
}

export interface OffencesView {
  years: OffenceYearView[];
  /** Said under the charts when a quarter of this force is a 0 that may be suppressed; null otherwise. */
  suppressedNote: string | null;
  /** The latest complete financial year. */
  latest: { year: string; value: number } | null;
  /** Who publishes the offence figures ("Home Office"). */
  publisher: string;
  /** Where the dashed "SPOs introduced" line goes. */
  spoStart: IsoDate;
}

export interface NeighbourView extends ForceLink {
  code: ForceCode;
  /** The neighbour's figure from the primary dataset. */
  figure: ValueView;
}

/** One round of a series on a force page: its period, its applications, and the change on the round before when it can be given. */
export interface RoundView {
  datasetId: string;
  title: string;
  period: string;
  applications: ValueView;
  /** "Up 3", or why no change is given; the first round has none. */
  change: string;
}

/** Rounds of the same questions to every force, earliest first, for a force with two or more. */
export interface RoundSeriesView {
  intro: string;
  rounds: RoundView[];
}

export interface ForcePageView {
  force: Force;
  path: string;
  title: string;
  description: string;
  /** Paragraphs of sourced sentences: what the force applied for, when, according to whom. */
  headline: string[][];
  previous: ForceLink | null;
  next: ForceLink | null;
  /** The dataset the headline, standings and neighbours use. */
  primaryDatasetId: string;
  datasets: DatasetView[];
  standings: StandingView[];
  offences: OffencesView;
  neighbours: NeighbourView[];
  /** Why two sources can give different figures; only where this force's sources differ. */
  whySourcesDiffer: typeof whySourcesDiffer | null;
  /** Each series of rounds (two or more) with this force's figure in each. */
  rounds: RoundSeriesView[];
  /** What has been stated for the force since the all-forces figures, or that nothing has. */
  since: ForceSinceView;
  sources: Source[];
  /** This force's slice of the downloadable data. */
  downloads: DownloadLink[];
}

export interface DownloadLink {
  path: string;
  label: string;
  description: string;
}

/** The two CSV files of one force's data: its SPO figures and its offences by quarter. */
export const FORCE_DOWNLOADS = ['spo-figures', 'stalking-offences'] as const;
export type ForceDownload = (typeof FORCE_DOWNLOADS)[number];

function formatValue(specifier: string, value: number): string {
  return formatNumber(specifier)(value);
}

export function valueView(value: Value, specifier = ',d'): ValueView {
  if (value.value === null) {
    const { label, explanation } = missingValue[value.missing];
    return { value, text: label, state: value.missing, explanation };
  }
  return { value, text: formatValue(specifier, value.value), state: value.value === 0 ? 'zero' : 'value', explanation: null };
}

function rowView(dataset: SpoDataset, row: SpoFigure): FigureRowView {
  return {
    periodLabel: row.periodLabel,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    status: row.status,
    missing: row.status === 'reported' ? null : valueView({ value: null, missing: row.status }),
    measures: dataset.measures.map((measure) => ({ measure, label: measureLabel[measure], ...valueView(measureValue(dataset, row, measure)) })),
    note: row.note,
  };
}

/** An all-forces dataset with no row for the force still says so. */
function notCoveredRow(dataset: SpoDataset): FigureRowView {
  return {
    periodLabel: '',
    periodStart: null,
    periodEnd: null,
    status: 'not_covered',
    missing: valueView({ value: null, missing: 'not_covered' }),
    measures: dataset.measures.map((measure) => ({ measure, label: measureLabel[measure], ...valueView({ value: null, missing: 'not_covered' }) })),
    note: '',
  };
}

function agreement(pair: ApplicationsComparison, titleOf: (id: string) => string): string {
  return forceHeadline.agree(pair, titleOf(pair.first.datasetId), titleOf(pair.second.datasetId));
}

interface SiteContext {
  model: DataModel;
  metrics: Metrics;
  /** Codes of bordering forces, from the boundaries. */
  neighbours: ReadonlyMap<ForceCode, readonly ForceCode[]>;
}

function lookup<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`No ${what} ${String(key)}`);
  return value;
}

/** Force pages in alphabetical order, each linked to the one before and after. */
export function buildForcePages({ model, metrics, neighbours }: SiteContext): ForcePageView[] {
  const sources = new Map(model.sources.map((source) => [source.id, source]));
  const forcesByCode = new Map(model.forces.map((force) => [force.code, force]));
  const datasetTitle = (id: string) => metrics.datasetById.get(id)?.dataset.shortTitle ?? id;
  const sourceOf = (id: string) => lookup(sources, id, 'source');
  const primary = headlineDataset(metrics.datasets);
  const standings = computeStandings(metrics);
  const ordered = [...model.forces].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  const link = (force: Force | undefined): ForceLink | null => (force === undefined ? null : { name: force.name, href: forcePath(force.slug) });
  const offenceSourceIds = [...new Set(model.offences.map((row) => row.sourceId))];
  const populationSourceIds = [...new Set(model.population.map((row) => row.sourceId))];

  return ordered.map((force, index) => {
    const compared = lookup(metrics.comparisons.byForce, force.code, 'comparison of sources for force');
    const comparisons = compared.compared;
    const datasets = datasetViews(force, metrics.datasets, compared, sourceOf, datasetTitle);
    const headline = headlineParagraphs({
      force: { code: force.code, name: force.name },
      datasets: metrics.datasets,
      comparisons,
      attribution: (dataset) => sourceOf(dataset.sourceId).attribution,
    });
    const standingViews = standings.map((standing) => standingView(standing, force, forcesByCode));
    const since = forceSinceView(lookup(metrics.since.byForce, force.code, 'since entry for force'), metrics, sourceOf);
    return {
      force,
      path: forcePath(force.slug),
      title: forcePage.title(force.name),
      description: headline[0]?.join(' ') ?? forcePage.title(force.name),
      headline,
      previous: link(ordered[index - 1]),
      next: link(ordered[index + 1]),
      primaryDatasetId: primary.dataset.id,
      datasets,
      standings: standingViews,
      offences: offencesView(metrics, force.code, offenceSourceIds.map((id) => sourceOf(id).publisher).join(', ')),
      neighbours: (neighbours.get(force.code) ?? [])
        .map((code) => lookup(forcesByCode, code, 'force'))
        .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
        .map((neighbour) => ({
          code: neighbour.code,
          name: neighbour.name,
          href: forcePath(neighbour.slug),
          figure: valueView(lookup(primary.figures, neighbour.code, 'figure').applications),
        })),
      whySourcesDiffer: compared.verdict === 'differ' ? whySourcesDiffer : null,
      rounds: roundSeriesViews(force.code, metrics),
      since,
      sources: [...new Set([...datasets.map((view) => view.source.id), ...since.sourceIds, ...offenceSourceIds, ...populationSourceIds])].map(sourceOf),
      downloads: FORCE_DOWNLOADS.map((download) => ({
        path: forceDownloadPath(force.slug, download),
        ...forcePage.downloads[download === 'spo-figures' ? 'spoFigures' : 'stalkingOffences'],
      })),
    };
  });
}

function changeText(step: RoundStep | undefined): string {
  if (step === undefined) return forcePage.rounds.noChange.not_both_reported;
  return step.change === null ? forcePage.rounds.noChange[step.changeMissing ?? 'not_both_reported'] : forcePage.rounds.change(step.change);
}

function roundSeriesViews(code: ForceCode, metrics: Metrics): RoundSeriesView[] {
  return metrics.rounds.series
    .filter(({ rounds }) => rounds.length > 1)
    .map(({ rounds }) => ({
      intro: forcePage.rounds.intro(rounds.length),
      rounds: rounds.map((round, index) => {
        const figure = lookup(round.figures, code, `figure in ${round.dataset.shortTitle} for force`);
        const transition = metrics.rounds.transitions.find(({ later }) => later === round);
        return {
          datasetId: round.dataset.id,
          title: round.dataset.shortTitle,
          period: figure.periodLabel ?? forcePage.rounds.noPeriod,
          applications: valueView(figure.applications),
          change: index === 0 ? forcePage.rounds.first : changeText(transition?.steps.get(code)),
        };
      }),
    }));
}

function datasetViews(
  force: Force,
  datasets: readonly DatasetMetrics[],
  { compared: comparisons, notCompared }: ForceSources,
  sourceOf: (id: string) => Source,
  datasetTitle: (id: string) => string,
): DatasetView[] {
  // An agreement is said once, under the second of its two sources in page order, where the reader has seen both figures.
  const order = new Map(datasets.map(({ dataset }, index) => [dataset.id, index]));
  const placeOf = (id: string) => order.get(id) ?? -1;
  const saidUnder = (pair: (typeof comparisons)[number]) =>
    placeOf(pair.first.datasetId) > placeOf(pair.second.datasetId) ? pair.first.datasetId : pair.second.datasetId;
  return datasets.flatMap(({ dataset, figures }) => {
    const rows = figures.get(force.code)?.rows ?? [];
    if (rows.length === 0 && dataset.scope === 'selected_forces') return [];
    return [{
      dataset,
      source: sourceOf(dataset.sourceId),
      rows: rows.length === 0 ? [notCoveredRow(dataset)] : rows.map((row) => rowView(dataset, row)),
      agreements: comparisons
        .filter((pair) => pair.agree && saidUnder(pair) === dataset.id)
        .map((pair) => agreement(pair, datasetTitle)),
      notCompared: notCompared
        .filter(({ figure }) => figure.datasetId === dataset.id)
        .map(({ figure, reason }) => notComparedSentence(dataset.shortTitle, figure.figure.periodLabel, reason)),
    }];
  });
}

function standingView(standing: Standing, force: Force, forcesByCode: ReadonlyMap<ForceCode, Force>): StandingView {
  const entry = lookup(standing.entries, force.code, `${standing.id} entry for force`);
  const rank = standing.ranking.ranks.get(force.code) ?? null;
  const refusal = standing.ranking.unranked.get(force.code) ?? null;
  return {
    id: standing.id,
    label: standing.label,
    format: standing.format,
    basis: standing.basis,
    value: valueView(entry.value, standing.format),
    rank,
    rankText: rank === null ? forcePage.notRanked(refusal) : forcePage.rank(rank),
    detail: entry.detail,
    national: standing.national === null ? null : { ...standing.national, text: formatValue(standing.format, standing.national.value) },
    points: [...standing.entries].map(([code, item]) => {
      const other = lookup(forcesByCode, code, 'force');
      return { code, name: other.name, slug: other.slug, value: item.value.value, state: item.state };
    }),
    caveat: entry.caveat,
  };
}

function offencesView(metrics: Metrics, code: ForceCode, publisher: string): OffencesView {
  const series = lookup(metrics.offences.byForce, code, 'offence series for force');
  const quartersByKey = new Map(series.quarterly.map((total) => [quarterKey(total.quarter), total]));
  const count = (value: number | null) => (value === null ? forcePage.missingCount : formatValue(',d', value));
  const years = series.financialYears.map((year) => {
    const quarters = year.quarters.map((quarter) => {
      const total = quartersByKey.get(quarterKey(quarter));
      const value = total?.offences ?? null;
      const mayBeSuppressed = (total?.mayBeSuppressed ?? 0) > 0;
      return {
        label: quarterKey(quarter),
        start: quarterStart(quarter),
        value,
        plotted: mayBeSuppressed ? null : value,
        mayBeSuppressed,
        text: mayBeSuppressed ? possiblySuppressed.label : count(value),
      };
    });
    const recorded = quarters.filter((quarter) => quarter.value !== null).length;
    const text = year.offences === null && recorded > 0 ? forcePage.incompleteYear(recorded) : count(year.offences);
    return {
      year: year.year,
      start: year.start,
      end: year.end,
      value: year.offences,
      plotted: year.mayBeSuppressed > 0 ? null : year.offences,
      mayBeSuppressed: year.mayBeSuppressed,
      text: year.mayBeSuppressed > 0 && year.offences !== null ? forcePage.includesSuppressed(text, year.mayBeSuppressed) : text,
      quarters,
    };
  });
  const latest = years.filter((year) => year.plotted !== null).at(-1);
  const flagged = metrics.offences.possiblySuppressed.byForce.find((entry) => entry.force.code === code);
  return {
    years,
    suppressedNote: flagged === undefined ? null : forcePage.suppressedNote(flagged.quarters.map(quarterKey)),
    latest: latest?.value == null ? null : { year: latest.year, value: latest.value },
    publisher,
    spoStart: SPO_COMMENCEMENT,
  };
}

