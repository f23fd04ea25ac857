// What the map shows for each measure, worked out once at build time: every
// force's colour state and class, the words for its detail panel and table
// row, its rank, the legend classes, a summary sentence and the sources. The
// map component only prints this; the client script only shows or hides it.
//
// A figure's state is never guessed from its number: zero is a reported 0;
// no response, not covered and every other missing reason stay missing, are
// drawn as textures, are never ranked and sort after every number.

import { formatNumber, roundsToZero, smallestStep } from './format.ts';
import { type Classification, classIndexOf, classLabels, classify } from '../charts/classify.ts';
import type { MapDatum, MapState, TileCell } from '../charts/map.ts';
import { type MapMetricCopy, mapCopy, mapMetricCopy, mapViewCopy, roundMetricCopy } from '../copy/map.ts';
import { figureState, missingValue } from '../copy/common.ts';
import type { DataModel, Force, ForceCode, Source } from '../data/types.ts';
import { type Credit, credit } from '../downloads/credit.ts';
import { type MapMetricId, type RoundMeasure, forcePath, roundMeasureId } from './routes.ts';
import {
  type ByForce,
  type DatasetMetrics,
  type Extremes,
  type Metrics,
  type Precision,
  type Rank,
  type RankRefusal,
  type Ranking,
  type Value,
  displayed,
  headlineDataset,
  MIN_DECISIONS,
} from '../metrics/index.ts';
import { type Standing, type StandingId, applicationStandings, computeStandings } from './standings.ts';

export const DEFAULT_MAP_METRIC: MapMetricId = roundMeasureId('applications-per-offences', null);

export interface MapSourceRef {
  id: string;
  /** "BBC FOI 2021 (BBC Shared Data Unit)", "Home Office" */
  label: string;
  url: string | null;
  attribution: string;
  publisher: string;
  licence: string;
}

/** One force as the panel, the table and the live region tell it. */
export interface MapForceView {
  code: ForceCode;
  name: string;
  href: string;
  state: MapState;
  /** "4.5 per 1,000 offences", "No applications", "No response" */
  valueText: string;
  /** The value under its column's heading, which names the unit: "4.5", "No applications", "100%; too few decisions to compare (2 decided)". */
  cellText: string;
  /** The number to sort by; null when there is none, so it sorts last and never as 0. */
  sortValue: number | null;
  /** What the state means: "Reported figure.", "The force did not answer …" */
  stateText: string;
  rank: Rank | null;
  /** "12th of 40 forces with figures", "=37th of 40 …", "Not ranked: no figure" */
  rankText: string;
  /** "12th", "=37th", "Not ranked", for the table. */
  rankShort: string;
  /** The force's own period for this figure. */
  period: string;
  /** How the figure was worked out ("59 granted of 62 decided."), when there is one. */
  detail: string | null;
  /** The source's note on this force's figure. */
  note: string | null;
  /** A warning that must stay beside the value wherever it is shown. */
  caveat: string | null;
  /** Why a force with a figure is kept out of the ranks (and, for too few decisions, out of the colours). */
  unranked: RankRefusal | null;
  /** What the live region reads when the force is chosen. */
  announcement: string;
}

export interface MapView {
  id: MapMetricId;
  copy: MapMetricCopy;
  /** Heading, legend title and value column: "SPO applications per 1,000 recorded stalking offences". */
  label: string;
  /** One datum per force, in the model's force order. */
  areas: MapDatum[];
  /** Legend labels of the value classes, lowest first. */
  classes: string[];
  stateLabels: Partial<Record<Exclude<MapState, 'value'>, string>>;
  /** States the legend lists even when no force is in them: only those the source can produce. */
  legendStates: readonly Exclude<MapState, 'value'>[];
  /** How many forces have a figure and so a rank. */
  rankedCount: number;
  /** The period every force's figure covers, when they all share one (the table then says it once); else null. */
  sharedPeriod: string | null;
  /** Table order: highest value first, then forces without a figure; ties and the rest A to Z. */
  forces: MapForceView[];
  summary: string;
  /** The England and Wales figure, for the panel before a force is chosen. */
  national: string | null;
  sources: MapSourceRef[];
  /** Who the figures come from and the terms they are reused under, for the line under the map. */
  credit: Credit;
}

