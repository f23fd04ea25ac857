// The home page's story, worked out once from the data model and metrics:
// the headline figures, the sentences around each chart, and each chart's
// data and text alternative. Every number in the words comes from data/
// through a template in src/lib/copy/home.ts, so an editor's change to a CSV flows into
// the text as well as the charts. The page only lays this out.

import { type ChartColours } from '../charts/plot.ts';
import { formatCount, formatDay, formatNumber } from './format.ts';
import { type DumbbellDatum, describeDumbbell, renderDumbbell } from '../charts/dumbbell.ts';
import { type RankingDatum, type UnavailableForce, describeRanking, renderRanking, unavailableForces } from '../charts/ranking.ts';
import { type TrendPoint, describeTrend, eventsWithin, renderTrend } from '../charts/trend.ts';
import {
  type SourcesVerdict,
  type ZeroComparisonDatum,
  describeZeroComparison,
  renderZeroComparison,
} from '../charts/zero-comparison.ts';
import { figureState, listNames, missingValue, notComparedReason, notComparedSentence, notStated, recordingChange, sourceCopy } from '../copy/common.ts';
import { forcePage } from '../copy/force.ts';
import { leadCopy, storyCopy } from '../copy/home.ts';
import { zeroComparisonCopy } from '../copy/charts.ts';
import type { DataNeeds } from '../data/needs.ts';
import type { DataModel, Force, ForceCode, IsoDate, NationalFigure, Source, SpoFigure } from '../data/types.ts';
import { forcePath, type MapMetricId, roundMeasureId } from './routes.ts';
import { type ApplicationsComparison, type DatasetMetrics, type ForceFigure, formatMonthYear, headlineDataset, type Metrics, quarterContaining, quarterKey, SPO_COMMENCEMENT } from '../metrics/index.ts';
import type { StateModifier } from './state-classes.ts';
import type { ByForce, Rank, StandingId } from '../metrics/index.ts';


/** National figures shown as headline cards, in order, by their id in data/national_figures.csv. */
const HEADLINE_FIGURE_IDS = {
  issued: 'court_spos_issued_first_year',
  onsOffences: 'ons_stalking_offences_first_year',
  noApplications: 'forces_no_applications_first_year',
  fiveOrFewer: 'forces_five_or_fewer_first_year',
  grantedPerRefused: 'granted_per_refused_first_year',
  chargeRate: 'charge_rate_fall_2016_2020',
} as const;

/** What the home page cannot be told without, checked by the data loader: a deleted row is a message at its file, not a failed build. */
export const HOME_NEEDS: DataNeeds = {
  nationalFigures: Object.values(HEADLINE_FIGURE_IDS).map((id) => ({ id, usedBy: "the home page's headline figures" })),
};

/** A partner story's count of orders granted in England, checked against the per-force figures. */
const GRANTED_ENGLAND_FIGURE_ID = 'bbc_granted_england';

const RATE_FORMAT = ',.1f';
/** A dataset with up to this many distinct periods lists them; beyond that its period is summarised as a span. */
const LISTED_PERIODS = 3;

export interface SourceLink {
  id: string;
  publisher: string;
  /** The source's own address, or its entry in the page's source list when it has none. */
  href: string;
}

/** A paragraph of the story with the sources every number in it comes from. */
export interface Cited {
  text: string;
  sources: SourceLink[];
}

export interface HeadlineItem {
  /** The national figure's id, or the id of a figure the story works out (recorded-offences, foi-totals). */
  id: string;
  value: string;
  label: string;
  period: string;
  geography: string;
  detail: string | null;
  source: SourceLink;
}

export interface ChartRenderOptions {
  width: number;
  /** Unique on the page; every id inside the SVG starts with it. */
  idPrefix: string;
  colours?: ChartColours;
}

/** A chart of the story: its words, sources, and a renderer for any width. */
export interface ChartSpec {
  id: string;
  title: string;
  subtitle: string;
  /** The text alternative, also the SVG's <desc>. */
  description: string;
  sources: SourceLink[];
  render: (options: ChartRenderOptions) => string;
}

/** The widths each story chart is drawn at, on the page and in its embed: for a phone, and for a wider screen. */
export const CHART_WIDTHS = { narrow: 340, wide: 720 } as const;

export interface UnavailableLink extends UnavailableForce {
  href: string;
}

export interface RankingSection {
  paragraphs: Cited[];
  chart: ChartSpec;
  /** Forces with no bar, with why: listed under the chart, never drawn as zero. */
  unavailable: UnavailableLink[];
  /** The chart's forces with their rank from metrics (one tie rule), for the compact ranking an embed shows. */
  ranked: RankedRows;
}

