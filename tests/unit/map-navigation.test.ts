// Arrow-key targets on the map: the nearest force that way, a border
// preferred to a crossing of the sea, and every force reachable from every
// other in both layouts of the real map.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { dataDir } from '../../scripts/lib/paths.ts';
import { parseTileGrid } from '../../src/lib/charts/map.ts';
import { forceNeighbours } from '../../src/lib/geo/areas.ts';
import {
  DIRECTIONS,
  type Neighbours,
  directionalNeighbours,
  encodeNeighbours,
  geoCentres,
  tileCentres,
} from '../../src/lib/map-navigation.ts';

const topology = JSON.parse(readFileSync(join(dataDir, 'geo', 'police-force-areas.topo.json'), 'utf8')) as Topology;
const grid = parseTileGrid(readFileSync(join(dataDir, 'geo', 'tile-grid.csv'), 'utf8'));

/** How many areas each area can reach by arrow keys alone. */
function reachable(neighbours: ReadonlyMap<string, Neighbours>, start: string): Set<string> {
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    const code = queue.shift() as string;
    for (const direction of DIRECTIONS) {
      const next = neighbours.get(code)?.[direction];
      if (next && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

describe('directionalNeighbours', () => {
  // A 3 × 3 grid with the middle of the top row missing:
  //   a . c
  //   d e f
  //   g h i
  const cells = ['a', null, 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
  const areas = cells.flatMap((code, i) => (code === null ? [] : [{ code, x: i % 3, y: Math.floor(i / 3) }]));
  const neighbours = directionalNeighbours(areas);

  it('goes to the adjacent square in each direction and stops at the edge', () => {
    expect(neighbours.get('i')).toEqual({ up: 'f', right: null, down: null, left: 'h' });
    expect(neighbours.get('g')).toEqual({ up: 'd', right: 'h', down: null, left: null });
  });

  it('takes a diagonal step when nothing lies straight ahead', () => {
    expect(neighbours.get('e')?.right).toBe('f');
    expect(['a', 'c']).toContain(neighbours.get('e')?.up);
  });

  it('prefers the same row over a diagonal, and crosses a gap to the next in the row', () => {
    expect(neighbours.get('a')?.right).toBe('c');
    expect(neighbours.get('c')?.left).toBe('a');
  });

  it('prefers an area that shares a border to a nearer one that does not', () => {
    const placed = [
      { code: 'from', x: 0, y: 0 },
      { code: 'near', x: -1, y: -0.5 },
      { code: 'far', x: -3, y: 0.5 },
    ];
    expect(directionalNeighbours(placed).get('from')?.left).toBe('near');
    expect(directionalNeighbours(placed, new Map([['from', ['far']]])).get('from')?.left).toBe('far');
  });

  it('encodes as code:up,right,down,left with blanks at the edge', () => {
    expect(encodeNeighbours(new Map([['g', neighbours.get('g') as Neighbours]]))).toBe('g:d,h,,');
  });
});

describe('the real map', () => {
  const layouts = {
    geo: directionalNeighbours(geoCentres(topology), forceNeighbours(topology)),
    tiles: directionalNeighbours(tileCentres(grid)),
  };

  for (const [layout, neighbours] of Object.entries(layouts)) {
    it(`reaches all 43 forces from any force with the arrow keys (${layout})`, () => {
      expect(neighbours.size).toBe(43);
      for (const code of neighbours.keys()) expect(reachable(neighbours, code).size, `from ${code}`).toBe(43);
    });
  }

  it('moves between neighbours as a reader would expect on the geographic map', () => {
    const geo = layouts.geo;
    const AVON_AND_SOMERSET = 'E23000036';
    const DEVON_AND_CORNWALL = 'E23000035';
    const KENT = 'E23000032';
    const SUSSEX = 'E23000033';
    const NORTHUMBRIA = 'E23000007';
    expect(geo.get(AVON_AND_SOMERSET)?.left).toBe(DEVON_AND_CORNWALL);
    expect(geo.get(SUSSEX)?.right).toBe(KENT);
    expect(geo.get(NORTHUMBRIA)?.up).toBeNull();
  });
});
