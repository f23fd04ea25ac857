// The site's embeddable views, built once per build from the site's data,
// and what each page shares: its card image and the views it can be embedded as.
import { svgToPngAsync } from '../downloads/image.ts';
import { MAIN_PAGES } from '../downloads/share-cards.ts';
import { metrics, model, topology } from '../site-data.ts';
import { mapViews, story, tileGrid } from '../views/site.ts';
import { buildEmbedViews } from './catalogue.ts';
import { type RenderContext, pngScale, standaloneSvg } from './render.ts';
import { type MapEmbed, mapEmbeds } from './map-views.ts';
import { type StoryEmbed, storyEmbeds } from './story-views.ts';
import type { EmbedView } from './views.ts';
import { chartDownloadPath, sharePicturePath } from '../views/routes.ts';

export const storyCharts: readonly StoryEmbed[] = storyEmbeds(story);

export const mapCharts: readonly MapEmbed[] = mapEmbeds(mapViews, topology, tileGrid);

export const embedViews: readonly EmbedView[] = buildEmbedViews(model, metrics, [
  ...mapCharts.map(({ view }) => view),
  ...storyCharts.map(({ view }) => view),
]);

const drawings = new Map<string, (width: number) => string>([
  ...mapCharts.map(({ view, draw }) => [view.id, draw] as const),
  ...storyCharts.map(({ view, chart }) => [view.id, (width: number) => chart.render({ width, idPrefix: view.id, colours: 'light' })] as const),
]);

/** What standaloneSvg needs to draw any of the site's views. */
export function renderContext(origin: string): RenderContext {
  return { model, metrics, origin, drawings };
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

/** The share card a page's Open Graph tags point to: its own, its force's card, or the home page's. */
export function shareImagePath(pathname: string): string {
  const main = Object.entries(MAIN_PAGES).find(([, path]) => path === pathname);
  if (main !== undefined) return sharePicturePath(main[0]);
  const card = embedViews.find((view) => view.kind === 'force-card' && view.page.path === pathname);
  return card === undefined ? sharePicturePath('home') : chartDownloadPath(card, 'png');
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
