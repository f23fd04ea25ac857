// The sentences at the top of a force page: what the force applied for, over
// which period and according to whom, or that it did not reply. Every clause
// comes from one row of data/spo_figures.csv and names its source; nothing is
// inferred across sources, and a disagreement is stated, never resolved.

import { datasetVoice, forceHeadline, measureLabel } from './copy.ts';
import type { SpoDataset, SpoFigure, SpoMeasure } from './data/types.ts';
import type { ApplicationsComparison, DatasetMetrics, ForceRef } from './metrics/index.ts';

const OUTCOMES = ['granted', 'refused', 'pending'] as const satisfies readonly SpoMeasure[];

/**
 * The dataset a force is first described and compared by: the one covering
 * all forces that has figures for the most of them (ties: display order).
 */
export function primaryDataset(datasets: readonly DatasetMetrics[]): DatasetMetrics {
  const candidates = datasets.filter(({ dataset }) => dataset.scope === 'all_forces');
  const best = candidates.reduce<DatasetMetrics | null>(
    (found, metrics) => (found === null || metrics.totals.reported > found.totals.reported ? metrics : found),
    null,
  );
  if (best === null) throw new Error('No dataset covers all forces, so force pages have nothing to compare by');
  return best;
}

/** What one reported row says, as a lead sentence and, where there are outcomes, a second one. */
export function reportedSentences(dataset: SpoDataset, row: SpoFigure, force: string, attribution: string): string[] {
  const { according } = datasetVoice(dataset.id, dataset.shortTitle, attribution);
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
  const voice = datasetVoice(dataset.id, dataset.shortTitle, attribution);
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
  /** The credit line of a dataset's source, for datasets without their own wording in copy.ts. */
  attribution: (dataset: SpoDataset) => string;
}

/**
 * Paragraphs of sentences, in order: the primary dataset (whatever its
 * state), every other dataset covering all forces that has a reported figure,
 * each disagreement between comparable figures, then the latest reported
 * figure of each single-force source.
 */
export function headlineParagraphs({ force, datasets, comparisons, attribution }: HeadlineInput): string[][] {
  const primary = primaryDataset(datasets);
  const otherAllForces = datasets.filter(({ dataset }) => dataset.scope === 'all_forces' && dataset.id !== primary.dataset.id);
  const singleForce = datasets.filter(({ dataset }) => dataset.scope === 'selected_forces');
  const titleOf = new Map(datasets.map(({ dataset }) => [dataset.id, dataset.shortTitle]));

  return [
    stateSentences(primary, force, attribution(primary.dataset)),
    ...otherAllForces.flatMap((metrics) =>
      metrics.figures.get(force.code)?.state === 'reported' ? [stateSentences(metrics, force, attribution(metrics.dataset))] : []),
    ...comparisons
      .filter((pair) => pair.force.code === force.code && !pair.agree)
      .map(({ first, second }) => [
        forceHeadline.disagree(titleOf.get(first.datasetId) ?? first.datasetId, first.applications, titleOf.get(second.datasetId) ?? second.datasetId, second.applications),
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
