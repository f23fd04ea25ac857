// "Find your force by place": the index built from GeoNames places and the
// force areas, and matching what a reader types against it. Synthetic areas
// (two squares) and places; the real index is checked over the built site.
import { describe, expect, it } from 'vitest';
import type { LocatedArea } from '../../../src/lib/geo/area-file.ts';
import { parsePlaces } from '../../../src/lib/geo/place-file.ts';
import { type Place, buildPlaceIndex, matchPlaces, normalisePlace } from '../../../src/lib/geo/places.ts';

function square(code: string, name: string, slug: string, x0: number): LocatedArea {
  const ring: [number, number][] = [
    [x0, 50],
    [x0 + 1, 50],
    [x0 + 1, 51],
    [x0, 51],
  ];
  return { code, name, slug, bounds: [x0, 50, x0 + 1, 51], polygons: [[ring]] };
}

const areas = [square('E23000901', 'Westshire', 'westshire', -3), square('E23000902', 'Eastmarch', 'eastmarch', -2)];

function place(name: string, longitude: number, population: number, latitude = 50.5): Place {
  return { name, longitude, latitude, population };
}

const index = buildPlaceIndex(
  [
    place('Newport', -2.5, 1_000),
    place('Newport', -1.5, 150_000),
    place('Newport Pagnell', -1.4, 15_000),
    place('Newport', -1.6, 2_000),
    place('St. Albury', -2.2, 60_000),
    place('Glasgow', -4.2, 600_000, 55.9),
    place('Paris', 2.3, 2_000_000, 48.9),
    place('Brightwater', -2.8, 140_000),
  ],
  areas,
);

describe('buildPlaceIndex(places, areas)', () => {
  it('keeps only places inside a force area, largest first, each name once per force', () => {
    expect(index.places).toEqual([
      ['Newport', 1],
      ['Brightwater', 0],
      ['St. Albury', 0],
      ['Newport Pagnell', 1],
      ['Newport', 0],
    ]);
    expect(index.forces).toEqual([
      ['Westshire', 'westshire'],
      ['Eastmarch', 'eastmarch'],
    ]);
  });
});

describe('parsePlaces(text)', () => {
  it('reads name, longitude, latitude and population', () => {
    expect(parsePlaces('name,longitude,latitude,population\n"Newport, Isle of Wight",-1.29,50.7,25000\n')).toEqual([
      { name: 'Newport, Isle of Wight', longitude: -1.29, latitude: 50.7, population: 25000 },
    ]);
  });

  it('names the file and line of a row it cannot read, and a missing column', () => {
    expect(() => parsePlaces('name,longitude,latitude,population\nBrighton,-0.14,,290000\n')).toThrow('data/geo/places.csv:2:');
    expect(() => parsePlaces('name,longitude,population\n')).toThrow('no latitude column');
  });
});

describe('matchPlaces(index, query)', () => {
  it('lists every place of exactly that name, each with its force, before places that only start with it', () => {
    expect(matchPlaces(index, 'newport')).toEqual([
      { place: 'Newport', force: 'Eastmarch', slug: 'eastmarch' },
      { place: 'Newport', force: 'Westshire', slug: 'westshire' },
      { place: 'Newport Pagnell', force: 'Eastmarch', slug: 'eastmarch' },
    ]);
  });

  it('finds a place from the start of its name, ignoring case, accents and punctuation', () => {
    expect(matchPlaces(index, 'BRIGHT').map((match) => match.place)).toEqual(['Brightwater']);
    expect(matchPlaces(index, 'st albury')[0]?.force).toBe('Westshire');
    expect(normalisePlace('Ystradgynlais & Brynamman')).toBe('ystradgynlais and brynamman');
    expect(normalisePlace('Llanfair Caereinion')).toBe(normalisePlace('llanfair caereinión'));
  });

  it('finds nothing for a place outside every area, or for a single letter', () => {
    expect(matchPlaces(index, 'Glasgow')).toEqual([]);
    expect(matchPlaces(index, 'Paris')).toEqual([]);
    expect(matchPlaces(index, 'n')).toEqual([]);
  });

  it('stops at the limit, but never cuts an exact match', () => {
    expect(matchPlaces(index, 'new', 1)).toHaveLength(1);
    expect(matchPlaces(index, 'newport', 1)).toHaveLength(2);
  });
});
