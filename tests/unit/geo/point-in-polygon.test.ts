// Ray casting on hand-made shapes, then on the real force areas after the
// round trip through the compact file the browser downloads.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { dataDir } from '../../../scripts/lib/paths.ts';
import { formatIssue, loadData } from '../../../src/lib/data/load.ts';
import { BOUNDARY_FILE } from '../../../src/lib/data/schemas.ts';
import { AREA_FILE_SCALE, decodeAreaFile, type AreaFile } from '../../../src/lib/geo/area-file.ts';
import { encodeAreaFile } from '../../../src/lib/geo/areas.ts';
import { areaContaining, boundsContain, polygonsContain, ringContains, type Point, type Polygon, type Ring } from '../../../src/lib/geo/point-in-polygon.ts';

const square = (x0: number, y0: number, size: number): Ring => [[x0, y0], [x0 + size, y0], [x0 + size, y0 + size], [x0, y0 + size]];

describe('ringContains', () => {
  const ring = square(0, 0, 10);

  it('tells inside from outside, closed or not', () => {
    expect(ringContains(ring, [5, 5])).toBe(true);
    expect(ringContains([...ring, [0, 0]], [5, 5])).toBe(true);
    expect(ringContains(ring, [15, 5])).toBe(false);
    expect(ringContains(ring, [-1, 5])).toBe(false);
    expect(ringContains(ring, [5, 11])).toBe(false);
  });

  it('counts a ray through a vertex once', () => {
    const diamond: Ring = [[5, 0], [10, 5], [5, 10], [0, 5]];
    expect(ringContains(diamond, [2, 5])).toBe(true);
    expect(ringContains(diamond, [-2, 5])).toBe(false);
    expect(ringContains(diamond, [12, 5])).toBe(false);
  });

  it('handles a concave ring', () => {
    const u: Ring = [[0, 0], [10, 0], [10, 10], [7, 10], [7, 3], [3, 3], [3, 10], [0, 10]];
    expect(ringContains(u, [5, 5])).toBe(false);
    expect(ringContains(u, [1, 8])).toBe(true);
    expect(ringContains(u, [9, 8])).toBe(true);
  });
});

describe('polygonsContain', () => {
  const withHole: Polygon = [square(0, 0, 10), square(4, 4, 2)];
  const island: Polygon = [square(20, 20, 5)];

  it('leaves a point in a hole outside', () => {
    expect(polygonsContain([withHole], [1, 1])).toBe(true);
    expect(polygonsContain([withHole], [5, 5])).toBe(false);
  });

  it('finds a point in any polygon of a multipolygon', () => {
    expect(polygonsContain([withHole, island], [22, 22])).toBe(true);
    expect(polygonsContain([withHole, island], [15, 15])).toBe(false);
  });

  it('is false for no polygons', () => {
    expect(polygonsContain([], [0, 0])).toBe(false);
  });
});

const result = loadData(dataDir);
if (result.model === null) throw new Error(result.issues.map(formatIssue).join('\n'));
const { forces } = result.model;
const topology = JSON.parse(readFileSync(join(dataDir, BOUNDARY_FILE), 'utf8')) as Topology;
// Through JSON, exactly as the browser receives it.
const areas = decodeAreaFile(JSON.parse(JSON.stringify(encodeAreaFile(topology, forces))) as AreaFile);
const forceAt = (longitude: number, latitude: number) => areaContaining(areas, [longitude, latitude])?.name ?? null;

