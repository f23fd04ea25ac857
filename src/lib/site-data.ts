// The data every page reads, loaded and computed once per build. Pages import
// from here and never compute numbers themselves.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import { BOUNDARY_FILE, buildDataDir, formatIssue, loadData } from './data/load.ts';
import type { DataModel, Force, ForceCode, NationalFigure, Source } from './data/types.ts';
import { computeMetrics, type Metrics } from './metrics/index.ts';

export const dataDir = buildDataDir();

function loadModel(): DataModel {
  const result = loadData(dataDir);
  if (result.model === null) {
    const count = result.issues.length;
    throw new Error(
      `data/ has ${count} ${count === 1 ? 'problem' : 'problems'} (run npm run check-data):\n${result.issues.map(formatIssue).join('\n')}`,
    );
  }
  return result.model;
}

export const model: DataModel = loadModel();
export const metrics: Metrics = computeMetrics(model);
/** The force-area boundaries; loadModel has already checked them against forces.csv. */
export const topology = JSON.parse(readFileSync(resolve(dataDir, BOUNDARY_FILE), 'utf8')) as Topology;

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