/** A ranking's forces, each with the rank metrics gives it (null where a guard refused one), and how values print. */
export interface RankedRows {
  rows: (RankingDatum & { rank: Rank | null })[];
  format: string;
  /** The England and Wales figure the chart draws as a line, if any. */
  reference: { value: number; label: string } | null;
}

/** One dataset's row for a force in the zero table. */
export interface ZeroTableEntry {
  /** "0", "7", "No response", "Not covered", "Not stated". */
  text: string;
  state: StateModifier;
  period: string | null;
}

export interface ZeroTableRow {
  force: { code: ForceCode; name: string; href: string };
  /** One list per column; a dataset may give a force several periods (Dorset's two FOI answers). */
  cells: ZeroTableEntry[][];
  verdict: SourcesVerdict;
  /** The verdict, then every figure in the row it does not cover, with why. */
  verdictText: string;
  /** How many figures shown in the row the verdict leaves out. */
  notCompared: number;
}

export interface ZeroSection {
  paragraphs: Cited[];
  columns: { id: string; label: string; source: SourceLink }[];
  rows: ZeroTableRow[];
  chart: ChartSpec;
}

export interface ChartSection {
  paragraphs: Cited[];
  chart: ChartSpec;
}

export interface Quote {
  text: string;
  source: SourceLink;
}

export interface TrendSection extends ChartSection {
  recording: RecordingNoteView[];
}

/** The first screen: the finding as the headline, one line under it, one figure with its source. */
export interface StoryLead {
  headline: string;
  standfirst: Cited;
  /** How forces moved between the previous round and the headline round, when the headline round has one. */
  rounds: Cited | null;
  hero: HeadlineItem;
  /** The map measure that pictures the headline: applications in the round whose forces with none it counts. */
  map: MapMetricId;
}

/** The home page's charts, each titled with what it shows. */
export interface Findings {
  zeros: string | null;
  trend: string | null;
}

export interface Story {
  lead: StoryLead;
  findings: Findings;
  headlines: HeadlineItem[];
  applications: RankingSection;
  rate: RankingSection;
  zeros: ZeroSection;
  courtVsFoi: ChartSection;
  trend: TrendSection;
  /** Every source the story cites, each once, in the order first cited. */
  sources: Source[];
}

// ---- Helpers -----------------------------------------------------------------

/**
 * A value or period as its source printed it, with typewriter shorthand set
 * properly: "23% -> 11%" becomes "23% → 11%", "Jan 2020 - Jan 2021" gets an
 * en dash and "y/e" reads "year ending". The figures themselves are untouched.
 */
export function printed(text: string): string {
  return text
    .replace(/\s*->\s*/g, ' → ')
    .replace(/ - /g, ' – ')
    .replace(/\by\/e\b/g, 'year ending');
}

/** "Jan–Mar 2020" for the quarter from 2020-01-01 to 2020-03-31. */
export function quarterName(start: IsoDate, end: IsoDate): string {
  return storyCopy.quarterName(formatMonthYear(start).slice(0, 3), formatMonthYear(end));
}

/** A link to the source itself, or to its entry in the page's source list when it has no public address. */
export function sourceLink(source: Source): SourceLink {
  return { id: source.id, publisher: source.publisher, href: source.url === '' ? `#${sourceCopy.anchor(source.id)}` : source.url };
}

class StoryContext {
  readonly model: DataModel;
  readonly metrics: Metrics;
  readonly cited = new Map<string, Source>();
  readonly forces: ReadonlyMap<ForceCode, Force>;
  readonly sources: ReadonlyMap<string, Source>;

  constructor(model: DataModel, metrics: Metrics) {
    this.model = model;
    this.metrics = metrics;
    this.forces = new Map(model.forces.map((force) => [force.code, force]));
    this.sources = new Map(model.sources.map((source) => [source.id, source]));
  }

  source(id: string): SourceLink {
    const source = this.sources.get(id);
    if (source === undefined) throw new Error(`The story cites source ${id}, which is not in data/sources.csv`);
    if (!this.cited.has(id)) this.cited.set(id, source);
    return sourceLink(source);
  }

  cite(text: string, ...sourceIds: string[]): Cited {
    return { text, sources: [...new Set(sourceIds)].map((id) => this.source(id)) };
  }

  /** The round the story leads with: the dataset whose role is headline. */
  get headline(): DatasetMetrics {
    return headlineDataset(this.metrics.datasets);
  }

  /**
   * The figures set beside the headline: the first all-forces comparison that
   * counts on another basis (court records beside the forces' own replies).
   * Without one, the headline itself, so the comparisons come out empty.
   */
  get otherBasis(): DatasetMetrics {
    const { headline } = this;
    return this.metrics.applicationRounds.find(({ dataset }) => dataset.role === 'comparison' && dataset.basis !== headline.dataset.basis) ?? headline;
  }

