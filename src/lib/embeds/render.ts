// Each view as a standalone picture: the chart (or card) with its title,
// subtitle, source, licence and link back baked in, in the light theme's
// concrete colours.

import type { DataModel, Source } from '../data/types.ts';
import { credit } from '../downloads/credit.ts';
import { framedSvg } from '../downloads/image.ts';
import { shareCardSvg } from '../downloads/share-card.ts';
import { forceShareCard } from '../downloads/share-cards.ts';
import type { Metrics } from '../metrics/index.ts';
import { type EmbedView, forceCardViewId, pageLink } from './views.ts';

export interface RenderContext {
  model: DataModel;
  metrics: Metrics;
  /** The site's public origin, for the link printed on the picture. */
  origin: string;
  /** Each chart view's drawing for a given width, with the light theme's concrete colours, by view id. */
  drawings: ReadonlyMap<string, (width: number) => string>;
}

/** Width of a downloaded chart picture in px, before the PNG's density. */
export const PICTURE_WIDTH = 800;
/** Space either side of the chart inside the picture (framedSvg's padding). */
const PICTURE_PADDING = 28;

/**
 * Pixel density of a view's PNG: cards at their share-card size (1,200 × 630),
 * charts at one and a half times theirs (1,200 px wide): sharp enough for a
 * slide or a printed page, and each map draws in about a third of a second.
 */
export function pngScale(view: EmbedView): number {
  return view.kind === 'force-card' ? 1 : 1.5;
}

function sourcesOf(model: DataModel, ids: readonly string[]): Source[] {
  return ids.map((id) => {
    const source = model.sources.find((candidate) => candidate.id === id);
    if (source === undefined) throw new Error(`no source ${id} in the model`);
    return source;
  });
}

export function standaloneSvg(view: EmbedView, context: RenderContext): string {
  const { model, metrics, origin, drawings } = context;
  if (view.kind === 'force-card') {
    const force = model.forces.find((candidate) => forceCardViewId(candidate.slug) === view.id);
    if (force === undefined) throw new Error(`no force for the view ${view.id}`);
    return shareCardSvg(forceShareCard({ model, metrics, host: new URL(origin).host }, force));
  }
  const draw = drawings.get(view.id);
  if (draw === undefined) throw new Error(`no drawing behind the view ${view.id}`);
  return framedSvg(draw(PICTURE_WIDTH - 2 * PICTURE_PADDING), {
    ...credit(sourcesOf(model, view.sourceIds)),
    title: view.title,
    ...(view.subtitle === null ? {} : { subtitle: view.subtitle }),
    link: new URL(pageLink(view), origin).href,
    width: PICTURE_WIDTH,
    theme: 'light',
  });
}
