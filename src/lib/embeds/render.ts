// Each view as a standalone picture: the chart (or card) with its title,
// source, licence and link baked in, in the light theme's concrete colours.

import type { DataModel } from '../data/types.ts';
import { shareCardSvg } from '../downloads/share-card.ts';
import { forceShareCard } from '../downloads/share-cards.ts';
import type { Metrics } from '../metrics/index.ts';
import type { EmbedView } from './views.ts';

export interface RenderContext {
  model: DataModel;
  metrics: Metrics;
  /** The site's public origin, for the link printed on the picture. */
  origin: string;
}

/** Pixel density of a view's PNG: cards are drawn at their share-card size, charts at twice theirs. */
export function pngScale(view: EmbedView): number {
  return view.kind === 'force-card' ? 1 : 2;
}

export function standaloneSvg(view: EmbedView, context: RenderContext): string {
  const { model, metrics, origin } = context;
  switch (view.kind) {
    case 'force-card': {
      const force = model.forces.find((candidate) => `forces/${candidate.slug}` === view.id);
      if (force === undefined) throw new Error(`no force for the view ${view.id}`);
      return shareCardSvg(forceShareCard({ model, metrics, host: new URL(origin).host }, force));
    }
    default:
      throw new Error(`no standalone picture for views of kind ${view.kind} yet`);
  }
}
