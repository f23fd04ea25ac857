// The site's embeddable views, built once per build from the site's data,
// and what each page shares: its card image and the views it can be embedded as.
import { svgToPngAsync } from '../downloads/image.ts';
import { MAIN_PAGES } from '../downloads/share-cards.ts';
import { metrics, model, sourceById, topology } from '../site-data.ts';
import { DEFAULT_MAP_METRIC } from '../views/map.ts';
import { forcePages, mapViews, story, tileGrid } from '../views/site.ts';
import type { ForceCardView } from '../views/force-card.ts';
import type { Force } from '../data/types.ts';
import { buildEmbedSet } from './embed-set.ts';
import { type RenderContext, pngScale, standaloneSvg } from './render.ts';
import type { MapEmbed } from './map-views.ts';
import type { StoryEmbed } from './story-views.ts';
import { type EmbedView, forceCardViewId } from './views.ts';
import { chartDownloadPath, forceKitPath, forcePath, sharePicturePath } from '../views/routes.ts';

const embedSet = buildEmbedSet(model, metrics, { story, mapViews, forcePages, tileGrid }, topology, sourceById);

export const storyCharts: readonly StoryEmbed[] = embedSet.storyCharts;

export const mapCharts: readonly MapEmbed[] = embedSet.mapCharts;

/** A force's card, as its embed page shows it. */
export const forceCard: (force: Force) => ForceCardView = embedSet.forceCard;

export const embedViews: readonly EmbedView[] = embedSet.embedViews;

const drawings = embedSet.drawings;

/** What standaloneSvg needs to draw any of the site's views. */
export function renderContext(origin: string): RenderContext {
  return { model, metrics, origin, drawings };
}

/**
 * The views a force's kit offers with the force picked out (?force=): the map
 * of the default measure and the first ranking.
 */
export function highlightViews(): { map: EmbedView; ranking: EmbedView } {
  const ranking = embedViews.find((view) => view.kind === 'ranking');
  if (ranking === undefined) throw new Error('no ranking to embed');
  return { map: embedViewById(`map/${DEFAULT_MAP_METRIC}/geo`), ranking };
}

/** Each embed of a force's kit: its own card, then the map and the ranking with it picked out. */
export type KitPart = 'card' | 'map' | 'ranking';

export function forceKitEmbeds(slug: string): { part: KitPart; view: EmbedView; pickedOut: string | null }[] {
  const { map, ranking } = highlightViews();
  return [
    { part: 'card', view: embedViewById(forceCardViewId(slug)), pickedOut: null },
    { part: 'map', view: map, pickedOut: slug },
    { part: 'ranking', view: ranking, pickedOut: slug },
  ];
}

export function embedViewById(id: string): EmbedView {
  const view = embedViews.find((candidate) => candidate.id === id);
  if (view === undefined) throw new Error(`no embeddable view "${id}"`);
  return view;
}

/** The views that come from the page at `pathname`, for its oEmbed discovery links. */
export function viewsOfPage(pathname: string): EmbedView[] {
  return embedViews.filter((view) => view.page.path === pathname);
}

/** The share card a page's Open Graph tags point to: its own, its force's card (on its page and its kit), or the home page's. */
export function shareImagePath(pathname: string): string {
  const main = Object.entries(MAIN_PAGES).find(([, path]) => path === pathname);
  if (main !== undefined) return sharePicturePath(main[0]);
  const force = model.forces.find((candidate) => forcePath(candidate.slug) === pathname || forceKitPath(candidate.slug) === pathname);
  return force === undefined ? sharePicturePath('home') : chartDownloadPath(embedViewById(forceCardViewId(force.slug)), 'png');
}

let pictures: Map<string, Promise<Uint8Array<ArrayBuffer>>> | null = null;

/**
 * A view's PNG. The first call starts drawing every view's picture at once,
 * off the main thread, so the build draws on every core while Astro writes
 * its files one at a time; each later call only waits for its own.
 */
export function viewPng(view: EmbedView, origin: string): Promise<Uint8Array<ArrayBuffer>> {
  if (pictures === null) {
    const context = renderContext(origin);
    pictures = new Map(
      embedViews.map((each) => {
        const png = svgToPngAsync(standaloneSvg(each, context), { scale: pngScale(each) });
        // Marked as handled here; the endpoint that awaits it still sees the failure.
        png.catch(() => undefined);
        return [each.id, png];
      }),
    );
  }
  const png = pictures.get(view.id);
  if (png === undefined) throw new Error(`no picture for the view ${view.id}`);
  return png;
}
