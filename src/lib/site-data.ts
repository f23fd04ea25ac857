// The data every page reads, loaded and computed once per build. Pages import
// from here and never compute numbers themselves.
import type { Topology } from 'topojson-specification';
import { buildDataDir, formatIssues, loadData, type Geography } from './data/load.ts';
import type { TileCell } from './data/tile-grid.ts';
import type { DataModel, Force, ForceCode, NationalFigure, Source } from './data/types.ts';
import { computeMetrics, type Metrics } from './metrics/index.ts';
import { SITE_NEEDS } from './views/needs.ts';

export const dataDir = buildDataDir();

function loadModel(): { model: DataModel; geography: Geography } {
  const result = loadData(dataDir, { needs: SITE_NEEDS });
  if (result.model === null) {
    const count = result.issues.length;
    throw new Error(
      `data/ has ${count} ${count === 1 ? 'problem' : 'problems'} (run npm run check-data):\n${formatIssues(result.issues).join('\n')}`,
    );
  }
  return result;
}

const loaded = loadModel();
export const model: DataModel = loaded.model;
export const metrics: Metrics = computeMetrics(model);
/** The force-area boundaries, checked against forces.csv by the loader. */
export const topology: Topology = loaded.geography.topology;
/** data/geo/tile-grid.csv: one tile per force, checked by the loader. */
export const tileGrid: TileCell[] = loaded.geography.tileGrid;

const forcesByCode = new Map(model.forces.map((force) => [force.code, force]));
const sourcesById = new Map(model.sources.map((source) => [source.id, source]));
const nationalFiguresById = new Map(model.nationalFigures.map((figure) => [figure.id, figure]));

function lookup<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`No ${what} ${String(key)} in data/`);
  return value;
}

export function forceByCode(code: ForceCode): Force {
  return lookup(forcesByCode, code, 'force');
}

export function sourceById(id: string): Source {
  return lookup(sourcesById, id, 'source');
}

export function nationalFigureById(id: string): NationalFigure {
  return lookup(nationalFiguresById, id, 'national figure');
}
