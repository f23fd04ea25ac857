// The full list of embeddable views, built from the data: one card per
// force, and the site's charts.

import type { DataModel } from '../data/types.ts';
import { forceCardSourceIds } from '../downloads/share-cards.ts';
import type { Metrics } from '../metrics/index.ts';
import { type EmbedView, forceCardView } from './views.ts';

export function buildEmbedViews(model: DataModel, metrics: Metrics): EmbedView[] {
  const cardSources = forceCardSourceIds({ model, metrics });
  const forces = [...model.forces].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  return [...forces.map((force) => forceCardView(force, cardSources))];
}
