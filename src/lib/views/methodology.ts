// Everything the methodology page shows, worked out once from the model and
// metrics: each source with its publisher, date, link and licence; each
// collection of SPO figures with what it counts and when; the quarters of
// offences matched to each force's figures; where sources disagree; and how
// current the data is.

import { figureState, missingValue, notStated } from '../copy/common.ts';
import { formatCount, formatLongDay, formatNumber } from './format.ts';
import { methodologyCopy } from '../copy/methodology.ts';
import { countsText, measuresAtIssue } from '../copy/force.ts';
import type { DataModel, DatasetScope, FigureStatus, Source } from '../data/types.ts';
import { forcePath } from './routes.ts';
import { type Metrics, headlineDataset } from '../metrics/index.ts';
import type { StateModifier } from './state-classes.ts';
import { datasetPeriod } from './home.ts';

export interface DatasetEntry {
  id: string;
  title: string;
  shortTitle: string;
  counts: string;
  coverage: string;
  scope: DatasetScope;
  period: string;
  notes: string;
  source: Source;
}

export interface WindowRow {
  force: { name: string; href: string };
  state: FigureStatus;
  /** The period the force's figures cover, or its state when it has none. */
  period: string;
  /** "Jan 2020 to Mar 2021", or why no quarters could be matched. */
  window: string;
  offences: string;
  applications: string;
  rate: string;
}

export interface StateEntry {
  term: string;
  definition: string;
  /** Class modifier the tables use for the state, so the sample looks as it does there. */
  modifier: Exclude<StateModifier, 'value'>;
}

/** Two sources' different numbers of applications for one force over overlapping periods. */
export interface Conflict {
  force: string;
  /** Each source's figures: applications, and any other count the two give differently. */
  figures: { dataset: string; counts: string; period: string }[];
  /** What the difference means: a contradiction (and why) or a difference the periods allow. */
  verdict: string;
}

export interface NewestSource {
  /** "23 April 2026", or "September 2024" when the source gives only a month. */
  date: string;
  source: Source;
}

export interface Methodology {
  sources: Source[];
  datasets: DatasetEntry[];
  states: StateEntry[];
  windows: { caption: string; rows: WindowRow[] };
  conflicts: Conflict[];
  newest: NewestSource | null;
  built: string;
}

const RATE_FORMAT = ',.1f';
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * The first date in a source's free-text date field ("2026-04-23 (April 2026
 * edition)", "Updated 2023-01-26", "2024-09"), as a sortable key and as words.
 * Null when the field holds no ISO-style date ("Mid-2024 estimates").
 */
export function sourceDate(text: string): { key: string; words: string } | null {
  const match = /\b(\d{4})-(\d{2})(?:-(\d{2}))?\b/.exec(text);
  if (!match) return null;
  const [, year, month, day] = match;
  if (day !== undefined) return { key: `${year}-${month}-${day}`, words: formatLongDay(`${year}-${month}-${day}`) };
  // A month alone sorts after every day of the month before and before any day of its own.
  return { key: `${year}-${month}-00`, words: monthFormat.format(new Date(`${year}-${month}-01T00:00:00Z`)) };
}

/** The source with the latest parseable date: when the data was last brought up to date. */
export function newestSource(sources: readonly Source[]): NewestSource | null {
  let newest: { key: string; words: string; source: Source } | null = null;
  for (const source of sources) {
    const date = sourceDate(source.date);
    if (date !== null && (newest === null || date.key > newest.key)) newest = { ...date, source };
  }
  return newest === null ? null : { date: newest.words, source: newest.source };
}

function windowRows(model: DataModel, metrics: Metrics): WindowRow[] {
  const dataset = headlineDataset(metrics.datasets);
  const perOffences = dataset.applicationsPerOffences;
  if (perOffences == null) return [];
  const slugs = new Map(model.forces.map((force) => [force.code, force.slug]));
  const formatRate = formatNumber(RATE_FORMAT);
  return [...perOffences.values()]
    .map((entry) => {
      const figure = dataset.figures.get(entry.force.code);
      const state = figure?.state ?? 'not_covered';
      const stateLabel = state === 'reported' ? null : figureState[state].label;
      const missing = (reason: keyof typeof missingValue) => missingValue[reason].label;
      return {
        force: { name: entry.force.name, href: forcePath(slugs.get(entry.force.code) ?? '') },
        state,
        period: stateLabel ?? figure?.periodLabel ?? '',
        window: entry.window?.label ?? stateLabel ?? missing('no_period_end'),
        offences: entry.offences === null ? (stateLabel ?? missing('incomplete_offences')) : formatCount(entry.offences),
        applications: entry.applications.value === null ? missing(entry.applications.missing) : formatCount(entry.applications.value),
        rate: entry.rate.value === null ? missing(entry.rate.missing) : formatRate(entry.rate.value),
      };
    })
    .sort((a, b) => a.force.name.localeCompare(b.force.name, 'en-GB'));
}

function conflicts(metrics: Metrics): Conflict[] {
  const titleOf = new Map(metrics.datasets.map(({ dataset }) => [dataset.id, dataset.shortTitle]));
  return metrics.comparisons.disagreements.map((pair) => {
    const [first, second] = [pair.first, pair.second].map((compared) => titleOf.get(compared.datasetId) ?? compared.datasetId) as [string, string];
    return {
      force: pair.force.name,
      figures: [pair.first, pair.second].map((compared) => ({
        dataset: titleOf.get(compared.datasetId) ?? compared.datasetId,
        counts: countsText(compared.counts, measuresAtIssue(pair)),
        period: compared.figure.periodLabel,
      })),
      verdict: methodologyCopy.conflictVerdict(pair, [first, second]),
    };
  });
}

/**
 * @param builtAt When the site is built, for the "site built" line.
 */
export function buildMethodology(model: DataModel, metrics: Metrics, builtAt: Date): Methodology {
  const sourcesById = new Map(model.sources.map((source) => [source.id, source]));
  const foi = headlineDataset(metrics.datasets);
  return {
    sources: model.sources,
    datasets: metrics.datasets.map((dataset) => {
      const source = sourcesById.get(dataset.dataset.sourceId);
      if (source === undefined) throw new Error(`Dataset ${dataset.dataset.id} cites ${dataset.dataset.sourceId}, which is not in data/sources.csv`);
      return {
        id: dataset.dataset.id,
        title: dataset.dataset.title,
        shortTitle: dataset.dataset.shortTitle,
        counts: dataset.dataset.basis,
        coverage: methodologyCopy.coverage[dataset.dataset.scope],
        scope: dataset.dataset.scope,
        period: datasetPeriod(dataset),
        notes: dataset.dataset.notes,
        source,
      };
    }),
    states: [
      { term: methodologyCopy.zeroTerm, definition: methodologyCopy.zeroDefinition, modifier: 'zero' },
      { term: figureState.no_response.label, definition: figureState.no_response.explanation, modifier: 'no-response' },
      { term: figureState.not_covered.label, definition: figureState.not_covered.explanation, modifier: 'not-covered' },
      { term: notStated.label, definition: notStated.explanation, modifier: 'not-stated' },
    ],
    windows: { caption: methodologyCopy.windowsCaption(foi.dataset.shortTitle), rows: windowRows(model, metrics) },
    conflicts: conflicts(metrics),
    newest: newestSource(model.sources),
    built: formatLongDay(builtAt.toISOString().slice(0, 10)),
  };
}
