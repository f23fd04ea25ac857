// Each map measure in each layout as an embeddable view: the map page's own
// section without its switcher, and a picture of the map beside its legend.

import type { Topology } from 'topojson-specification';
import { type MapLayout, type TileCell, renderLegend, renderMap } from '../charts/map.ts';
import { mapViewCopy } from '../copy/map.ts';
import { mapPictureSvg, mapWidth } from '../downloads/map-picture.ts';
import { MAP_LAYOUTS, type MapMetricId, mapPath } from '../views/routes.ts';
import { type MapView } from '../views/map.ts';
import type { EmbedView } from './views.ts';

export interface MapEmbed {
  view: EmbedView;
  metric: MapMetricId;
  layout: MapLayout;
  /** The map and its legend as one SVG with the light theme's colours, for the given width. */
  draw: (width: number) => string;
}

/** Initial frame heights: the map at a typical embed width, its legend, summary and credit. */
const HEIGHTS: Record<MapLayout, number> = { geo: 1150, tiles: 1050 };

export function mapEmbeds(maps: readonly MapView[], topology: Topology, tileGrid: readonly TileCell[]): MapEmbed[] {
  return maps.flatMap((map) =>
    MAP_LAYOUTS.map((layout) => {
      const id = `map/${map.id}/${layout}`;
      const draw = (width: number) => {
        const idPrefix = id.replaceAll('/', '-');
        const svg = renderMap(map.areas, topology, {
          layout,
          metric: map.id,
          title: mapViewCopy.svgTitle(map.label, layout),
          description: map.summary,
          idPrefix,
          classes: map.classes,
          tileGrid,
          standalone: 'light',
          width: mapWidth(width, layout),
        });
        const legend = renderLegend(map.areas, { classes: map.classes, idPrefix: `${idPrefix}-legend`, title: map.label, stateLabels: map.stateLabels });
        return mapPictureSvg(svg, legend, { width, theme: 'light' });
      };
      return {
        metric: map.id,
        layout,
        draw,
        view: {
          id,
          kind: 'map',
          title: mapViewCopy.pageTitle(map.label, layout),
          subtitle: map.copy.about,
          description: map.summary,
          sourceIds: map.sources.map((source) => source.id),
          page: { path: mapPath(map.id, layout), title: mapViewCopy.pageTitle(map.label, layout), anchor: null },
          height: HEIGHTS[layout],
          section: 'map',
        },
      } satisfies MapEmbed;
    }),
  );
}
