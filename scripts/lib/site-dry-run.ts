// The site's view models built in memory from a loaded data folder, every
// chart and card drawn once: what the build does, minus Astro writing files.
// check-data runs it after the data checks, so data the checker accepts is
// data the site can be built from; a failure here is a bug in the site.
// The embeds are wired by the same buildEmbedSet the build uses.
import type { Geography } from '../../src/lib/data/load.ts';
import type { DataModel, Source } from '../../src/lib/data/types.ts';
import { buildEmbedSet } from '../../src/lib/embeds/embed-set.ts';
import { standaloneSvg } from '../../src/lib/embeds/render.ts';
import type { Metrics } from '../../src/lib/metrics/index.ts';
import { buildSiteViews } from '../../src/lib/views/build-site.ts';
import { REPORT_A_BUG } from './bug-report.ts';

/** Builds every view model and draws every embeddable view; throws what the build would. */
export function buildSiteInMemory(model: DataModel, metrics: Metrics, geography: Geography): void {
  const views = buildSiteViews(model, metrics, geography);
  views.trendChart.render({ width: 720, idPrefix: 'trend' });
  const source = (id: string): Source => {
    const found = model.sources.find((candidate) => candidate.id === id);
    if (found === undefined) throw new Error(`No source ${id} in data/`);
    return found;
  };
  const { embedViews, drawings } = buildEmbedSet(model, metrics, views, geography.topology, source);
  const context = { model, metrics, origin: 'https://example.org', drawings };
  for (const view of embedViews) standaloneSvg(view, context);
}

/** Null when the site builds from this data in memory; otherwise the message an editor needs. */
export function checkSiteBuilds(model: DataModel, metrics: Metrics, geography: Geography): string | null {
  try {
    buildSiteInMemory(model, metrics, geography);
    return null;
  } catch (error) {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return [
      'The data passed every check, but the site could not be built from it:',
      '',
      `  ${detail.split('\n').join('\n  ')}`,
      '',
      `This is a bug in the site, not in your data: ${REPORT_A_BUG}.`,
    ].join('\n');
  }
}
