// Build-time geography from the force-area TopoJSON: which forces share a
// border, and the compact file the browser uses to find the reader's force.

import { feature, neighbors } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { AREAS_OBJECT, geometryCode } from '../charts/map/geometry.ts';
import type { Force, ForceCode } from '../data/types.ts';
import { AREA_FILE_SCALE, type AreaFile, type EncodedArea } from './area-file.ts';

function areaCollection(topology: Topology): GeometryCollection {
  const areas = topology.objects[AREAS_OBJECT];
  if (areas?.type !== 'GeometryCollection') throw new Error(`the topology has no GeometryCollection "${AREAS_OBJECT}"`);
  return areas as GeometryCollection;
}

/**
 * Forces whose areas share a stretch of boundary in the topology, by code;
 * each list in the topology's order. Areas that only face each other across
 * water are not neighbours. The Met and the City of London, which it
 * surrounds, are.
 */
export function forceNeighbours(topology: Topology): Map<ForceCode, ForceCode[]> {
  const { geometries } = areaCollection(topology);
  const codes = geometries.map(geometryCode);
  const byIndex = neighbors(geometries as Parameters<typeof neighbors>[0]);
  return new Map(codes.map((code, i) => [code, (byIndex[i] ?? []).map((j) => codes[j] as ForceCode)]));
}

function encodeRing(ring: readonly Position[]): number[] {
  // The closing point repeats the first; ray casting closes the ring itself.
  const open = ring.slice(0, -1);
  const encoded: number[] = [];
  let previous: [number, number] = [0, 0];
  for (const position of open) {
    const point: [number, number] = [Math.round((position[0] ?? 0) * AREA_FILE_SCALE), Math.round((position[1] ?? 0) * AREA_FILE_SCALE)];
    const step: [number, number] = [point[0] - previous[0], point[1] - previous[1]];
    if (encoded.length > 0 && step[0] === 0 && step[1] === 0) continue;
    encoded.push(step[0], step[1]);
    previous = point;
  }
  return encoded;
}

function boundsOf(polygons: readonly (readonly Position[][])[]): [number, number, number, number] {
  const points = polygons.flatMap((rings) => rings[0] ?? []);
  const xs = points.map((p) => Math.round((p[0] ?? 0) * AREA_FILE_SCALE));
  const ys = points.map((p) => Math.round((p[1] ?? 0) * AREA_FILE_SCALE));
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** Every force area as quantised rings, in the forces' order, named and linked from the force list. */
export function encodeAreaFile(topology: Topology, forces: readonly Force[]): AreaFile {
  const collection = areaCollection(topology);
  const geometryByCode = new Map(collection.geometries.map((geometry) => [geometryCode(geometry), geometry]));
  const areas = forces.map((force): EncodedArea => {
    const geometry = geometryByCode.get(force.code);
    if (geometry === undefined) throw new Error(`the topology has no area for ${force.name} (${force.code})`);
    const shape = (feature(topology, geometry) as Feature<Polygon | MultiPolygon>).geometry;
    const polygons = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
    return {
      code: force.code,
      name: force.name,
      slug: force.slug,
      bounds: boundsOf(polygons),
      polygons: polygons.map((rings) => rings.map(encodeRing)),
    };
  });
  return { scale: AREA_FILE_SCALE, areas };
}
