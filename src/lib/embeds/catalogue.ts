// The full list of embeddable views: the site's charts, then one card per force.

import type { DataModel, Force } from '../data/types.ts';
import { forceCardSourceIds } from '../downloads/share-cards.ts';
import type { Metrics } from '../metrics/index.ts';
import { type EmbedView, forceCardView } from './views.ts';

/** @param cardHeight The frame height of a force's card, given the card's sources. */
export function buildEmbedViews(
  model: DataModel,
  metrics: Metrics,
  chartViews: readonly EmbedView[],
  cardHeight: (force: Force, sourceIds: readonly string[]) => number,
): EmbedView[] {
  const forces = [...model.forces].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  return [
    ...chartViews,
    ...forces.map((force) => {
      const cardSources = forceCardSourceIds({ model, metrics }, force);
      return forceCardView(force, cardSources, cardHeight(force, cardSources));
    }),
  ];
}
