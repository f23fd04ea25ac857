// Derives data/geo/police-force-areas.topo.json from the ONS Police Force Areas (December 2020)
// BUC GeoJSON in the research folder, with the exact mapshaper commands recorded in
// shared/data/geo/PROVENANCE.md, so the committed file can be rebuilt byte for byte.
//
//   node_modules/.bin/node scripts/build-geo.ts [path-to-shared-data]
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { dataDir, sharedDataDir } from './lib/paths.ts';

interface Mapshaper {
  runCommands(commands: string[]): Promise<void>;
}
const mapshaper = createRequire(import.meta.url)('mapshaper') as Mapshaper;

const input = join(sharedDataDir(), 'geo', 'raw', 'police_force_areas.geojson');
const output = join(dataDir, 'geo', 'police-force-areas.topo.json');
const expectedCodes = [
  ...Array.from({ length: 39 }, (_, i) => `E23${String(i + 1).padStart(6, '0')}`),
  ...Array.from({ length: 4 }, (_, i) => `W15${String(i + 1).padStart(6, '0')}`),
];

mkdirSync(dirname(output), { recursive: true });
await mapshaper.runCommands([
  '-i', input,
  // Neighbouring features' shared vertices differ by ~1e-14 degrees; without snapping the
  // borders would not become shared arcs.
  'snap',
  '-filter', '/^(E23|W15)/.test(PFA20CD)',
  '-rename-fields', 'code=PFA20CD,name=PFA20NM',
  '-filter-fields', 'code,name',
  '-rename-layers', 'police_force_areas',
  '-o', output, 'format=topojson', 'quantization=100000', 'id-field=code', 'bbox',
]);

interface BuiltTopology {
  objects: Record<string, { geometries: { id?: string; properties?: { code?: string; name?: string } }[] }>;
}
const built = JSON.parse(readFileSync(output, 'utf8')) as BuiltTopology;
const geometries = built.objects['police_force_areas']?.geometries ?? [];
const codes = geometries.map((g) => g.properties?.code ?? '').sort();
if (codes.join() !== expectedCodes.join() || geometries.some((g) => g.id !== g.properties?.code || !g.properties?.name)) {
  throw new Error(`${relative(process.cwd(), output)}: expected the 43 force areas with id = code and a name, got ${codes.join(', ')}`);
}
console.log(`Wrote ${relative(process.cwd(), output)} (${geometries.length} police force areas)`);