/** One force's figure before it is put into words. */
interface Entry {
  value: Value;
  /** Wording for a missing value that says more than its reason does. */
  missingWords?: { label: string; explanation: string };
  period: string;
  detail: string | null;
  note: string | null;
  caveat: string | null;
}

interface MetricInput {
  id: MapMetricId;
  copy: MapMetricCopy;
  label: string;
  /** d3-format specifier for values. */
  format: string;
  /** Values are counts, so class thresholds are whole numbers. */
  integer: boolean;
  entries: ByForce<Entry>;
  precision: Precision;
  ranking: Ranking;
  /** The highest and lowest, when the data can claim them (never over a named selection). */
  extremes: Extremes | null;
  /** How many forces have a value, of how many (from metrics). */
  counted: { withValue: number; of: number };
  national: string | null;
  /** The SPO dataset the values come from; null for measures from recorded offences alone. */
  datasetId: string | null;
  legendStates: readonly Exclude<MapState, 'value'>[];
  sourceIds: string[];
}

/** A value as printed; a positive value too small for the format reads "under 0.1", never "0.0". */
export function formatValue(specifier: string, value: number): string {
  if (roundsToZero(specifier, value)) return mapViewCopy.belowPrecision(formatNumber(specifier)(smallestStep(specifier)));
  return formatNumber(specifier)(value);
}

/** Thresholds print without trailing zeros: 0.75, 2.5, 10, 1,500; shares as 75%, 92.5%. */
function thresholdFormat(specifier: string): (value: number) => string {
  return formatNumber(specifier.endsWith('%') ? '~%' : ',~g');
}

export function mapStateOf(value: Value): MapState {
  if (value.value !== null) return value.value === 0 ? 'zero' : 'value';
  return value.missing === 'no_response' || value.missing === 'not_covered' ? value.missing : 'no_data';
}

function missingLabel(copy: MapMetricCopy, entry: Entry, value: Value & { value: null }): { label: string; explanation: string } {
  if (entry.missingWords) return entry.missingWords;
  if (value.missing === 'not_covered' && copy.notCovered) return copy.notCovered;
  return missingValue[value.missing];
}

/** Legend labels; a top class that holds only its lower bound reads "100%", not "100% or more". */
function legendClasses(classification: Classification, specifier: string, integer: boolean): string[] {
  const format = thresholdFormat(specifier);
  const labels = classLabels(classification, { format, words: mapCopy.classWords, integer });
  const top = classification.classes.at(-1);
  if (top !== undefined && labels.length > 1 && top.lower === top.upper) labels[labels.length - 1] = mapCopy.classWords.exactly(format(top.lower));
  return labels;
}

function byNameText(a: string, b: string): number {
  return a.localeCompare(b, 'en-GB');
}

function byName(a: { name: string }, b: { name: string }): number {
  return byNameText(a.name, b.name);
}

