// Which area a point falls in, by ray casting. Dependency-free and DOM-free so
// the same code runs in unit tests and in the reader's browser, where "use my
// location" must work without sending the position anywhere.

/** [longitude, latitude], or any other x, y pair in the same units as the rings. */
export type Point = readonly [number, number];
/** Closed or open list of points; the last edge back to the first is implied. */
export type Ring = readonly Point[];
/** An outer ring followed by its holes. */
export type Polygon = readonly Ring[];

/**
 * Whether a horizontal ray from the point crosses the ring an odd number of
 * times. Edges are half-open in y, so a ray through a vertex is counted once.
 */
export function ringContains(ring: Ring, [x, y]: Point): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi, yi] = ring[i] as Point;
    const [xj, yj] = ring[j] as Point;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * Even–odd over every ring of every polygon: inside an outer ring but also
 * inside one of its holes (the City of London within the Met) is outside.
 */
export function polygonsContain(polygons: readonly Polygon[], point: Point): boolean {
  let inside = false;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      if (ringContains(ring, point)) inside = !inside;
    }
  }
  return inside;
}

/** [minX, minY, maxX, maxY] */
export type Bounds = readonly [number, number, number, number];

export function boundsContain([minX, minY, maxX, maxY]: Bounds, [x, y]: Point): boolean {
  return x >= minX && x <= maxX && y >= minY && y <= maxY;
}

export interface Area {
  bounds: Bounds;
  polygons: readonly Polygon[];
}

/** The first area containing the point, or null when none does (the sea, Scotland, abroad). */
export function areaContaining<A extends Area>(areas: readonly A[], point: Point): A | null {
  return areas.find((area) => boundsContain(area.bounds, point) && polygonsContain(area.polygons, point)) ?? null;
}
