// Every page's view model from a data model, its metrics and its geography:
// the work views/site.ts does once per build, as a pure function, so
// check-data and the tests can build the site in memory from any data folder.

import type { MapLayout, TileCell } from '../charts/map.ts';
import type { Geography } from '../data/load.ts';
import type { DataModel } from '../data/types.ts';
import { forceNeighbours } from '../geo/areas.ts';
import { directionalNeighbours, encodeNeighbours, geoCentres, tileCentres } from '../map-navigation.ts';
import type { Metrics } from '../metrics/index.ts';
import { type ForcePageView, buildForcePages } from './force.ts';
import { type ForcesTable, forcesTable as buildForcesTable } from './forces-index.ts';
import { buildStory, type ChartSpec, type RecordingNoteView, recordingNotes, type Story } from './home.ts';
import { type MapView, type TileKeyEntry, buildMapViews, tileKey } from './map.ts';
import { type Methodology, buildMethodology } from './methodology.ts';
import { type Standing, computeStandings } from './standings.ts';
import { forceTrendsChart } from './trend.ts';

export interface SiteViews {
  /** The home page's story, whose charts (and zero table) are also embeddable. */
  story: Story;
  /** Every force's recorded stalking by quarter, for /trend/. */
  trendChart: ChartSpec;
  tileGrid: TileCell[];
  /** What the tiles' letters stand for, under the equal-tiles map. */
  tileKey: TileKeyEntry[];
  mapViews: MapView[];
  /** Arrow-key targets per layout, encoded for the map's data-nav attribute. */
  mapNavigation: Record<MapLayout, string>;
  forcePages: ForcePageView[];
  standings: Standing[];
  /** The /forces/ table. */
  forcesTable: ForcesTable;
  methodology: Methodology;
  /** The recording-change warning, for /trend/, force pages and /methodology/ (the home page has its own in the story). */
  recordingNotes: RecordingNoteView[];
}

export function buildSiteViews(model: DataModel, metrics: Metrics, { topology, tileGrid }: Geography, builtAt = new Date()): SiteViews {
  const neighbours = forceNeighbours(topology);
  const standings = computeStandings(metrics);
  return {
    story: buildStory(model, metrics),
    trendChart: forceTrendsChart(model, metrics),
    tileGrid,
    tileKey: tileKey(tileGrid, model.forces),
    mapViews: buildMapViews(model, metrics),
    mapNavigation: {
      geo: encodeNeighbours(directionalNeighbours(geoCentres(topology), neighbours)),
      tiles: encodeNeighbours(directionalNeighbours(tileCentres(tileGrid))),
    },
    forcePages: buildForcePages({ model, metrics, neighbours }),
    standings,
    forcesTable: buildForcesTable(model.forces, metrics, standings),
    methodology: buildMethodology(model, metrics, builtAt),
    recordingNotes: recordingNotes(model.sources),
  };
}