function buildView(model: DataModel, input: MetricInput): MapView {
  const { copy, format } = input;
  // A value the guards keep out of the ranks for too few decisions gets no colour class either.
  const tooFew = (code: ForceCode) => input.ranking.unranked.get(code)?.reason === 'too_few_decisions';
  // Classes hold values as displayed, so a value printed "1.0" is never in "Under 1".
  const shown = (value: number) => displayed(value, input.precision);
  const positives = [...input.entries].flatMap(([code, { value }]) => (value.value !== null && value.value > 0 && !tooFew(code) ? [shown(value.value)] : []));
  const classification = copy.singleClass === undefined ? classify(positives, { integer: input.integer }) : null;
  const classes = classification === null ? [copy.singleClass as string] : legendClasses(classification, format, input.integer);

  const areas: MapDatum[] = [];
  const forces: MapForceView[] = [];
  for (const force of model.forces) {
    const entry = input.entries.get(force.code);
    if (entry === undefined) throw new Error(`map measure ${input.id} has no entry for ${force.name} (${force.code})`);
    const { value } = entry;
    const refusal = input.ranking.unranked.get(force.code) ?? null;
    const uncoloured = tooFew(force.code);
    const state = uncoloured ? 'no_data' : mapStateOf(value);
    const missing = value.value === null ? missingLabel(copy, entry, value) : null;
    const printed =
      missing !== null ? missing.label : value.value === 0 ? copy.zero : copy.withUnit(formatValue(format, value.value as number), value.value as number);
    const valueText = uncoloured && refusal !== null ? mapViewCopy.withRefusal(printed, refusal) : printed;
    const bare = missing !== null || value.value === 0 ? printed : formatValue(format, value.value as number);
    const cellText = uncoloured && refusal !== null ? mapViewCopy.withRefusal(bare, refusal) : bare;
    const classIndex = state !== 'value' ? null : classification === null ? 0 : classIndexOf(classification.breaks, shown(value.value as number));
    const rank = input.ranking.ranks.get(force.code) ?? null;
    const rankText = rank === null ? mapViewCopy.notRanked(refusal) : mapViewCopy.rank(rank);
    areas.push({ code: force.code, name: force.name, slug: force.slug, value: uncoloured ? null : value.value, state, label: valueText, classIndex });
    forces.push({
      code: force.code,
      name: force.name,
      href: forcePath(force.slug),
      state,
      valueText,
      cellText,
      sortValue: value.value,
      stateText: missing !== null ? missing.explanation : uncoloured && refusal !== null ? mapViewCopy.stateText.uncoloured(refusal) : state === 'zero' ? mapViewCopy.stateText.zero(copy.zero) : mapViewCopy.stateText.value,
      rank,
      rankText,
      rankShort: rank === null ? mapViewCopy.notRankedShort : mapViewCopy.rankShort(rank),
      period: entry.period,
      detail: entry.detail,
      note: entry.note,
      caveat: entry.caveat,
      unranked: refusal,
      announcement: mapViewCopy.announce(force.name, valueText, rankText),
    });
  }
  forces.sort((a, b) => (b.sortValue ?? -Infinity) - (a.sortValue ?? -Infinity) || byName(a, b));

  const stateLabels = {
    zero: copy.zero,
    ...(copy.notCovered ? { not_covered: copy.notCovered.label } : {}),
    ...(copy.noData ? { no_data: copy.noData(MIN_DECISIONS) } : {}),
  };
  return {
    id: input.id,
    copy,
    label: input.label,
    areas,
    classes,
    stateLabels,
    legendStates: input.legendStates,
    rankedCount: input.ranking.ranks.size,
    sharedPeriod: new Set(forces.map((force) => force.period)).size === 1 ? (forces[0]?.period ?? null) : null,
    forces,
    summary: summarise(forces, copy, input.extremes === null ? null : {
      highest: { names: input.extremes.highest.forces.map((force) => force.name), text: copy.withUnit(formatValue(format, input.extremes.highest.value), input.extremes.highest.value) },
      lowest: input.extremes.lowest === null ? null : { names: input.extremes.lowest.forces.map((force) => force.name), text: copy.withUnit(formatValue(format, input.extremes.lowest.value), input.extremes.lowest.value) },
      aboveZero: input.extremes.aboveZero,
    }, input.counted),
    national: input.national,
    sources: input.sourceIds.map((id) => sourceRef(model, id, input)),
    credit: credit(input.sourceIds.map((id) => sourceOf(model, id, input))),
  };
}

function sourceOf(model: DataModel, id: string, input: MetricInput): Source {
  const source = model.sources.find((candidate) => candidate.id === id);
  if (source === undefined) throw new Error(`map measure ${input.id} cites source ${id}, which is not in sources.csv`);
  return source;
}

function sourceRef(model: DataModel, id: string, input: MetricInput): MapSourceRef {
  const source = sourceOf(model, id, input);
  const dataset = model.datasets.find((candidate) => candidate.id === input.datasetId && candidate.sourceId === id);
  return {
    id,
    label: dataset === undefined ? source.publisher : `${dataset.shortTitle} (${source.publisher})`,
    url: source.url === '' ? null : source.url,
    attribution: source.attribution,
    publisher: source.publisher,
    licence: source.licence,
  };
}

