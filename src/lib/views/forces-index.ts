// The /forces/ table: every force with every comparison measure and the
// figures behind them, each cell a number or a stated reason for none, with a
// sort key that leaves missing values empty (so they sort last, never as 0).

import { forcesIndex } from '../copy/forces-index.ts';
import { measureLabel, standingLabel } from '../copy/common.ts';
import type { Force } from '../data/types.ts';
import { forcePath } from './routes.ts';
import { headlineDataset, type Metrics, type Value } from '../metrics/index.ts';
import { valueView, type ValueView } from './force.ts';
import { latestColumn, latestFigureView, type LatestFigureView } from './since.ts';
import type { Standing, StandingId } from './standings.ts';

export interface TableColumn {
  id: string;
  label: string;
  /** The source or period the column comes from, shown under the label. */
  detail: string;
  /** The SPO dataset the column's figures come from; null for a column of recorded offences alone. */
  datasetId: string | null;
}

export interface TableCell {
  columnId: string;
  view: ValueView;
  /** The number as written, for sorting; empty when there is none. */
  sortValue: string;
  /** A caveat that belongs beside this value. */
  caveat: string | null;
}

export interface TableRow {
  code: string;
  name: string;
  href: string;
  cells: TableCell[];
  /** The date of the force's latest public figure since the all-forces figures, linking to its page's section. */
  latest: LatestFigureView;
}

export interface ForcesTable {
  columns: TableColumn[];
  /** The last column: a date, not a measure, so it is never set against the others. */
  latestColumn: Omit<TableColumn, 'datasetId'>;
  rows: TableRow[];
}

function cell(columnId: string, value: Value, format = ',d', caveat: string | null = null): TableCell {
  return { columnId, view: valueView(value, format), sortValue: value.value === null ? '' : String(value.value), caveat };
}

/** Forces alphabetically; columns in the order the force pages show the measures. */
export function forcesTable(forces: readonly Force[], metrics: Metrics, standings: readonly Standing[]): ForcesTable {
  const primary = headlineDataset(metrics.datasets);
  const others = metrics.datasets.filter(({ dataset }) => dataset.scope === 'all_forces' && dataset.id !== primary.dataset.id && dataset.measures.includes('applications'));
  const byId = new Map(standings.map((standing) => [standing.id, standing]));
  const standing = (id: StandingId) => byId.get(id);
  const { perResidents } = metrics.offences;

  const columns: TableColumn[] = [];
  const cellsFor: ((force: Force) => TableCell)[] = [];
  const addStanding = (id: StandingId) => {
    const found = standing(id);
    if (found === undefined) return;
    columns.push({ id, label: found.short, detail: found.datasetId === null ? perResidents.financialYear : primary.dataset.shortTitle, datasetId: found.datasetId });
    cellsFor.push((force) => {
      const entry = found.entries.get(force.code);
      return cell(id, entry?.value ?? { value: null, missing: 'not_covered' }, found.format, entry?.caveat ?? null);
    });
  };

  addStanding('applications');
  if (primary.dataset.measures.includes('granted')) {
    columns.push({ id: 'granted', label: measureLabel.granted, detail: primary.dataset.shortTitle, datasetId: primary.dataset.id });
    cellsFor.push((force) => cell('granted', primary.figures.get(force.code)?.granted ?? { value: null, missing: 'not_covered' }));
  }
  addStanding('grant-rate');
  addStanding('applications-per-offences');
  for (const metrics of others) {
    const id = `applications-${metrics.dataset.id}`;
    columns.push({ id, label: standingLabel.applications.short, detail: metrics.dataset.shortTitle, datasetId: metrics.dataset.id });
    cellsFor.push((force) => cell(id, metrics.figures.get(force.code)?.applications ?? { value: null, missing: 'not_covered' }));
  }
  columns.push({ id: 'offences', label: forcesIndex.offencesColumn, detail: perResidents.financialYear, datasetId: null });
  cellsFor.push((force) => {
    const offences = perResidents.byForce.get(force.code)?.offences ?? null;
    return cell('offences', offences === null ? { value: null, missing: 'incomplete_offences' } : { value: offences, missing: null });
  });
  addStanding('offences-per-residents');

  const rows = [...forces]
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
    .map((force) => {
      const href = forcePath(force.slug);
      const since = metrics.since.byForce.get(force.code);
      if (since === undefined) throw new Error(`No since entry for force ${force.code}`);
      return { code: force.code, name: force.name, href, cells: cellsFor.map((make) => make(force)), latest: latestFigureView(since, href) };
    });
  return { columns, latestColumn: latestColumn(metrics), rows };
}
