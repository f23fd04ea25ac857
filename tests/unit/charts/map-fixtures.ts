// Inputs for the map tests: tiny synthetic topologies (one-degree squares
// with shared edges, and an enclave inside one of them, as the City sits in
// the Met), the real project topology and tile grid, and made-up values for
// each metric the map can show.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Topology } from 'topojson-specification';
import { classIndexOf, classLabels, classify } from '../../../src/lib/charts/classify.ts';
import { type MapDatum, type MapState, parseTileGrid, type TileCell } from '../../../src/lib/charts/map.ts';
import { mapCopy } from '../../../src/lib/copy/map.ts';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export interface FixtureForce {
  code: string;
  name: string;
  slug: string;
}

export interface SquareCell extends FixtureForce {
  col: number;
  row: number;
}

type Corner = [number, number];

/**
 * A topology of one-degree squares near Britain, wound as d3-geo expects
 * (exterior rings clockwise), with every shared edge a single arc so that
 * meshes and neighbours work as they do on the real file. An optional
 * enclave is a small square cut out of its host, sharing one closed arc.
 *
 * @example squareTopology([{ ...forces.north, col: 0, row: 0 }, { ...forces.south, col: 0, row: 1 }])
 */
export function squareTopology(cells: readonly SquareCell[], enclave?: { force: FixtureForce; host: string }): Topology {
  const arcs: Corner[][] = [];
  const arcIndex = new Map<string, number>();
  const at = ([col, row]: Corner): Corner => [-3 + col, 54 - row];
  const edge = (from: Corner, to: Corner): number => {
    const [a, b] = [from.join(), to.join()];
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    let index = arcIndex.get(key);
    if (index === undefined) {
      index = arcs.push([at(from), at(to)]) - 1;
      arcIndex.set(key, index);
      return index;
    }
    return arcs[index]?.[0]?.join() === at(from).join() ? index : ~index;
  };
  const geometries: Record<string, unknown>[] = cells.map(({ code, name, col, row }) => {
    const corners: Corner[] = [
      [col, row],
      [col + 1, row],
      [col + 1, row + 1],
      [col, row + 1],
    ];
    const ring = corners.map((corner, i) => edge(corner, corners[(i + 1) % 4] as Corner));
    return { type: 'Polygon', id: code, properties: { code, name }, arcs: [ring] };
  });
  if (enclave) {
    const host = cells.find((cell) => cell.code === enclave.host);
    const hostGeometry = geometries.find((geometry) => geometry['id'] === enclave.host);
    if (!host || !hostGeometry) throw new Error(`no host square ${enclave.host}`);
    const [x, y] = at([host.col + 0.5, host.row + 0.5]);
    const half = 0.03;
    const index = arcs.push([
      [x - half, y + half],
      [x + half, y + half],
      [x + half, y - half],
      [x - half, y - half],
      [x - half, y + half],
    ]) - 1;
    (hostGeometry['arcs'] as number[][]).push([~index]);
    geometries.push({ type: 'Polygon', id: enclave.force.code, properties: { code: enclave.force.code, name: enclave.force.name }, arcs: [[index]] });
  }
  return {
    type: 'Topology',
    objects: { police_force_areas: { type: 'GeometryCollection', geometries } },
    arcs,
  } as unknown as Topology;
}

export type FiveForces = readonly [FixtureForce, FixtureForce, FixtureForce, FixtureForce, FixtureForce];

/**
 * The standard synthetic map: a 2 × 2 block of squares (north-west,
 * north-east, south-west, south-east) and a small enclave inside the
 * south-east square, as the City sits in the Met; the inset shows those two.
 * The tile grid puts the enclave to the right of its host.
 */
export function blockFixture(forces: FiveForces, abbrs: readonly [string, string, string, string, string]) {
  const [nw, ne, sw, se, enclave] = forces;
  const topology = squareTopology(
    [
      { ...nw, col: 0, row: 0 },
      { ...ne, col: 1, row: 0 },
      { ...sw, col: 0, row: 1 },
      { ...se, col: 1, row: 1 },
    ],
    { force: enclave, host: se.code },
  );
  const positions: [number, number][] = [[0, 0], [1, 0], [0, 1], [1, 1], [2, 1]];
  const tileGrid: TileCell[] = forces.map(({ code }, i) => ({ code, col: positions[i]?.[0] ?? 0, row: positions[i]?.[1] ?? 0, abbr: abbrs[i] ?? '' }));
  return { topology, tileGrid, inset: { codes: [se.code, enclave.code], label: enclave.name } };
}

