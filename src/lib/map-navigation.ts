// Where the arrow keys go on the map. Worked out at build time from where
// each force sits (its centroid on the geographic map, its square on the tile
// map), so moving right goes to the nearest force to the east, not to the next
// one in some list. The map's client script only reads the answer.

import { geoPath } from 'd3-geo';
import type { Feature } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { AREAS_OBJECT, britishGridProjection, geometryCode } from './charts/map/geometry.ts';
import type { TileCell } from './data/tile-grid.ts';
import type { ForceCode } from './data/types.ts';

export type Direction = 'up' | 'right' | 'down' | 'left';
/** The order the neighbours are written in, and the arrow keys that go there. */
export const DIRECTIONS: readonly Direction[] = ['up', 'right', 'down', 'left'];

/** A force's position; y grows downwards, as on screen. */
export interface PlacedArea {
  code: ForceCode;
  x: number;
  y: number;
}

export type Neighbours = Record<Direction, ForceCode | null>;

const UNIT: Record<Direction, [number, number]> = { up: [0, -1], right: [1, 0], down: [0, 1], left: [-1, 0] };
/** A force counts as lying in a direction when it is within 60° either side of it. */
const CONE = Math.tan((60 * Math.PI) / 180);
/** Sideways distance costs this much more than distance straight ahead, so "right" prefers the same row. */
const SIDEWAYS_WEIGHT = 2;

/**
 * For each area and each direction, the nearest area that way: the one with
 * the least distance ahead plus twice the distance sideways, among those
 * within 60° of the direction; null at the edge of the map. With `borders`,
 * an area that shares a border is preferred to a nearer one across the sea
 * (from Avon and Somerset, left is Devon and Cornwall, not South Wales).
 */
export function directionalNeighbours(
  areas: readonly PlacedArea[],
  borders: ReadonlyMap<ForceCode, readonly ForceCode[]> = new Map(),
): Map<ForceCode, Neighbours> {
  const result = new Map<ForceCode, Neighbours>();
  for (const from of areas) {
    const bordering = new Set(borders.get(from.code) ?? []);
    const entry = {} as Neighbours;
    for (const direction of DIRECTIONS) {
      const [ux, uy] = UNIT[direction];
      const ahead = areas.flatMap((to) => {
        const dx = to.x - from.x;
        const dy = to.y - from.y;
        const along = dx * ux + dy * uy;
        const sideways = Math.abs(dx * uy - dy * ux);
        return to.code === from.code || along <= 0 || sideways > along * CONE ? [] : [{ code: to.code, cost: along + SIDEWAYS_WEIGHT * sideways }];
      });
      const touching = ahead.filter((candidate) => bordering.has(candidate.code));
      const pool = touching.length > 0 ? touching : ahead;
      entry[direction] = pool.reduce<(typeof pool)[number] | null>((best, candidate) => (best === null || candidate.cost < best.cost ? candidate : best), null)?.code ?? null;
    }
    result.set(from.code, entry);
  }
  return result;
}

/** Each force area's centroid in the map's projection (units do not matter, only directions). */
export function geoCentres(topology: Topology): PlacedArea[] {
  const areas = topology.objects[AREAS_OBJECT] as GeometryCollection | undefined;
  if (areas?.type !== 'GeometryCollection') throw new Error(`the topology has no GeometryCollection "${AREAS_OBJECT}"`);
  const path = geoPath(britishGridProjection());
  return areas.geometries.map((geometry) => {
    const [x, y] = path.centroid(feature(topology, geometry) as Feature);
    return { code: geometryCode(geometry), x, y };
  });
}

export function tileCentres(grid: readonly TileCell[]): PlacedArea[] {
  return grid.map((cell) => ({ code: cell.code, x: cell.col, y: cell.row }));
}

/**
 * The neighbours in the compact form the page carries in a data attribute:
 * "code:up,right,down,left" per force, ";"-separated, "" where there is none.
 * @example "E23000001:E23000027,E23000028,E23000031,E23000029;…"
 */
export function encodeNeighbours(neighbours: ReadonlyMap<ForceCode, Neighbours>): string {
  return [...neighbours].map(([code, entry]) => `${code}:${DIRECTIONS.map((direction) => entry[direction] ?? '').join(',')}`).join(';');
}
