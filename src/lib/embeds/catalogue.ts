// The full list of embeddable views: the site's charts, then one card per force.

import type { Topology } from 'topojson-specification';
import type { DataModel } from '../data/types.ts';
import { forceCardSourceIds } from '../downloads/share-cards.ts';
import type { Metrics } from '../metrics/index.ts';
import type { SiteViews } from '../views/build-site.ts';
import { type MapEmbed, mapEmbeds } from './map-views.ts';
import type { RenderContext } from './render.ts';
import { type StoryEmbed, storyEmbeds } from './story-views.ts';
import { type EmbedView, forceCardView } from './views.ts';

export function buildEmbedViews(model: DataModel, metrics: Metrics, chartViews: readonly EmbedView[]): EmbedView[] {
  const cardSources = forceCardSourceIds({ model, metrics });
  const forces = [...model.forces].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  return [...chartViews, ...forces.map((force) => forceCardView(force, cardSources))];
}

export interface SiteEmbeds {
  storyCharts: StoryEmbed[];
  mapCharts: MapEmbed[];
  embedViews: EmbedView[];
  /** Each chart view's drawing for a given width, in the light theme's colours, by view id. */
  drawings: RenderContext['drawings'];
}

/** Every embeddable view of the site and how to draw it, from its views (a pure function; embeds/site-views.ts holds the build's). */
export function buildSiteEmbeds(
  model: DataModel,
  metrics: Metrics,
  views: Pick<SiteViews, 'story' | 'mapViews' | 'tileGrid'>,
  topology: Topology,
): SiteEmbeds {
  const storyCharts = storyEmbeds(views.story);
  const mapCharts = mapEmbeds(views.mapViews, topology, views.tileGrid);
  return {
    storyCharts,
    mapCharts,
    embedViews: buildEmbedViews(model, metrics, [...mapCharts.map(({ view }) => view), ...storyCharts.map(({ view }) => view)]),
    drawings: new Map<string, (width: number) => string>([
      ...mapCharts.map(({ view, draw }) => [view.id, draw] as const),
      ...storyCharts.map(({ view, chart }) => [view.id, (width: number) => chart.render({ width, idPrefix: view.id, colours: 'light' })] as const),
    ]),
  };
}