  /** A national figure, or null when data/national_figures.csv no longer has it: the story then leaves it out. */
  optionalFigure(id: string): NationalFigure | null {
    return this.model.nationalFigures.find((candidate) => candidate.id === id) ?? null;
  }

  nationalFigure(id: string): NationalFigure {
    const figure = this.model.nationalFigures.find((candidate) => candidate.id === id);
    if (figure === undefined) throw new Error(`The story needs national figure ${id}, which is not in data/national_figures.csv`);
    return figure;
  }

  force(code: ForceCode): Force {
    const force = this.forces.get(code);
    if (force === undefined) throw new Error(`No force ${code} in data/forces.csv`);
    return force;
  }
}

/** Fails loudly rather than silently telling a story without a number it needs. */
export function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`The story needs ${what}, and the data has none`);
  return value;
}


/**
 * The period a dataset's reported figures cover: its one label when all rows
 * share it, or the first start to the spread of end dates.
 */
export function datasetPeriod(dataset: DatasetMetrics): string {
  const { labels, allDated, start, firstEnd, lastEnd } = dataset.reportedSpan;
  // A few distinct periods (one force answering for two years) read best as they are.
  if (labels.length <= LISTED_PERIODS || !allDated || start === null || firstEnd === null || lastEnd === null) return labels.join('; ');
  return storyCopy.periodToDates(formatDay(start), formatDay(firstEnd), formatDay(lastEnd));
}

/** One measure of a round, as metrics computed it (ranks, extremes and our sums under the guards). */
function standingOf(context: StoryContext, round: DatasetMetrics, id: StandingId) {
  return context.metrics.roundStandings.get(round.dataset.id)?.find((standing) => standing.id === id);
}

function byName(a: string, b: string): number {
  return a.localeCompare(b, 'en-GB');
}

/** Names in alphabetical order, for lists in running text. */
function namesOf(refs: readonly { name: string }[]): string[] {
  return refs.map((ref) => ref.name).sort(byName);
}

function forcesInState(dataset: DatasetMetrics, state: ForceFigure['state']): string[] {
  return [...dataset.figures.values()]
    .filter((figure) => figure.state === state)
    .map((figure) => figure.force.name)
    .sort(byName);
}

/** "Lincolnshire and North Yorkshire did not reply", "City of London is not in the data": the forces without a figure. */
function withoutFigure(dataset: DatasetMetrics): string[] {
  return [
    ...(dataset.totals.noResponse > 0 ? [storyCopy.noReply(forcesInState(dataset, 'no_response'))] : []),
    ...(dataset.totals.notCovered > 0 ? [storyCopy.notInData(forcesInState(dataset, 'not_covered'))] : []),
  ];
}

// ---- Headlines ----------------------------------------------------------

/** Recorded offences over the whole quarters of the other basis's period (metrics' sum); null when a quarter is missing or none fits. */
function recordedOffencesOverCourtPeriod(context: StoryContext) {
  return context.metrics.offences.overDatasetSpan.get(context.otherBasis.dataset.id) ?? null;
}

function headlines(context: StoryContext): HeadlineItem[] {
  const fromData = (id: string, detail: string | null = null): HeadlineItem[] => {
    const figure = context.optionalFigure(id);
    if (figure === null) return [];
    return [{
      id,
      value: printed(figure.value),
      label: storyCopy.headlineLabels[id] ?? figure.label,
      period: printed(figure.period),
      geography: figure.geography,
      detail,
      source: context.source(figure.sourceId),
    }];
  };
  const court = context.otherBasis;
  const foi = context.headline;
  const recorded = recordedOffencesOverCourtPeriod(context);
  const offencesSource = context.model.offences[0]?.sourceId;
  const geography = context.optionalFigure(HEADLINE_FIGURE_IDS.onsOffences)?.geography ?? storyCopy.geography;
  const foiMeasure = (measure: 'applications' | 'granted') => foi.totals.measures.find((total) => total.measure === measure)?.total ?? null;
  const applications = foiMeasure('applications');
  const missing = withoutFigure(foi);

  return [
    ...fromData(HEADLINE_FIGURE_IDS.issued),
    ...(recorded === null || offencesSource === undefined
      ? []
      : [{
          id: 'recorded-offences',
          value: formatCount(recorded.offences),
          label: storyCopy.recordedOffencesLabel,
          period: recorded.window.label,
          geography,
          detail: storyCopy.recordedOffencesDetail(recorded.window.label, context.metrics.forces.length, datasetPeriod(court)),
          source: context.source(offencesSource),
        }]),
    ...fromData(HEADLINE_FIGURE_IDS.onsOffences),
    ...fromData(HEADLINE_FIGURE_IDS.noApplications, court.zeroApplications.length === 0 ? null : `${listNames(namesOf(court.zeroApplications))}.`),
    ...fromData(HEADLINE_FIGURE_IDS.fiveOrFewer),
    ...fromData(HEADLINE_FIGURE_IDS.grantedPerRefused),
    ...fromData(HEADLINE_FIGURE_IDS.chargeRate),
    ...(applications === null
      ? []
      : [{
          id: 'foi-totals',
          value: formatCount(applications),
          label: storyCopy.foiTotalsLabel(foiMeasure('granted'), foi.totals.reported, foi.dataset.shortTitle),
          period: datasetPeriod(foi),
          geography,
          detail: missing.length > 0 ? storyCopy.notCountedAsZero(missing) : null,
          source: context.source(foi.dataset.sourceId),
        }]),
  ];
}

