// The map's data for every page that shows it, read and worked out once per
// build: the tile grid, every measure's view and where the arrow keys go in
// each layout. The boundaries come from site-data.ts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { MapLayout, TileCell } from './charts/map.ts';
import { TILE_GRID_FILE, parseTileGrid } from './charts/map/tile-grid.ts';
import { forceNeighbours } from './geo/areas.ts';
import { directionalNeighbours, encodeNeighbours, geoCentres, tileCentres } from './map-navigation.ts';
import { type MapMetricId, type MapView, buildMapViews } from './map-view.ts';
import { dataDir, metrics, model, topology } from './site-data.ts';

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