/** The extremes as the summary words them: the forces by name and the value as printed. */
export interface SummaryExtremes {
  highest: { names: string[]; text: string };
  lowest: { names: string[]; text: string } | null;
  aboveZero: boolean;
}

/**
 * The summary sentence: how many forces have a figure, the extremes when
 * metrics claims them (never over a named selection), and every force without
 * a number, by name.
 */
export function summarise(
  forces: readonly MapForceView[],
  copy: MapMetricCopy,
  extremes: SummaryExtremes | null,
  counted: { withValue: number; of: number },
): string {
  const words = mapViewCopy.summary;
  const names = (list: readonly MapForceView[]) => [...list].sort(byName).map((force) => force.name);
  const withState = (state: MapState) => forces.filter((force) => force.state === state);
  const zeros = withState('zero');
  const parts = [words.withFigures(counted.withValue, counted.of)];
  if (extremes !== null) {
    parts.push(words.extreme('highest', [...extremes.highest.names].sort(byNameText), extremes.highest.text));
    if (extremes.lowest !== null) parts.push(words.extreme(extremes.aboveZero ? 'lowestAboveZero' : 'lowest', [...extremes.lowest.names].sort(byNameText), extremes.lowest.text));
  }
  if (zeros.length > 0) parts.push(words.zeros(copy, names(zeros)));
  const noResponse = withState('no_response');
  if (noResponse.length > 0) parts.push(words.noResponse(names(noResponse)));
  const notCovered = withState('not_covered');
  if (notCovered.length > 0) parts.push(words.notCovered(names(notCovered), (copy.notCovered ?? figureState.not_covered).label));
  const tooFew = forces.filter((force) => force.unranked?.reason === 'too_few_decisions');
  if (tooFew.length > 0) parts.push(words.tooFewDecisions(names(tooFew)));
  const noData = withState('no_data').filter((force) => !tooFew.includes(force));
  for (const reason of new Set(noData.map((force) => force.valueText))) {
    parts.push(words.noData(names(noData.filter((force) => force.valueText === reason)), reason));
  }
  const caveated = forces.filter((force) => force.caveat !== null);
  if (caveated.length > 0) parts.push(words.caveat(names(caveated)));
  return parts.join(' ');
}

// ---- The measures -------------------------------------------------------------

function standingOf(standings: readonly Standing[], id: StandingId): Standing {
  const standing = standings.find((candidate) => candidate.id === id);
  if (standing === undefined) throw new Error(`no ${id} standing: the main dataset does not count it`);
  return standing;
}

function nationalText(standing: Standing, copy: MapMetricCopy): string | null {
  const { national } = standing;
  if (national === null) return null;
  return mapViewCopy.national(national.label, copy.withUnit(formatValue(standing.format, national.value), national.value));
}