/** The pairs of comparable figures from the other basis and the headline round, the other basis first. */
function courtFoiPairs(context: StoryContext): ApplicationsComparison[] {
  const [court, foi] = [context.otherBasis.dataset.id, context.headline.dataset.id];
  if (court === foi) return [];
  return context.metrics.comparisons.comparable.flatMap((pair) => {
    if (pair.first.datasetId === court && pair.second.datasetId === foi) return [pair];
    if (pair.first.datasetId === foi && pair.second.datasetId === court) return [{ ...pair, first: pair.second, second: pair.first }];
    return [];
  });
}

// ---- Rankings -----------------------------------------------------------------

function rankingChart(
  context: StoryContext,
  spec: { id: string; title: string; subtitle: string; sourceIds: string[]; format: string; zeroPhrase: string },
  data: RankingDatum[],
  reference: { value: number; label: string } | null,
): ChartSpec {
  const description = describeRanking(data, { format: spec.format, zeroPhrase: spec.zeroPhrase });
  return {
    id: spec.id,
    title: spec.title,
    subtitle: spec.subtitle,
    description,
    sources: spec.sourceIds.map((id) => context.source(id)),
    render: ({ width, idPrefix, colours = 'page' }) =>
      renderRanking(data, { width, idPrefix, colours, title: spec.title, description, format: spec.format, reference }),
  };
}

function rankedRows(data: readonly RankingDatum[], ranks: ByForce<Rank> | undefined, format: string, reference: RankedRows['reference']): RankedRows {
  return { rows: data.map((datum) => ({ ...datum, rank: ranks?.get(datum.code) ?? null })), format, reference };
}

function unavailableLinks(data: readonly RankingDatum[]): UnavailableLink[] {
  return unavailableForces(data).map((force) => ({ ...force, href: forcePath(force.slug) }));
}

function applicationsSection(context: StoryContext): RankingSection {
  const foi = context.headline;
  const data: RankingDatum[] = [...foi.figures.values()].map((figure) => ({
    code: figure.force.code,
    name: figure.force.name,
    slug: context.force(figure.force.code).slug,
    value: figure.applications.value,
    state: figure.state,
    ...(figure.state === 'reported' && figure.applications.value === null ? { missingText: notStated.label } : {}),
  }));
  const ranks = foi.applicationsRanking?.ranks;
  // The most applications is metrics' claim: only over a complete table, on the value as displayed.
  const highest = standingOf(context, foi, 'applications')?.extremes?.highest;
  const top = highest?.forces.length === 1 ? highest.forces[0] : undefined;
  const missing = withoutFigure(foi);
  const sentences = [
    ...(top !== undefined && highest !== undefined ? [storyCopy.rankings.mostApplications(foi.dataset.shortTitle, top.name, highest.value)] : []),
    ...(foi.zeroApplications.length > 0 ? [storyCopy.rankings.none(namesOf(foi.zeroApplications))] : []),
    ...(missing.length > 0 ? [storyCopy.rankings.missing(missing)] : []),
  ];
  return {
    paragraphs: [...(sentences.length > 0 ? [context.cite(sentences.join(' '), foi.dataset.sourceId)] : []), ...grantedCheck(context, foi)],
    chart: rankingChart(
      context,
      {
        id: 'applications-by-force',
        title: storyCopy.rankings.applicationsTitle,
        subtitle: storyCopy.rankings.applicationsSubtitle(datasetPeriod(foi), foi.dataset.shortTitle),
        sourceIds: [foi.dataset.sourceId],
        format: ',d',
        zeroPhrase: storyCopy.rankings.zeroPhrase,
      },
      data,
      null,
    ),
    unavailable: unavailableLinks(data),
    ranked: rankedRows(data, ranks, ',d', null),
  };
}