describe('areaContaining over the real force areas', () => {
  it('has one area per force with whole-number coordinates', () => {
    const file = encodeAreaFile(topology, forces);
    expect(file.scale).toBe(AREA_FILE_SCALE);
    expect(file.areas.map((area) => area.code)).toEqual(forces.map((force) => force.code));
    expect(file.areas.flatMap((area) => area.polygons.flat(2)).every(Number.isInteger)).toBe(true);
  });

  it.each([
    [-1.575, 54.776, 'Durham'], // Durham city centre
    [-1.55, 54.52, 'Durham'], // Darlington
    [-0.0922, 51.5155, 'City of London'], // Guildhall, inside the hole in the Met
    [-0.1276, 51.5072, 'Metropolitan Police'], // Trafalgar Square, just outside the City
    [-3.179, 51.481, 'South Wales'], // Cardiff
    [-4.08, 52.41, 'Dyfed-Powys'], // Aberystwyth
    [-5.05, 50.26, 'Devon and Cornwall'], // Truro
    [-1.29, 50.7, 'Hampshire'], // Isle of Wight, an island of a multipolygon
    [-4.33, 53.27, 'North Wales'], // Anglesey
    [-0.54, 53.23, 'Lincolnshire'], // Lincoln
  ])('(%f, %f) is in %s', (longitude, latitude, name) => {
    expect(forceAt(longitude, latitude)).toBe(name);
  });

  it.each([
    [0.8, 54.0, 'the North Sea off Yorkshire'],
    [-3.6, 51.35, 'the Bristol Channel'],
    [-1.0, 50.3, 'the English Channel'],
    [-4.25, 55.86, 'Glasgow'],
    [-3.19, 55.95, 'Edinburgh'],
    [2.35, 48.86, 'Paris'],
    [-6.26, 53.35, 'Dublin'],
  ])('(%f, %f), %s, is in no force area', (longitude, latitude) => {
    expect(forceAt(longitude, latitude)).toBeNull();
  });

  // Each area's box lets a point skip the areas it cannot be in, as areaContaining does;
  // that is only sound if every box holds all of its area's points.
  const areasHolding = (point: Point) => areas.filter((area) => boundsContain(area.bounds, point) && polygonsContain(area.polygons, point));

  it('boxes every area around all of its points', () => {
    const outside = areas.flatMap((area) =>
      area.polygons.flat(2).filter((point) => !boundsContain(area.bounds, point)).map((point) => `${area.name} ${point.join(',')}`),
    );
    expect(outside).toEqual([]);
  });

  it('never puts one point in two areas, across the whole map', () => {
    let landPoints = 0;
    for (let longitude = -6.4; longitude <= 1.8; longitude += 0.05) {
      for (let latitude = 49.9; latitude <= 55.85; latitude += 0.05) {
        const containing = areasHolding([longitude, latitude]);
        expect(containing.length).toBeLessThanOrEqual(1);
        landPoints += containing.length;
      }
    }
    // England and Wales cover roughly a third of this box.
    expect(landPoints).toBeGreaterThan(4000);
  });

  it('never puts one point in two areas beside a border (shared borders survive the rounding)', () => {
    // An overlap left by rounding would be a sliver narrower than one file unit
    // along a border, which a grid would miss: probe a quarter of a unit either
    // side of the middle of every edge of every ring.
    const offset = 0.25 / AREA_FILE_SCALE;
    const crowded: string[] = [];
    let probes = 0;
    let sharedEdges = 0;
    for (const area of areas) {
      for (const ring of area.polygons.flat()) {
        ring.forEach(([x0, y0], index) => {
          const [x1, y1] = ring[(index + 1) % ring.length] as Point;
          const length = Math.hypot(x1 - x0, y1 - y0);
          if (length === 0) return;
          const [normalX, normalY] = [((y0 - y1) / length) * offset, ((x1 - x0) / length) * offset];
          const sides = [1, -1].map((side) => areasHolding([(x0 + x1) / 2 + side * normalX, (y0 + y1) / 2 + side * normalY]));
          for (const containing of sides) if (containing.length > 1) crowded.push(containing.map((other) => other.name).join(' and '));
          if (sides.every((containing) => containing.length > 0)) sharedEdges += 1;
          probes += 2;
        });
      }
    }
    expect(crowded).toEqual([]);
    // The probes are close enough to see both sides: inland borders have an area on each.
    expect(probes).toBeGreaterThan(10_000);
    expect(sharedEdges).toBeGreaterThan(2000);
  });
});