function distinct(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

/** Which standing each measure of a round reads. */
const ROUND_STANDINGS: Record<RoundMeasure, StandingId> = {
  'applications-per-offences': 'applications-per-offences',
  applications: 'applications',
  'grant-rate': 'grant-rate',
};

/**
 * The measures of one all-forces round of applications: its counts, its rate
 * per 1,000 offences and, when it counts refusals, its grant rate. The
 * headline round's keep their plain ids and words; every other round's are
 * named by its dataset, so the switcher offers each round.
 */
function roundInputs(model: DataModel, round: DatasetMetrics, headline: boolean, metrics: Metrics, offenceSourceIds: string[]): MetricInput[] {
  const { dataset } = round;
  const standings = applicationStandings(round.dataset.id, metrics);
  const figureOf = (code: ForceCode) => round.figures.get(code);
  // States the round's figures can have: the legend lists them even when no force is in one.
  const legendStates: Exclude<MapState, 'value'>[] = [
    'zero',
    ...(round.totals.noResponse > 0 ? (['no_response'] as const) : []),
    ...(round.totals.notCovered > 0 ? (['not_covered'] as const) : []),
  ];
  const measures: [RoundMeasure, boolean][] = [['applications-per-offences', true], ['applications', false], ['grant-rate', true]];
  return measures.flatMap(([measure, detail]) => {
    const standing = standings.find((candidate) => candidate.id === ROUND_STANDINGS[measure]);
    if (standing === undefined) return [];
    const copy: MapMetricCopy = roundMetricCopy(mapMetricCopy[measure], dataset.basis, headline ? null : dataset.shortTitle);
    return [{
      id: roundMeasureId(measure, headline ? null : dataset.id),
      copy,
      label: copy.label,
      format: standing.format,
      integer: standing.format === ',d',
      entries: new Map(
        model.forces.map((force) => {
          const entry = standing.entries.get(force.code);
          const figure = figureOf(force.code);
          if (entry === undefined || figure === undefined) throw new Error(`no ${standing.id} figure for ${force.name} in ${dataset.id}`);
          return [
            force.code,
            {
              value: entry.value,
              period: figure.periodLabel ?? dataset.shortTitle,
              detail: detail ? entry.detail : null,
              note: figure.note === '' ? null : figure.note,
              caveat: entry.caveat,
            },
          ];
        }),
      ),
      precision: standing.precision,
      ranking: standing.ranking,
      extremes: standing.extremes,
      counted: { withValue: standing.withValue, of: standing.of },
      national: nationalText(standing, copy),
      datasetId: dataset.id,
      legendStates,
      sourceIds: [dataset.sourceId, ...(measure === 'applications-per-offences' ? offenceSourceIds : [])],
    }];
  });
}

function residentsInput(model: DataModel, standings: readonly Standing[], metrics: Metrics, sourceIds: string[]): MetricInput {
  const copy: MapMetricCopy = mapMetricCopy['offences-per-residents'];
  const standing = standingOf(standings, 'offences-per-residents');
  const { financialYear, populationDate } = metrics.offences.perResidents;
  const period = mapViewCopy.residentsPeriod(financialYear, populationDate.slice(0, 4));
  return {
    id: 'offences-per-residents',
    copy,
    label: `${copy.label}, ${financialYear}`,
    format: standing.format,
    integer: false,
    entries: new Map(
      model.forces.map((force) => {
        const entry = standing.entries.get(force.code);
        if (entry === undefined) throw new Error(`no offences-per-residents figure for ${force.name}`);
        return [force.code, { value: entry.value, period, detail: entry.detail, note: null, caveat: entry.caveat }];
      }),
    ),
    precision: standing.precision,
    ranking: standing.ranking,
    extremes: standing.extremes,
    counted: { withValue: standing.withValue, of: standing.of },
    national: nationalText(standing, copy),
    datasetId: null,
    // Recorded crime covers every force every quarter: only the states that occur are listed.
    legendStates: [],
    sourceIds,
  };
}

/**
 * Every map measure, in switcher order.
 *
 * @example buildMapViews(model, metrics).find((view) => view.id === DEFAULT_MAP_METRIC)
 */
export function buildMapViews(model: DataModel, metrics: Metrics): MapView[] {
  const standings = computeStandings(metrics);
  const headline = headlineDataset(metrics.datasets);
  const offenceSourceIds = distinct(model.offences.map((row) => row.sourceId));
  const populationSourceIds = distinct(
    model.population.filter((row) => row.referenceDate === metrics.offences.perResidents.populationDate).map((row) => row.sourceId),
  );
  const inputs = [
    ...metrics.applicationRounds.flatMap((round) => roundInputs(model, round, round === headline, metrics, offenceSourceIds)),
    residentsInput(model, standings, metrics, [...offenceSourceIds, ...populationSourceIds]),
  ];
  return inputs.map((input) => buildView(model, input));
}

/** What one tile's letters stand for. */
export interface TileKeyEntry {
  abbr: string;
  name: string;
}

/** The tiles' letters with the force each stands for, A to Z by the letters, as a reader looks one up. */
export function tileKey(tileGrid: readonly TileCell[], forces: readonly Pick<Force, 'code' | 'name'>[]): TileKeyEntry[] {
  const names = new Map(forces.map((force) => [force.code, force.name]));
  return tileGrid
    .flatMap((cell) => {
      const name = names.get(cell.code);
      return name === undefined ? [] : [{ abbr: cell.abbr, name }];
    })
    .sort((a, b) => a.abbr.localeCompare(b.abbr, 'en-GB'));
}