/**
 * Where a partner story's quoted number of orders granted in England differs
 * from what the per-force figures add up to, both are stated: the data are
 * shown as they are and the difference is not explained away.
 */
function grantedCheck(context: StoryContext, foi: DatasetMetrics): Cited[] {
  // The partner stories quoted the first round; a later headline round is not what they counted.
  const series = context.metrics.rounds.series.find(({ rounds }) => rounds.includes(foi));
  if (series?.rounds[0] !== foi) return [];
  const quoted = context.model.nationalFigures.find((figure) => figure.id === GRANTED_ENGLAND_FIGURE_ID);
  const quotedValue = quoted === undefined ? Number.NaN : Number(quoted.value.replace(/,/g, ''));
  if (quoted === undefined || !Number.isFinite(quotedValue)) return [];
  const england = foi.sumsByCountry.get('England')?.granted?.value;
  const wales = foi.sumsByCountry.get('Wales')?.granted?.value;
  if (england === undefined || wales === undefined || england === quotedValue) return [];
  return [context.cite(storyCopy.rankings.grantedByCountry(england, wales, quotedValue), foi.dataset.sourceId, quoted.sourceId)];
}

function rateSection(context: StoryContext): RankingSection {
  const foi = context.headline;
  const perOffences = required(foi.applicationsPerOffences, `applications per offence in ${foi.dataset.id}`);
  const offencesSource = context.model.offences[0]?.sourceId ?? foi.dataset.sourceId;
  const data: RankingDatum[] = [...perOffences.values()].map((entry) => {
    const figure = required(foi.figures.get(entry.force.code), `${entry.force.name} in ${foi.dataset.id}`);
    const { missing } = entry.rate;
    return {
      code: entry.force.code,
      name: entry.force.name,
      slug: context.force(entry.force.code).slug,
      value: entry.rate.value,
      state: figure.state,
      ...(figure.state === 'reported' && missing !== null ? { missingText: missingValue[missing].label } : {}),
    };
  });
  const standing = standingOf(context, foi, 'applications-per-offences');
  const national = standing?.national ?? null;
  const reference = national === null ? null : { value: national.value, label: storyCopy.rankings.referenceLabel };
  const formatRate = formatNumber(RATE_FORMAT);
  const rated = [...perOffences.values()].filter((entry) => entry.rate.value !== null);
  const highest = standing?.extremes?.highest;
  const zeros = namesOf(rated.filter((entry) => entry.rate.value === 0).map((entry) => entry.force));

  const windowGroups = new Map<string, number>();
  for (const entry of rated) {
    if (entry.window !== null) windowGroups.set(entry.window.label, (windowGroups.get(entry.window.label) ?? 0) + 1);
  }
  const groups = [...windowGroups].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count);

  const sentences = [
    ...(national === null ? [] : [storyCopy.rankings.rateIntro(formatRate(national.value), rated.length)]),
    ...(highest !== undefined && highest.value > 0 ? [storyCopy.rankings.highestRate(listNames(namesOf(highest.forces)), formatRate(highest.value))] : []),
    ...(zeros.length > 0 ? [storyCopy.rankings.lowestRates(zeros)] : []),
  ];
  return {
    paragraphs: [
      ...(sentences.length > 0 ? [context.cite(sentences.join(' '), foi.dataset.sourceId, offencesSource)] : []),
      ...(groups.length > 0 ? [context.cite(storyCopy.rankings.windows(groups), offencesSource)] : []),
    ],
    chart: rankingChart(
      context,
      {
        id: 'applications-per-offences',
        title: storyCopy.rankings.rateTitle,
        subtitle: storyCopy.rankings.rateSubtitle,
        sourceIds: [foi.dataset.sourceId, offencesSource],
        format: RATE_FORMAT,
        zeroPhrase: storyCopy.rankings.zeroPhrase,
      },
      data,
      reference,
    ),
    unavailable: unavailableLinks(data),
    ranked: rankedRows(data, foi.applicationsPerOffencesRanking?.ranks, RATE_FORMAT, reference),
  };
}

// ---- The forces that made no applications ----------------------------------------

function tableEntry(dataset: DatasetMetrics, row: SpoFigure | null): ZeroTableEntry {
  if (row === null || row.status === 'not_covered') return { text: figureState.not_covered.label, state: 'not-covered', period: null };
  if (row.status === 'no_response') return { text: figureState.no_response.label, state: 'no-response', period: row.periodLabel };
  const value = dataset.dataset.measures.includes('applications') ? row.applications : null;
  if (value === null) return { text: notStated.label, state: 'not-stated', period: row.periodLabel };
  return { text: formatCount(value), state: value === 0 ? 'zero' : 'value', period: row.periodLabel };
}

