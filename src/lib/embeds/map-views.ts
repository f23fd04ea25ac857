// Each map measure in each layout as an embeddable view: the map page's own
// section without its switcher, and a picture of the map beside its legend.

import type { Topology } from 'topojson-specification';
import { type MapLayout, type TileCell, renderLegend, renderMap } from '../charts/map.ts';
import { mapViewCopy } from '../copy/map.ts';
import { mapPictureSvg, mapWidth } from '../downloads/map-picture.ts';
import { MAP_LAYOUTS, type MapMetricId, mapPath } from '../views/routes.ts';
import { type MapView } from '../views/map.ts';
import { phoneFrameHeight } from './heights.ts';
import type { EmbedView } from './views.ts';

export interface MapEmbed {
  view: EmbedView;
  metric: MapMetricId;
  layout: MapLayout;
  /** The map and its legend as one SVG with the light theme's colours, for the given width. */
  draw: (width: number) => string;
}

/** On a phone: the map's height when it has room (the embed stylesheet's cap), the gap under it, and each row of its two-column key. */
const PHONE_MAP_HEIGHT = 304;
const PHONE_MAP_GAP = 16;
const PHONE_KEY_ROW = 19;

/** @param creditText What the embed's credit line says for the given sources (frameCreditText). */
export function mapEmbeds(
  maps: readonly MapView[],
  topology: Topology,
  tileGrid: readonly TileCell[],
  creditText: (sourceIds: readonly string[]) => string,
): MapEmbed[] {
  return maps.flatMap((map) =>
    MAP_LAYOUTS.map((layout) => {
      const id = `map/${map.id}/${layout}`;
      const title = mapViewCopy.pageTitle(map.label, layout);
      const sourceIds = map.sources.map((source) => source.id);
      const keyItems = renderLegend(map.areas, { classes: map.classes, idPrefix: 'measure', title: map.label, stateLabels: map.stateLabels, alwaysShow: map.legendStates }).split('class="map-legend__item"').length - 1;
      const figure = PHONE_MAP_HEIGHT + PHONE_MAP_GAP + Math.ceil(keyItems / 2) * PHONE_KEY_ROW;
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
        // The same key as the page's: only the states this source can produce.
        const legend = renderLegend(map.areas, { classes: map.classes, idPrefix: `${idPrefix}-legend`, title: map.label, stateLabels: map.stateLabels, alwaysShow: map.legendStates });
        return mapPictureSvg(svg, legend, { width, theme: 'light' });
      };
      return {
        metric: map.id,
        layout,
        draw,
        view: {
          id,
          kind: 'map',
          title,
          subtitle: map.copy.about,
          description: map.summary,
          sourceIds,
          page: { path: mapPath(map.id, layout), title, anchor: null },
          height: phoneFrameHeight({ title, subtitle: map.copy.about, credit: creditText(sourceIds) }, figure),
          section: 'map',
        },
      } satisfies MapEmbed;
    }),
  );
}
