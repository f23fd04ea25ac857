import { neighbors } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { describe, expect, test } from 'vitest';
import { parseTileGrid } from '../../../src/lib/charts/map.ts';
import { realTileGrid, realTopology, topologyForces } from './map-fixtures.ts';

/** The fewest neighbouring forces (sharing a border) that must share a tile edge. 58 of 99 when the layout was made. */
const MIN_ADJACENT_NEIGHBOURS = 55;

describe('data/geo/tile-grid.csv', () => {
  const topology = realTopology();
  const forces = topologyForces(topology);
  const grid = realTileGrid();

  test('places every force of the topology exactly once, and nothing else', () => {
    expect(grid.map((cell) => cell.code).sort()).toEqual(forces.map((force) => force.code).sort());
  });

  test('gives no two forces the same cell', () => {
    expect(new Set(grid.map((cell) => `${cell.col},${cell.row}`)).size).toBe(grid.length);
  });

  test('gives every force a distinct short label', () => {
    expect(new Set(grid.map((cell) => cell.abbr)).size).toBe(grid.length);
    for (const cell of grid) expect(cell.abbr).toMatch(/^\S{2,4}$/);
  });

  test(`keeps at least ${MIN_ADJACENT_NEIGHBOURS} pairs of neighbouring forces on adjacent tiles`, () => {
    const areas = topology.objects['police_force_areas'] as GeometryCollection;
    const cellOf = new Map(grid.map((cell) => [cell.code, cell]));
    const neighbourLists = neighbors(areas.geometries);
    let pairs = 0;
    let adjacent = 0;
    neighbourLists.forEach((list, i) => {
      for (const j of list.filter((k) => k > i)) {
        const a = cellOf.get(forces[i]?.code ?? '');
        const b = cellOf.get(forces[j]?.code ?? '');
        if (!a || !b) throw new Error('a force has no tile');
        pairs += 1;
        if (Math.abs(a.col - b.col) + Math.abs(a.row - b.row) === 1) adjacent += 1;
      }
    });
    expect(pairs).toBe(99);
    expect(adjacent).toBeGreaterThanOrEqual(MIN_ADJACENT_NEIGHBOURS);
  });

  test('puts the Met and the City of London side by side', () => {
    const met = grid.find((cell) => cell.code === 'E23000001');
    const city = grid.find((cell) => cell.code === 'E23000034');
    expect(met && city && Math.abs(met.col - city.col) + Math.abs(met.row - city.row)).toBe(1);
  });
});

describe('parseTileGrid(text)', () => {
  const header = 'code,col,row,abbr\n';

  test('reads cells, trimming spaces and accepting a byte order mark and Windows line endings', () => {
    expect(parseTileGrid(`\uFEFF${header}E23000001, 4 ,7,MET\r\nE23000034,5,7,CoL\r\n`)).toEqual([
      { code: 'E23000001', col: 4, row: 7, abbr: 'MET' },
      { code: 'E23000034', col: 5, row: 7, abbr: 'CoL' },
    ]);
  });

  test('names the line of a force placed twice', () => {
    expect(() => parseTileGrid(`${header}E23000001,0,0,MET\nE23000001,1,0,MET\n`)).toThrow(
      'geo/tile-grid.csv:3:code: E23000001 is already placed on line 2',
    );
  });

  test('names the line of a cell used twice', () => {
    expect(() => parseTileGrid(`${header}E23000001,0,0,MET\nE23000034,0,0,CoL\n`)).toThrow(
      'geo/tile-grid.csv:3:col: column 0, row 0 is already taken on line 2',
    );
  });

  test('rejects positions that are not whole numbers and codes that are not force codes', () => {
    expect(() => parseTileGrid(`${header}E23000001,-1,0.5,MET\nX1,0,0,\n`)).toThrow(
      /tile-grid\.csv:2:col: "-1" is not a whole number[\s\S]*:2:row: "0\.5" is not a whole number[\s\S]*:3:code:[\s\S]*:3:abbr: is blank/,
    );
  });
});
