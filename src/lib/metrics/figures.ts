// Per-force SPO figures for one dataset, and what is summed, counted and
// divided from them.

import type { Force, SpoDataset, SpoFigure, SpoMeasure } from '../data/types.ts';
import { SPO_MEASURES } from '../data/types.ts';
import type { ByForce, DatasetTotals, ForceFigure, ForceRef, MeasureTotal, MissingReason, Value } from './types.ts';

export function forceRef(force: Force): ForceRef {
  return { code: force.code, name: force.name };
}

export function present(value: number): Value {
  return { value, missing: null };
}

export function absent(missing: MissingReason): Value {
  return { value: null, missing };
}

/** Earliest start first; a row without a start date sorts after dated rows; then by end, then by line. */
function comparePeriods(a: SpoFigure, b: SpoFigure): number {
  return compareNullableDates(a.periodStart, b.periodStart)
    || compareNullableDates(a.periodEnd, b.periodEnd)
    || a.line - b.line;
}

function compareNullableDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

export function sortByPeriod(rows: readonly SpoFigure[]): SpoFigure[] {
  return [...rows].sort(comparePeriods);
}

/** One measure of one row, or why it is missing (the row's state, not counted, or not stated). */
export function measureValue(dataset: SpoDataset, figure: SpoFigure | null, measure: SpoMeasure): Value {
  if (figure === null) return absent('not_covered');
  if (figure.status !== 'reported') return absent(figure.status);
  if (!dataset.measures.includes(measure)) return absent('not_in_dataset');
  const value = figure[measure];
  return value === null ? absent('not_reported') : present(value);
}

export function buildForceFigures(dataset: SpoDataset, forces: readonly Force[], figures: readonly SpoFigure[]): Map<string, ForceFigure> {
  const rowsByForce = new Map<string, SpoFigure[]>();
  for (const figure of figures) {
    if (figure.datasetId !== dataset.id) continue;
    const rows = rowsByForce.get(figure.forceCode) ?? [];
    rows.push(figure);
    rowsByForce.set(figure.forceCode, rows);
  }

  const byForce = new Map<string, ForceFigure>();
  for (const force of forces) {
    const rows = sortByPeriod(rowsByForce.get(force.code) ?? []);
    const main = rows[0] ?? null;
    byForce.set(force.code, {
      force: forceRef(force),
      datasetId: dataset.id,
      rows,
      main,
      state: main?.status ?? 'not_covered',
      applications: measureValue(dataset, main, 'applications'),
      granted: measureValue(dataset, main, 'granted'),
      refused: measureValue(dataset, main, 'refused'),
      pending: measureValue(dataset, main, 'pending'),
      periodLabel: main?.periodLabel ?? null,
      periodStart: main?.periodStart ?? null,
      periodEnd: main?.periodEnd ?? null,
      note: main?.note ?? '',
    });
  }
  return byForce;
}

export function datasetTotals(dataset: SpoDataset, figures: ByForce<ForceFigure>): DatasetTotals {
  const all = [...figures.values()];
  const measures: MeasureTotal[] = SPO_MEASURES.filter((measure) => dataset.measures.includes(measure)).map((measure) => {
    const values = all.map((figure) => figure[measure].value).filter((value): value is number => value !== null);
    return {
      measure,
      total: values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0),
      forcesSummed: values.length,
      forcesNotReported: all.filter((figure) => figure[measure].missing === 'not_reported').map((figure) => figure.force),
    };
  });
  return {
    reported: all.filter((figure) => figure.state === 'reported').length,
    zero: all.filter((figure) => figure.applications.value === 0).length,
    noResponse: all.filter((figure) => figure.state === 'no_response').length,
    notCovered: all.filter((figure) => figure.state === 'not_covered').length,
    measures,
  };
}

export function byName(a: ForceRef, b: ForceRef): number {
  return a.name.localeCompare(b.name, 'en-GB');
}

export function zeroApplications(figures: ByForce<ForceFigure>): ForceRef[] {
  return [...figures.values()]
    .filter((figure) => figure.applications.value === 0)
    .map((figure) => figure.force)
    .sort(byName);
}