function zerosSection(context: StoryContext): ZeroSection {
  const { comparable, zeroComparison, byForce } = context.metrics.comparisons;
  const sourcesOf = (code: ForceCode) => required(byForce.get(code), `${code} in the comparisons`);
  const court = context.otherBasis;
  const foi = context.headline;
  const zeroCodes = new Set(zeroComparison.map((row) => row.force.code));
  // Sources with an applications figure for at least one of these forces, in display order.
  const columns = context.metrics.datasets.filter(
    (dataset) =>
      dataset.dataset.measures.includes('applications') &&
      [...zeroCodes].some((code) => dataset.figures.get(code)?.applications.value != null),
  );
  const figureOf = (dataset: DatasetMetrics, code: ForceCode) => required(dataset.figures.get(code), `${code} in ${dataset.dataset.id}`);
  const titleOf = new Map(context.metrics.datasets.map(({ dataset }) => [dataset.id, dataset.shortTitle]));

  // Every figure shown in a row that the verdict leaves out, named with why: never a silent omission.
  const notComparedOf = (code: ForceCode) =>
    sourcesOf(code).notCompared.filter(({ figure }) => columns.some(({ dataset }) => dataset.id === figure.datasetId));
  const rows: ZeroTableRow[] = zeroComparison.map(({ force }) => {
    const { verdict } = sourcesOf(force.code);
    const left = notComparedOf(force.code);
    return {
      force: { code: force.code, name: force.name, href: forcePath(context.force(force.code).slug) },
      cells: columns.map((dataset) => {
        const figure = figureOf(dataset, force.code);
        return figure.rows.length === 0 ? [tableEntry(dataset, null)] : figure.rows.map((row) => tableEntry(dataset, row));
      }),
      verdict,
      verdictText: [
        zeroComparisonCopy.verdict[verdict],
        ...left.map(({ figure, reason }) => notComparedSentence(titleOf.get(figure.datasetId) ?? figure.datasetId, figure.figure.periodLabel, reason)),
      ].join('. '),
      notCompared: left.length,
    };
  });

  const chartData: ZeroComparisonDatum[] = zeroComparison.map(({ force }) => ({
    code: force.code,
    name: force.name,
    slug: context.force(force.code).slug,
    cells: columns.map((dataset) => {
      const figure = figureOf(dataset, force.code);
      return { value: figure.applications.value, state: figure.state };
    }),
    verdict: sourcesOf(force.code).verdict,
    notCompared: notComparedOf(force.code).map(({ figure, reason }) => ({ column: figure.datasetId, reason: notComparedReason[reason] })),
  }));
  const chartColumns = columns.map(({ dataset }) => ({ id: dataset.id, label: dataset.shortTitle }));
  const description = describeZeroComparison(chartData, { columns: chartColumns }) || storyCopy.emptyChart;
  const columnSources = columns.map(({ dataset }) => dataset.sourceId);

  const differing = comparable
    .filter((pair) => !pair.agree && zeroCodes.has(pair.force.code))
    .sort((a, b) => a.force.name.localeCompare(b.force.name, 'en-GB'));
  const agreeing = rows.filter((row) => row.verdict === 'agree').map((row) => row.force.name);
  const leftOut = rows.filter((row) => row.notCompared > 0).map((row) => row.force.name);
  const leads = [
    ...(court !== foi && court.zeroApplications.length > 0 ? [storyCopy.zeros.courtLead(court.zeroApplications.length, namesOf(court.zeroApplications))] : []),
    ...(foi.zeroApplications.length > 0 ? [storyCopy.zeros.foiLead(foi.zeroApplications.length, namesOf(foi.zeroApplications), foi.dataset.shortTitle)] : []),
  ];
  const comparison = [
    ...(differing.length > 0
      ? [
          storyCopy.zeros.differ(
            differing.map((pair) =>
              storyCopy.zeros.differItem(pair.force.name, [
                storyCopy.inSource(pair.first.applications, titleOf.get(pair.first.datasetId) ?? pair.first.datasetId),
                storyCopy.inSource(pair.second.applications, titleOf.get(pair.second.datasetId) ?? pair.second.datasetId),
              ]),
            ),
          ),
        ]
      : []),
    ...(agreeing.length > 0 ? [storyCopy.zeros.agree(agreeing)] : []),
    ...(leftOut.length > 0 ? [storyCopy.zeros.notCompared(leftOut)] : []),
  ];

  return {
    paragraphs: [
      ...(leads.length > 0 ? [context.cite(leads.join(' '), court.dataset.sourceId, foi.dataset.sourceId)] : []),
      ...(comparison.length > 0 ? [context.cite(comparison.join(' '), ...columnSources)] : []),
    ],
    columns: columns.map(({ dataset }) => ({ id: dataset.id, label: dataset.shortTitle, source: context.source(dataset.sourceId) })),
    rows,
    chart: {
      id: 'zero-applications',
      title: storyCopy.zeros.chartTitle,
      subtitle: storyCopy.zeros.chartSubtitle,
      description,
      // With no force at zero anywhere, the (empty) chart still credits the round it was drawn from.
      sources: [...new Set(columnSources.length > 0 ? columnSources : [foi.dataset.sourceId])].map((id) => context.source(id)),
      render: ({ width, idPrefix, colours = 'page' }) =>
        renderZeroComparison(chartData, { width, idPrefix, colours, columns: chartColumns, title: storyCopy.zeros.chartTitle, description }),
    },
  };
}

