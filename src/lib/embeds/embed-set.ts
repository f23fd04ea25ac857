// Every embeddable view wired from the site's view models: one function, so the
// build (site-views.ts) and check-data's in-memory build (scripts/lib/site-dry-run.ts)
// draw exactly the same embeds and cannot drift apart.
import type { Topology } from 'topojson-specification';
import { forceCardCopy } from '../copy/embed.ts';
import type { DataModel, Force, Source } from '../data/types.ts';
import type { Metrics } from '../metrics/index.ts';
import type { SiteViews } from '../views/build-site.ts';
import { type ForceCardView, buildForceCard } from '../views/force-card.ts';
import { DEFAULT_MAP_METRIC } from '../views/map.ts';
import { buildEmbedViews } from './catalogue.ts';
import { forceCardPhoneHeight, phoneFrameHeight } from './heights.ts';
import { type MapEmbed, mapEmbeds } from './map-views.ts';
import { type StoryEmbed, storyEmbeds } from './story-views.ts';
import { type EmbedView, frameCreditText } from './views.ts';

export interface EmbedSet {
  storyCharts: StoryEmbed[];
  mapCharts: MapEmbed[];
  forceCard: (force: Force) => ForceCardView;
  embedViews: EmbedView[];
  drawings: Map<string, (width: number) => string>;
}

export function buildEmbedSet(
  model: DataModel,
  metrics: Metrics,
  views: Pick<SiteViews, 'story' | 'mapViews' | 'forcePages' | 'tileGrid'>,
  topology: Topology,
  sourceById: (id: string) => Source,
): EmbedSet {
  const creditText = (sourceIds: readonly string[]) => frameCreditText(sourceIds.map(sourceById));
  const storyCharts = storyEmbeds(views.story, creditText);
  const mapCharts = mapEmbeds(views.mapViews, topology, views.tileGrid, creditText);
  const forceCard = (force: Force): ForceCardView => {
    const page = views.forcePages.find((candidate) => candidate.force.code === force.code);
    if (page === undefined) throw new Error(`no force page for ${force.name}`);
    return buildForceCard(page, metrics, DEFAULT_MAP_METRIC, (dataset) => sourceById(dataset.sourceId).attribution);
  };
  const embedViews = buildEmbedViews(
    model,
    metrics,
    [...mapCharts.map(({ view }) => view), ...storyCharts.map(({ view }) => view)],
    (force, sourceIds) => phoneFrameHeight({ title: forceCardCopy.title(force.name), subtitle: null, credit: creditText(sourceIds) }, forceCardPhoneHeight(forceCard(force))),
  );
  const drawings = new Map<string, (width: number) => string>([
    ...mapCharts.map(({ view, draw }) => [view.id, draw] as const),
    ...storyCharts.map(({ view, chart }) => [view.id, (width: number) => chart.render({ width, idPrefix: view.id, colours: 'light' })] as const),
  ]);
  return { storyCharts, mapCharts, forceCard, embedViews, drawings };
}
