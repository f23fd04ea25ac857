// Turns the force-area TopoJSON into SVG path data. The arcs are projected
// once, then for each place they are drawn (the main map, the London inset)
// scaled into that place, snapped to a 0.1-unit grid and simplified there
// (Douglas–Peucker, a fraction of a unit), so shared borders stay identical on
// both sides and the output is small and byte-for-byte deterministic. Paths
// use relative commands on the grid, so no rounding error can build up.

import { geoPath, geoTransverseMercator, type GeoProjection } from 'd3-geo';
import { feature, mesh, transform as arcTransform } from 'topojson-client';
import type { Feature, FeatureCollection, GeoJsonProperties, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection as TopoCollection, GeometryObject as TopoGeometry, Topology } from 'topojson-specification';

type GeometryCollection = TopoCollection<GeoJsonProperties>;
type GeometryObject = TopoGeometry<GeoJsonProperties>;

/** Name of the areas object in the project's TopoJSON. */
export const AREAS_OBJECT = 'police_force_areas';

/** Transverse Mercator about 2°W with its origin at 49°N, as the British National Grid. */
export function britishGridProjection(): GeoProjection {
  return geoTransverseMercator().rotate([2, -49]);
}

type Point = [number, number];
/** An arc as integer tenths of a unit. */
type GridArc = Point[];

export interface ProjectedAreas {
  topology: Topology;
  areas: GeometryCollection;
  /** Each geometry's force code, in geometry order. */
  codes: string[];
  /** Arcs in projected units (before snapping). */
  arcs: Point[][];
  width: number;
  height: number;
}

/** The code of a geometry: `properties.code`, or the geometry id. */
export function geometryCode(geometry: GeometryObject): string {
  const properties = geometry.properties as { code?: unknown } | undefined;
  const code = properties?.code ?? geometry.id;
  if (typeof code !== 'string') throw new Error(`an area in the topology has no code (properties.code or id)`);
  return code;
}

/**
 * Fits the projection to all areas at the given width (with `padding` on
 * every side) and projects every arc.
 */
export function projectAreas(topology: Topology, width: number, padding: number): ProjectedAreas {
  const areas = topology.objects[AREAS_OBJECT];
  if (areas?.type !== 'GeometryCollection') throw new Error(`the topology has no GeometryCollection "${AREAS_OBJECT}"`);
  const collection = feature(topology, areas) as FeatureCollection;
  const projection = britishGridProjection().fitWidth(width - 2 * padding, collection);
  const [[, top], [, bottom]] = geoPath(projection).bounds(collection);
  const [tx, ty] = projection.translate();
  projection.translate([tx + padding, ty + padding - top]);
  return {
    topology,
    areas,
    codes: areas.geometries.map(geometryCode),
    arcs: decodeArcs(topology).map((arc) => arc.map((position) => projectPoint(projection, position))),
    width,
    height: Math.ceil(bottom - top + 2 * padding),
  };
}

function decodeArcs(topology: Topology): Position[][] {
  const decode = topology.transform ? arcTransform(topology.transform) : null;
  // The decoder turns delta-encoded positions absolute; `false` starts a new arc.
  return topology.arcs.map((arc) => (decode ? arc.map((position, i) => decode(position, i > 0)) : arc));
}

function projectPoint(projection: GeoProjection, position: Position): Point {
  const projected = projection([position[0] ?? NaN, position[1] ?? NaN]);
  if (!projected) throw new Error(`cannot project ${position.join(',')}`);
  return projected;
}

/** A uniform scale then shift, from projected units into one drawing. */
export interface Placement {
  scale: number;
  dx: number;
  dy: number;
}

export const IDENTITY: Placement = { scale: 1, dx: 0, dy: 0 };

export interface Drawing {
  /** Path data for one area. */
  area(code: string): string;
  /** Borders between two areas that both pass the filter, each drawn once. */
  borders(include?: (code: string) => boolean): string;
  /**
   * The outline of the areas that pass the filter: coast, plus borders with
   * areas that do not pass it.
   */
  outline(include?: (code: string) => boolean): string;
  /** Bounding box of some areas, in drawing units: [[x0, y0], [x1, y1]]. */
  bounds(codes: readonly string[]): [Point, Point];
}

/**
 * Snaps and simplifies every arc for one placement and returns path builders.
 * @param tolerance Largest distance, in drawing units, a dropped point may lie from the simplified line.
 */
