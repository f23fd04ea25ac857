// Every page's view model, built once per build from the site's data and
// metrics. Pages and components import what they show from here; nothing
// else builds a view model (views/build-site.ts does the work).

import { metrics, model, tileGrid as siteTileGrid, topology } from '../site-data.ts';
import { type SiteViews, buildSiteViews } from './build-site.ts';
import { type MapMetricId } from './routes.ts';
import type { MapView } from './map.ts';

export const { story, trendChart, tileGrid, tileKey, mapViews, mapNavigation, forcePages, standings, forcesTable, methodology, recordingNotes }: SiteViews = buildSiteViews(
  model,
  metrics,
  { topology, tileGrid: siteTileGrid },
);

export function mapViewById(id: MapMetricId): MapView {
  const view = mapViews.find((candidate) => candidate.id === id);
  if (view === undefined) throw new Error(`no map measure ${id}`);
  return view;
}
