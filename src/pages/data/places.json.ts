// /data/places.json: towns, cities and districts of England and Wales with the
// force whose area holds each (GeoNames, CC BY 4.0, from data/geo/places.csv),
// for "find your force" by place. Fetched by src/scripts/finder.ts only once a
// reader starts typing, so no page carries its weight.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeAreaFile } from '../../lib/geo/area-file.ts';
import { encodeAreaFile } from '../../lib/geo/areas.ts';
import { PLACES_FILE, parsePlaces } from '../../lib/geo/place-file.ts';
import { buildPlaceIndex } from '../../lib/geo/places.ts';
import { dataDir, model, topology } from '../../lib/site-data.ts';

export function GET(): Response {
  const places = parsePlaces(readFileSync(resolve(dataDir, PLACES_FILE), 'utf8'));
  // The same quantised areas as "use my location", so both ways of finding a force agree.
  const areas = decodeAreaFile(encodeAreaFile(topology, model.forces));
  return new Response(JSON.stringify(buildPlaceIndex(places, areas)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