// ---- Court data against police FOI ---------------------------------------------

function courtVsFoiSection(context: StoryContext): ChartSection {
  const court = context.otherBasis;
  const foi = context.headline;
  const pairs = courtFoiPairs(context);
  const data: DumbbellDatum[] = pairs.map((pair) => ({
    code: pair.force.code,
    name: pair.force.name,
    slug: context.force(pair.force.code).slug,
    first: pair.first.applications,
    second: pair.second.applications,
  }));
  const series = [
    { label: court.dataset.shortTitle, period: datasetPeriod(court) },
    { label: foi.dataset.shortTitle, period: datasetPeriod(foi) },
  ] as const;
  const description = describeDumbbell(data, { series }) || storyCopy.emptyChart;
  const agree = pairs.filter((pair) => pair.agree).map((pair) => pair.force.name);
  const differ = pairs
    .filter((pair) => !pair.agree)
    .sort((a, b) => Math.abs(b.first.applications - b.second.applications) - Math.abs(a.first.applications - a.second.applications));
  const sentences = [
    storyCopy.courtVsFoi.lead(pairs.length, series[0].period, series[1].period),
    ...(agree.length > 0 ? [storyCopy.courtVsFoi.agree(agree)] : []),
    ...(differ.length > 0
      ? [
          storyCopy.courtVsFoi.differ(
            differ.length,
            differ.slice(0, 2).map((pair) => storyCopy.courtVsFoi.example(pair.force.name, pair.first.applications, pair.second.applications)),
          ),
        ]
      : []),
  ];
  return {
    paragraphs: pairs.length === 0 ? [] : [context.cite(sentences.join(' '), court.dataset.sourceId, foi.dataset.sourceId)],
    chart: {
      id: 'court-vs-foi',
      title: storyCopy.courtVsFoi.chartTitle,
      subtitle: storyCopy.courtVsFoi.chartSubtitle(series[0].period, series[1].period),
      description,
      sources: [context.source(court.dataset.sourceId), context.source(foi.dataset.sourceId)],
      render: ({ width, idPrefix, colours = 'page' }) =>
        renderDumbbell(data, { width, idPrefix, colours, series, title: storyCopy.courtVsFoi.chartTitle, description }),
    },
  };
}

// ---- Trend ------------------------------------------------------------------------

/** The national quarterly series as chart points, labelled "Jan–Mar 2020". */
export function nationalTrendPoints(metrics: Metrics): TrendPoint[] {
  return metrics.offences.national.quarterly.map((quarter) => ({
    start: quarter.start,
    value: quarter.offences,
    label: quarterName(quarter.start, quarter.end),
  }));
}

/** SPOs coming in, as a dated event for trend charts. */
export const SPO_EVENT = { date: SPO_COMMENCEMENT, label: forcePage.spoEvent };

function trendSection(context: StoryContext): TrendSection {
  const points = nationalTrendPoints(context.metrics);
  const offencesSource = required(context.model.offences[0]?.sourceId, 'recorded offences');
  const withValue = points.filter((point) => point.value !== null);
  const first = withValue[0];
  const last = withValue.at(-1);
  const years = context.metrics.offences.national.financialYears;
  const spoYearIndex = years.findIndex(
    (year) => year.quarters.some((quarter) => quarterKey(quarter) === quarterKey(quarterContaining(SPO_COMMENCEMENT))),
  );
  const spoYear = years[spoYearIndex];
  const nextYear = years[spoYearIndex + 1];
  const { nationalQuarters } = context.metrics.offences.possiblySuppressed;
  const suppressedNote = nationalQuarters.length > 0 ? [storyCopy.trend.suppressedQuarters(nationalQuarters.length)] : [];
  const description = [describeTrend(points), ...suppressedNote].join(' ');
  const title = storyCopy.trend.chartTitle;
  const firstTotal = context.metrics.offences.national.quarterly.find((quarter) => quarter.start === first?.start);
  const sentences = [
    ...(first && last ? [storyCopy.trend.span(first.value ?? 0, first.label, last.value ?? 0, last.label, firstTotal?.mayBeSuppressed ?? 0)] : []),
    ...(spoYear?.offences != null && nextYear?.offences != null
      ? [storyCopy.trend.years(spoYear.year, spoYear.offences, nextYear.year, nextYear.offences)]
      : []),
  ];
  return {
    paragraphs: sentences.length === 0 ? [] : [context.cite(sentences.join(' '), offencesSource)],
    chart: {
      id: 'recorded-offences-trend',
      title,
      subtitle: storyCopy.trend.chartSubtitle,
      description,
      sources: [context.source(offencesSource)],
      render: ({ width, idPrefix, colours = 'page' }) =>
        renderTrend(points, { width, idPrefix, colours, title, description, events: eventsWithin(points, [SPO_EVENT]), yLabel: storyCopy.trend.yLabel }),
    },
    recording: recordingChange.quotes.map(({ sourceId, quote }) => recordingNote(context.source(sourceId), quote)),
  };
}