export function draw(projected: ProjectedAreas, placement: Placement, tolerance: number): Drawing {
  const { topology, areas, codes } = projected;
  const arcs = projected.arcs.map((arc) => simplify(snap(arc, placement), tolerance * 10));
  const drawn = { ...topology, transform: undefined, arcs } as unknown as Topology;
  const geometryByCode = new Map(areas.geometries.map((geometry, i) => [codes[i], geometry]));
  const codeOf = (geometry: TopoGeometry) => geometryCode(geometry as GeometryObject);
  const all = () => true;
  // topojson-client's types want geometries without properties; ours carry code and name.
  const meshed = areas as unknown as TopoGeometry;
  return {
    area(code) {
      const geometry = geometryByCode.get(code);
      if (!geometry) throw new Error(`the topology has no area ${code}`);
      const shape = feature(drawn, geometry) as Feature<Polygon | MultiPolygon>;
      return polygonPath(shape.geometry);
    },
    borders(include = all) {
      return linePath(mesh(drawn, meshed, (a, b) => a !== b && include(codeOf(a)) && include(codeOf(b))));
    },
    outline(include = all) {
      return linePath(mesh(drawn, meshed, (a, b) => (a === b ? include(codeOf(a)) : include(codeOf(a)) !== include(codeOf(b)))));
    },
    bounds(selected) {
      const points = selected.flatMap((code) => {
        const geometry = geometryByCode.get(code);
        if (!geometry) throw new Error(`the topology has no area ${code}`);
        const shape = feature(drawn, geometry) as Feature<Polygon | MultiPolygon>;
        return (shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates).flat(2);
      });
      const xs = points.map((p) => (p[0] ?? 0) / 10);
      const ys = points.map((p) => (p[1] ?? 0) / 10);
      return [
        [Math.min(...xs), Math.min(...ys)],
        [Math.max(...xs), Math.max(...ys)],
      ];
    },
  };
}

function snap(arc: readonly Point[], { scale, dx, dy }: Placement): GridArc {
  const snapped: GridArc = [];
  for (const [x, y] of arc) {
    const point: Point = [Math.round((x * scale + dx) * 10), Math.round((y * scale + dy) * 10)];
    const previous = snapped.at(-1);
    if (!previous || previous[0] !== point[0] || previous[1] !== point[1]) snapped.push(point);
  }
  // topojson-client needs two positions per arc, even when both snap to one point.
  if (snapped.length === 1) snapped.push(snapped[0] as Point);
  return snapped;
}

/**
 * Douglas–Peucker that keeps both ends. A closed arc (an island, or a ring
 * drawn as one arc) is split at its farthest point first so it keeps at least
 * a triangle.
 */
function simplify(arc: GridArc, tolerance: number): GridArc {
  if (arc.length <= 2) return arc;
  const first = arc[0] as Point;
  const last = arc.at(-1) as Point;
  if (first[0] === last[0] && first[1] === last[1]) {
    let far = 1;
    arc.forEach((point, i) => {
      if (Math.hypot(point[0] - first[0], point[1] - first[1]) > Math.hypot(arc[far]![0] - first[0], arc[far]![1] - first[1])) far = i;
    });
    return [...simplifyOpen(arc.slice(0, far + 1), tolerance).slice(0, -1), ...simplifyOpen(arc.slice(far), tolerance)];
  }
  return simplifyOpen(arc, tolerance);
}

function simplifyOpen(arc: GridArc, tolerance: number): GridArc {
  const keep = new Array<boolean>(arc.length).fill(false);
  keep[0] = true;
  keep[arc.length - 1] = true;
  const stack: [number, number][] = [[0, arc.length - 1]];
  while (stack.length > 0) {
    const [start, end] = stack.pop() as [number, number];
    let farthest = -1;
    let farthestDistance = tolerance;
    for (let i = start + 1; i < end; i++) {
      const distance = distanceToSegment(arc[i] as Point, arc[start] as Point, arc[end] as Point);
      if (distance > farthestDistance) {
        farthest = i;
        farthestDistance = distance;
      }
    }
    if (farthest >= 0) {
      keep[farthest] = true;
      stack.push([start, farthest], [farthest, end]);
    }
  }
  return arc.filter((_, i) => keep[i]);
}

function distanceToSegment([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const lengthSquared = (bx - ax) ** 2 + (by - ay) ** 2;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / lengthSquared));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

function polygonPath(geometry: Polygon | MultiPolygon): string {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flatMap((rings) => rings.map((ring) => lineString(ring.slice(0, -1)) + 'z')).join('');
}

function linePath(lines: MultiLineString): string {
  return lines.coordinates.map(lineString).join('');
}

/** "M12.3,4.5l1,-.2 .4,0…" from grid points (tenths): an absolute start, then relative steps. */
function lineString(points: Position[]): string {
  const [start, ...rest] = points as Point[];
  if (start === undefined) return '';
  const steps: string[] = [];
  let [x, y] = start;
  for (const [nextX, nextY] of rest as Point[]) {
    if (nextX === x && nextY === y) continue;
    steps.push(`${tenths(nextX - x)},${tenths(nextY - y)}`);
    [x, y] = [nextX, nextY];
  }
  return `M${tenths(start[0])},${tenths(start[1])}${steps.length > 0 ? `l${steps.join(' ')}` : ''}`;
}

/** Prints tenths as a decimal with as few characters as SVG allows: 15 → "1.5", -3 → "-.3", 20 → "2". */
export function tenths(value: number): string {
  const sign = value < 0 ? '-' : '';
  const magnitude = Math.abs(value);
  const whole = Math.floor(magnitude / 10);
  const fraction = magnitude % 10;
  if (fraction === 0) return `${sign}${whole}`;
  return `${sign}${whole === 0 ? '' : whole}.${fraction}`;
}
