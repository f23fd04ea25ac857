// The map's data for every page that shows it, read and worked out once per
// build: the tile grid, every measure's view and where the arrow keys go in
// each layout. The tile grid and the boundaries come from site-data.ts.
import type { MapLayout } from './charts/map.ts';
import { forceNeighbours } from './geo/areas.ts';
import { directionalNeighbours, encodeNeighbours, geoCentres, tileCentres } from './map-navigation.ts';
import { type MapMetricId, type MapView, buildMapViews } from './map-view.ts';
import { metrics, model, tileGrid, topology } from './site-data.ts';

export { tileGrid };

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
