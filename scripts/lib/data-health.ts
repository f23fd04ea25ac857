// The health report `npm run check-data` prints for a data folder that loads:
// what it covers, where the zeros are, where sources disagree, and what
// changed since the last commit. Written for an editor, not a developer.
import type { DataModel, SpoFigure } from '../../src/lib/data/types.ts';
import type { Metrics } from '../../src/lib/metrics/index.ts';

const numberFormat = new Intl.NumberFormat('en-GB');

function plural(count: number, one: string, many = `${one}s`): string {
  return `${numberFormat.format(count)} ${count === 1 ? one : many}`;
}

function indent(lines: readonly string[]): string[] {
  return lines.map((line) => `  ${line}`);
}

/** Compared figures always have exact dates; the labels are too long for one line. */
function period(figure: SpoFigure): string {
  return `${figure.periodStart ?? '?'} to ${figure.periodEnd ?? '?'}`;
}

export function healthReport(model: DataModel, metrics: Metrics): string[] {
  const wales = model.forces.filter((force) => force.country === 'Wales').length;
  const quarters = [...model.offences].sort((a, b) => a.start.localeCompare(b.start));
  const [firstQuarter, lastQuarter] = [quarters[0], quarters[quarters.length - 1]];
  const quarterRange =
    firstQuarter && lastQuarter
      ? `, ${firstQuarter.financialYear} Q${firstQuarter.quarter} to ${lastQuarter.financialYear} Q${lastQuarter.quarter}`
      : '';
  const populationDates = [...new Set(model.population.map((entry) => entry.referenceDate))].sort();

  const lines = [
    `Forces: ${model.forces.length} (${model.forces.length - wales} in England, ${wales} in Wales), matching the ${plural(model.boundaryCodes.length, 'boundary area')}.`,
    `Sources: ${model.sources.length}. National figures: ${model.nationalFigures.length}.`,
    `Stalking offences: ${plural(model.offences.length, 'force-quarter row')}${quarterRange}.`,
    `Population: ${plural(model.population.length, 'row')} (${populationDates.join(', ') || 'no dates'}).`,
    '',
    'SPO datasets, per force: reported (of which zero applications), no response, not covered',
    ...indent(
      metrics.datasets.map(({ dataset, totals }) => {
        const zero = dataset.measures.includes('applications') ? ` (${totals.zero} zero)` : '';
        return `${dataset.shortTitle} [${dataset.id}]: ${totals.reported} reported${zero}, ${totals.noResponse} no response, ${totals.notCovered} not covered`;
      }),
    ),
    '',
    'Forces reporting zero applications:',
    ...indent(
      metrics.datasets
        .filter(({ dataset }) => dataset.measures.includes('applications'))
        .map(({ dataset, zeroApplications }) => `${dataset.id}: ${zeroApplications.map((force) => force.name).join(', ') || 'none'}`),
    ),
    '',
  ];
  const { disagreements } = metrics.comparisons;
  if (disagreements.length === 0) return [...lines, 'Sources that disagree over comparable periods: none.'];
  return [
    ...lines,
    `Sources that disagree over comparable periods (${disagreements.length}; the site shows both, never merged):`,
    ...indent(
      disagreements.map(
        ({ force, first, second }) =>
          `${force.name}: ${first.datasetId} ${first.applications} (${period(first.figure)}) vs ${second.datasetId} ${second.applications} (${period(second.figure)})`,
      ),
    ),
  ];
}

/**
 * The version of the folder that changes are counted from, as far as
 * check-data could tell: the last commit, or outside git the data of the last
 * successful build. `since` names it in a heading ("the last commit").
 */
export type Baseline =
  | { kind: 'loaded'; since: string; model: DataModel }
  | { kind: 'unavailable'; since: string; reason: string }
  | { kind: 'invalid'; since: string; issueCount: number };

export function changesReport(baseline: Baseline, changes: () => string[]): string[] {
  const heading = `Changes since ${baseline.since}:`;
  if (baseline.kind === 'unavailable') return [`${heading} cannot compare: ${baseline.reason}.`];
  if (baseline.kind === 'invalid') {
    return [`${heading} cannot compare: that version itself has ${plural(baseline.issueCount, 'problem')}.`];
  }
  const lines = changes();
  return lines.length === 0 ? [`${heading} none.`] : [heading, ...indent(lines)];
}
