// Golden SVGs of the map: every metric in both layouts, on a tiny synthetic
// topology and on the project's own. The real map's geometry is kept in full
// once; for the other metrics its path data is replaced by a digest, so those
// files show what changes with the metric (classes, states, labels) and stay
// small, while any change to the geometry still fails them.
// Run with UPDATE_GOLDEN=1 to rewrite the files after reviewing a change.
import { createHash } from 'node:crypto';
import { describe, test } from 'vitest';
import { type MapDatum, type MapOptions, renderMap } from '../../../src/lib/charts/map.ts';
import { expectGolden } from './golden.ts';
import { METRICS, blockFixture, datum, metricAreas, realTileGrid, realTopology, topologyForces, type FiveForces, type FixtureForce } from './map-fixtures.ts';

const synthetic: FixtureForce[] = ['Northshire', 'Eastmarch', 'Westmoor & Downs', 'Southvale', 'Old Town'].map((name, i) => ({
  code: `E2300091${i}`,
  name,
  slug: name.toLowerCase().replace(/[^a-z]+/g, '-'),
}));
const [north, east, west, south, town] = synthetic as unknown as FiveForces;
const block = blockFixture([north, east, west, south, town], ['NS', 'EM', 'W&D', 'SV', 'OT']);
const syntheticTopology = block.topology;
const syntheticOptions = { width: 300, inset: block.inset, tileGrid: block.tileGrid };

function options(metric: string, classes: readonly string[], extra: Partial<MapOptions>): MapOptions {
  return { metric, title: `Map of ${metric}`, description: `Each force shaded by ${metric}.`, idPrefix: `map-${metric}`, classes, ...extra };
}

/** Path data as a short digest: the geometry is pinned by the one full real-map golden. */
function digestPaths(svg: string): string {
  return svg.replace(/ d="([^"]{40,})"/g, (_, d: string) => ` d="sha256:${createHash('sha256').update(d).digest('hex').slice(0, 16)}"`);
}

describe('renderMap golden files: synthetic topology', () => {
  const everyState: MapDatum[] = [
    datum(north, 'value', 12.5, 1, '12.5 per 1,000 offences'),
    datum(east, 'zero', 0, null, '0 applications'),
    datum(west, 'no_response', null, null),
    datum(south, 'not_covered', null, null),
    datum(town, 'no_data', null, null),
  ];
  const stateClasses = ['Under 10', '10 or more'];

  test.each(['geo', 'tiles'] as const)('every state, %s layout', (layout) => {
    expectGolden(`map-${layout}-states-synthetic`, renderMap(everyState, syntheticTopology, options('states', stateClasses, { ...syntheticOptions, layout })));
  });

  test('every state, standalone in the dark theme', () => {
    expectGolden('map-geo-states-synthetic-standalone-dark', renderMap(everyState, syntheticTopology, options('states', stateClasses, { ...syntheticOptions, standalone: 'dark' })));
  });

  for (const metric of METRICS) {
    test.each(['geo', 'tiles'] as const)(`${metric}, %s layout`, (layout) => {
      const { areas, classes } = metricAreas(metric, synthetic);
      expectGolden(`map-${layout}-${metric}-synthetic`, renderMap(areas, syntheticTopology, options(metric, classes, { ...syntheticOptions, layout })));
    });
  }
});

describe('renderMap golden files: the project topology (data/geo)', () => {
  const topology = realTopology();
  const forces = topologyForces(topology);
  const tileGrid = realTileGrid();

  test('geometry in full: the default metric in the geo layout', () => {
    const { areas, classes } = metricAreas('applications-per-offences', forces);
    expectGolden('map-geo-real-geometry', renderMap(areas, topology, options('applications-per-offences', classes, {})));
  });

  for (const metric of METRICS) {
    const { areas, classes } = metricAreas(metric, forces);
    test(`${metric}, geo layout (paths as digests)`, () => {
      expectGolden(`map-geo-${metric}-real`, digestPaths(renderMap(areas, topology, options(metric, classes, {}))));
    });
    test(`${metric}, tiles layout`, () => {
      expectGolden(`map-tiles-${metric}-real`, renderMap(areas, topology, options(metric, classes, { layout: 'tiles', tileGrid })));
    });
  }
});