export function realTopology(): Topology {
  return JSON.parse(readFileSync(join(repoRoot, 'data', 'geo', 'police-force-areas.topo.json'), 'utf8')) as Topology;
}

export function realTileGrid(): TileCell[] {
  return parseTileGrid(readFileSync(join(repoRoot, 'data', 'geo', 'tile-grid.csv'), 'utf8'));
}

/** The areas of a topology as forces, named from its properties. */
export function topologyForces(topology: Topology): FixtureForce[] {
  const collection = topology.objects['police_force_areas'] as unknown as { geometries: { properties: { code: string; name: string } }[] };
  return collection.geometries.map(({ properties: { code, name } }) => ({
    code,
    name,
    slug: name.toLowerCase().replace(/[^a-z]+/g, '-').replace(/^-|-$/g, ''),
  }));
}

/** A datum with the label a reader would see for a state. */
export function datum(force: FixtureForce, state: MapState, value: number | null, classIndex: number | null, label?: string): MapDatum {
  return { ...force, state, value, classIndex, label: label ?? (state === 'value' ? String(value) : mapCopy.stateLabel[state]) };
}

/** The map page's measures, so the golden files cover each one. */
export const METRICS = ['applications-per-offences', 'applications', 'grant-rate', 'court-first-year', 'offences-per-residents'] as const;
export type FixtureMetric = (typeof METRICS)[number];

interface MetricRule {
  /** State and value of the i-th force; made up, deterministic. */
  at: (i: number) => { state: MapState; value: number | null };
  format: (value: number) => string;
  unit: string;
  integer: boolean;
  /** A categorical metric: one class, no breaks. */
  categories?: string[];
}

const oneDecimal = (value: number) => value.toFixed(1);
const RULES: Record<FixtureMetric, MetricRule> = {
  'applications-per-offences': {
    at: (i) => (i % 9 === 4 ? { state: 'zero', value: 0 } : i % 11 === 6 ? { state: 'no_response', value: null } : { state: 'value', value: Math.round((((i * 37) % 50) / 4 + 0.3) * 10) / 10 }),
    format: oneDecimal,
    unit: ' per 1,000 offences',
    integer: false,
  },
  applications: {
    at: (i) => (i % 7 === 3 ? { state: 'zero', value: 0 } : i % 13 === 5 ? { state: 'no_response', value: null } : { state: 'value', value: ((i * 17) % 60) + 1 }),
    format: String,
    unit: ' applications',
    integer: true,
  },
  'grant-rate': {
    at: (i) => (i % 9 === 4 ? { state: 'no_data', value: null } : i % 11 === 6 ? { state: 'no_response', value: null } : { state: 'value', value: ((i * 29) % 100) / 100 }),
    format: (share) => `${Math.round(share * 100)}%`,
    unit: ' granted',
    integer: false,
  },
  'court-first-year': {
    at: (i) => (i % 10 === 0 ? { state: 'value', value: 10 + i } : i % 6 === 1 ? { state: 'zero', value: 0 } : { state: 'not_covered', value: null }),
    format: String,
    unit: ' applications',
    integer: true,
    categories: ['Some applications'],
  },
  'offences-per-residents': {
    at: (i) => ({ state: 'value', value: ((i * 13) % 40) / 10 + 0.5 }),
    format: oneDecimal,
    unit: ' per 1,000 residents',
    integer: false,
  },
};

/** Made-up map data for one metric: every force gets a state, values get classes as the map page would give them. */
export function metricAreas(metric: FixtureMetric, forces: readonly FixtureForce[]): { areas: MapDatum[]; classes: string[] } {
  const rule = RULES[metric];
  const raw = forces.map((force, i) => ({ force, ...rule.at(i) }));
  const values = raw.flatMap(({ state, value }) => (state === 'value' && value !== null ? [value] : []));
  const classification = classify(values, { integer: rule.integer });
  const classes = rule.categories ?? classLabels(classification, { format: rule.format, words: mapCopy.classWords, integer: rule.integer });
  const areas = raw.map(({ force, state, value }) => {
    if (state !== 'value' || value === null) return datum(force, state, value, null, state === 'zero' ? `0${rule.unit}` : undefined);
    const classIndex = rule.categories ? 0 : classIndexOf(classification.breaks, value);
    return datum(force, state, value, classIndex, `${rule.format(value)}${rule.unit}`);
  });
  return { areas, classes };
}
