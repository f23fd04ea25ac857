// The compact force-area file that "use my location" downloads
// (/data/force-areas.json): every ring as whole numbers, the first point
// absolute and each later one as the step from the point before, in units of
// 1/AREA_FILE_SCALE of a degree. Decoding is here, free of dependencies, so
// the browser script stays small; encoding from the TopoJSON is in ./areas.ts.

import type { Area, Bounds, Point, Polygon } from './point-in-polygon.ts';

/** Units per degree: 1/2000° is about 55 m north–south, finer than the generalised boundaries themselves. */
export const AREA_FILE_SCALE = 2000;

export interface EncodedArea {
  code: string;
  name: string;
  slug: string;
  /** [minX, minY, maxX, maxY] in file units. */
  bounds: [number, number, number, number];
  /** Polygons of rings of flat [x0, y0, dx1, dy1, …] in file units. */
  polygons: number[][][];
}

export interface AreaFile {
  scale: number;
  areas: EncodedArea[];
}

export interface LocatedArea extends Area {
  code: string;
  name: string;
  slug: string;
}

function decodeRing(encoded: readonly number[], scale: number): Point[] {
  const ring: Point[] = [];
  let x = 0;
  let y = 0;
  for (let i = 0; i + 1 < encoded.length; i += 2) {
    x += encoded[i] as number;
    y += encoded[i + 1] as number;
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

/** Back to longitude and latitude in degrees. */
export function decodeAreaFile(file: AreaFile): LocatedArea[] {
  const { scale } = file;
  return file.areas.map((area) => ({
    code: area.code,
    name: area.name,
    slug: area.slug,
    bounds: area.bounds.map((value) => value / scale) as unknown as Bounds,
    polygons: area.polygons.map((rings): Polygon => rings.map((ring) => decodeRing(ring, scale))),
  }));
}
