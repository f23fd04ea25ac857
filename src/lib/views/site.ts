// Every page's view model, built once per build from the site's data and
// metrics. Pages and components import what they show from here; nothing
// else builds a view model.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { MapLayout, TileCell } from '../charts/map.ts';
import { TILE_GRID_FILE, parseTileGrid } from '../charts/map/tile-grid.ts';
import { forceNeighbours } from '../geo/areas.ts';
import { directionalNeighbours, encodeNeighbours, geoCentres, tileCentres } from '../map-navigation.ts';
import { dataDir, metrics, model, topology } from '../site-data.ts';
import { type ForcePageView, buildForcePages } from './force.ts';
import { type ForcesTable, forcesTable as buildForcesTable } from './forces-index.ts';
import { buildStory, type ChartSpec, type Story } from './home.ts';
import { type MapMetricId } from './routes.ts';
import { type MapView, buildMapViews } from './map.ts';
import { type Methodology, buildMethodology } from './methodology.ts';
import { type Standing, computeStandings } from './standings.ts';
import { forceTrendsChart } from './trend.ts';

// ---- Home and trend ---------------------------------------------------------

/** The home page's story, whose charts (and zero table) are also embeddable. */
export const story: Story = buildStory(model, metrics);

/** Every force's recorded stalking by quarter, for /trend/. */
export const trendChart: ChartSpec = forceTrendsChart(model, metrics);

// ---- Map ----------------------------------------------------------------------

export const tileGrid: TileCell[] = parseTileGrid(readFileSync(resolve(dataDir, TILE_GRID_FILE), 'utf8'));

export const mapViews: MapView[] = buildMapViews(model, metrics);

export function mapViewById(id: MapMetricId): MapView {
  const view = mapViews.find((candidate) => candidate.id === id);
  if (view === undefined) throw new Error(`no map measure ${id}`);
  return view;
}

/** Arrow-key targets per layout, encoded for the map's data-nav attribute. */
export const mapNavigation: Record<MapLayout, string> = {
  geo: encodeNeighbours(directionalNeighbours(geoCentres(topology), forceNeighbours(topology))),
  tiles: encodeNeighbours(directionalNeighbours(tileCentres(tileGrid))),
};

// ---- Forces -------------------------------------------------------------------

export const forcePages: ForcePageView[] = buildForcePages({ model, metrics, neighbours: forceNeighbours(topology) });
export const standings: Standing[] = computeStandings(metrics);
/** The /forces/ table. */
export const forcesTable: ForcesTable = buildForcesTable(model.forces, metrics, standings);

// ---- Methodology ----------------------------------------------------------------

export const methodology: Methodology = buildMethodology(model, metrics, new Date());