// ---- The recording change -------------------------------------------------------

export interface RecordingNoteView {
  intro: string;
  quote: Quote;
}

function recordingNote(source: SourceLink, quote: string): RecordingNoteView {
  return { intro: recordingChange.intro(source.publisher), quote: { text: quote, source } };
}

/** The warning about the recording change, for every page that shows offence counts beside the home page. */
export function recordingNotes(sources: readonly Source[]): RecordingNoteView[] {
  return recordingChange.quotes.map(({ sourceId, quote }) => {
    const source = required(sources.find((candidate) => candidate.id === sourceId), `source ${sourceId} in data/sources.csv`);
    return recordingNote(sourceLink(source), quote);
  });
}

// ---- The whole story ------------------------------------------------------------

/** The other basis's forces with no applications (the court data's, today), and how many of them the headline round differs for. */
function zeroCounts(context: StoryContext): { zeros: number; differing: number } {
  const court = context.otherBasis;
  const zeroCodes = new Set(court.zeroApplications.map((force) => force.code));
  const differing = courtFoiPairs(context).filter((pair) => !pair.agree && zeroCodes.has(pair.force.code));
  return { zeros: zeroCodes.size, differing: differing.length };
}

/** The step into the headline round from the round before it, among forces reported in both; null without an earlier round. */
function roundsChange(context: StoryContext): Cited | null {
  const step = context.metrics.rounds.transitions.find(({ later }) => later === context.headline);
  if (step === undefined || step.reportedInBoth === 0) return null;
  return context.cite(
    leadCopy.roundsChange(step.earlier.dataset.shortTitle, step.later.dataset.shortTitle, step.reportedInBoth, namesOf(step.noneToSome), namesOf(step.someToNone)),
    step.earlier.dataset.sourceId,
    step.later.dataset.sourceId,
  );
}

function lead(context: StoryContext, items: readonly HeadlineItem[]): StoryLead {
  const court = context.otherBasis;
  const foi = context.headline;
  const { zeros, differing } = zeroCounts(context);
  const hero = required(items.find((item) => item.id === HEADLINE_FIGURE_IDS.issued), `the headline figure ${HEADLINE_FIGURE_IDS.issued}`);
  return {
    headline: leadCopy.headline(zeros),
    standfirst: context.cite(leadCopy.standfirst(differing, zeros), court.dataset.sourceId, ...(differing > 0 ? [foi.dataset.sourceId] : [])),
    rounds: roundsChange(context),
    hero: { ...hero, label: leadCopy.heroLabel },
    map: roundMeasureId('applications', court === foi ? null : court.dataset.id),
  };
}

function findings(context: StoryContext): Findings {
  const { zeros, differing } = zeroCounts(context);
  const points = nationalTrendPoints(context.metrics).filter((point) => point.value !== null);
  const first = points[0];
  const last = points.at(-1);
  return {
    zeros: zeros > 0 && differing > 0 ? leadCopy.zerosFinding(differing, zeros) : null,
    trend: first && last && first !== last ? leadCopy.trendFinding(last.value ?? 0, last.label, first.value ?? 0, first.label) : null,
  };
}

/** Builds the home page's story; throws when the data lacks a figure the story cannot be told without. */
export function buildStory(model: DataModel, metrics: Metrics): Story {
  const context = new StoryContext(model, metrics);
  const headlineItems = headlines(context);
  const story = {
    lead: lead(context, headlineItems),
    findings: findings(context),
    headlines: headlineItems,
    applications: applicationsSection(context),
    rate: rateSection(context),
    zeros: zerosSection(context),
    courtVsFoi: courtVsFoiSection(context),
    trend: trendSection(context),
  };
  return { ...story, sources: [...context.cited.values()] };
}
