// Reads data/geo/places.csv, the GeoNames places "find your force" searches
// (see ./places.ts). Build time only: kept apart from ./places.ts so the
// browser's finder script does not carry a CSV parser.

import Papa from 'papaparse';
import type { Place } from './places.ts';

/** The file of places, in the data folder. */
export const PLACES_FILE = 'geo/places.csv';

const PLACE_COLUMNS = ['name', 'longitude', 'latitude', 'population'] as const;

/**
 * Reads data/geo/places.csv; throws naming the line of the first row that is
 * not a name, a longitude and latitude in degrees and a whole population.
 */
export function parsePlaces(text: string, file = `data/${PLACES_FILE}`): Place[] {
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  const missing = PLACE_COLUMNS.filter((column) => !(result.meta.fields ?? []).includes(column));
  if (missing.length > 0) throw new Error(`${file}: the header has no ${missing.join(', ')} column`);
  return result.data.map((row, i) => {
    const place = { name: (row['name'] ?? '').trim(), longitude: Number(row['longitude']), latitude: Number(row['latitude']), population: Number(row['population']) };
    const valid =
      place.name !== '' &&
      Math.abs(place.longitude) <= 180 &&
      Math.abs(place.latitude) <= 90 &&
      Number.isInteger(place.population) &&
      place.population >= 0 &&
      row['longitude']?.trim() !== '' &&
      row['latitude']?.trim() !== '';
    if (!valid) throw new Error(`${file}:${i + 2}: expected a name, a longitude and latitude in degrees and a whole population`);
    return place;
  });
}

